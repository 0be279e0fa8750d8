#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Status migration017ImpactPeriodIndexes(Database &db)
{
    // Clinic activity reads a period's sessions and appointments, and each
    // household's first session; plans read every plan's events in order,
    // the open tasks due before a day and the goals; referrals look up how
    // far each referral went; independence and work read every income in
    // order; every indicator reads the households in scope by file number
    // (the bars, their centre or worker). Covering indexes of the live rows:
    // a range or a scan of the index alone, where the table (with its notes)
    // was read row by row. Indexes only: nothing to sync, nothing to rebuild.
    return db.execScript(uR"sql(
        CREATE INDEX sessions_held_live ON sessions(held_at, household_id, counsellor_id) WHERE deleted = 0;
        CREATE INDEX appointments_day_live ON appointments(starts_at, household_id, counsellor_id, status)
            WHERE deleted = 0;
        CREATE INDEX plan_events_live ON plan_events(plan_id, at, created_at, id, status, event) WHERE deleted = 0;
        CREATE INDEX households_scope_live ON households(file_number, id, registration_date, centre_id, assigned_worker)
            WHERE deleted = 0;
        CREATE INDEX referral_status_live ON referral_status(referral_id, status, on_date) WHERE deleted = 0;
        CREATE INDEX plan_tasks_due_live ON plan_tasks(due_date, plan_id, done_on, status) WHERE deleted = 0;
        CREATE INDEX plan_goals_live ON plan_goals(plan_id, status) WHERE deleted = 0;
        CREATE INDEX incomes_live ON incomes(household_id, member_id, source, effective_date, created_at, amount)
            WHERE deleted = 0
    )sql"_s);
}

} // namespace tamkeen::storage
