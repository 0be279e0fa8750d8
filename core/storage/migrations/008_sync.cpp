#include "storage/CaptureTriggers.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Status migration008Sync(Database &db)
{
    // Sync bookkeeping, local to this installation (never synced): the devices
    // heard from with their public key and last vector, what the change log
    // holds of each other device, packages already imported, conflicts for a
    // person to resolve, and the history of exports and imports.
    Status s = db.execScript(uR"sql(
        CREATE TABLE sync_peers (
            device          BLOB PRIMARY KEY NOT NULL,
            public_key      BLOB NOT NULL,
            first_seen      TEXT NOT NULL,
            last_package_at TEXT,
            last_package    TEXT,
            vector          TEXT,
            clock_ahead_at  TEXT
        ) WITHOUT ROWID;
        CREATE TABLE sync_vector (
            device     BLOB PRIMARY KEY NOT NULL,
            contiguous INTEGER NOT NULL,
            max_seq    INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE sync_packages (
            package_id  BLOB PRIMARY KEY NOT NULL,
            signature   BLOB NOT NULL,
            entries     INTEGER NOT NULL,
            waiting     INTEGER NOT NULL DEFAULT 0,
            imported_at TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE sync_conflicts (
            id          INTEGER PRIMARY KEY,
            tbl         TEXT NOT NULL,
            row_id      BLOB NOT NULL,
            col         TEXT NOT NULL,
            kind        TEXT NOT NULL CHECK (kind IN ('field', 'archive')),
            kept_value,
            kept_hlc    INTEGER NOT NULL,
            kept_device BLOB NOT NULL,
            kept_author BLOB,
            lost_value,
            lost_hlc    INTEGER NOT NULL,
            lost_device BLOB NOT NULL,
            lost_author BLOB,
            detected_at TEXT NOT NULL,
            resolved_at TEXT,
            resolved_by BLOB,
            UNIQUE (tbl, row_id, col, lost_hlc, lost_device)
        );
        CREATE INDEX sync_conflicts_open ON sync_conflicts(resolved_at, tbl, row_id);
        CREATE TABLE sync_history (
            id        INTEGER PRIMARY KEY,
            at        TEXT NOT NULL,
            direction TEXT NOT NULL CHECK (direction IN ('export', 'import')),
            file      TEXT NOT NULL,
            peer      BLOB,
            entries   INTEGER NOT NULL DEFAULT 0,
            new_rows  INTEGER NOT NULL DEFAULT 0,
            updated   INTEGER NOT NULL DEFAULT 0,
            unchanged INTEGER NOT NULL DEFAULT 0,
            conflicts INTEGER NOT NULL DEFAULT 0,
            waiting   INTEGER NOT NULL DEFAULT 0,
            refused   TEXT
        );
    )sql"_s);
    if (!s)
        return s;
    // Revoking a device is itself synced: every copy learns to refuse it.
    s = db.execScript(syncedTableSql(u"device_revocations"_s,
                                     u"device_id BLOB NOT NULL, revoked_hlc INTEGER NOT NULL, reason TEXT"_s)
                      + u";CREATE INDEX device_revocations_device ON device_revocations(device_id)"_s);
    if (!s)
        return s;
    return registerSyncedTable(db, u"device_revocations"_s);
}

} // namespace tamkeen::storage
