#pragma once
// The audit trail (issue 15 §4; docs/audit.md): one synced table of who did
// what to whose data. Each device numbers its own entries from 1 and chains
// each to the one before by a hash, so that `verify` finds an entry that was
// removed, altered or inserted, on any copy.
#include "common/Result.h"
#include "registry/Vocabulary.h"
#include "security/Session.h"
#include "storage/SyncedWriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::security {

struct AuditEntry {
    QByteArray id;
    QByteArray device;
    qint64 seq = 0;
    QDateTime at;
    QByteArray userId;
    QString userName;
    QString action;
    QByteArray householdId;
    QString fileNumber;
    QString details;
};

struct AuditFilter {
    QByteArray userId;
    QByteArray householdId;
    QString action;
    QDate from, to; // inclusive, local days; invalid: open
    int limit = 5000;
};

struct AuditProblem {
    QByteArray device;
    qint64 seq = 0;
    QString what; // translated
};

class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    // open_household, read_confidential, print, export, account, resolve_conflict, backup, restore
    static QList<registry::Term> actions();
    static bool mayRead(const Session &who); // supervisors and administrators

    explicit AuditLog(storage::Database &db);

    // Appends an entry for `by` (joins the caller's transaction when there is
    // one). A read (opening a file, a confidential note) already logged for
    // the same user and subject in the last ten minutes is not logged again.
    Status record(const Session &by, const QString &action, const QByteArray &householdId = {},
                  const QString &details = {});
    // For a read or an output that goes on even when its entry could not be
    // written (a full disk must not keep a worker from a family's file): the
    // failure goes to the log.
    static void logged(const Status &recorded);
    Result<QList<AuditEntry>> list(const Session &reader, const AuditFilter &filter);
    // Every device's chain: each entry's hash, its link to the one before,
    // numbers without a gap or a double. Empty when all hold.
    Result<QList<AuditProblem>> verify();

    static QByteArray hashOf(const QByteArray &prevHash, const AuditEntry &e);

private:
    storage::Database &m_db;
    storage::SyncedWriter m_writer;
};

} // namespace tamkeen::security
