#include "storage/CaptureTriggers.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Status migration035CareLevels(Database &db)
{
    // Levels of care (issue 17 §3, core/casework/CareLevels): one row an
    // assessment of a household's level on the continuum of care, dated and
    // with its reason; the household's level is its latest. Rows, not a
    // column of households: every change is kept, and two copies that assess
    // the same family offline both keep theirs.
    Status s = db.execScript(
        syncedTableSql(u"care_levels"_s, u"household_id BLOB NOT NULL, level TEXT NOT NULL, assessed_on TEXT NOT NULL, "
                                         "reason TEXT, assessed_by BLOB, centre_id BLOB"_s)
        // Covering (deleted listed too, or SQLite will not call it covering):
        // the latest level of every family read from the index alone, in order.
        + u"; CREATE INDEX care_levels_household ON care_levels(household_id, assessed_on, created_at, id, level, deleted) "
          "WHERE deleted = 0"_s);
    if (!s)
        return s;
    return registerSyncedTable(db, u"care_levels"_s);
}

} // namespace tamkeen::storage
