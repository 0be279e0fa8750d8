#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Status migration031FtsPageSize(Database &db)
{
    // FTS5 writes its index in records of 4,050 bytes by default; an
    // encrypted page keeps 4,056 of its 4,096 bytes for SQLite, which then
    // moves the end of every such record to an overflow page (two pages read
    // for one). Records of 4,000 bytes fit. Segments written from now on
    // (and the one an optimize folds the index into) use it. Local to this copy.
    return db.execScript(u"INSERT INTO search_fts(search_fts, rank) VALUES ('pgsz', 4000)"_s);
}

} // namespace tamkeen::storage
