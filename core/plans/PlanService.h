#pragma once
// Individual empowerment plans: created by counsellors (usually from a
// session) with a baseline of what Tamkeen knows, goals and tasks, submitted,
// approved by a supervisor, reviewed every few months, then closed. Every
// transition is dated with who and why (plan_events).
#include "common/Result.h"
#include "plans/PlanRecords.h"
#include "registry/Vocabulary.h"
#include "security/Session.h"
#include "storage/SyncedWriter.h"

#include <QCoreApplication>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::plans {

using registry::Term;

class PlanService {
    Q_DECLARE_TR_FUNCTIONS(PlanService)
public:
    explicit PlanService(storage::Database &db);

    static QList<Term> tracks();        // built in: education, training, employment, own_project, microfinance, housing
    // The built-in tracks, then those supervisors and administrators added (synced).
    QList<Term> allTracks();
    Status addTrack(const security::Session &by, const QString &name);
    static QList<Term> statuses();      // draft, submitted, active, completed, exited, discontinued
    static QList<Term> goalStatuses();  // not_started, in_progress, achieved, not_achieved, dropped
    static QList<Term> responsibles();  // beneficiary, counsellor, partner
    // `from` plus `months`, for the next review.
    static QDate nextReviewAfter(const QDate &from, int months) { return from.addMonths(months); }

    // Counsellors and supervisors; a draft owned by `by`.
    Result<QByteArray> create(const security::Session &by, const QByteArray &memberId, const QStringList &tracks,
                              const QByteArray &sessionId = {});
    // A draft's tracks; goals keep to them (used by the plan editor).
    Status setTracks(const security::Session &by, const QByteArray &planId, const QStringList &tracks);
    Result<QByteArray> addGoal(const security::Session &by, const QByteArray &planId, const GoalData &goal);
    Status updateGoal(const security::Session &by, const QByteArray &goalId, const GoalData &goal);
    Status setGoalStatus(const security::Session &by, const QByteArray &goalId, const QString &status,
                         std::optional<double> currentValue = {});
    Result<QByteArray> addTask(const security::Session &by, const QByteArray &goalId, const TaskData &task);
    // Corrects an open task's description, who does it or its due date.
    Status updateTask(const security::Session &by, const QByteArray &taskId, const TaskData &task);
    Status completeTask(const security::Session &by, const QByteArray &taskId, const QDate &doneOn);

    // draft → submitted (the owner) → active (a supervisor; at least one goal
    // with a target date) or back to draft with a reason; active → reviewed at
    // its review dates; → completed, exited or discontinued with a reason.
    Status submit(const security::Session &by, const QByteArray &planId);
    Status approve(const security::Session &by, const QByteArray &planId);
    Status returnToDraft(const security::Session &by, const QByteArray &planId, const QString &reason);
    Status review(const security::Session &by, const QByteArray &planId, const QString &progress, const QDate &on);
    Status close(const security::Session &by, const QByteArray &planId, const QString &outcome, const QString &reason);

    // The baseline's wellbeing score is withheld from readers who may not see
    // WHO-5 results (clinic/ClinicVocabulary.h).
    Result<Plan> plan(const security::Session &reader, const QByteArray &id);
    Result<QList<Goal>> goals(const QByteArray &planId);
    Result<QList<Task>> tasks(const QByteArray &planId);
    Result<QList<PlanEvent>> events(const QByteArray &planId);
    Result<Progress> progress(const QByteArray &planId, const QDate &today);
    // "My plans" (by counsellor) with filters, newest first; `today` decides
    // what is due and overdue.
    Result<QList<PlanRow>> list(const PlanFilter &filter, const QDate &today, int limit = 500);
    // Submitted plans waiting for a supervisor, oldest first.
    Result<QList<PlanRow>> approvalQueue(int limit = 500);

private:
    Result<Plan> load(const QByteArray &id);
    Status editable(const security::Session &by, const Plan &plan);
    // The task's status, when its plan may be changed by `by`.
    Result<QString> editableTask(const security::Session &by, const QByteArray &taskId);
    Status validate(const Plan &plan, const GoalData &goal);
    Status checkTracks(const QStringList &tracks);
    static Status checkTask(const TaskData &task);
    Status transition(const security::Session &by, const Plan &plan, const QString &event, const QString &status,
                      const QVariantMap &changes, const QString &reason, const QString &progress = {});

    storage::Database &m_db;
    storage::SyncedWriter m_writer;
};

} // namespace tamkeen::plans
