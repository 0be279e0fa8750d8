#include "storage/CaptureTriggers.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Status migration012Satisfaction(Database &db)
{
    // Beneficiary satisfaction surveys (issue 14 §4): five items scored 1–5
    // (NULL when skipped or declined) and a comment, asked after a session, at
    // a plan review or at exit. `occasion_id` names that session, plan or
    // exit row; `centre_id` is the household's centre when asked, so the
    // answer stays with the centre that gave the service if the family moves.
    static const QString table = u"satisfaction_surveys"_s;
    QStringList script;
    script << syncedTableSql(table,
                             u"household_id BLOB NOT NULL, member_id BLOB, occasion TEXT NOT NULL, occasion_id BLOB, "
                             "asked_by BLOB NOT NULL, asked_on TEXT NOT NULL, declined INTEGER NOT NULL DEFAULT 0, "
                             "q1 INTEGER, q2 INTEGER, q3 INTEGER, q4 INTEGER, q5 INTEGER, comment TEXT, centre_id BLOB"_s);
    script << uR"sql(
        CREATE INDEX satisfaction_surveys_household ON satisfaction_surveys(household_id, asked_on);
        CREATE INDEX satisfaction_surveys_centre ON satisfaction_surveys(centre_id, asked_on);
        CREATE INDEX satisfaction_surveys_day ON satisfaction_surveys(asked_on)
    )sql"_s;
    if (Status s = db.execScript(script.join(u";\n"_s)); !s)
        return s;
    return registerSyncedTable(db, table);
}

} // namespace tamkeen::storage
