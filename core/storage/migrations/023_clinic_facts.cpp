#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

namespace {

// A trigger that marks the household of a followed row (impact::ClinicFacts)
// on each insert, on each update of what the facts hold, and on a delete.
// Marks are inserted with ON CONFLICT DO NOTHING, not OR IGNORE: a write's
// own conflict clause (INSERT OR REPLACE, UPDATE OR ABORT …) overrides a
// trigger's OR, and a household marked twice would then fail the write.
QString marking(const QString &table, const QString &columns)
{
    // A row an INSERT OR REPLACE displaces is deleted without its delete
    // trigger (recursive triggers are off): its household is marked before.
    const QString mark = u"INSERT INTO clinic_facts_stale SELECT v FROM (%1) WHERE v IS NOT NULL ON CONFLICT DO NOTHING;"_s;
    return uR"sql(
        CREATE TRIGGER clinic_facts_%1_replaced BEFORE INSERT ON %1 BEGIN %3 END;
        CREATE TRIGGER clinic_facts_%1_new AFTER INSERT ON %1 BEGIN %4 END;
        CREATE TRIGGER clinic_facts_%1_changed AFTER UPDATE OF %2 ON %1 BEGIN %5 END;
        CREATE TRIGGER clinic_facts_%1_gone AFTER DELETE ON %1 BEGIN %6 END;
    )sql"_s.arg(table, columns, mark.arg(u"SELECT household_id AS v FROM %1 WHERE id = NEW.id"_s.arg(table)),
                mark.arg(u"SELECT NEW.household_id AS v"_s),
                mark.arg(u"SELECT OLD.household_id AS v UNION ALL SELECT NEW.household_id"_s),
                mark.arg(u"SELECT OLD.household_id AS v"_s));
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
