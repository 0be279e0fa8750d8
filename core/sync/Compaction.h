#pragma once
// Compacting the change log (docs/sync-format.md, "Compaction"). An update
// decides nothing any more once every device that may send to this copy
// holds it and every field it set was set again by a later change they all
// hold too: it is removed. The sealed batches stay (sync_batches): what
// travels is unchanged, only this copy's history of its rows gets shorter.
#include "common/Result.h"
#include "sync/SyncLog.h"

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::sync::compaction {

// Per device, the sequence every known device holds: the least of this
// copy's own vector and the last vector each known device sent us. Known:
// every device of the organisation not revoked, under its latest identity
// (a copy that moved to a new id after a restore goes on under it). One
// that never sent us a package holds nothing we know of: then the floor is
// empty and `waitingFor` names it.
struct Floor {
    Vector held;
    QByteArray waitingFor;
};
Result<Floor> floor(storage::Database &db);

struct Summary {
    qint64 rows = 0;    // rows whose history was looked at
    qint64 removed = 0; // entries removed
    QByteArray waitingFor;
    bool more = false; // stopped at maxSteps with entries still to look at
};

// Looks at the rows of every entry that came under the floor since the last
// compaction, a few thousand entries per transaction, until none is left or
// after `maxSteps` transactions (0: no limit); the next run goes on.
Result<Summary> run(storage::Database &db, int maxSteps = 0);

// What one import looks at (about 100,000 entries, a second or two): a
// copy's first compaction after an upgrade goes on over its next imports.
constexpr int kStepsPerImport = 25;

// Per device, the sequence below which entries may have been removed: each
// of those was held here (a change sent again below it is held already).
Result<Vector> compactedBelow(storage::Database &db);

} // namespace tamkeen::sync::compaction
