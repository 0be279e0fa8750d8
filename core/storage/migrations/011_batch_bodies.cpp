#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Status migration011BatchBodies(Database &db)
{
    // sync_batches (local) was a WITHOUT ROWID table: its key lives in the
    // same b-tree cells as the 60 KiB bodies, and SQLite reads a cell's whole
    // payload, overflow pages and all, to compare keys. Every look-up of a
    // run (an import's fork check, the export's "not sent yet") then read
    // every body it passed over. As a rowid table the key is a small index,
    // the body comes last (the other columns are read without touching its
    // overflow pages), and an index on where each run ends finds the runs
    // that reach past a number.
    return db.execScript(uR"sql(
        CREATE TABLE sync_batches_new (
            origin    BLOB NOT NULL,
            first_seq INTEGER NOT NULL,
            last_seq  INTEGER NOT NULL,
            signature BLOB NOT NULL,
            body      BLOB NOT NULL,
            PRIMARY KEY (origin, first_seq)
        );
        INSERT INTO sync_batches_new(origin, first_seq, last_seq, signature, body)
            SELECT origin, first_seq, last_seq, signature, body FROM sync_batches;
        DROP TABLE sync_batches;
        ALTER TABLE sync_batches_new RENAME TO sync_batches;
        CREATE INDEX sync_batches_end ON sync_batches(origin, last_seq);
    )sql"_s);
}

} // namespace tamkeen::storage
