#include "storage/CaptureTriggers.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Status migration013WarningReviews(Database &db)
{
    // An early warning marked seen, with who and a note, so the next person
    // knows it was handled (core/impact/EarlyWarnings). `fact` names what put
    // the family on the list (e.g. the date of the income change): a new fact
    // lists the family again, unseen. Synced, so a supervisor at the centre
    // sees what the field worker marked.
    Status s = db.execScript(syncedTableSql(u"warning_reviews"_s,
                                            u"rule TEXT NOT NULL, household_id BLOB NOT NULL, fact TEXT NOT NULL, "
                                            "seen_on TEXT NOT NULL, by_user BLOB, note TEXT"_s)
                             + u"; CREATE INDEX warning_reviews_household ON warning_reviews(household_id, rule)"_s);
    if (!s)
        return s;
    return registerSyncedTable(db, u"warning_reviews"_s);
}

} // namespace tamkeen::storage
