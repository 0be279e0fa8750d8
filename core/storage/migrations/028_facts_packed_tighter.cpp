#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Status migration028FactsPackedTighter(Database &db)
{
    // The names kept facts number once (impact::facts::NameBook), and the
    // clinic's, plans' and referrals' facts packed in a tighter format
    // (format 2 of impact::ClinicFacts, PlanFacts and ReferralFacts): their rows are made again at the
    // next dashboard or check, read by SQL until then (none to make again in
    // a new file, whose households are marked). Local to this copy: nothing
    // synced changes.
    return db.execScript(uR"sql(
        CREATE TABLE impact_fact_names (number INTEGER PRIMARY KEY AUTOINCREMENT, name BLOB NOT NULL UNIQUE);
        UPDATE impact_facts_state SET built = 0 WHERE name = 'clinic' AND EXISTS (SELECT 1 FROM clinic_facts);
        UPDATE impact_facts_state SET built = 0 WHERE name = 'plan' AND EXISTS (SELECT 1 FROM plan_facts);
        UPDATE impact_facts_state SET built = 0 WHERE name = 'referral' AND EXISTS (SELECT 1 FROM referral_facts);
    )sql"_s);
}

} // namespace tamkeen::storage
