// Indicator 10, clinic activity: sessions per counsellor per week, the share
// of appointments not come to, and how long a household waited from its
// registration to its first session.
#include "impact/ClinicCount.h"
#include "impact/ClinicFacts.h"
#include "impact/IndicatorCache.h"
#include "impact/IndicatorSql.h"
#include "impact/Indicators.h"
#include "impact/ScopeOrder.h"
#include "storage/Database.h"

#include <QHash>
#include <QMap>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

CounsellorActivity ClinicCount::Tally::activity(const ScopeOrder &scope, const QString &name, qint64 days) const
{
    return {id, name, scope.rows(u"sessions"_s, sessions), double(sessions.size()) * 7.0 / double(days),
            scope.rows(u"attended_or_no_show"_s, kept), scope.rows(u"no_show"_s, noShow)};
}

ClinicCount::Tally &ClinicCount::counsellor(const QByteArray &counsellor)
{
    // By counsellor id while reading (one lookup a row, no key built).
    auto found = m_byId.find(counsellor);
    if (found == m_byId.end()) {
        const QByteArray id(counsellor.constData(), counsellor.size());
        found = m_byId.insert(id, Tally{id, {}, {}, {}});
    }
    return found.value();
}

void ClinicCount::add(Tally &counsellor, qint32 household, bool session, bool noShow)
{
    for (Tally *x : {&counsellor, &m_total}) {
        if (session) {
            x->sessions.push_back(household);
        } else {
            x->kept.push_back(household);
            if (noShow)
                x->noShow.push_back(household);
        }
    }
}

ClinicFigures ClinicCount::figures(const ScopeOrder &scope, const QHash<QByteArray, QString> &names,
                                   const Period &period) const
{
    QMap<QString, const Tally *> byName; // name, then id
    for (auto it = m_byId.cbegin(); it != m_byId.cend(); ++it)
        byName.insert(names.value(it.key()) + QChar(0) + QString::fromLatin1(it.key().toHex()), &it.value());
    ClinicFigures r;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it)
        r.counsellors << it.value()->activity(scope, it.key().section(QChar(0), 0, 0), period.days());
    r.total = m_total.activity(scope, {}, period.days());
    return r;
}

void ClinicCount::addFirstSessions(ClinicFigures &r, const std::vector<qint64> &firstDay, const ScopeOrder &kept,
                                   const Period &period)
{
    std::vector<qint32> first;
    QList<double> days; // from registration, for households registered on an ISO date
    const qint64 from = period.first().toJulianDay(), to = period.last().toJulianDay();
    for (qint32 household = 0; household < qint32(firstDay.size()); ++household) {
        const qint64 day = firstDay[size_t(household)];
        if (day < from || day > to)
            continue;
        first.push_back(household);
        if (const qint64 registered = ScopeOrder::julianDay(kept.registered(household)); registered != 0)
            days << double(day - registered);
    }
    r.firstSessions = kept.households(u"first_sessions"_s, first);
    r.medianDaysToFirstSession = median(days);
}

Result<std::shared_ptr<const FirstSessions>> Indicators::firstSessionDays(const ImpactFilter &filter, const QDate &ageOn)
{
    return keptByScope(&IndicatorCache::firstSessions, filter, ageOn,
                       [&](const std::shared_ptr<const ScopeOrder> &kept) -> Result<std::shared_ptr<const FirstSessions>> {
        const ScopeOrder &scope = *kept;
        auto sessions = std::make_shared<FirstSessions>(FirstSessions{kept, std::vector<qint64>(size_t(scope.size()), 0)});
        auto facts = clinicFacts(scope);
        if (!facts)
            return facts.error();
        if (const ClinicFacts *f = facts.value().get()) {
            const std::vector<qint32> &ranks = scope.ranksOf(*f);
            for (qsizetype i = 0; i < f->size(); ++i) {
                const qint32 household = ranks[size_t(i)];
                if (household < 0)
                    continue;
                qint64 &first = sessions->days[size_t(household)];
                for (const ClinicFacts::Event *e = f->begin(i); e != f->end(i); ++e)
                    if (e->kind == ClinicFacts::Held && (first == 0 || e->day < first))
                        first = e->day;
            }
            return std::shared_ptr<const FirstSessions>(std::move(sessions));
        }
        // One scan of index sessions_held_live. A time not in ISO form is not read as a day.
        const Status s = m_db.read(
            u"SELECT household_id, held_at FROM sessions WHERE deleted = 0 AND held_at IS NOT NULL"_s, {},
            [&](const storage::RawRow &row) {
                const qint32 household = scope.rank(row.rawBytes(0));
                if (household < 0)
                    return;
                const qint64 day = ScopeOrder::julianDay(row.rawBytes(1));
                qint64 &first = sessions->days[size_t(household)];
                if (day != 0 && (first == 0 || day < first))
                    first = day;
            });
        if (!s)
            return s.error();
        return std::shared_ptr<const FirstSessions>(std::move(sessions));
    });
}

Result<ClinicFigures> Indicators::clinic(const Period &period, const ImpactFilter &filter)
{
    auto scoped = scopeOrder(filter, period.last());
    if (!scoped)
        return scoped.error();
    const ScopeOrder &scope = *scoped.value();
    ClinicCount count;
    auto facts = clinicFacts(scope);
    if (!facts)
        return facts.error();
    Status s;
    if (const ClinicFacts *f = facts.value().get()) {
        // Each household's events kept (ClinicFacts), by their Julian day.
        const qint32 from = qint32(period.first().toJulianDay()), to = qint32(period.last().toJulianDay());
        // By counsellor's index first: one look-up a counsellor, not a row.
        std::vector<std::vector<std::pair<qint32, quint8>>> byIndex(size_t(f->counsellors().size()));
        const std::vector<qint32> &ranks = scope.ranksOf(*f);
        for (qsizetype i = 0; i < f->size(); ++i) {
            const qint32 household = ranks[size_t(i)];
            if (household < 0)
                continue;
            for (const ClinicFacts::Event *e = f->begin(i); e != f->end(i); ++e)
                if (e->day >= from && e->day <= to)
                    byIndex[e->counsellor].push_back({household, e->kind});
        }
        for (size_t c = 0; c < byIndex.size(); ++c) {
            if (byIndex[c].empty())
                continue;
            ClinicCount::Tally &t = count.counsellor(f->counsellors().at(qsizetype(c))); // one look-up a counsellor
            for (const auto &[household, kind] : byIndex[c])
                count.add(t, household, kind == ClinicFacts::Held, kind == ClinicFacts::NoShow);
        }
    } else {
        // Sessions held and appointments due in the period (by their local day),
        // one row each: kind 's' or 'a', counsellor, household, appointment status;
        // households out of scope are left out here. The bounds on the whole text
        // (from the first day, before the day after the last) follow from the
        // day's and let index appointments_day read the period only.
        const QString query =
            u"SELECT 's', s.counsellor_id, s.household_id, NULL FROM sessions s "
            "WHERE s.deleted = 0 AND s.held_at >= ? AND s.held_at < ? AND substr(s.held_at, 1, 10) BETWEEN ? AND ? "
            "UNION ALL SELECT 'a', a.counsellor_id, a.household_id, a.status = 'no_show' FROM appointments a "
            "WHERE a.deleted = 0 AND a.status IN ('attended', 'no_show') AND a.starts_at >= ? AND a.starts_at < ? "
            "AND substr(a.starts_at, 1, 10) BETWEEN ? AND ?"_s;
        QVariantList values;
        const QString dayAfter = period.last().addDays(1).toString(Qt::ISODate);
        for (int k = 0; k < 2; ++k)
            values << period.firstIso() << dayAfter << period.firstIso() << period.lastIso();
        s = m_db.read(query, values, [&](const storage::RawRow &row) {
            const qint32 household = scope.rank(row.rawBytes(2));
            if (household < 0)
                return;
            const bool session = row.rawBytes(0) == "s";
            count.add(count.counsellor(row.rawBytes(1)), household, session, !session && row.integer(3) != 0);
        });
    }
    if (!s)
        return s.error();
    // Names read once per counsellor, not per row.
    QHash<QByteArray, QString> names;
    s = m_db.read(u"SELECT id, full_name FROM users"_s, {}, [&](const storage::RawRow &row) {
        if (count.hasCounsellor(row.rawBytes(0)))
            names.insert(row.blob(0), row.isNull(1) ? QString() : row.text(1));
    });
    if (!s)
        return s.error();
    ClinicFigures r = count.figures(scope, names, period);
    // Each household's first session ever (of any member), when it fell in the
    // period: the earliest live one of each household in scope, read once
    // for both periods.
    auto firstSessions = firstSessionDays(filter, period.last());
    if (!firstSessions)
        return firstSessions.error();
    ClinicCount::addFirstSessions(r, firstSessions.value()->days, *firstSessions.value()->scope, period);
    return r;
}

} // namespace tamkeen::impact
