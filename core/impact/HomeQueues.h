#pragma once
// What a supervisor acts on, for the home page (issue 14 §2): the approval
// queue (plans submitted for approval and graduation proposals waiting for a
// decision) and the caseload per worker, both of one centre. Read in one call
// (supervisorHome) so that the GUI can run it on a worker thread.
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::impact {

struct ApprovalItem {
    enum class Kind { Plan, Graduation };
    Kind kind = Kind::Plan;
    QByteArray id;          // the plan's, or the graduation request's
    QByteArray householdId;
    QString fileNumber;
    QString name;           // the plan's member, or the household's head
    QString pathway;        // a graduation's pathway name
    QByteArray by;          // who submitted or proposed it
    QString byName;
    QDate since;            // when
};

// The households one worker is assigned to (issue 17 §2); an empty worker id
// stands for the households no one is assigned to.
struct WorkerCaseload {
    QByteArray workerId;
    QString workerName;
    qint64 households = 0;                   // supported: active or re-entered
    QList<std::pair<QString, int>> statuses; // every household by status (registry::Vocabulary::statuses() order)
    qint64 overdueVisits = 0;                // home visits still planned for a day gone by
    qint64 overdueFollowUps = 0;             // follow-ups after exit due before today, not done
    QList<std::pair<QString, int>> levels;   // the households supported by level of care (assessed ones, in order)
};

struct SupervisorHome {
    QList<ApprovalItem> queue;
    QList<WorkerCaseload> caseload;
    // Households by their level of care (casework::CareLevels::households).
    QList<std::pair<QString, int>> levels;
};

class HomeQueues {
    Q_DECLARE_TR_FUNCTIONS(HomeQueues)
public:
    // `centre` empty: every centre (a hub). Oldest first; plans before
    // graduations on the same day.
    static Result<QList<ApprovalItem>> approvalQueue(storage::Database &db, const QByteArray &centre);
    // Every worker with a household of the centre; most households supported
    // first, then by name; the unassigned last. With `levels`, the centre's
    // supported households by level too (as casework::CareLevels::households).
    static Result<QList<WorkerCaseload>> caseloadByWorker(storage::Database &db, const QByteArray &centre,
                                                          QList<std::pair<QString, int>> *levels = nullptr);
    // The households behind one row of caseloadByWorker, by file number.
    static Result<QList<QByteArray>> supportedOf(storage::Database &db, const QByteArray &centre,
                                                 const QByteArray &workerId);
    static Result<SupervisorHome> supervisorHome(storage::Database &db, const QByteArray &centre);
};

} // namespace tamkeen::impact
