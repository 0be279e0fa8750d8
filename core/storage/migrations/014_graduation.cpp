#include "storage/CaptureTriggers.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Status migration014Graduation(Database &db)
{
    // A proposed graduation (issue 14 §5): a caseworker proposes it for a
    // household whose readiness meets a pathway, with the readiness as it
    // stood (score, pass mark, each criterion met or not, income per person);
    // a supervisor decides. The decision columns (decision, decided_by,
    // decided_on, decision_note, exit_id) are privileged (security/Privileges):
    // only a supervisor's signed change sets them, here and on import.
    // `exit_id` names the exit recorded with an approval.
    static const QString table = u"graduation_requests"_s;
    QStringList script;
    script << syncedTableSql(table,
                             u"household_id BLOB NOT NULL, plan_id BLOB, pathway TEXT NOT NULL, pathway_name TEXT, "
                             "exit_reason TEXT NOT NULL, proposed_by BLOB NOT NULL, proposed_on TEXT NOT NULL, note TEXT, "
                             "score INTEGER NOT NULL, pass_mark INTEGER NOT NULL, criteria TEXT NOT NULL, "
                             "income_per_person REAL, decision TEXT, decided_by BLOB, decided_on TEXT, decision_note TEXT, "
                             "exit_id BLOB"_s);
    script << uR"sql(
        CREATE INDEX graduation_requests_household ON graduation_requests(household_id, proposed_on);
        CREATE INDEX graduation_requests_decision ON graduation_requests(decision, proposed_on)
    )sql"_s;
    if (Status s = db.execScript(script.join(u";\n"_s)); !s)
        return s;
    return registerSyncedTable(db, table);
}

} // namespace tamkeen::storage
