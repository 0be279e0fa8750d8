#include "storage/CaptureTriggers.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Status migration040Crisis(Database &db)
{
    // Crisis lists (issue 17 §7, core/casework/Crisis): the administrator's
    // list of places (regions, their cities, their districts), an event a
    // supervisor declares for some of them, and the emergency assistance
    // given to a family for it. All synced. The households of a place are
    // found by their region, city and district (indexed here).
    Status s = db.execScript(
        syncedTableSql(u"places"_s, u"kind TEXT NOT NULL, name TEXT NOT NULL, parent_id BLOB"_s) + u";"_s
        + syncedTableSql(u"crisis_events"_s, u"name TEXT NOT NULL, kind TEXT NOT NULL, declared_on TEXT NOT NULL, "
                                             "places TEXT NOT NULL, note TEXT, declared_by BLOB, closed_on TEXT, "
                                             "centre_id BLOB"_s)
        + u";"_s
        + syncedTableSql(u"crisis_assistance"_s, u"event_id BLOB NOT NULL, household_id BLOB NOT NULL, kind TEXT NOT NULL, "
                                                 "amount REAL, currency TEXT, given_on TEXT NOT NULL, note TEXT, "
                                                 "given_by BLOB"_s)
        + uR"sql(;
        CREATE INDEX places_parent ON places(parent_id, name);
        CREATE INDEX crisis_assistance_event ON crisis_assistance(event_id, household_id);
        CREATE INDEX crisis_assistance_household ON crisis_assistance(household_id);
        CREATE INDEX households_place ON households(region, city, district) WHERE deleted = 0;
        -- The crisis list counts a district's members from the index alone
        -- (deleted listed too, or SQLite will not call it covering).
        CREATE INDEX members_vulnerability ON members(household_id, deleted, birth_date, disability) WHERE deleted = 0;
        )sql"_s);
    if (!s)
        return s;
    for (const QString &t : {u"places"_s, u"crisis_events"_s, u"crisis_assistance"_s})
        if (Status r = registerSyncedTable(db, t); !r)
            return r;
    return {};
}

} // namespace tamkeen::storage
