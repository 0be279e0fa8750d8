#include "storage/CaptureTriggers.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Status migration036HouseholdAssignments(Database &db)
{
    // Who a household is assigned to and which centre holds it, as they
    // changed (issue 17 §2, core/casework/Assignments): a row a reassignment
    // or a transfer to another centre, with its reason, day and who made it.
    // The household's own assigned_worker and centre_id say where it is now.
    Status s = db.execScript(
        syncedTableSql(u"household_assignments"_s,
                       u"household_id BLOB NOT NULL, kind TEXT NOT NULL, worker_id BLOB, from_worker BLOB, "
                       "centre_id BLOB, from_centre BLOB, reason TEXT, assigned_on TEXT NOT NULL"_s)
        + u"; CREATE INDEX household_assignments_household ON household_assignments(household_id, assigned_on)"_s);
    if (!s)
        return s;
    return registerSyncedTable(db, u"household_assignments"_s);
}

} // namespace tamkeen::storage
