#include "plans/PlanService.h"

#include "clinic/ClinicVocabulary.h"
#include "plans/PlanStored.h"
#include "registry/IncomeService.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tamkeen::plans {

using namespace stored;

int Progress::percent() const
{
    return goals > 0 ? (100 * goalsAchieved + goals / 2) / goals : 0;
}

Progress Progress::of(const QList<Goal> &goals, const QList<Task> &tasks, const QDate &today)
{
    Progress p;
    for (const Goal &goal : goals) {
        if (goal.status == u"dropped")
            continue;
        ++p.goals;
        if (goal.status == u"achieved")
            ++p.goalsAchieved;
    }
    for (const Task &task : tasks) {
        if (task.status == u"dropped")
            continue;
        ++p.tasks;
        if (task.status == u"done")
            ++p.tasksDone;
        if (task.overdue(today))
            ++p.tasksOverdue;
    }
    return p;
}

PlanService::PlanService(storage::Database &db) : m_db(db), m_writer(db) {}

QList<Term> PlanService::tracks()
{
    return {{u"education"_s, tr("Education")},
            {u"training"_s, tr("Vocational training")},
            {u"employment"_s, tr("Employment")},
            {u"own_project"_s, tr("Own project / productive family")},
            {u"microfinance"_s, tr("Micro-finance")},
            {u"housing"_s, tr("Housing")}};
}

QList<Term> PlanService::statuses()
{
    return {{u"draft"_s, tr("Draft")},         {u"submitted"_s, tr("Submitted for approval")},
            {u"active"_s, tr("Active")},       {u"completed"_s, tr("Completed")},
            {u"exited"_s, tr("Exited support")}, {u"discontinued"_s, tr("Discontinued")}};
}

QList<Term> PlanService::goalStatuses()
{
    return {{u"not_started"_s, tr("Not started")}, {u"in_progress"_s, tr("In progress")},
            {u"achieved"_s, tr("Achieved")},       {u"not_achieved"_s, tr("Not achieved")},
            {u"dropped"_s, tr("Dropped")}};
}

QList<Term> PlanService::responsibles()
{
    return {{u"beneficiary"_s, tr("The beneficiary")},
            {u"counsellor"_s, tr("The counsellor")},
            {u"partner"_s, tr("A partner organisation")}};
}

Result<QByteArray> PlanService::create(const security::Session &by, const QByteArray &memberId, const QStringList &tracks,
                                       const QByteArray &sessionId)
{
    if (!clinic::mayCounsel(by))
        return makeError(ErrorCode::PermissionDenied, tr("Only counsellors and supervisors draw up empowerment plans."));
    if (Status s = checkTracks(tracks); !s)
        return s.error();
    auto member = m_db.exec(u"SELECT household_id, employment FROM members WHERE id = ? AND deleted = 0"_s, {memberId});
    if (!member)
        return member.error();
    if (!member.value()->next())
        return makeError(ErrorCode::NotFound, tr("This family member no longer exists."), u"member"_s);
    const QByteArray household = member.value()->value(0).toByteArray();
    Baseline b;
    b.employment = member.value()->value(1).toString();
    member.value()->finish();
    auto eligibility = registry::IncomeService(m_db).eligibility(household);
    if (!eligibility)
        return eligibility.error();
    b.incomePerPerson = eligibility.value().incomePerPerson;
    for (const auto &[kind, score] : {std::pair{u"work_readiness"_s, &b.workReadiness}, std::pair{u"wellbeing"_s, &b.wellbeing}}) {
        auto latest = m_db.scalar(u"SELECT score FROM assessments WHERE member_id = ? AND kind = ? AND deleted = 0 "
                                  "ORDER BY assessed_on DESC, created_at DESC LIMIT 1"_s,
                                  {memberId, kind});
        if (!latest)
            return latest.error();
        *score = optionalOf(latest.value());
    }
    QJsonObject baseline{{u"incomePerPerson"_s, b.incomePerPerson}, {u"employment"_s, b.employment}};
    if (b.workReadiness)
        baseline.insert(u"workReadiness"_s, *b.workReadiness);
    if (b.wellbeing)
        baseline.insert(u"wellbeing"_s, *b.wellbeing);
    m_db.setCurrentUser(by.userId);
    QByteArray id;
    const Status s = m_db.transaction([&]() -> Status {
        auto created = m_writer.insert(u"plans"_s,
                                       {{u"member_id"_s, memberId},
                                        {u"household_id"_s, household},
                                        {u"counsellor_id"_s, by.userId},
                                        {u"session_id"_s, sessionId.isEmpty() ? QVariant() : QVariant(sessionId)},
                                        {u"status"_s, u"draft"_s},
                                        {u"tracks"_s, tracks.join(u',')},
                                        {u"started_on"_s, iso(QDate::currentDate())},
                                        {u"baseline"_s, QString::fromUtf8(QJsonDocument(baseline).toJson(QJsonDocument::Compact))}});
        if (!created)
            return created.error();
        id = created.value();
        auto event = m_writer.insert(u"plan_events"_s, {{u"plan_id"_s, id},
                                                        {u"event"_s, u"created"_s},
                                                        {u"status"_s, u"draft"_s},
                                                        {u"at"_s, nowText()},
                                                        {u"by_user"_s, by.userId}});
        return event ? Status() : Status(event.error());
    });
    if (!s)
        return s.error();
    return id;
}


Status PlanService::editable(const security::Session &by, const Plan &p)
{
    if (!clinic::mayCounsel(by))
        return makeError(ErrorCode::PermissionDenied, tr("Only counsellors and supervisors change empowerment plans."));
    if (p.status != u"draft" && p.status != u"active")
        return makeError(ErrorCode::Conflict,
                         tr("A plan that is «%1» cannot be changed.").arg(registry::Vocabulary::label(statuses(), p.status)));
    return {};
}

Status PlanService::validate(const Plan &p, const GoalData &g)
{
    if (!p.tracks.contains(g.domain))
        return makeError(ErrorCode::Invalid, tr("Choose one of the plan's tracks for the goal."), u"domain"_s);
    if (g.description.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Describe the goal."), u"description"_s);
    if (g.targetValue && g.indicator.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Say what is measured to reach the target value."), u"indicator"_s);
    if (g.targetDate.isValid() && g.targetDate < p.startedOn)
        return makeError(ErrorCode::Invalid, tr("The target date cannot be before the plan started."), u"targetDate"_s);
    return {};
}


Status PlanService::addTrack(const security::Session &by, const QString &name)
{
    if (!by.isAdministrator() && by.role != security::Role::Supervisor)
        return makeError(ErrorCode::PermissionDenied, tr("Only supervisors and administrators add empowerment tracks."));
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Write the name of the empowerment track."), u"name"_s);
    const QList<Term> existing = allTracks();
    for (const Term &t : existing) {
        if (t.label.compare(trimmed, Qt::CaseInsensitive) == 0 || t.key == trimmed)
            return makeError(ErrorCode::Conflict, tr("This empowerment track already exists."), u"name"_s);
    }
    m_db.setCurrentUser(by.userId);
    auto created = m_writer.insert(u"plan_tracks"_s,
                                   {{u"code"_s, trimmed}, {u"name"_s, trimmed}, {u"position"_s, int(existing.size())}});
    return created ? Status() : Status(created.error());
}

Status PlanService::checkTracks(const QStringList &tracks)
{
    if (tracks.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Choose at least one empowerment track."), u"tracks"_s);
    for (const QString &t : tracks) {
        if (!registry::Vocabulary::contains(allTracks(), t))
            return makeError(ErrorCode::Invalid, tr("Unknown empowerment track: %1.").arg(t), u"tracks"_s);
    }
    return {};
}

Status PlanService::checkTask(const TaskData &t)
{
    if (t.description.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Describe the task."), u"description"_s);
    if (!registry::Vocabulary::contains(responsibles(), t.responsible))
        return makeError(ErrorCode::Invalid, tr("Choose who is responsible for the task."), u"responsible"_s);
    return {};
}

Status PlanService::setTracks(const security::Session &by, const QByteArray &planId, const QStringList &tracks)
{
    auto p = load(planId);
    if (!p)
        return p.error();
    if (Status s = editable(by, p.value()); !s)
        return s;
    if (p.value().status != u"draft")
        return makeError(ErrorCode::Conflict, tr("The tracks of a plan change only while it is a draft."), u"tracks"_s);
    if (Status s = checkTracks(tracks); !s)
        return s;
    auto goals = this->goals(planId);
    if (!goals)
        return goals.error();
    for (const Goal &g : goals.value()) {
        if (g.status != u"dropped" && !tracks.contains(g.domain))
            return makeError(ErrorCode::Invalid,
                             tr("A goal is in the track «%1»: keep the track or change the goal first.")
                                 .arg(registry::Vocabulary::label(allTracks(), g.domain)),
                             u"tracks"_s);
    }
    m_db.setCurrentUser(by.userId);
    return m_writer.update(u"plans"_s, planId, {{u"tracks"_s, tracks.join(u',')}});
}

Result<QByteArray> PlanService::addGoal(const security::Session &by, const QByteArray &planId, const GoalData &g)
{
    auto p = load(planId);
    if (!p)
        return p.error();
    if (Status s = editable(by, p.value()); !s)
        return s.error();
    if (Status s = validate(p.value(), g); !s)
        return s.error();
    auto count = m_db.scalar(u"SELECT count(*) FROM plan_goals WHERE plan_id = ? AND deleted = 0"_s, {planId});
    if (!count)
        return count.error();
    m_db.setCurrentUser(by.userId);
    return m_writer.insert(u"plan_goals"_s, {{u"plan_id"_s, planId},
                                             {u"domain"_s, g.domain},
                                             {u"description"_s, g.description.trimmed()},
                                             {u"indicator"_s, g.indicator.trimmed()},
                                             {u"baseline_value"_s, orNull(g.baselineValue)},
                                             {u"target_value"_s, orNull(g.targetValue)},
                                             {u"target_date"_s, g.targetDate.isValid() ? QVariant(iso(g.targetDate)) : QVariant()},
                                             {u"status"_s, u"not_started"_s},
                                             {u"position"_s, count.value().toInt()}});
}

Status PlanService::updateGoal(const security::Session &by, const QByteArray &goalId, const GoalData &g)
{
    auto planId = m_db.scalar(u"SELECT plan_id FROM plan_goals WHERE id = ? AND deleted = 0"_s, {goalId});
    if (!planId)
        return planId.error();
    if (planId.value().isNull())
        return makeError(ErrorCode::NotFound, tr("This goal no longer exists."));
    auto p = load(planId.value().toByteArray());
    if (!p)
        return p.error();
    if (Status s = editable(by, p.value()); !s)
        return s;
    if (Status s = validate(p.value(), g); !s)
        return s;
    m_db.setCurrentUser(by.userId);
    return m_writer.update(u"plan_goals"_s, goalId,
                           {{u"domain"_s, g.domain},
                            {u"description"_s, g.description.trimmed()},
                            {u"indicator"_s, g.indicator.trimmed()},
                            {u"baseline_value"_s, orNull(g.baselineValue)},
                            {u"target_value"_s, orNull(g.targetValue)},
                            {u"target_date"_s, g.targetDate.isValid() ? QVariant(iso(g.targetDate)) : QVariant()}});
}

Status PlanService::setGoalStatus(const security::Session &by, const QByteArray &goalId, const QString &status,
                                  std::optional<double> currentValue)
{
    if (!registry::Vocabulary::contains(goalStatuses(), status))
        return makeError(ErrorCode::Invalid, tr("Choose the goal's status."), u"status"_s);
    auto planId = m_db.scalar(u"SELECT plan_id FROM plan_goals WHERE id = ? AND deleted = 0"_s, {goalId});
    if (!planId)
        return planId.error();
    if (planId.value().isNull())
        return makeError(ErrorCode::NotFound, tr("This goal no longer exists."));
    auto p = load(planId.value().toByteArray());
    if (!p)
        return p.error();
    if (Status s = editable(by, p.value()); !s)
        return s;
    m_db.setCurrentUser(by.userId);
    QVariantMap changes = {{u"status"_s, status}};
    if (currentValue)
        changes.insert(u"current_value"_s, *currentValue);
    return m_writer.update(u"plan_goals"_s, goalId, changes);
}

Result<QByteArray> PlanService::addTask(const security::Session &by, const QByteArray &goalId, const TaskData &t)
{
    auto planId = m_db.scalar(u"SELECT plan_id FROM plan_goals WHERE id = ? AND deleted = 0"_s, {goalId});
    if (!planId)
        return planId.error();
    if (planId.value().isNull())
        return makeError(ErrorCode::NotFound, tr("This goal no longer exists."));
    auto p = load(planId.value().toByteArray());
    if (!p)
        return p.error();
    if (Status s = editable(by, p.value()); !s)
        return s.error();
    if (Status s = checkTask(t); !s)
        return s.error();
    m_db.setCurrentUser(by.userId);
    return m_writer.insert(u"plan_tasks"_s, {{u"plan_id"_s, p.value().id},
                                             {u"goal_id"_s, goalId},
                                             {u"description"_s, t.description.trimmed()},
                                             {u"responsible"_s, t.responsible},
                                             {u"due_date"_s, t.dueDate.isValid() ? QVariant(iso(t.dueDate)) : QVariant()},
                                             {u"status"_s, u"open"_s}});
}

Result<QString> PlanService::editableTask(const security::Session &by, const QByteArray &taskId)
{
    auto q = m_db.exec(u"SELECT plan_id, status FROM plan_tasks WHERE id = ? AND deleted = 0"_s, {taskId});
    if (!q)
        return q.error();
    if (!q.value()->next())
        return makeError(ErrorCode::NotFound, tr("This task no longer exists."));
    const QByteArray planId = q.value()->value(0).toByteArray();
    const QString status = q.value()->value(1).toString();
    q.value()->finish();
    auto p = load(planId);
    if (!p)
        return p.error();
    if (Status s = editable(by, p.value()); !s)
        return s.error();
    return status;
}

Status PlanService::updateTask(const security::Session &by, const QByteArray &taskId, const TaskData &t)
{
    auto status = editableTask(by, taskId);
    if (!status)
        return status.error();
    if (status.value() != u"open")
        return makeError(ErrorCode::Conflict, tr("A task that is done is no longer changed."));
    if (Status s = checkTask(t); !s)
        return s;
    m_db.setCurrentUser(by.userId);
    return m_writer.update(u"plan_tasks"_s, taskId,
                           {{u"description"_s, t.description.trimmed()},
                            {u"responsible"_s, t.responsible},
                            {u"due_date"_s, t.dueDate.isValid() ? QVariant(iso(t.dueDate)) : QVariant()}});
}

Status PlanService::completeTask(const security::Session &by, const QByteArray &taskId, const QDate &doneOn)
{
    auto status = editableTask(by, taskId);
    if (!status)
        return status.error();
    if (status.value() != u"open")
        return makeError(ErrorCode::Conflict, tr("This task is already marked as done."));
    if (!doneOn.isValid() || doneOn > QDate::currentDate())
        return makeError(ErrorCode::Invalid, tr("The date the task was done cannot be in the future."), u"doneOn"_s);
    m_db.setCurrentUser(by.userId);
    return m_writer.update(u"plan_tasks"_s, taskId, {{u"status"_s, u"done"_s}, {u"done_on"_s, iso(doneOn)}});
}

Status PlanService::transition(const security::Session &by, const Plan &p, const QString &event, const QString &status,
                               const QVariantMap &changes, const QString &reason, const QString &progress)
{
    m_db.setCurrentUser(by.userId);
    return m_db.transaction([&]() -> Status {
        QVariantMap all = changes;
        // A review keeps the plan active without writing it again: making a
        // plan active is an approval, which only a supervisor signs (docs/trust.md).
        if (status != p.status)
            all.insert(u"status"_s, status);
        if (Status s = m_writer.update(u"plans"_s, p.id, all); !s)
            return s;
        auto e = m_writer.insert(u"plan_events"_s,
                                 {{u"plan_id"_s, p.id},
                                  {u"event"_s, event},
                                  {u"status"_s, status},
                                  {u"at"_s, nowText()},
                                  {u"by_user"_s, by.userId},
                                  {u"reason"_s, reason.trimmed().isEmpty() ? QVariant() : QVariant(reason.trimmed())},
                                  {u"progress"_s, progress.trimmed().isEmpty() ? QVariant() : QVariant(progress.trimmed())}});
        return e ? Status() : Status(e.error());
    });
}

Status PlanService::submit(const security::Session &by, const QByteArray &planId)
{
    auto p = load(planId);
    if (!p)
        return p.error();
    if (!clinic::mayCounsel(by))
        return makeError(ErrorCode::PermissionDenied, tr("Only counsellors and supervisors change empowerment plans."));
    if (p.value().status != u"draft")
        return makeError(ErrorCode::Conflict, tr("Only a draft plan can be submitted for approval."));
    return transition(by, p.value(), u"submitted"_s, u"submitted"_s, {}, {});
}

Status PlanService::approve(const security::Session &by, const QByteArray &planId)
{
    if (by.role != security::Role::Supervisor)
        return makeError(ErrorCode::PermissionDenied, tr("Only supervisors approve empowerment plans."));
    auto p = load(planId);
    if (!p)
        return p.error();
    if (p.value().status != u"submitted")
        return makeError(ErrorCode::Conflict, tr("Only a submitted plan can be approved."));
    auto dated = m_db.scalar(u"SELECT count(*) FROM plan_goals WHERE plan_id = ? AND deleted = 0 AND status <> 'dropped' "
                             "AND target_date IS NOT NULL"_s,
                             {planId});
    if (!dated)
        return dated.error();
    if (dated.value().toInt() == 0)
        return makeError(ErrorCode::Invalid, tr("A plan needs at least one goal with a target date before it is approved."),
                         u"goals"_s);
    const QDate today = QDate::currentDate();
    return transition(by, p.value(), u"approved"_s, u"active"_s,
                      {{u"approved_by"_s, by.userId},
                       {u"approved_on"_s, iso(today)},
                       {u"next_review"_s, iso(nextReviewAfter(today, p.value().reviewMonths))}},
                      {});
}

Status PlanService::returnToDraft(const security::Session &by, const QByteArray &planId, const QString &reason)
{
    if (by.role != security::Role::Supervisor)
        return makeError(ErrorCode::PermissionDenied, tr("Only supervisors return plans for changes."));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Write what should change in the plan."), u"reason"_s);
    auto p = load(planId);
    if (!p)
        return p.error();
    if (p.value().status != u"submitted")
        return makeError(ErrorCode::Conflict, tr("Only a submitted plan can be returned for changes."));
    return transition(by, p.value(), u"returned"_s, u"draft"_s, {}, reason);
}

Status PlanService::review(const security::Session &by, const QByteArray &planId, const QString &progress, const QDate &on)
{
    if (!clinic::mayCounsel(by))
        return makeError(ErrorCode::PermissionDenied, tr("Only counsellors and supervisors review empowerment plans."));
    if (progress.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Write the progress seen at this review."), u"progress"_s);
    if (!on.isValid() || on > QDate::currentDate())
        return makeError(ErrorCode::Invalid, tr("The date of the review cannot be in the future."), u"on"_s);
    auto p = load(planId);
    if (!p)
        return p.error();
    if (p.value().status != u"active")
        return makeError(ErrorCode::Conflict, tr("Only an active plan is reviewed."));
    // The next review counts from this one, early or late.
    return transition(by, p.value(), u"reviewed"_s, u"active"_s,
                      {{u"next_review"_s, iso(nextReviewAfter(on, p.value().reviewMonths))}}, {}, progress);
}

Status PlanService::close(const security::Session &by, const QByteArray &planId, const QString &outcome,
                          const QString &reason)
{
    static const QStringList outcomes = {u"completed"_s, u"exited"_s, u"discontinued"_s};
    if (!clinic::mayCounsel(by))
        return makeError(ErrorCode::PermissionDenied, tr("Only counsellors and supervisors change empowerment plans."));
    if (!outcomes.contains(outcome))
        return makeError(ErrorCode::Invalid, tr("Choose how the plan ends."), u"outcome"_s);
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Write why the plan ends."), u"reason"_s);
    auto p = load(planId);
    if (!p)
        return p.error();
    if (p.value().status != u"active")
        return makeError(ErrorCode::Conflict, tr("Only an active plan can be closed."));
    return transition(by, p.value(), outcome, outcome,
                      {{u"closed_on"_s, iso(QDate::currentDate())}, {u"next_review"_s, QVariant()}}, reason);
}

} // namespace tamkeen::plans
