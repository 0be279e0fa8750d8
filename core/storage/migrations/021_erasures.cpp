#include "storage/CaptureTriggers.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Status migration021Erasures(Database &db)
{
    // Erasure (issue 15 §6, registry/Erasure): an administrator's request to
    // erase a member or a household, a privileged synced row that every copy
    // carries out; `members`: the ids (16 bytes each) of the members it
    // erases, as the administrator's copy held them, so that every copy
    // erases the same people whatever moved since; `erased_rows` (local) lists the rows it covers here, and
    // `erasures_done` the erasures this copy has carried out. Sealed batches
    // get a format: 1 (whole body signed), 2 (items that can be redacted),
    // 0 (a format-1 batch whose body had to go).
    QStringList script;
    script << syncedTableSql(u"erasures"_s,
                             u"target_table TEXT NOT NULL, target_id BLOB NOT NULL, household_id BLOB NOT NULL, "
                             "members BLOB NOT NULL, reason TEXT NOT NULL, erased_on TEXT NOT NULL"_s);
    script << uR"sql(
        CREATE TABLE erased_rows (
            row_id     BLOB PRIMARY KEY NOT NULL,
            tbl        TEXT NOT NULL,
            erasure_id BLOB NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX erased_rows_erasure ON erased_rows(erasure_id, tbl);
        CREATE TABLE erasures_done (id BLOB PRIMARY KEY NOT NULL, done_at TEXT NOT NULL) WITHOUT ROWID;
        ALTER TABLE sync_batches ADD COLUMN format INTEGER NOT NULL DEFAULT 1
    )sql"_s;
    if (Status s = db.execScript(script.join(u";\n"_s)); !s)
        return s;
    return registerSyncedTable(db, u"erasures"_s);
}

} // namespace tamkeen::storage
