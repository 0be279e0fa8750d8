#include "storage/CaptureTriggers.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Status migration006Plans(Database &db)
{
    struct Table {
        QString name;
        QString columns;
    };
    // Dates are ISO; lists of keys are comma-joined; the baseline is a JSON
    // object of what Tamkeen knew when the plan started.
    const Table tables[] = {
        // Empowerment tracks added by supervisors beside the built-in six; the
        // code of a custom track is its name, so it reads the same everywhere.
        {u"plan_tracks"_s, u"code TEXT NOT NULL, name TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0"_s},
        {u"plans"_s,
         u"member_id BLOB NOT NULL, household_id BLOB NOT NULL, counsellor_id BLOB NOT NULL, session_id BLOB, "
         "status TEXT NOT NULL, tracks TEXT, started_on TEXT NOT NULL, review_months INTEGER NOT NULL DEFAULT 3, "
         "next_review TEXT, baseline TEXT, approved_by BLOB, approved_on TEXT, closed_on TEXT"_s},
        // Every transition and review, dated, with who and why.
        {u"plan_events"_s,
         u"plan_id BLOB NOT NULL, event TEXT NOT NULL, status TEXT NOT NULL, at TEXT NOT NULL, by_user BLOB, "
         "reason TEXT, progress TEXT"_s},
        {u"plan_goals"_s,
         u"plan_id BLOB NOT NULL, domain TEXT NOT NULL, description TEXT NOT NULL, indicator TEXT, "
         "baseline_value REAL, target_value REAL, current_value REAL, target_date TEXT, status TEXT NOT NULL, "
         "position INTEGER NOT NULL DEFAULT 0"_s},
        {u"plan_tasks"_s,
         u"plan_id BLOB NOT NULL, goal_id BLOB NOT NULL, description TEXT NOT NULL, responsible TEXT NOT NULL, "
         "due_date TEXT, done_on TEXT, status TEXT NOT NULL"_s},
    };
    QStringList script;
    for (const Table &t : tables)
        script << syncedTableSql(t.name, t.columns);
    script << uR"sql(
        CREATE INDEX plans_member ON plans(member_id, started_on);
        CREATE INDEX plans_household ON plans(household_id);
        CREATE INDEX plans_counsellor ON plans(counsellor_id, status, next_review);
        CREATE INDEX plans_status ON plans(status, next_review);
        CREATE INDEX plan_events_plan ON plan_events(plan_id, at);
        CREATE INDEX plan_goals_plan ON plan_goals(plan_id, position);
        CREATE INDEX plan_tasks_plan ON plan_tasks(plan_id, status, due_date); -- "open and overdue" per plan
        CREATE INDEX plan_tasks_goal ON plan_tasks(goal_id);
        CREATE INDEX plan_tasks_open ON plan_tasks(done_on, due_date);
    )sql"_s;
    if (Status s = db.execScript(script.join(u";\n"_s)); !s)
        return s;
    for (const Table &t : tables) {
        if (Status s = registerSyncedTable(db, t.name); !s)
            return s;
    }
    return {};
}

} // namespace tamkeen::storage
