#include "storage/CaptureTriggers.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Status migration042Conditions(Database &db)
{
    // Conditional support (issue 17 §5; Takaful and Karama, seed 001): a
    // programme's conditions (school attendance, health-centre visits …) set
    // by a supervisor; compliance recorded per member (or per family) per
    // month or quarter, one row each (its id made from the condition, the
    // person and the period: two copies recording the same month merge);
    // the steps that follow a miss: a warning, counselling, a suspension of
    // the programme's support and its reinstatement, each dated with its
    // reason. All synced.
    Status s = db.execScript(
        syncedTableSql(u"support_conditions"_s,
                       u"programme TEXT NOT NULL, name TEXT NOT NULL, applies_to TEXT NOT NULL, measure TEXT NOT NULL, "
                       "threshold REAL NOT NULL, period TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1"_s)
        + u";"_s
        + syncedTableSql(u"condition_compliance"_s,
                         u"condition_id BLOB NOT NULL, household_id BLOB NOT NULL, member_id BLOB, period TEXT NOT NULL, "
                         "value REAL NOT NULL, met INTEGER NOT NULL, note TEXT, recorded_by BLOB, recorded_on TEXT NOT NULL, "
                         // Where the family lived when it was recorded: the rates by area read
                         // these, not a join to 100,000 households (2.2 s for a year's 1.2 million).
                         "region TEXT, city TEXT, district TEXT"_s)
        + u";"_s
        + syncedTableSql(u"compliance_actions"_s,
                         u"household_id BLOB NOT NULL, programme TEXT NOT NULL, condition_id BLOB, action TEXT NOT NULL, "
                         "on_date TEXT NOT NULL, period TEXT, reason TEXT, by_user BLOB"_s)
        + uR"sql(;
        CREATE INDEX condition_compliance_household ON condition_compliance(household_id, period);
        CREATE INDEX condition_compliance_period ON condition_compliance(period, condition_id) WHERE deleted = 0;
        CREATE INDEX compliance_actions_household ON compliance_actions(household_id, on_date);
        CREATE INDEX compliance_actions_open ON compliance_actions(action, on_date) WHERE deleted = 0;
        )sql"_s);
    if (!s)
        return s;
    for (const QString &table : {u"support_conditions"_s, u"condition_compliance"_s, u"compliance_actions"_s})
        if (Status r = registerSyncedTable(db, table); !r)
            return r;
    return {};
}

} // namespace tamkeen::storage
