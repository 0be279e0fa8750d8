#pragma once
// Caseloads (issue 17 §2): a supervisor reassigns one or many households to a
// field worker, or transfers a household to another centre, each with its
// reason; every change is kept (household_assignments) and shown. The
// household's assigned_worker and centre_id hold where it is now. Only
// supervisors and administrators reassign and transfer.
#include "common/Result.h"
#include "registry/Vocabulary.h"
#include "security/Session.h"
#include "storage/SyncedWriter.h"

#include <QCoreApplication>
#include <QDate>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::casework {

struct Assignment {
    QByteArray id;
    QString kind; // "assign" or "transfer"
    QDate on;
    QByteArray worker, fromWorker;
    QString workerName, fromWorkerName;
    QByteArray centre, fromCentre;
    QString centreName, fromCentreName;
    QString reason;
    QString byName;
};

// A household of a worker's caseload, for choosing which to reassign.
struct AssignedHousehold {
    QByteArray id;
    QString fileNumber;
    QString headName;
    QString place;  // district, else city
    QString status; // registry::Vocabulary::statuses()
};

class Assignments {
    Q_DECLARE_TR_FUNCTIONS(Assignments)
public:
    explicit Assignments(storage::Database &db);

    static bool mayAssign(const security::Session &by);
    // Active field workers (by name), as Terms whose key is the id in hex.
    Result<QList<registry::Term>> workers();
    // Centres (code and name), as Terms whose key is the id in hex.
    Result<QList<registry::Term>> centres();

    // The households of `worker` (empty: those assigned to no one) in
    // `centre` (empty: every centre), by file number; at most `limit`.
    Result<QList<AssignedHousehold>> householdsOf(const QByteArray &worker, const QByteArray &centre, int limit);
    // Every household of `households` to `worker` (those already theirs are
    // left as they are); all or nothing. Returns how many changed.
    Result<int> reassign(const security::Session &by, const QList<QByteArray> &households, const QByteArray &worker,
                         const QString &reason);
    // To `centre`, with a reason; the receiving centre assigns a worker.
    Status transfer(const security::Session &by, const QByteArray &household, const QByteArray &centre,
                    const QString &reason);
    // Newest first.
    Result<QList<Assignment>> history(const QByteArray &household);
    // The names of the worker and the centre the household is with now (empty: none).
    Result<std::pair<QString, QString>> now(const QByteArray &household);

private:
    Status checkHousehold(const QByteArray &household);
    Result<QString> checkReason(const QString &reason);

    storage::Database &m_db;
    storage::SyncedWriter m_writer;
};

} // namespace tamkeen::casework
