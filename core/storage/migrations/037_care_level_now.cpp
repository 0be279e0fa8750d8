#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Status migration037CareLevelNow(Database &db)
{
    // Each household's current level of care, kept (casework::CareLevels::
    // refreshCurrent): the supervisor's caseload read the latest assessment of
    // every family by grouping all of them, 200 ms at 100,000 households.
    // Triggers mark the households whose assessments change, as the kept facts
    // of migrations 23 to 27 do (an import, which runs with the triggers off,
    // marks them itself: storage/KeptFactsMarks.cpp); the next read sets their
    // level again. Local to this copy.
    return db.execScript(uR"sql(
        CREATE TABLE care_level_now (household_id PRIMARY KEY NOT NULL, level TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE care_level_now_stale (household_id PRIMARY KEY NOT NULL) WITHOUT ROWID;
        INSERT INTO care_level_now SELECT household_id, level FROM (SELECT household_id, level,
            max(assessed_on || created_at || hex(id)) FROM care_levels WHERE deleted = 0 GROUP BY household_id);
        -- The caseload per worker by status counted from this index alone
        -- (it scanned the table: 150 ms at 100,000 households).
        CREATE INDEX households_caseload ON households(assigned_worker, status, centre_id, id, deleted)
            WHERE deleted = 0;
        CREATE TRIGGER care_level_now_new AFTER INSERT ON care_levels BEGIN
            INSERT INTO care_level_now_stale VALUES (NEW.household_id) ON CONFLICT DO NOTHING; END;
        CREATE TRIGGER care_level_now_changed AFTER UPDATE OF household_id, level, assessed_on, deleted ON care_levels
        BEGIN
            INSERT INTO care_level_now_stale VALUES (OLD.household_id) ON CONFLICT DO NOTHING;
            INSERT INTO care_level_now_stale VALUES (NEW.household_id) ON CONFLICT DO NOTHING;
        END;
        CREATE TRIGGER care_level_now_gone AFTER DELETE ON care_levels BEGIN
            INSERT INTO care_level_now_stale VALUES (OLD.household_id) ON CONFLICT DO NOTHING; END;
    )sql"_s);
}

} // namespace tamkeen::storage
