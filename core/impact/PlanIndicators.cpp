// Indicator 7, plans: each plan's status on the period's last day from its
// dated events, goals achieved, days from a plan's approval to the
// household's exit, overdue tasks and active plans left without a review.
#include "impact/IndicatorSql.h"
#include "impact/Indicators.h"
#include "plans/PlanService.h"
#include "storage/Database.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

namespace {

// ", plan_at(plan_id, household_id, status, file_number)": each plan in scope
// and its status after its last event on or before `day` (an event's day is
// the day it was recorded); plans created after the day have none. An event
// saying "active" counts only once the plan has been approved (docs/trust.md).
QString planStatusAt(const QDate &day, QVariantList *values)
{
    *values << day.toString(Qt::ISODate);
    return u", plan_at(plan_id, household_id, status, file_number) AS ("
           "SELECT plan_id, household_id, status, file_number FROM ("
           "SELECT e.plan_id, p.household_id, e.status, scope.file_number, row_number() OVER ("
           "PARTITION BY e.plan_id ORDER BY e.at DESC, e.created_at DESC, e.id DESC) AS rn "
           "FROM plan_events e JOIN plans p ON p.id = e.plan_id AND p.deleted = 0 "
           "JOIN scope ON scope.id = p.household_id "
           "WHERE e.deleted = 0 AND substr(e.at, 1, 10) <= ? "
           // Active only after an approval: an "approved" event is believed from
           // another copy only with a supervisor's signature, the others are
           // anyone's (a review), so they cannot make a plan active by themselves.
           "AND (e.status <> 'active' OR EXISTS (SELECT 1 FROM plan_events a WHERE a.plan_id = e.plan_id "
           "AND a.deleted = 0 AND a.event = 'approved' AND a.at <= e.at))) WHERE rn = 1)"_s;
}

} // namespace

Result<PlanFigures> Indicators::plans(const Period &period, const ImpactFilter &filter)
{
    PlanFigures r;
    const QString last = period.lastIso();

    // Each plan in scope with its status on the last day, in file-number
    // order, read once for the statuses, the overdue tasks and the reviews
    // (each was a pass over every plan event); for an active plan, the day
    // of its last review (or approval) up to the last day.
    QVariantList values;
    QString query = sql::withScope(filter, period.last(), &values);
    query += planStatusAt(period.last(), &values); // after the scope's values, as in the text
    query += u" SELECT a.plan_id, a.household_id, a.status, CASE WHEN a.status = 'active' THEN ("
             "SELECT max(substr(e.at, 1, 10)) FROM plan_events e WHERE e.plan_id = a.plan_id AND e.deleted = 0 "
             "AND e.event IN ('approved', 'reviewed') AND substr(e.at, 1, 10) <= ?) END "
             "FROM plan_at a ORDER BY a.file_number, a.household_id"_s;
    values << last;
    struct PlanAt {
        QByteArray household;
        bool active = false;
        qsizetype rank = 0; // place in file-number order
    };
    QHash<QByteArray, PlanAt> planAt;
    QHash<QString, QList<QByteArray>> byStatus;
    QList<QByteArray> unreviewed;
    const QString reviewBy = period.last().addDays(-PlanFigures::kReviewDays).toString(Qt::ISODate);
    Status s = m_db.read(query, values, [&](const storage::RawRow &row) {
        const QByteArray household = row.blob(1);
        const QString status = row.text(2);
        byStatus[status] << household;
        planAt.insert(row.blob(0), {household, status == u"active", planAt.size()});
        // A NULL review day compares as unknown in SQL: never counted.
        if (!row.isNull(3) && row.text(3) <= reviewBy)
            unreviewed << household;
    });
    if (!s)
        return s.error();
    for (const registry::Term &t : plans::PlanService::statuses())
        r.byStatus << sql::countedRows(t.key, byStatus.value(t.key));
    r.unreviewed = sql::countedRows(u"unreviewed_90d"_s, unreviewed);

    // Goals of plans approved by the last day, as they stand now (a goal's
    // status has no dated history).
    values.clear();
    query = sql::withScope(filter, period.last(), &values);
    query += u" SELECT p.household_id, g.status FROM plan_goals g JOIN plans p ON p.id = g.plan_id AND p.deleted = 0 "
             "JOIN scope ON scope.id = p.household_id WHERE g.deleted = 0 AND g.status <> 'dropped' "
             "AND p.approved_on <= ? ORDER BY scope.file_number, p.household_id"_s;
    values << last;
    QList<QByteArray> goals, achieved;
    s = m_db.read(query, values, [&](const storage::RawRow &row) {
        goals << row.blob(0);
        if (row.text(1) == u"achieved")
            achieved << row.blob(0);
    });
    if (!s)
        return s.error();
    r.goals = sql::countedRows(u"goals"_s, goals);
    r.goalsAchieved = sql::countedRows(u"goals_achieved"_s, achieved);

    // Each household's last exit in the period, against the latest approval
    // of one of its plans on or before that exit.
    values.clear();
    query = sql::withScope(filter, period.last(), &values);
    query += u" SELECT household_id, julianday(on_date) - julianday(approved) FROM ("
             "SELECT x.household_id, x.on_date, scope.file_number, (SELECT max(p.approved_on) FROM plans p "
             "WHERE p.household_id = x.household_id AND p.deleted = 0 AND p.approved_on <= x.on_date) AS approved, "
             "row_number() OVER (PARTITION BY x.household_id ORDER BY x.on_date DESC, x.created_at DESC, x.id DESC) AS rn "
             "FROM household_exits x JOIN scope ON scope.id = x.household_id "
             "WHERE x.deleted = 0 AND x.kind = 'exit' AND x.on_date BETWEEN ? AND ?) "
             "WHERE rn = 1 AND approved IS NOT NULL ORDER BY file_number, household_id"_s;
    values << period.firstIso() << last;
    QList<QByteArray> exited;
    QList<double> days;
    s = m_db.read(query, values, [&](const storage::RawRow &row) {
        exited << row.blob(0);
        days << row.value(1).toDouble();
    });
    if (!s)
        return s.error();
    r.exitsAfterPlan = Figure::of(u"exits_after_plan"_s, exited);
    r.medianDaysToExit = median(days);

    // Tasks of plans active on the last day, open on it (not done by then,
    // not dropped) and due before it; their plans' order from above.
    QList<qsizetype> overdueRanks;
    s = m_db.read(u"SELECT t.plan_id FROM plan_tasks t WHERE t.deleted = 0 AND t.status <> 'dropped' "
                  "AND t.due_date < ? AND (t.done_on IS NULL OR t.done_on > ?)"_s,
                  {last, last}, [&](const storage::RawRow &row) {
                      const auto it = planAt.constFind(row.blob(0));
                      if (it != planAt.cend() && it->active)
                          overdueRanks << it->rank;
                  });
    if (!s)
        return s.error();
    std::sort(overdueRanks.begin(), overdueRanks.end());
    QList<QByteArray> overdue, byRank(planAt.size());
    for (auto it = planAt.cbegin(); it != planAt.cend(); ++it)
        byRank[it->rank] = it->household;
    for (qsizetype rank : overdueRanks)
        overdue << byRank.at(rank);
    r.overdueTasks = sql::countedRows(u"overdue_tasks"_s, overdue);
    return r;
}

} // namespace tamkeen::impact
