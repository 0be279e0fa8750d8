#include "storage/CaptureTriggers.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Status migration007Referrals(Database &db)
{
    struct Table {
        QString name;
        QString columns;
    };
    const Table tables[] = {
        // The partners catalogue: organisations and the services they offer
        // (one per line), benefits of the social-security reform included.
        {u"partners"_s,
         u"name TEXT NOT NULL, kind TEXT NOT NULL, services TEXT, region TEXT, contact TEXT, phone TEXT, email TEXT, "
         "active INTEGER NOT NULL DEFAULT 1"_s},
        {u"referrals"_s,
         u"member_id BLOB NOT NULL, household_id BLOB NOT NULL, partner_id BLOB NOT NULL, plan_id BLOB, goal_id BLOB, "
         "service TEXT NOT NULL, sent_on TEXT NOT NULL, status TEXT NOT NULL, outcome TEXT, feedback TEXT, "
         "follow_up_on TEXT, worker_id BLOB NOT NULL"_s},
        {u"referral_status"_s,
         u"referral_id BLOB NOT NULL, status TEXT NOT NULL, previous_status TEXT, on_date TEXT NOT NULL, by_user BLOB, "
         "note TEXT"_s},
        // Leaving support and coming back, with their reasons; follow-ups after an exit.
        {u"household_exits"_s,
         u"household_id BLOB NOT NULL, plan_id BLOB, kind TEXT NOT NULL, on_date TEXT NOT NULL, reason TEXT NOT NULL, "
         "note TEXT"_s},
        {u"exit_followups"_s,
         u"household_id BLOB NOT NULL, exit_id BLOB NOT NULL, months INTEGER NOT NULL, due_on TEXT NOT NULL, "
         "done_on TEXT, employed INTEGER, income REAL, note TEXT, worker_id BLOB"_s},
    };
    QStringList script;
    for (const Table &t : tables)
        script << syncedTableSql(t.name, t.columns);
    // The voluntary exit plan travels with the plan (additive columns).
    script << u"ALTER TABLE plans ADD COLUMN exit_target TEXT"_s << u"ALTER TABLE plans ADD COLUMN exit_incentives TEXT"_s
           << u"ALTER TABLE plans ADD COLUMN exit_conditions TEXT"_s;
    script << uR"sql(
        CREATE INDEX partners_name ON partners(name);
        CREATE INDEX referrals_member ON referrals(member_id, sent_on);
        CREATE INDEX referrals_household ON referrals(household_id, sent_on);
        CREATE INDEX referrals_status ON referrals(status, follow_up_on);
        CREATE INDEX referrals_partner ON referrals(partner_id, status);
        CREATE INDEX referrals_worker ON referrals(worker_id, status, follow_up_on);
        CREATE INDEX referrals_plan ON referrals(plan_id);
        CREATE INDEX referral_status_referral ON referral_status(referral_id);
        CREATE INDEX household_exits_household ON household_exits(household_id, on_date);
        CREATE INDEX exit_followups_due ON exit_followups(done_on, due_on);
        CREATE INDEX exit_followups_household ON exit_followups(household_id);
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
