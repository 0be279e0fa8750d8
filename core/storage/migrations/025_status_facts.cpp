#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

namespace {

// Marks the household of a followed row on each insert (and of the row an
// INSERT OR REPLACE displaces), each update of what the facts hold, each
// delete; with ON CONFLICT DO NOTHING, as migration 23 says why.
QString marking(const QString &table, const QString &columns)
{
    const QString mark = u"INSERT INTO status_facts_stale SELECT v FROM (%1) WHERE v IS NOT NULL ON CONFLICT DO NOTHING;"_s;
    return uR"sql(
        CREATE TRIGGER status_facts_%1_replaced BEFORE INSERT ON %1 BEGIN %3 END;
        CREATE TRIGGER status_facts_%1_new AFTER INSERT ON %1 BEGIN %4 END;
        CREATE TRIGGER status_facts_%1_changed AFTER UPDATE OF %2 ON %1 BEGIN %5 END;
        CREATE TRIGGER status_facts_%1_gone AFTER DELETE ON %1 BEGIN %6 END;
    )sql"_s.arg(table, columns, mark.arg(u"SELECT household_id AS v FROM %1 WHERE id = NEW.id"_s.arg(table)),
                mark.arg(u"SELECT NEW.household_id AS v"_s),
                mark.arg(u"SELECT OLD.household_id AS v UNION ALL SELECT NEW.household_id"_s),
                mark.arg(u"SELECT OLD.household_id AS v"_s));
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
