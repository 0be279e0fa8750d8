// Indicator 7, plans: each plan's status on the period's last day from its
// dated events, goals achieved, days from a plan's approval to the
// household's exit, overdue tasks and active plans left without a review.
#include "impact/IndicatorSql.h"
#include "impact/Indicators.h"
#include "impact/ScopeOrder.h"
#include "plans/PlanService.h"
#include "storage/Database.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

namespace {

// Each live plan and its status after its last event on or before ?1 (an
// event's day is the day it was recorded); plans created after the day have
// none. An event saying "active" counts only once the plan has been approved
// (docs/trust.md). For an active plan, the day of its last review (or
// approval) up to ?1. Columns: plan, household, status, that day.
const QString kPlanStatusAt =
    u"SELECT a.plan_id, a.household_id, a.status, CASE WHEN a.status = 'active' THEN ("
    "SELECT max(substr(e.at, 1, 10)) FROM plan_events e WHERE e.plan_id = a.plan_id AND e.deleted = 0 "
    "AND e.event IN ('approved', 'reviewed') AND substr(e.at, 1, 10) <= ?1) END FROM ("
    "SELECT e.plan_id, p.household_id, e.status, row_number() OVER ("
    "PARTITION BY e.plan_id ORDER BY e.at DESC, e.created_at DESC, e.id DESC) AS rn "
    "FROM plan_events e JOIN plans p ON p.id = e.plan_id AND p.deleted = 0 "
    "WHERE e.deleted = 0 AND substr(e.at, 1, 10) <= ?1 "
    // Active only after an approval: an "approved" event is believed from
    // another copy only with a supervisor's signature, the others are
    // anyone's (a review), so they cannot make a plan active by themselves.
    "AND (e.status <> 'active' OR EXISTS (SELECT 1 FROM plan_events a WHERE a.plan_id = e.plan_id "
    "AND a.deleted = 0 AND a.event = 'approved' AND a.at <= e.at))) a WHERE a.rn = 1"_s;

} // namespace

Result<PlanFigures> Indicators::plans(const Period &period, const ImpactFilter &filter)
{
    auto scoped = scopeOrder(filter, period.last());
    if (!scoped)
        return scoped.error();
    const ScopeOrder &scope = *scoped.value();
    PlanFigures r;
    const QString last = period.lastIso();

    // Each plan in scope with its status on the last day, read once for the
    // statuses, the overdue tasks and the reviews (each was a pass over every
    // plan event); households out of scope are left out here.
    struct PlanAt {
        qint32 household;
        bool active;
    };
    QHash<QByteArray, PlanAt> planAt;
    QHash<QString, std::vector<qint32>> byStatus;
    std::vector<qint32> unreviewed;
    const QString reviewBy = period.last().addDays(-PlanFigures::kReviewDays).toString(Qt::ISODate);
    Status s = m_db.read(kPlanStatusAt, {last}, [&](const storage::RawRow &row) {
        const qint32 household = scope.rank(row.rawBytes(1));
        if (household < 0)
            return;
        const QString status = row.text(2);
        byStatus[status].push_back(household);
        planAt.insert(row.blob(0), {household, status == u"active"});
        // A NULL review day compares as unknown in SQL: never counted.
        if (!row.isNull(3) && row.text(3) <= reviewBy)
            unreviewed.push_back(household);
    });
    if (!s)
        return s.error();
    for (const registry::Term &t : plans::PlanService::statuses())
        r.byStatus << scope.rows(t.key, byStatus.value(t.key));
    r.unreviewed = scope.rows(u"unreviewed_90d"_s, unreviewed);

    // Goals of plans approved by the last day, as they stand now (a goal's
    // status has no dated history).
    std::vector<qint32> goals, achieved;
    s = m_db.read(u"SELECT p.household_id, g.status = 'achieved' FROM plan_goals g JOIN plans p ON p.id = g.plan_id "
                  "AND p.deleted = 0 WHERE g.deleted = 0 AND g.status <> 'dropped' AND p.approved_on <= ?"_s,
                  {last}, [&](const storage::RawRow &row) {
                      const qint32 household = scope.rank(row.rawBytes(0));
                      if (household < 0)
                          return;
                      goals.push_back(household);
                      if (row.integer(1) != 0)
                          achieved.push_back(household);
                  });
    if (!s)
        return s.error();
    r.goals = scope.rows(u"goals"_s, goals);
    r.goalsAchieved = scope.rows(u"goals_achieved"_s, achieved);

    // Each household's last exit in the period, against the latest approval
    // of one of its plans on or before that exit.
    std::vector<qint32> exited;
    QList<double> days;
    s = m_db.read(u"SELECT household_id, julianday(on_date) - julianday(approved) FROM ("
                  "SELECT x.household_id, x.on_date, (SELECT max(p.approved_on) FROM plans p "
                  "WHERE p.household_id = x.household_id AND p.deleted = 0 AND p.approved_on <= x.on_date) AS approved, "
                  "row_number() OVER (PARTITION BY x.household_id ORDER BY x.on_date DESC, x.created_at DESC, "
                  "x.id DESC) AS rn FROM household_exits x "
                  "WHERE x.deleted = 0 AND x.kind = 'exit' AND x.on_date BETWEEN ? AND ?) "
                  "WHERE rn = 1 AND approved IS NOT NULL"_s,
                  {period.firstIso(), last}, [&](const storage::RawRow &row) {
                      const qint32 household = scope.rank(row.rawBytes(0));
                      if (household < 0)
                          return;
                      exited.push_back(household);
                      days << row.value(1).toDouble();
                  });
    if (!s)
        return s.error();
    r.exitsAfterPlan = scope.households(u"exits_after_plan"_s, exited);
    r.medianDaysToExit = median(days);

    // Tasks of plans active on the last day, open on it (not done by then,
    // not dropped) and due before it.
    std::vector<qint32> overdue;
    s = m_db.read(u"SELECT t.plan_id FROM plan_tasks t WHERE t.deleted = 0 AND t.status <> 'dropped' "
                  "AND t.due_date < ? AND (t.done_on IS NULL OR t.done_on > ?)"_s,
                  {last, last}, [&](const storage::RawRow &row) {
                      const auto it = planAt.constFind(row.rawBytes(0));
                      if (it != planAt.cend() && it->active)
                          overdue.push_back(it->household);
                  });
    if (!s)
        return s.error();
    r.overdueTasks = scope.rows(u"overdue_tasks"_s, overdue);
    return r;
}

} // namespace tamkeen::impact
