#include "storage/CaptureTriggers.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Status migration034HomeVisits(Database &db)
{
    // Home visits (issue 17 §1, core/visits): one row a visit, planned first
    // (status 'planned', planned_on) and then recorded on the same row (status
    // 'done', visited_on and what was seen), or cancelled with a reason. The
    // checklist answers are one JSON object keyed by item, the items being an
    // administrator's list (org_settings 'visit_item:…'). Who was present:
    // member ids (hex, comma-joined) and others in words. Synced like every
    // record: a visit recorded offline for days travels in the next package.
    Status s = db.execScript(
        syncedTableSql(u"home_visits"_s,
                       u"household_id BLOB NOT NULL, worker_id BLOB, centre_id BLOB, status TEXT NOT NULL, "
                       "planned_on TEXT, plan_note TEXT, visited_on TEXT, present_members TEXT, present_others TEXT, "
                       "checklist TEXT, observations TEXT, latitude REAL, longitude REAL, outcome TEXT, "
                       "next_visit_on TEXT, cancel_reason TEXT"_s)
        + u"; CREATE INDEX home_visits_household ON home_visits(household_id, planned_on)"
          "; CREATE INDEX home_visits_planned ON home_visits(status, planned_on, worker_id) WHERE deleted = 0"_s);
    if (!s)
        return s;
    return registerSyncedTable(db, u"home_visits"_s);
}

} // namespace tamkeen::storage
