#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Status migration024ReferralFacts(Database &db)
{
    // Each household's referrals with the first day of each stage, packed in
    // one row (impact::ReferralFacts; KeptFacts.h), kept as the clinic's
    // (migration 23): a write to a referral or to one of its stages marks the
    // referral's household, before and after. Local to this copy.
    const QString household = u"(SELECT household_id FROM referrals WHERE id = %1)"_s;
    return db.execScript(uR"sql(
        CREATE TABLE referral_facts (household_id PRIMARY KEY NOT NULL, packed BLOB NOT NULL) WITHOUT ROWID;
        CREATE TABLE referral_facts_stale (household_id PRIMARY KEY NOT NULL) WITHOUT ROWID;
        INSERT INTO impact_facts_state(name, built) VALUES ('referral', NOT EXISTS (SELECT 1 FROM referrals));

        CREATE TRIGGER referral_facts_referrals_replaced BEFORE INSERT ON referrals BEGIN
            INSERT OR IGNORE INTO referral_facts_stale SELECT household_id FROM referrals WHERE id = NEW.id;
        END;
        CREATE TRIGGER referral_facts_referrals_new AFTER INSERT ON referrals BEGIN
            INSERT OR IGNORE INTO referral_facts_stale VALUES (NEW.household_id);
        END;
        CREATE TRIGGER referral_facts_referrals_changed
            AFTER UPDATE OF household_id, partner_id, sent_on, outcome, deleted ON referrals BEGIN
            INSERT OR IGNORE INTO referral_facts_stale VALUES (OLD.household_id), (NEW.household_id);
        END;
        CREATE TRIGGER referral_facts_referrals_gone AFTER DELETE ON referrals BEGIN
            INSERT OR IGNORE INTO referral_facts_stale VALUES (OLD.household_id);
        END;

        CREATE TRIGGER referral_facts_stages_replaced BEFORE INSERT ON referral_status BEGIN
            INSERT OR IGNORE INTO referral_facts_stale SELECT r.household_id FROM referral_status s
                JOIN referrals r ON r.id = s.referral_id WHERE s.id = NEW.id;
        END;
        CREATE TRIGGER referral_facts_stages_new AFTER INSERT ON referral_status BEGIN
            INSERT OR IGNORE INTO referral_facts_stale SELECT %1;
        END;
        CREATE TRIGGER referral_facts_stages_changed
            AFTER UPDATE OF referral_id, status, on_date, deleted ON referral_status BEGIN
            INSERT OR IGNORE INTO referral_facts_stale SELECT %2 UNION ALL SELECT %1;
        END;
        CREATE TRIGGER referral_facts_stages_gone AFTER DELETE ON referral_status BEGIN
            INSERT OR IGNORE INTO referral_facts_stale SELECT %2;
        END;
    )sql"_s.arg(household.arg(u"NEW.referral_id"_s), household.arg(u"OLD.referral_id"_s)));
}

} // namespace tamkeen::storage
