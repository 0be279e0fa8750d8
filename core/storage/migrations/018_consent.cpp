#include "storage/CaptureTriggers.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Status migration018Consent(Database &db)
{
    // A member's consent (issue 15 §5, registry/ConsentService): its purpose
    // (registration, counselling, sharing with the partner in `partner_id`),
    // when and how it was given (signed form, verbal with a witness named in
    // `witness`), who recorded it, and its withdrawal. A referral sent without
    // a sharing consent leaves a row of method 'override' with the reason, by
    // whoever sent it. Synced: every copy sees the same consents.
    static const QString table = u"consents"_s;
    QStringList script;
    script << syncedTableSql(table,
                             u"member_id BLOB NOT NULL, household_id BLOB NOT NULL, purpose TEXT NOT NULL, "
                             "partner_id BLOB, given_on TEXT NOT NULL, method TEXT NOT NULL, witness TEXT, note TEXT, "
                             "recorded_by BLOB NOT NULL, withdrawn_on TEXT, withdrawn_by BLOB, withdrawal_note TEXT"_s);
    script << u"CREATE INDEX consents_member ON consents(member_id, purpose)"_s;
    script << u"CREATE INDEX consents_household ON consents(household_id)"_s;
    if (Status s = db.execScript(script.join(u";\n"_s)); !s)
        return s;
    return registerSyncedTable(db, table);
}

} // namespace tamkeen::storage
