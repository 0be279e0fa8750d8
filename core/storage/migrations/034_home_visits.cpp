#include "storage/CaptureTriggers.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Status migration034HomeVisits(Database &db)
{
    // Home visits (issue 17 §1, core/visits). A plan is a row (status
    // 'planned', planned_on, the worker), closed as 'done' when a visit fulfils
    // it or 'cancelled' with a reason. A visit made is a row of its own
    // (status 'done', visited_on and what was seen) naming the plan it
    // fulfils, if any (plan_id): two copies that record or cancel the same
    // plan offline each keep what they wrote, instead of one row mixing the
    // fields of both. The checklist answers are one JSON object keyed by item,
    // the items being an administrator's list (org_settings 'visit_item:…').
    // Who was present: member ids (hex, comma-joined) and others in words.
    Status s = db.execScript(
        syncedTableSql(u"home_visits"_s,
                       u"household_id BLOB NOT NULL, worker_id BLOB, centre_id BLOB, status TEXT NOT NULL, plan_id BLOB, "
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
