#include "casework/TaskInbox.h"

#include "casework/Conditions.h"
#include "casework/Objections.h"
#include "impact/HomeQueues.h"
#include "plans/PlanService.h"
#include "referrals/ExitService.h"
#include "common/IsoDay.h"
#include "storage/Database.h"
#include "visits/VisitService.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using tamkeen::registry::Vocabulary;
using tamkeen::security::Role;

namespace tamkeen::casework {

namespace {

using Kind = InboxItem::Kind;


Status addApprovals(storage::Database &db, const QByteArray &centre, QList<InboxItem> &items)
{
    auto queue = impact::HomeQueues::approvalQueue(db, centre);
    if (!queue)
        return queue.error();
    for (const impact::ApprovalItem &a : queue.value()) {
        const bool plan = a.kind == impact::ApprovalItem::Kind::Plan;
        items.append({plan ? Kind::Approval : Kind::Graduation, a.id, a.householdId, a.fileNumber, a.name,
                      plan ? a.byName : a.pathway, a.since, std::nullopt});
    }
    return {};
}

// The counsellor's active plans whose review date has come, and each open task
// of their active plans past its due date.
Status addPlans(storage::Database &db, const QByteArray &counsellor, const QDate &today, QList<InboxItem> &items)
{
    plans::PlanFilter due;
    due.counsellorId = counsellor;
    due.reviewDue = true;
    auto reviews = plans::PlanService(db).list(due, today);
    if (!reviews)
        return reviews.error();
    for (const plans::PlanRow &p : reviews.value())
        items.append({Kind::Review, p.id, p.householdId, p.fileNumber, p.memberName, {}, p.nextReview, std::nullopt});
    return db.read(
        u"SELECT p.id, p.household_id, h.file_number, "
        "trim(m.given_name || ' ' || ifnull(m.father_name, '') || ' ' || ifnull(m.family_name, '')), "
        "t.description, t.due_date FROM plans p JOIN plan_tasks t ON t.plan_id = p.id "
        "JOIN households h ON h.id = p.household_id JOIN members m ON m.id = p.member_id "
        "WHERE p.counsellor_id = ? AND p.status = 'active' AND p.deleted = 0 "
        "AND t.deleted = 0 AND t.status = 'open' AND t.due_date < ?"_s,
        {counsellor, isoDay(today)}, [&](const storage::RawRow &r) {
            items.append({Kind::OverdueTask, r.blob(0), r.blob(1), r.text(2), r.text(3).simplified(), r.text(4),
                          QDate::fromString(r.text(5), Qt::ISODate), std::nullopt});
        });
}

// The worker's visits planned for today or a day gone by, and the follow-ups
// after exit due of the families assigned to them.
Status addFieldWork(storage::Database &db, const QByteArray &worker, const QDate &today, QList<InboxItem> &items)
{
    auto visits = visits::VisitService(db).planned(today, today, worker, true);
    if (!visits)
        return visits.error();
    for (const visits::PlannedVisit &v : visits.value())
        items.append({Kind::Visit, v.id, v.householdId, v.fileNumber, v.headName, v.planNote, v.plannedOn, std::nullopt});
    auto followUps = referrals::ExitService(db).dueFollowUps(today, worker, 1000);
    if (!followUps)
        return followUps.error();
    for (const referrals::FollowUpCheck &f : followUps.value())
        items.append({Kind::FollowUp, f.id, f.householdId, f.fileNumber, f.headName,
                      TaskInbox::tr("%n month(s) after exit", nullptr, f.months), f.dueOn, std::nullopt});
    // A condition of support missed: the family is counselled within two
    // weeks of the warning, before any suspension (casework::Conditions).
    return db.read(
        u"SELECT w.household_id, h.file_number, ifnull(f.head_name, ''), w.programme, min(w.on_date) "
        "FROM households h JOIN compliance_actions w ON w.household_id = h.id "
        "LEFT JOIN household_facts f ON f.household_id = w.household_id "
        "WHERE h.assigned_worker = ? AND h.deleted = 0 AND w.action = 'warning' AND w.deleted = 0 "
        "AND NOT EXISTS (SELECT 1 FROM compliance_actions x WHERE x.household_id = w.household_id "
        "AND x.programme = w.programme AND x.deleted = 0 AND x.action = 'counselling' AND x.on_date >= w.on_date) "
        "AND NOT EXISTS (SELECT 1 FROM conditional_decisions d WHERE d.household_id = w.household_id "
        "AND d.programme = w.programme AND d.deleted = 0 AND d.on_date >= w.on_date) "
        "GROUP BY w.household_id, w.programme"_s,
        {worker}, [&](const storage::RawRow &r) {
            items.append({Kind::Counselling, r.blob(0), r.blob(0), r.text(1), r.text(2), r.text(3),
                          QDate::fromString(r.text(4), Qt::ISODate).addDays(Conditions::kCounselWithinDays),
                          std::nullopt});
        });
}

// Open objections and complaints assigned to `user`; with `unassigned` (a
// supervisor, who decides and answers), every open one of the centre.
Status addObjections(storage::Database &db, const QByteArray &user, const QByteArray &centre, bool unassigned,
                     const QDate &today, QList<InboxItem> &items)
{
    Objections objections(db);
    ObjectionFilter mine;
    mine.assignedTo = user;
    auto assigned = objections.list(mine, today);
    if (!assigned)
        return assigned.error();
    QList<Objection> list = assigned.value();
    if (unassigned) { // a supervisor's: every open one of the centre still to decide or answer
        ObjectionFilter all;
        all.centre = centre;
        auto open = objections.list(all, today);
        if (!open)
            return open.error();
        for (const Objection &o : open.value())
            if (o.assignedTo != user)
                list << o;
    }
    for (const Objection &o : list)
        items.append({Kind::Objection, o.id, o.householdId, o.fileNumber, o.headName,
                      Vocabulary::label(Objections::subjects(), o.subject), o.dueOn, std::nullopt});
    return {};
}

Status addWarnings(storage::Database &db, const security::Session &user, const impact::WarningScope &scope,
                   const QDate &today, QList<InboxItem> &items)
{
    impact::EarlyWarnings warnings(db);
    for (impact::WarningRule rule : impact::EarlyWarnings::rules()) {
        if (!impact::EarlyWarnings::mayRead(user, rule))
            continue;
        // A field worker's follow-ups are in the inbox already, by themselves.
        if (rule == impact::WarningRule::FollowUpOverdue && user.role == Role::FieldWorker)
            continue;
        auto listed = warnings.list(user, rule, today, scope);
        if (!listed)
            return listed.error();
        for (const impact::WarningItem &w : listed.value())
            if (!w.seen)
                items.append({Kind::Warning, w.householdId, w.householdId, w.fileNumber, w.headName,
                              impact::EarlyWarnings::title(rule), w.since, rule});
    }
    return {};
}

} // namespace

QList<InboxItem::Kind> TaskInbox::kindsFor(Role role)
{
    switch (role) {
    case Role::Supervisor: return {Kind::Approval, Kind::Graduation, Kind::Objection, Kind::Warning};
    case Role::Counsellor: return {Kind::Review, Kind::OverdueTask, Kind::Objection, Kind::Warning};
    case Role::FieldWorker: return {Kind::Visit, Kind::FollowUp, Kind::Counselling, Kind::Objection, Kind::Warning};
    case Role::Administrator: break;
    }
    return {Kind::Warning};
}

QString TaskInbox::kindName(InboxItem::Kind kind)
{
    switch (kind) {
    case Kind::Approval: return tr("Plan to approve");
    case Kind::Graduation: return tr("Graduation to decide");
    case Kind::Review: return tr("Plan review");
    case Kind::OverdueTask: return tr("Plan task past due");
    case Kind::Visit: return tr("Home visit");
    case Kind::FollowUp: return tr("Follow-up after exit");
    case Kind::Warning: return tr("Early warning");
    case Kind::Objection: return tr("Objection or complaint");
    case Kind::Counselling: return tr("Counselling after a missed condition");
    }
    return {};
}

bool TaskInbox::overdue(const InboxItem &item, const QDate &today)
{
    // An approval's date is when it was asked for, a warning's when the fact
    // happened: waiting, not late.
    switch (item.kind) {
    case Kind::Approval:
    case Kind::Graduation:
    case Kind::Warning:
        return false;
    default:
        return item.due.isValid() && item.due < today;
    }
}

Result<QList<InboxItem>> TaskInbox::of(storage::Database &db, const security::Session &user, const QByteArray &centre,
                                       const QDate &today)
{
    QList<InboxItem> items;
    impact::WarningScope scope;
    Status s;
    switch (user.role) {
    case Role::Supervisor:
        s = addApprovals(db, centre, items);
        scope.centreId = centre;
        break;
    case Role::Administrator: // decides nothing; watches the centre's warnings
        scope.centreId = centre;
        break;
    case Role::Counsellor:
        s = addPlans(db, user.userId, today, items);
        scope.counsellorId = user.userId;
        break;
    case Role::FieldWorker:
        s = addFieldWork(db, user.userId, today, items);
        scope.workerId = user.userId;
        break;
    }
    if (!s)
        return s.error();
    if (s = addObjections(db, user.userId, centre, user.role == Role::Supervisor, today, items); !s)
        return s.error();
    if (s = addWarnings(db, user, scope, today, items); !s)
        return s.error();
    std::stable_sort(items.begin(), items.end(), [](const InboxItem &a, const InboxItem &b) {
        if (a.due != b.due)
            return a.due < b.due;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.fileNumber < b.fileNumber;
    });
    return items;
}

} // namespace tamkeen::casework
