#include "storage/CaptureTriggers.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Status migration001Storage(Database &db)
{
    // Local bookkeeping (never synced): this installation's identity, the list of
    // synced tables, per-device counters for file numbers, and the change log.
    Status s = db.execScript(uR"sql(
        CREATE TABLE local_state (key TEXT PRIMARY KEY NOT NULL, value) WITHOUT ROWID;
        CREATE TABLE sync_tables (name TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID;
        CREATE TABLE counters (name TEXT PRIMARY KEY NOT NULL, value INTEGER NOT NULL) WITHOUT ROWID;
        -- One entry per captured row write, with a gap-free sequence per device
        -- and a Hybrid Logical Clock time. `fields` names the columns an update
        -- changed (JSON array); NULL for an insert, which sets them all. Values
        -- are not copied: the row holds the current ones, and a field's version
        -- is its latest entry.
        CREATE TABLE change_log (
            device  BLOB NOT NULL,
            seq     INTEGER NOT NULL,
            hlc     INTEGER NOT NULL,
            tbl     TEXT NOT NULL,
            row_id  BLOB NOT NULL,
            op      TEXT NOT NULL CHECK (op IN ('I', 'U')),
            author  BLOB,
            fields  TEXT,
            PRIMARY KEY (device, seq)
        ) WITHOUT ROWID;
        CREATE INDEX change_log_row ON change_log(tbl, row_id);
    )sql"_s);
    if (!s)
        return s;
    s = db.execScript(syncedTableSql(u"centres"_s, u"code TEXT NOT NULL, name TEXT NOT NULL, region TEXT"_s) + u";"_s
                      + syncedTableSql(u"devices"_s,
                                       u"number INTEGER NOT NULL, name TEXT NOT NULL, centre_id BLOB"_s));
    if (!s)
        return s;
    for (const QString &t : {u"centres"_s, u"devices"_s}) {
        if (s = registerSyncedTable(db, t); !s)
            return s;
    }
    return {};
}

} // namespace tamkeen::storage
