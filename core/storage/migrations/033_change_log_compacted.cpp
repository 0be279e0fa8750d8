#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Status migration033ChangeLogCompacted(Database &db)
{
    // Compaction of the change log (sync/Compaction.h), local to this copy:
    // per device, the sequence below which entries may have been removed
    // (every one of them held here), and how far its entries were looked at.
    return db.execScript(uR"sql(
        CREATE TABLE change_log_compacted (
            device   BLOB PRIMARY KEY NOT NULL,
            below    INTEGER NOT NULL,
            examined INTEGER NOT NULL
        ) WITHOUT ROWID;
    )sql"_s);
}

} // namespace tamkeen::storage
