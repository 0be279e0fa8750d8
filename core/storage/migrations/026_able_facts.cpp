#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Status migration026AbleFacts(Database &db)
{
    // Each household's live members able to work, with whether each works
    // (impact::AbleMembers; KeptFacts.h), kept as the clinic's (migration 23,
    // which says why marks use ON CONFLICT DO NOTHING). Local to this copy.
    const QString mark = u"INSERT INTO able_facts_stale SELECT v FROM (%1) WHERE v IS NOT NULL ON CONFLICT DO NOTHING;"_s;
    return db.execScript(uR"sql(
        CREATE TABLE able_facts (household_id PRIMARY KEY NOT NULL, packed BLOB NOT NULL) WITHOUT ROWID;
        CREATE TABLE able_facts_stale (household_id PRIMARY KEY NOT NULL) WITHOUT ROWID;
        INSERT INTO impact_facts_state(name, built) VALUES ('able', NOT EXISTS (SELECT 1 FROM members));
        CREATE TRIGGER able_facts_members_replaced BEFORE INSERT ON members BEGIN %1 END;
        CREATE TRIGGER able_facts_members_new AFTER INSERT ON members BEGIN %2 END;
        CREATE TRIGGER able_facts_members_changed
            AFTER UPDATE OF household_id, able_to_work, employment, deleted ON members BEGIN %3 END;
        CREATE TRIGGER able_facts_members_gone AFTER DELETE ON members BEGIN %4 END;
    )sql"_s.arg(mark.arg(u"SELECT household_id AS v FROM members WHERE id = NEW.id"_s),
                mark.arg(u"SELECT NEW.household_id AS v"_s),
                mark.arg(u"SELECT OLD.household_id AS v UNION ALL SELECT NEW.household_id"_s),
                mark.arg(u"SELECT OLD.household_id AS v"_s)));
}

} // namespace tamkeen::storage
