#include "hub/HubSource.h"

#include "impact/ClinicCount.h"
#include "impact/ReferralCount.h"
#include "impact/ScopeOrder.h"
#include "impact/ScoreCount.h"

using namespace Qt::StringLiterals;

namespace tamkeen::hub {

Result<impact::ReferralFigures> HubSource::referrals(const impact::Period &period, const impact::ImpactFilter &filter)
{
    auto scoped = scope(filter, period.last());
    if (!scoped)
        return scoped.error();
    const impact::ScopeOrder &order = *scoped.value();
    const QString reached = u"(SELECT min(s.on_date COLLATE \"C\") FROM referral_status s WHERE s.referral_id = r.id "
                            "AND s.deleted = 0 AND s.status IN %1 AND s.on_date COLLATE \"C\" <= $1)"_s;
    auto rows = inScope(u"SELECT r.household_id, p.id, p.name, p.kind, r.sent_on, %1, %2, %3, "
                           "coalesce(btrim(r.outcome), '') <> '' FROM referrals r JOIN scope ON scope.id = r.household_id "
                           "JOIN partners p ON p.id = r.partner_id WHERE r.deleted = 0 AND r.sent_on COLLATE \"C\" BETWEEN $2 AND $1"_s.arg(
                               reached.arg(u"('accepted', 'in_progress', 'completed')"_s),
                               reached.arg(u"('rejected')"_s), reached.arg(u"('completed')"_s)),
                           {period.lastIso().toUtf8(), period.firstIso().toUtf8()});
    if (!rows)
        return rows.error();
    const PgRows &r = rows.value();
    impact::ReferralCount count;
    for (int i = 0; i < r.rows(); ++i) {
        const qint32 household = order.rank(pgId(r, i, 0));
        if (household < 0)
            continue;
        impact::ReferralCount::Partner &partner =
            count.partner(pgId(r, i, 1), [&] { return std::pair{r.text(i, 2), r.text(i, 3)}; });
        const bool completed = !r.isNull(i, 7);
        count.add(partner, household, !r.isNull(i, 5), !r.isNull(i, 6), completed,
                  completed ? double(QDate::fromString(r.text(i, 4), Qt::ISODate)
                                         .daysTo(QDate::fromString(r.text(i, 7), Qt::ISODate)))
                            : 0.0,
                  r.text(i, 8) == u"t");
    }
    impact::ReferralFigures figures = count.figures(order);
    name(figures.total.sent); // every other figure's households are among these
    return figures;
}

Result<impact::ClinicFigures> HubSource::clinic(const impact::Period &period, const impact::ImpactFilter &filter)
{
    auto scoped = scope(filter, period.last());
    if (!scoped)
        return scoped.error();
    const impact::ScopeOrder &order = *scoped.value();
    const QByteArray first = period.firstIso().toUtf8(), last = period.lastIso().toUtf8(),
                     dayAfter = period.last().addDays(1).toString(Qt::ISODate).toUtf8();
    auto rows = inScope(
        u"SELECT 's', s.counsellor_id, s.household_id, NULL FROM sessions s JOIN scope ON scope.id = s.household_id "
        "WHERE s.deleted = 0 "
        "AND s.held_at COLLATE \"C\" >= $1 AND s.held_at COLLATE \"C\" < $2 "
        "AND substr(s.held_at, 1, 10) COLLATE \"C\" BETWEEN $3 AND $4 "
        "UNION ALL SELECT 'a', a.counsellor_id, a.household_id, a.status = 'no_show' FROM appointments a "
        "JOIN scope ON scope.id = a.household_id WHERE a.deleted = 0 AND a.status IN ('attended', 'no_show') AND a.starts_at COLLATE \"C\" >= $1 "
        "AND a.starts_at COLLATE \"C\" < $2 AND substr(a.starts_at, 1, 10) COLLATE \"C\" BETWEEN $3 AND $4"_s,
        {first, dayAfter, first, last});
    if (!rows)
        return rows.error();
    const PgRows &r = rows.value();
    impact::ClinicCount count;
    for (int i = 0; i < r.rows(); ++i) {
        const qint32 household = order.rank(pgId(r, i, 2));
        if (household < 0)
            continue;
        const bool session = r.bytes(i, 0) == "s";
        count.add(count.counsellor(pgId(r, i, 1)), household, session, !session && r.bytes(i, 3) == "t");
    }
    auto users = m_pg.query(u"SELECT id, full_name FROM users"_s);
    if (!users)
        return users.error();
    QHash<QByteArray, QString> names;
    for (int i = 0; i < users.value().rows(); ++i) {
        const QByteArray id = pgId(users.value(), i, 0);
        if (count.hasCounsellor(id))
            names.insert(id, users.value().isNull(i, 1) ? QString() : users.value().text(i, 1));
    }
    impact::ClinicFigures figures = count.figures(order, names, period);
    auto days = firstSessionDays(order);
    if (!days)
        return days.error();
    impact::ClinicCount::addFirstSessions(figures, days.value(), order, period);
    for (const impact::Figure *f : {&figures.total.sessions, &figures.total.kept, &figures.firstSessions})
        name(*f);
    return figures;
}

Result<std::vector<qint64>> HubSource::firstSessionDays(const impact::ScopeOrder &order)
{
    std::vector<qint64> days(size_t(order.size()), 0);
    const QString dated = u"s.deleted = 0 AND s.held_at ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}'"_s;
    auto rows = inScope(u"SELECT s.household_id, min(substr(s.held_at, 1, 10) COLLATE \"C\") FROM sessions s "
                        "JOIN scope ON scope.id = s.household_id WHERE %1 GROUP BY s.household_id"_s.arg(dated));
    if (!rows)
        return rows.error();
    QList<QByteArray> invalid; // the earliest is no date ("2025-02-30"): each of theirs looked at
    for (int i = 0; i < rows.value().rows(); ++i) {
        const QByteArray id = pgId(rows.value(), i, 0);
        const qint32 place = order.rank(id);
        if (place < 0)
            continue;
        const qint64 day = impact::ScopeOrder::julianDay(rows.value().bytes(i, 1));
        if (day == 0)
            invalid << "\\x" + id.toHex();
        days[size_t(place)] = day;
    }
    for (const QByteArray &id : std::as_const(invalid)) {
        auto all = m_pg.query(u"SELECT s.household_id, s.held_at FROM sessions s WHERE %1 AND s.household_id = $1"_s.arg(dated),
                              {id});
        if (!all)
            return all.error();
        for (int i = 0; i < all.value().rows(); ++i) {
            const qint64 day = impact::ScopeOrder::julianDay(all.value().bytes(i, 1));
            qint64 &firstDay = days[size_t(order.rank(pgId(all.value(), i, 0)))];
            if (day != 0 && (firstDay == 0 || day < firstDay))
                firstDay = day;
        }
    }
    return days;
}

Result<impact::WellbeingFigures> HubSource::wellbeing(const impact::Period &period, const impact::ImpactFilter &filter)
{
    auto scoped = scope(filter, period.last());
    if (!scoped)
        return scoped.error();
    const impact::ScopeOrder &order = *scoped.value();
    impact::WellbeingFigures figures;
    for (impact::ScoreChange *c : {&figures.who5, &figures.workReadiness}) {
        const QString kind = c == &figures.who5 ? u"wellbeing"_s : u"work_readiness"_s;
        auto rows = inScope(u"SELECT a.member_id, a.household_id, a.score, a.assessed_on FROM assessments a JOIN scope ON "
                            "scope.id = a.household_id WHERE a.deleted = 0 AND a.kind = $1 AND a.score IS NOT NULL AND "
                            "a.assessed_on COLLATE \"C\" <= $2 ORDER BY a.member_id NULLS FIRST, a.assessed_on COLLATE \"C\", "
                            "a.created_at COLLATE \"C\" NULLS FIRST, a.id"_s,
                               {kind.toUtf8(), period.lastIso().toUtf8()});
        if (!rows)
            return rows.error();
        impact::ScoreCount count;
        for (int i = 0; i < rows.value().rows(); ++i) {
            const PgRows &r = rows.value();
            const qint32 household = order.rank(pgId(r, i, 1));
            if (household >= 0)
                count.add(r.isNull(i, 0) ? QByteArray() : pgId(r, i, 0), household, pgDouble(r.bytes(i, 2)),
                          r.bytes(i, 3));
        }
        *c = count.figures(order, kind, period.firstIso().toUtf8());
        name(c->members); // the other figures' households are among these
    }
    return figures;
}

} // namespace tamkeen::hub
