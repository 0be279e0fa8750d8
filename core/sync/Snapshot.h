#pragma once
// A new laptop started from a snapshot (docs/sync-format.md, "Snapshots"):
// the copy that enrolled it writes every synced row as it stands, the log
// entries that carry each field's version, and the open conflicts, in a
// file made like a package (encrypted with the organisation key, signed by
// the device). The laptop, just joined from its enrolment file, starts from
// it instead of replaying the organisation's whole history, and holds from
// then on everything the snapshot's vector names.
#include "common/Result.h"
#include "security/Session.h"
#include "sync/Scope.h"
#include "sync/SyncLog.h"

#include <QCoreApplication>
#include <functional>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::sync {

struct SnapshotSummary {
    qint64 rows = 0;
    qint64 entries = 0; // change-log entries
    qint64 conflicts = 0;
    qint64 bytes = 0;
};

class Snapshot {
    Q_DECLARE_TR_FUNCTIONS(Snapshot)
public:
    static constexpr const char *kSuffix = "tamkeen-snapshot";

    // An administrator's copy writes `path` (nothing is left under that name
    // unless it is complete). For a scope (the laptop's: Scope::ofDevice) it
    // holds the organisation's rows and the households of that scope, with
    // their entries, documents and conflicts (docs/sync-format.md, "Scoped
    // exports"); the rest counts as received by the laptop's vector.
    static Result<SnapshotSummary> write(storage::Database &db, const security::Session &by, const QString &path,
                                         const Scope &scope = {});
    // A copy just joined from its enrolment file starts from a snapshot that
    // the copy which enrolled it made, in one transaction; then the search
    // index is due to be rebuilt (registry/IndexRebuild). Refused, with
    // nothing written, for a copy that has begun its own work or imported a
    // package, a file of another device, or a damaged one.
    static Result<SnapshotSummary> start(storage::Database &db, const QString &path,
                                         const std::function<bool(qint64 done, qint64 total)> &progress = {});
};

} // namespace tamkeen::sync
