#include "storage/CaptureTriggers.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Status migration038HouseholdSupport(Database &db)
{
    // Support received (issue 17 §4, core/casework/Support): one row a
    // decision on a programme's support for a household — its type, amount,
    // currency and frequency, from and to, approved or refused with the
    // reason, and the family's eligibility when it was decided. Stopping it
    // sets its end and the reason. Synced.
    Status s = db.execScript(
        syncedTableSql(u"household_support"_s,
                       u"household_id BLOB NOT NULL, programme TEXT NOT NULL, support_type TEXT NOT NULL, amount REAL, "
                       "currency TEXT, frequency TEXT NOT NULL, starts_on TEXT NOT NULL, stops_on TEXT, "
                       "decision TEXT NOT NULL, reason TEXT, eligible INTEGER, income_per_person REAL, "
                       "decided_by BLOB, decided_on TEXT, stop_reason TEXT, centre_id BLOB"_s)
        + u"; CREATE INDEX household_support_household ON household_support(household_id, starts_on)"_s);
    if (!s)
        return s;
    return registerSyncedTable(db, u"household_support"_s);
}

} // namespace tamkeen::storage
