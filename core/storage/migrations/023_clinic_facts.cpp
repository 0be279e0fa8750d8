#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

namespace {

// A trigger that marks the household of a followed row (impact::ClinicFacts)
// on each insert, on each update of what the facts hold, and on a delete.
QString marking(const QString &table, const QString &columns)
{
    // A row an INSERT OR REPLACE displaces is deleted without its delete
    // trigger (recursive triggers are off): its household is marked before.
    return uR"sql(
        CREATE TRIGGER clinic_facts_%1_replaced BEFORE INSERT ON %1 BEGIN
            INSERT OR IGNORE INTO clinic_facts_stale SELECT household_id FROM %1 WHERE id = NEW.id;
        END;
        CREATE TRIGGER clinic_facts_%1_new AFTER INSERT ON %1 BEGIN
            INSERT OR IGNORE INTO clinic_facts_stale VALUES (NEW.household_id);
        END;
        CREATE TRIGGER clinic_facts_%1_changed AFTER UPDATE OF %2 ON %1 BEGIN
            INSERT OR IGNORE INTO clinic_facts_stale VALUES (OLD.household_id), (NEW.household_id);
        END;
        CREATE TRIGGER clinic_facts_%1_gone AFTER DELETE ON %1 BEGIN
            INSERT OR IGNORE INTO clinic_facts_stale VALUES (OLD.household_id);
        END;
    )sql"_s.arg(table, columns);
}

} // namespace

Status migration023ClinicFacts(Database &db)
{
    // Each household's clinic events packed in one row (impact::ClinicFacts),
    // the households whose rows changed since, whether the rows were ever
    // made here (a file with sessions or appointments already gets them at
    // its first dashboard, a few seconds at 100,000 households, not here), and
    // whether a followed row names its household by another value than a
    // 16-byte blob (the rows are then not used).
    // Local to this copy, like the search index: never synced.
    return db.execScript(uR"sql(
        CREATE TABLE clinic_facts (household_id PRIMARY KEY NOT NULL, packed BLOB NOT NULL) WITHOUT ROWID;
        CREATE TABLE clinic_facts_stale (household_id PRIMARY KEY NOT NULL) WITHOUT ROWID;
        CREATE TABLE impact_facts_state (name TEXT PRIMARY KEY NOT NULL, built INTEGER NOT NULL,
                                         odd_ids INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
        INSERT INTO impact_facts_state(name, built) VALUES ('clinic',
            NOT EXISTS (SELECT 1 FROM sessions) AND NOT EXISTS (SELECT 1 FROM appointments));
    )sql"_s + marking(u"sessions"_s, u"household_id, counsellor_id, held_at, deleted"_s)
                         + marking(u"appointments"_s, u"household_id, counsellor_id, starts_at, status, deleted"_s));
}

} // namespace tamkeen::storage
