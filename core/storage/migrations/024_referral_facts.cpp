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
    // Marks with ON CONFLICT DO NOTHING, as migration 23 says why.
    const QString mark = u"INSERT INTO referral_facts_stale SELECT v FROM (%1) WHERE v IS NOT NULL ON CONFLICT DO NOTHING;"_s;
    const QString of = u"SELECT household_id AS v FROM referrals WHERE id = %1"_s;
    return db.execScript(uR"sql(
        CREATE TABLE referral_facts (household_id PRIMARY KEY NOT NULL, packed BLOB NOT NULL) WITHOUT ROWID;
        CREATE TABLE referral_facts_stale (household_id PRIMARY KEY NOT NULL) WITHOUT ROWID;
        INSERT INTO impact_facts_state(name, built) VALUES ('referral', NOT EXISTS (SELECT 1 FROM referrals));

        CREATE TRIGGER referral_facts_referrals_replaced BEFORE INSERT ON referrals BEGIN %1 END;
        CREATE TRIGGER referral_facts_referrals_new AFTER INSERT ON referrals BEGIN %2 END;
        CREATE TRIGGER referral_facts_referrals_changed
            AFTER UPDATE OF household_id, partner_id, sent_on, outcome, deleted ON referrals BEGIN %3 END;
        CREATE TRIGGER referral_facts_referrals_gone AFTER DELETE ON referrals BEGIN %4 END;

        CREATE TRIGGER referral_facts_stages_replaced BEFORE INSERT ON referral_status BEGIN %5 END;
        CREATE TRIGGER referral_facts_stages_new AFTER INSERT ON referral_status BEGIN %6 END;
        CREATE TRIGGER referral_facts_stages_changed
            AFTER UPDATE OF referral_id, status, on_date, deleted ON referral_status BEGIN %7 END;
        CREATE TRIGGER referral_facts_stages_gone AFTER DELETE ON referral_status BEGIN %8 END;
    )sql"_s.arg(mark.arg(of.arg(u"NEW.id"_s)), mark.arg(u"SELECT NEW.household_id AS v"_s),
                mark.arg(u"SELECT OLD.household_id AS v UNION ALL SELECT NEW.household_id"_s),
                mark.arg(u"SELECT OLD.household_id AS v"_s),
                mark.arg(u"SELECT r.household_id AS v FROM referral_status s JOIN referrals r ON r.id = s.referral_id "
                         "WHERE s.id = NEW.id"_s),
                mark.arg(of.arg(u"NEW.referral_id"_s)),
                mark.arg(of.arg(u"OLD.referral_id"_s) + u" UNION ALL "_s + of.arg(u"NEW.referral_id"_s)),
                mark.arg(of.arg(u"OLD.referral_id"_s))));
}

} // namespace tamkeen::storage
