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
                         "value REAL NOT NULL CHECK (value BETWEEN 0 AND 100), met INTEGER NOT NULL CHECK (met IN (0, 1)), "
                         "note TEXT, recorded_by BLOB, recorded_on TEXT NOT NULL, "
                         // Where the family lived when it was recorded: the rates by area read
                         // these, not a join to 100,000 households (2.2 s for a year's 1.2 million).
                         "region TEXT, city TEXT, district TEXT"_s)
        + u";"_s
        + syncedTableSql(u"compliance_actions"_s,
                         u"household_id BLOB NOT NULL, programme TEXT NOT NULL, condition_id BLOB, action TEXT NOT NULL "
                         "CHECK (action IN ('warning', 'counselling')), on_date TEXT NOT NULL, period TEXT, reason TEXT, "
                         "by_user BLOB"_s)
        + u";"_s
        // Suspensions and reinstatements: a table of their own, privileged
        // whole, so that no ordinary change (an archive, another family, another
        // day) can undo or move a supervisor's signed decision.
        + syncedTableSql(u"conditional_decisions"_s,
                         u"household_id BLOB NOT NULL, programme TEXT NOT NULL, action TEXT NOT NULL "
                         "CHECK (action IN ('suspension', 'reinstatement')), on_date TEXT NOT NULL, reason TEXT, by_user BLOB, "
                         // 1, 2, … for one family and programme: a reinstatement the same
                         // day as its suspension still comes after it.
                         "number INTEGER NOT NULL DEFAULT 0"_s)
        + uR"sql(;
        CREATE INDEX condition_compliance_household ON condition_compliance(household_id, period);
        CREATE INDEX condition_compliance_period ON condition_compliance(period, condition_id) WHERE deleted = 0;
        CREATE INDEX compliance_actions_household ON compliance_actions(household_id, on_date);
        CREATE INDEX compliance_actions_open ON compliance_actions(action, on_date) WHERE deleted = 0;
        CREATE INDEX conditional_decisions_household ON conditional_decisions(household_id, programme, on_date);
        )sql"_s);
    if (!s)
        return s;
    for (const QString &table : {u"support_conditions"_s, u"condition_compliance"_s, u"compliance_actions"_s,
                                 u"conditional_decisions"_s})
        if (Status r = registerSyncedTable(db, table); !r)
            return r;
    return {};
}

} // namespace tamkeen::storage
