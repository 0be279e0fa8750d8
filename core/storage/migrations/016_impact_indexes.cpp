#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Status migration016ImpactIndexes(Database &db)
{
    // The impact indicators read each household's status on a day and its
    // members (core/impact/StatusHistory, Caseload): covering indexes of the
    // live rows, in the order the indicators walk them, so that the whole
    // status history is one index scan with no sort and no table lookups.
    // Indexes only: nothing to sync, nothing to rebuild.
    return db.execScript(uR"sql(
        CREATE INDEX household_status_live ON household_status(household_id, effective_date, created_at, id, status)
            WHERE deleted = 0;
        CREATE INDEX members_household_live ON members(household_id) WHERE deleted = 0;
        CREATE INDEX household_exits_live ON household_exits(household_id, kind, on_date, created_at, id, reason)
            WHERE deleted = 0
    )sql"_s);
}

} // namespace tamkeen::storage
