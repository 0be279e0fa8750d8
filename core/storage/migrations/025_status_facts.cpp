#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

namespace {

// Marks the household of a followed row on each insert (and of the row an
// INSERT OR REPLACE displaces), each update of what the facts hold, each delete.
QString marking(const QString &table, const QString &columns)
{
    return uR"sql(
        CREATE TRIGGER status_facts_%1_replaced BEFORE INSERT ON %1 BEGIN
            INSERT OR IGNORE INTO status_facts_stale SELECT household_id FROM %1 WHERE id = NEW.id;
        END;
        CREATE TRIGGER status_facts_%1_new AFTER INSERT ON %1 BEGIN
            INSERT OR IGNORE INTO status_facts_stale VALUES (NEW.household_id);
        END;
        CREATE TRIGGER status_facts_%1_changed AFTER UPDATE OF %2 ON %1 BEGIN
            INSERT OR IGNORE INTO status_facts_stale VALUES (OLD.household_id), (NEW.household_id);
        END;
        CREATE TRIGGER status_facts_%1_gone AFTER DELETE ON %1 BEGIN
            INSERT OR IGNORE INTO status_facts_stale VALUES (OLD.household_id);
        END;
    )sql"_s.arg(table, columns);
}

} // namespace

Status migration025StatusFacts(Database &db)
{
    // Each household's live members counted and its status changes in order,
    // packed in one row (impact::StatusFacts; KeptFacts.h), kept as the
    // clinic's (migration 23). Local to this copy.
    return db.execScript(uR"sql(
        CREATE TABLE status_facts (household_id PRIMARY KEY NOT NULL, packed BLOB NOT NULL) WITHOUT ROWID;
        CREATE TABLE status_facts_stale (household_id PRIMARY KEY NOT NULL) WITHOUT ROWID;
        INSERT INTO impact_facts_state(name, built) VALUES ('status',
            NOT EXISTS (SELECT 1 FROM members) AND NOT EXISTS (SELECT 1 FROM household_status));
    )sql"_s + marking(u"members"_s, u"household_id, deleted"_s)
                         + marking(u"household_status"_s, u"household_id, effective_date, status, created_at, deleted"_s));
}

} // namespace tamkeen::storage
