// Indicator 2, exits to self-sufficiency: households that left support in the
// period (each once, by its last exit in the period) against the households
// receiving support the day before the period began.
#include "impact/IndicatorCache.h"
#include "impact/IndicatorSql.h"
#include "impact/Indicators.h"
#include "impact/ScopeOrder.h"
#include "referrals/ExitService.h"
#include "storage/Database.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

Result<Exits> Indicators::exits(const Period &period, const ImpactFilter &filter)
{
    return exits(period, filter, true);
}

Result<Exits> Indicators::exits(const Period &period, const ImpactFilter &filter, bool fromHistory)
{
    std::shared_ptr<const ExitHistory> exitsKept;
    if (fromHistory) {
        auto h = exitHistory(filter, period.last());
        if (!h)
            return h.error();
        exitsKept = h.value();
    }
    auto scoped = scopeOrder(filter, period.last());
    if (!scoped)
        return scoped.error();
    // The history's own scope when read from it (the places it holds).
    const ScopeOrder &scope = exitsKept ? exitsKept->scope() : *scoped.value();
    Exits e;
    // Each household's last exit in the period; households out of scope are
    // left out here, the others taken by file number.
    std::vector<std::pair<qint32, QString>> last;
    Status s;
    if (const ExitHistory *h = exitsKept.get()) {
        const qint64 from = period.first().toJulianDay(), to = period.last().toJulianDay();
        h->forEachHousehold([&](qint32 rank, const ExitHistory::Event *begin, const ExitHistory::Event *end) {
            const ExitHistory::Event *found = nullptr;
            for (const ExitHistory::Event *x = begin; x != end; ++x)
                if (!x->reentry && x->day >= from && x->day <= to)
                    found = x;
            if (found)
                last.emplace_back(rank, h->reasons().at(found->reason));
        });
    } else {
        s = m_db.read(u"SELECT household_id, reason FROM (SELECT x.household_id, x.reason, row_number() OVER ("
                         "PARTITION BY x.household_id ORDER BY x.on_date DESC, x.created_at DESC, x.id DESC) AS rn "
                         "FROM household_exits x WHERE x.deleted = 0 AND x.kind = 'exit' AND x.on_date BETWEEN ? AND ?) "
                         "WHERE rn = 1"_s,
                         {period.firstIso(), period.lastIso()}, [&](const storage::RawRow &r) {
                             if (const qint32 household = scope.rank(r.rawBytes(0)); household >= 0)
                                 last.emplace_back(household, r.text(1));
                         });
        if (!s)
            return s.error();
    }
    std::sort(last.begin(), last.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QHash<QString, std::vector<qint32>> byReason;
    std::vector<qint32> positive, other, total;
    for (const auto &[household, reason] : last) {
        byReason[reason].push_back(household);
        (isPositiveExit(reason) ? positive : other).push_back(household);
        total.push_back(household);
    }
    sql::Grouping reasons;
    for (auto it = byReason.cbegin(); it != byReason.cend(); ++it)
        reasons.addAll(it.key(), HouseholdSet::ofRanks(scope.ids(), it.value()));
    QStringList keys;
    for (const registry::Term &t : referrals::ExitService::exitReasons())
        keys << t.key;
    e.byReason = reasons.figures(keys);
    e.positive = Figure::of(u"positive"_s, HouseholdSet::ofRanks(scope.ids(), positive));
    e.other = Figure::of(u"other"_s, HouseholdSet::ofRanks(scope.ids(), other));
    e.total = Figure::of(u"total"_s, HouseholdSet::ofRanks(scope.ids(), total));

    // The caseload at the start is the one at the end of the day before, so an
    // exit on the first day counts against a caseload that still held it.
    const QDate before = period.first().addDays(-1);
    QList<QByteArray> active;
    // From the status history when this object has read it already (the
    // dashboard's caseload did): loading it for this one day would cost more
    // than the one query by SQL.
    QVariantList scopeValues;
    const QString scopeSql = filter.scopeSql(period.last(), &scopeValues);
    const std::shared_ptr<const StatusHistory> history = cache().histories.value(scopeKey(scopeSql, scopeValues));
    if (const StatusHistory *h = history.get()) {
        std::vector<bool> supported;
        for (const QString &name : h->statusNames())
            supported.push_back(name == u"active" || name == u"reentered");
        std::vector<qint32> ranks;
        h->forEachOn(before, [&](qsizetype i, int status) {
            if (supported[status])
                ranks.push_back(qint32(i));
        });
        e.activeAtStart = Figure::of(u"active_at_start"_s, HouseholdSet::ofRanks(h->ids(), ranks));
        return e;
    } else {
        QVariantList values;
        QString query = sql::withScope(filter, period.last(), &values);
        query += sql::statusAt(before, &values); // after the scope's values, as in the text
        query += u" SELECT household_id FROM status_at WHERE status IN %1 ORDER BY file_number, household_id"_s.arg(
            sql::supportedStatuses());
        s = m_db.read(query, values, [&](const storage::RawRow &r) { active << r.blob(0); });
        if (!s)
            return s.error();
    }
    e.activeAtStart = Figure::of(u"active_at_start"_s, active);
    return e;
}

Result<QList<Figure>> Indicators::exitTotalsByMonth(const QDate &firstMonth, int months, const ImpactFilter &filter)
{
    QList<Figure> totals;
    QList<Period> periods;
    for (int k = 0; k < months; ++k) {
        const QDate m = QDate(firstMonth.year(), firstMonth.month(), 1).addMonths(k);
        auto month = Period::month(m.year(), m.month());
        if (!month)
            return month.error();
        periods << month.value();
    }
    if (periods.isEmpty())
        return totals;
    if (filter.headAge) {
        // The scope changes with each month's last day (the head's age): month by month.
        for (const Period &p : std::as_const(periods)) {
            auto e = exits(p, filter, false); // a scope each month: one query each
            if (!e)
                return e.error();
            totals << e.value().total;
        }
        return totals;
    }
    auto history = exitHistory(filter, periods.last().last());
    if (!history)
        return history.error();
    if (const ExitHistory *h = history.value().get()) {
        std::vector<std::vector<qint32>> ranks(size_t(periods.size()));
        h->forEachHousehold([&](qint32 rank, const ExitHistory::Event *begin, const ExitHistory::Event *end) {
            for (qsizetype k = 0; k < periods.size(); ++k) {
                const qint64 from = periods[k].first().toJulianDay(), to = periods[k].last().toJulianDay();
                if (std::any_of(begin, end, [&](const auto &x) { return !x.reentry && x.day >= from && x.day <= to; }))
                    ranks[size_t(k)].push_back(rank);
            }
        });
        for (std::vector<qint32> &r : ranks)
            totals << h->scope().households(u"total"_s, std::move(r));
        return totals;
    }
    QVariantList values;
    QString query = sql::withScope(filter, periods.last().last(), &values);
    query += u" SELECT x.household_id, x.on_date FROM household_exits x JOIN scope ON scope.id = x.household_id "
             "WHERE x.deleted = 0 AND x.kind = 'exit' AND x.on_date BETWEEN ? AND ? "
             "ORDER BY scope.file_number, x.household_id"_s;
    values << periods.first().firstIso() << periods.last().lastIso();
    QList<QByteArray> firsts, lasts; // each month's bounds, compared as SQLite compares text
    for (const Period &p : std::as_const(periods)) {
        firsts << p.firstIso().toUtf8();
        lasts << p.lastIso().toUtf8();
    }
    std::vector<QList<QByteArray>> households(periods.size());
    std::vector<QSet<QByteArray>> seen(periods.size());
    Status s = m_db.read(query, values, [&](const storage::RawRow &r) {
        const QByteArray on = r.rawBytes(1);
        for (qsizetype k = 0; k < periods.size(); ++k) {
            if (on >= firsts[k] && on <= lasts[k]) {
                const QByteArray id = r.blob(0);
                if (!seen[k].contains(id)) {
                    seen[k].insert(id);
                    households[k] << id;
                }
                return;
            }
        }
    });
    if (!s)
        return s.error();
    for (qsizetype k = 0; k < periods.size(); ++k)
        totals << Figure::of(u"total"_s, households[k]);
    return totals;
}

} // namespace tamkeen::impact
