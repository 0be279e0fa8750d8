#include "storage/CaptureTriggers.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Status migration039Objections(Database &db)
{
    // Objections and complaints (issue 17 §6, core/casework/Objections): a
    // row each, received (channel, day, by whom), assigned, due by a day set
    // per kind, investigated (notes), decided with the reason, answered (the
    // reply, printed as a letter); an appeal is a row of its own naming the
    // one appealed. Synced.
    Status s = db.execScript(
        syncedTableSql(u"objections"_s,
                       u"household_id BLOB NOT NULL, member_id BLOB, kind TEXT NOT NULL, subject TEXT NOT NULL, "
                       "received_on TEXT NOT NULL, channel TEXT NOT NULL, received_by BLOB, summary TEXT NOT NULL, "
                       "assigned_to BLOB, due_on TEXT NOT NULL, decision TEXT, decision_reason TEXT, "
                       "decided_on TEXT, decided_by BLOB, reply TEXT, replied_on TEXT, appeal_of BLOB, centre_id BLOB"_s)
        // The notes of the investigation, a row each: two copies adding notes
        // offline keep both (one text column would keep the later only).
        + u";"_s
        + syncedTableSql(u"objection_notes"_s, u"objection_id BLOB NOT NULL, household_id BLOB NOT NULL, "
                                               "note TEXT NOT NULL, noted_on TEXT NOT NULL, noted_by BLOB"_s)
        + uR"sql(;
        CREATE INDEX objection_notes_objection ON objection_notes(objection_id, created_at);
        CREATE INDEX objection_notes_household ON objection_notes(household_id);
        CREATE INDEX objections_household ON objections(household_id, received_on);
        CREATE INDEX objections_open ON objections(replied_on, due_on) WHERE deleted = 0;
        CREATE INDEX objections_appeal ON objections(appeal_of) WHERE appeal_of IS NOT NULL;
        )sql"_s);
    if (!s)
        return s;
    if (Status r = registerSyncedTable(db, u"objections"_s); !r)
        return r;
    return registerSyncedTable(db, u"objection_notes"_s);
}

} // namespace tamkeen::storage
