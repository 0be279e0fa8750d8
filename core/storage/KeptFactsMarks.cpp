#include "storage/KeptFactsMarks.h"

#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

namespace {

struct Follower {
    const char *table, *marks, *household; // the household of a row of `table`, as SQL
};

// As the triggers of migrations 23 to 27 and 37 mark them.
constexpr Follower kFollowers[] = {
    {"sessions", "clinic_facts_stale", "household_id"},
    {"appointments", "clinic_facts_stale", "household_id"},
    {"referrals", "referral_facts_stale", "household_id"},
    {"referral_status", "referral_facts_stale", "(SELECT r.household_id FROM referrals r WHERE r.id = referral_id)"},
    {"members", "status_facts_stale", "household_id"},
    {"members", "able_facts_stale", "household_id"},
    {"household_status", "status_facts_stale", "household_id"},
    {"plans", "plan_facts_stale", "household_id"},
    {"plan_events", "plan_facts_stale", "(SELECT p.household_id FROM plans p WHERE p.id = plan_id)"},
    {"plan_goals", "plan_facts_stale", "(SELECT p.household_id FROM plans p WHERE p.id = plan_id)"},
    {"plan_tasks", "plan_facts_stale", "(SELECT p.household_id FROM plans p WHERE p.id = plan_id)"},
    {"members", "plan_facts_stale", "household_id"},
    {"household_exits", "plan_facts_stale", "household_id"},
    {"care_levels", "care_level_now_stale", "household_id"}, // migration 37
};

} // namespace

Status markKeptFacts(Database &db, const QString &table, const QString &where, const QVariantList &values)
{
    for (const Follower &f : kFollowers) {
        if (table != QLatin1StringView(f.table))
            continue;
        if (Status s = db.write(u"INSERT INTO %1 SELECT v FROM (SELECT %2 AS v FROM \"%3\" WHERE %4) WHERE v IS NOT NULL "
                                "ON CONFLICT DO NOTHING"_s.arg(QLatin1StringView(f.marks), QLatin1StringView(f.household),
                                                              table, where),
                                values);
            !s)
            return s;
    }
    return {};
}

} // namespace tamkeen::storage
