#include "storage/CaptureTriggers.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Status migration014Graduation(Database &db)
{
    // A proposed graduation (issue 14 §5): a caseworker proposes it for a
    // household whose readiness meets a pathway, with the readiness as it
    // stood (score, pass mark, each criterion met or not, income per person).
    // A supervisor's decision is a row of its own, a privileged table
    // (security/Privileges): only a supervisor's signed change makes one,
    // here and on import. Kept apart from the proposal so the proposal (an
    // ordinary change) never carries a privileged value. `exit_id` names the
    // exit an approval recorded.
    struct Table {
        QString name;
        QString columns;
    };
    const Table tables[] = {
        {u"graduation_requests"_s,
         u"household_id BLOB NOT NULL, plan_id BLOB, pathway TEXT NOT NULL, pathway_name TEXT, exit_reason TEXT NOT NULL, "
         "proposed_by BLOB NOT NULL, proposed_on TEXT NOT NULL, note TEXT, score INTEGER NOT NULL, "
         "pass_mark INTEGER NOT NULL, criteria TEXT NOT NULL, income_per_person REAL"_s},
        {u"graduation_decisions"_s,
         u"request_id BLOB NOT NULL, household_id BLOB NOT NULL, decision TEXT NOT NULL, decided_by BLOB NOT NULL, "
         "decided_on TEXT NOT NULL, note TEXT, exit_id BLOB"_s},
    };
    QStringList script;
    for (const Table &t : tables)
        script << syncedTableSql(t.name, t.columns);
    script << uR"sql(
        CREATE INDEX graduation_requests_household ON graduation_requests(household_id, proposed_on);
        CREATE INDEX graduation_decisions_request ON graduation_decisions(request_id, decided_on)
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
