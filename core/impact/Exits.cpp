// Indicator 2, exits to self-sufficiency: households that left support in the
// period (each once, by its last exit in the period) against the households
// receiving support the day before the period began.
#include "impact/IndicatorSql.h"
#include "impact/Indicators.h"
#include "referrals/ExitService.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

Result<Exits> Indicators::exits(const Period &period, const ImpactFilter &filter)
{
    Exits e;
    QVariantList values;
    QString query = sql::withScope(filter, period.last(), &values);
    query += u" SELECT household_id, reason FROM ("
             "SELECT x.household_id, x.reason, scope.file_number, row_number() OVER ("
             "PARTITION BY x.household_id ORDER BY x.on_date DESC, x.created_at DESC, x.id DESC) AS rn "
             "FROM household_exits x JOIN scope ON scope.id = x.household_id "
             "WHERE x.deleted = 0 AND x.kind = 'exit' AND x.on_date BETWEEN ? AND ?) "
             "WHERE rn = 1 ORDER BY file_number, household_id"_s;
    values << period.firstIso() << period.lastIso();
    sql::Grouping reasons;
    QList<QByteArray> positive, other, total;
    Status s = m_db.read(query, values, [&](const storage::RawRow &r) {
        const QByteArray id = r.blob(0);
        const QString reason = r.text(1);
        reasons.add(reason, id);
        (isPositiveExit(reason) ? positive : other) << id;
        total << id;
    });
    if (!s)
        return s.error();
    QStringList keys;
    for (const registry::Term &t : referrals::ExitService::exitReasons())
        keys << t.key;
    e.byReason = reasons.figures(keys);
    e.positive = Figure::of(u"positive"_s, positive);
    e.other = Figure::of(u"other"_s, other);
    e.total = Figure::of(u"total"_s, total);

    // The caseload at the start is the one at the end of the day before, so an
    // exit on the first day counts against a caseload that still held it.
    values.clear();
    const QDate before = period.first().addDays(-1);
    query = sql::withScope(filter, period.last(), &values);
    query += sql::statusAt(before, &values); // after the scope's values, as in the text
    query += u" SELECT household_id FROM status_at WHERE status IN %1 ORDER BY file_number, household_id"_s.arg(
        sql::supportedStatuses());
    QList<QByteArray> active;
    s = m_db.read(query, values, [&](const storage::RawRow &r) { active << r.blob(0); });
    if (!s)
        return s.error();
    e.activeAtStart = Figure::of(u"active_at_start"_s, active);
    return e;
}

} // namespace tamkeen::impact
