#include "storage/CaptureTriggers.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Status migration020ClinicalKeys(Database &db)
{
    // The clinic's keys for confidential notes (issue 15 §2, clinic/ClinicalKeys):
    // an X25519 public key a counsellor or supervisor made (a privileged row,
    // signed), and its secret half sealed to each counsellor's and
    // supervisor's own key (a slot; user_id NULL: the organisation's recovery
    // key). Both sync: a slot is useless to anyone but the user it names.
    QStringList script;
    script << syncedTableSql(u"clinical_keys"_s, u"public_key BLOB NOT NULL"_s);
    script << syncedTableSql(u"clinical_key_slots"_s,
                             u"key_id BLOB NOT NULL, user_id BLOB, user_public_key BLOB NOT NULL, sealed BLOB NOT NULL"_s);
    script << u"CREATE INDEX clinical_key_slots_user ON clinical_key_slots(user_id, key_id)"_s;
    if (Status s = db.execScript(script.join(u";\n"_s)); !s)
        return s;
    if (Status s = registerSyncedTable(db, u"clinical_keys"_s); !s)
        return s;
    return registerSyncedTable(db, u"clinical_key_slots"_s);
}

} // namespace tamkeen::storage
