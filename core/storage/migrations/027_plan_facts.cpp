#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

namespace {

// Marks the household of a followed row on each insert (and of the row an
// INSERT OR REPLACE displaces), each update of what the facts hold, each
// delete; with ON CONFLICT DO NOTHING, as migration 23 says why. `of`: the
// household of a row whose columns are named %1.column (OLD or NEW).
QString marking(const QString &table, const QString &columns, const QString &of)
{
    const QString mark = u"INSERT INTO plan_facts_stale SELECT v FROM (%1) WHERE v IS NOT NULL ON CONFLICT DO NOTHING;"_s;
    const QString stored = u"(SELECT r.* FROM %1 r WHERE r.id = NEW.id)"_s.arg(table);
    return uR"sql(
        CREATE TRIGGER plan_facts_%1_replaced BEFORE INSERT ON %1 BEGIN %3 END;
        CREATE TRIGGER plan_facts_%1_new AFTER INSERT ON %1 BEGIN %4 END;
        CREATE TRIGGER plan_facts_%1_changed AFTER UPDATE OF %2 ON %1 BEGIN %5 END;
        CREATE TRIGGER plan_facts_%1_gone AFTER DELETE ON %1 BEGIN %6 END;
    )sql"_s.arg(table, columns, mark.arg(u"SELECT "_s + of.arg(u"s"_s) + u" AS v FROM "_s + stored + u" s"_s),
                mark.arg(u"SELECT "_s + of.arg(u"NEW"_s) + u" AS v"_s),
                mark.arg(u"SELECT "_s + of.arg(u"OLD"_s) + u" AS v UNION ALL SELECT "_s + of.arg(u"NEW"_s)),
                mark.arg(u"SELECT "_s + of.arg(u"OLD"_s) + u" AS v"_s));
}

} // namespace

Status migration027PlanFacts(Database &db)
{
    // Each household's plans with their events, goals and tasks, its live
    // members counted and its exits' days, packed in one row for each
    // household with a plan (impact::PlanFacts; KeptFacts.h), kept as the
    // clinic's (migration 23). Local to this copy.
    const QString own = u"%1.household_id"_s;
    const QString ofPlan = u"(SELECT p.household_id FROM plans p WHERE p.id = %1.plan_id)"_s;
    return db.execScript(uR"sql(
        CREATE TABLE plan_facts (household_id PRIMARY KEY NOT NULL, packed BLOB NOT NULL) WITHOUT ROWID;
        CREATE TABLE plan_facts_stale (household_id PRIMARY KEY NOT NULL) WITHOUT ROWID;
        INSERT INTO impact_facts_state(name, built) VALUES ('plan', NOT EXISTS (SELECT 1 FROM plans));
    )sql"_s + marking(u"plans"_s, u"id, household_id, member_id, approved_on, started_on, created_at, baseline, deleted"_s, own)
                         + marking(u"plan_events"_s, u"id, plan_id, event, status, at, created_at, deleted"_s, ofPlan)
                         + marking(u"plan_goals"_s, u"plan_id, status, deleted"_s, ofPlan)
                         + marking(u"plan_tasks"_s, u"plan_id, status, due_date, done_on, deleted"_s, ofPlan)
                         + marking(u"members"_s, u"household_id, deleted"_s, own)
                         + marking(u"household_exits"_s, u"household_id, kind, on_date, deleted"_s, own));
}

} // namespace tamkeen::storage
