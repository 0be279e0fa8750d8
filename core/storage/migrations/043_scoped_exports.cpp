#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Status migration043ScopedExports(Database &db)
{
    // Scoped exports (docs/sync-format.md, "Scoped exports"). devices.scope
    // (synced, an administrator's): what a device receives, "centre" (its
    // centre's households), "region" (its centre's region's) or "all" (a
    // hub); NULL, a device enrolled before: all, as it received until now.
    // The rest is local. sync_out_of_scope: runs of another device's numbers that came left out
    // of a batch, of households beyond this copy's scope; received for the
    // vector, and their entries still applied if they come whole later.
    // sync_households_wanted: households that entered this copy's scope
    // whose earlier entries it may lack; listed in its packages (record kind
    // 8) until their history has come. sync_peers.wanted_households: the
    // last such list each peer sent, for the next export to it.
    return db.execScript(uR"sql(
        ALTER TABLE devices ADD COLUMN scope TEXT;
        CREATE TABLE sync_out_of_scope (
            device BLOB NOT NULL,
            first_seq INTEGER NOT NULL,
            last_seq INTEGER NOT NULL,
            PRIMARY KEY (device, first_seq)
        ) WITHOUT ROWID;
        CREATE TABLE sync_households_wanted (
            household BLOB PRIMARY KEY,
            since TEXT NOT NULL
        ) WITHOUT ROWID;
        ALTER TABLE sync_peers ADD COLUMN wanted_households BLOB;
    )sql"_s);
}

} // namespace tamkeen::storage
