#include "storage/CaptureTriggers.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Status migration005Clinic(Database &db)
{
    struct Table {
        QString name;
        QString columns;
    };
    // Times are local wall-clock "YYYY-MM-DDTHH:MM" (a clinic day is a local
    // day); dates are ISO. Lists of type keys are stored comma-joined.
    const Table tables[] = {
        // The configurable list of consultation types; `confidential` types
        // (psychological) hide a session's notes from all but counsellors and
        // supervisors.
        {u"session_types"_s,
         u"code TEXT NOT NULL, name TEXT NOT NULL, confidential INTEGER NOT NULL DEFAULT 0, "
         "position INTEGER NOT NULL DEFAULT 0"_s},
        {u"appointments"_s,
         u"member_id BLOB NOT NULL, household_id BLOB NOT NULL, counsellor_id BLOB NOT NULL, "
         "starts_at TEXT NOT NULL, duration_min INTEGER NOT NULL, types TEXT, place TEXT NOT NULL, note TEXT, "
         "status TEXT NOT NULL, arrived_at TEXT, started_at TEXT, rescheduled_to BLOB, session_id BLOB"_s},
        // Every status change of an appointment, with who and when.
        {u"appointment_status"_s,
         u"appointment_id BLOB NOT NULL, status TEXT NOT NULL, previous_status TEXT, at TEXT NOT NULL, "
         "by_user BLOB, reason TEXT"_s},
        {u"sessions"_s,
         u"member_id BLOB NOT NULL, household_id BLOB NOT NULL, counsellor_id BLOB NOT NULL, appointment_id BLOB, "
         "held_at TEXT NOT NULL, duration_min INTEGER NOT NULL, types TEXT NOT NULL, mode TEXT NOT NULL, "
         "confidential INTEGER NOT NULL DEFAULT 0, needs TEXT, observations TEXT, recommendations TEXT, "
         "psych_notes TEXT"_s},
        // A correction never overwrites silently: the old and the new value of
        // each amended field, why, who and when.
        {u"session_amendments"_s,
         u"session_id BLOB NOT NULL, field TEXT NOT NULL, old_value TEXT, new_value TEXT, reason TEXT NOT NULL, "
         "at TEXT NOT NULL, by_user BLOB, confidential INTEGER NOT NULL DEFAULT 0"_s},
        {u"agreed_actions"_s,
         u"session_id BLOB NOT NULL, member_id BLOB NOT NULL, household_id BLOB NOT NULL, counsellor_id BLOB NOT NULL, "
         "description TEXT NOT NULL, responsible TEXT NOT NULL, due_date TEXT NOT NULL, done_on TEXT"_s},
        {u"assessments"_s,
         u"member_id BLOB NOT NULL, household_id BLOB NOT NULL, session_id BLOB, kind TEXT NOT NULL, "
         "assessed_on TEXT NOT NULL, score REAL, data TEXT NOT NULL, by_user BLOB"_s},
    };
    QStringList script;
    for (const Table &t : tables)
        script << syncedTableSql(t.name, t.columns);
    script << uR"sql(
        CREATE INDEX session_types_code ON session_types(code);
        CREATE INDEX appointments_counsellor ON appointments(counsellor_id, starts_at);
        CREATE INDEX appointments_day ON appointments(starts_at);
        CREATE INDEX appointments_member ON appointments(member_id, starts_at);
        CREATE INDEX appointments_household ON appointments(household_id, starts_at);
        CREATE INDEX appointment_status_appointment ON appointment_status(appointment_id);
        CREATE INDEX sessions_member ON sessions(member_id, held_at);
        CREATE INDEX sessions_household ON sessions(household_id, held_at);
        -- Covers the counsellor's follow-up list: the last session per member
        -- without reading the sessions themselves.
        CREATE INDEX sessions_counsellor ON sessions(counsellor_id, member_id, held_at);
        CREATE INDEX session_amendments_session ON session_amendments(session_id);
        CREATE INDEX agreed_actions_session ON agreed_actions(session_id);
        CREATE INDEX agreed_actions_open ON agreed_actions(counsellor_id, done_on, due_date);
        CREATE INDEX agreed_actions_due ON agreed_actions(done_on, due_date);
        CREATE INDEX assessments_member ON assessments(member_id, kind, assessed_on);
        CREATE INDEX assessments_household ON assessments(household_id, assessed_on);
    )sql"_s;
    if (Status s = db.execScript(script.join(u";\n"_s)); !s)
        return s;
    for (const Table &t : tables) {
        if (Status s = registerSyncedTable(db, t.name); !s)
            return s;
    }
    return {};
}

} // namespace tamkeen::storage
