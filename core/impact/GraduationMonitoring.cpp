#include "impact/GraduationMonitoring.h"

#include "impact/GraduationPathways.h"
#include "impact/ImpactSql.h"
#include "impact/ReadinessFacts.h"
#include "storage/Database.h"

#include <QHash>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

GraduationMonitoring::GraduationMonitoring(storage::Database &db) : m_db(db) {}

FollowUpState GraduationMonitoring::stateOf(const QDate &dueOn, const QDate &doneOn, const QDate &today)
{
    if (doneOn.isValid())
        return FollowUpState::Done;
    if (dueOn < today)
        return FollowUpState::Overdue; // as the early warning counts it: the day after its due day
    if (dueOn <= today.addDays(kDueWithinDays))
        return FollowUpState::Due;
    return FollowUpState::Later;
}

QString GraduationMonitoring::stateText(FollowUpState s)
{
    switch (s) {
    case FollowUpState::Done:
        return tr("Done");
    case FollowUpState::Overdue:
        return tr("Overdue");
    case FollowUpState::Due:
        return tr("Due");
    case FollowUpState::Later:
        return tr("Later");
    }
    return {};
}

Result<QList<GraduatedHousehold>> GraduationMonitoring::graduated(const security::Session &by, const QDate &today,
                                                                  const ReadinessScope &scope)
{
    auto pathways = GraduationPathways(m_db).all(true);
    if (!pathways)
        return pathways.error();
    auto rule = registry::IncomeService(m_db).rule();
    if (!rule)
        return rule.error();
    auto facts = readFacts(m_db, today, PlanChoice::Graduated, scope.centreId, scope.workerId);
    if (!facts)
        return facts.error();
    QHash<QByteArray, ReadinessFacts> byPlan;
    for (const ReadinessFacts &f : facts.value())
        byPlan.insert(f.planId, f);

    // The latest approved graduation of each household.
    const QString approved = u"SELECT q.id AS request, q.household_id, q.pathway, q.pathway_name, q.exit_reason, "
                             "q.plan_id, q.created_at, d.exit_id FROM graduation_requests q JOIN graduation_decisions d "
                             "ON d.request_id = q.id AND d.deleted = 0 AND d.decision = 'approved' WHERE q.deleted = 0"_s;
    const QString sql =
        u"WITH a AS (%3) SELECT r.request, r.household_id, r.exit_id, r.pathway, r.pathway_name, r.exit_reason, "
        "e.on_date, h.file_number, %1, (SELECT count(*) FROM members m WHERE m.household_id = h.id AND m.deleted = 0), %2, "
        "(SELECT min(x.on_date) FROM household_exits x WHERE x.household_id = h.id AND x.kind = 'reentry' "
        "AND x.deleted = 0 AND x.on_date >= e.on_date AND x.on_date <= ?1), r.plan_id "
        "FROM a r JOIN households h ON h.id = r.household_id JOIN household_exits e ON e.id = r.exit_id AND e.deleted = 0 "
        "WHERE e.on_date <= ?1 AND NOT EXISTS (SELECT 1 FROM a o JOIN household_exits oe ON oe.id = o.exit_id "
        "WHERE o.household_id = r.household_id AND oe.on_date <= ?1 AND (oe.on_date > e.on_date OR "
        "(oe.on_date = e.on_date AND o.created_at > r.created_at)))"_s
            .arg(sql::headName(), sql::incomeAt(u"e.on_date"_s), approved)
        + sql::scope();
    const auto orNull = [](const QByteArray &b) { return b.isEmpty() ? QVariant() : QVariant(b); };
    QList<GraduatedHousehold> list;
    QList<QByteArray> plans;
    Status s = m_db.read(sql, {today.toString(Qt::ISODate), {}, {}, {}, orNull(scope.centreId), orNull(scope.workerId)},
                         [&](const storage::RawRow &row) {
                             GraduatedHousehold g;
                             g.requestId = row.blob(0);
                             g.householdId = row.blob(1);
                             g.exitId = row.blob(2);
                             g.pathwayKey = row.text(3);
                             g.pathwayName = row.text(4);
                             g.exitReason = row.text(5);
                             g.graduatedOn = QDate::fromString(row.text(6), Qt::ISODate);
                             g.fileNumber = row.text(7);
                             g.headName = row.text(8);
                             g.members = int(row.integer(9));
                             g.incomePerPersonAtExit = g.members > 0 ? row.value(10).toDouble() / g.members : 0;
                             g.returnedOn = QDate::fromString(row.text(11), Qt::ISODate);
                             g.returned = g.returnedOn.isValid();
                             list << g;
                             plans << row.blob(12);
                         });
    if (!s)
        return s.error();

    for (qsizetype i = 0; i < list.size(); ++i) {
        GraduatedHousehold &g = list[i];
        Status f = m_db.read(u"SELECT id, months, due_on, done_on, income, employed FROM exit_followups "
                             "WHERE household_id = ? AND exit_id = ? AND deleted = 0 ORDER BY months"_s, // by its index
                             {g.householdId, g.exitId}, [&](const storage::RawRow &row) {
                                 MonitoredFollowUp m;
                                 m.id = row.blob(0);
                                 m.months = int(row.integer(1));
                                 m.dueOn = QDate::fromString(row.text(2), Qt::ISODate);
                                 m.doneOn = QDate::fromString(row.text(3), Qt::ISODate);
                                 if (m.doneOn > today)
                                     m.doneOn = {}; // not yet, on the day asked
                                 m.state = stateOf(m.dueOn, m.doneOn, today);
                                 if (m.doneOn.isValid()) {
                                     if (!row.isNull(4))
                                         m.income = row.value(4).toDouble();
                                     if (!row.isNull(5))
                                         m.employed = row.integer(5) != 0;
                                     if (m.income && g.members > 0 && m.doneOn >= g.latestFollowUp) {
                                         g.latestFollowUp = m.doneOn;
                                         g.incomePerPersonLatest = *m.income / g.members;
                                     }
                                 }
                                 g.followUps << m;
                             });
        if (!f)
            return f.error();
        // Its pathway's criteria, today (the general one if the pathway is gone).
        const auto p = std::find_if(pathways.value().cbegin(), pathways.value().cend(),
                                    [&](const Pathway &x) { return x.key == g.pathwayKey; });
        const Pathway &pathway = p != pathways.value().cend() ? *p : pathways.value().first();
        const auto facts = byPlan.constFind(plans[i]);
        if (facts != byPlan.constEnd()) {
            g.now = ExitReadiness::evaluate(*facts, pathway, rule.value(), ExitReadiness::mayReadScores(by));
            for (const CriterionSetting &c : pathway.criteria.criteria)
                for (const CriterionResult &x : g.now.results)
                    if (x.criterion == c.criterion && c.weight > 0 && !x.met && !x.withheld)
                        g.noLongerMet << c.criterion;
            g.atRisk = !g.returned && !g.now.ready;
        }
    }
    std::stable_sort(list.begin(), list.end(), [](const GraduatedHousehold &a, const GraduatedHousehold &b) {
        if (a.atRisk != b.atRisk)
            return a.atRisk;
        return a.graduatedOn > b.graduatedOn;
    });
    return list;
}

} // namespace tamkeen::impact
