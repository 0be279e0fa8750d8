#include "storage/CaptureTriggers.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Status migration002Accounts(Database &db)
{
    // Users sync, so a worker can log in on any laptop of the organisation.
    // Failed logins are local: each laptop throttles its own keyboard.
    Status s = db.execScript(
        syncedTableSql(u"users"_s, u"username TEXT NOT NULL, full_name TEXT NOT NULL, role TEXT NOT NULL, "
                                   "password_hash TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1"_s)
        + uR"sql(;
        CREATE INDEX users_username ON users(username);
        CREATE TABLE login_failures (
            username TEXT PRIMARY KEY NOT NULL,
            failures INTEGER NOT NULL,
            last_failure_ms INTEGER NOT NULL
        ) WITHOUT ROWID;
    )sql"_s);
    if (!s)
        return s;
    return registerSyncedTable(db, u"users"_s);
}

} // namespace tamkeen::storage
