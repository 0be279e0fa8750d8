#include "storage/CaptureTriggers.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Status migration019Audit(Database &db)
{
    // The audit trail (issue 15 §4, security/AuditLog): who opened which
    // household file, read confidential notes, printed or exported what,
    // changed an account, resolved a conflict. Each device numbers its own
    // entries (`seq` from 1) and chains each to its previous one by `hash`
    // (BLAKE2b of the previous hash and the entry), so that a removed or
    // altered entry shows. Synced, so supervisors see every device's.
    static const QString table = u"audit_log"_s;
    QStringList script;
    script << syncedTableSql(table, u"device BLOB NOT NULL, seq INTEGER NOT NULL, at TEXT NOT NULL, user_id BLOB, "
                                    "action TEXT NOT NULL, household_id BLOB, details TEXT, prev_hash BLOB, "
                                    "hash BLOB NOT NULL"_s);
    script << u"CREATE INDEX audit_log_chain ON audit_log(device, seq)"_s;
    script << u"CREATE INDEX audit_log_at ON audit_log(at)"_s;
    script << u"CREATE INDEX audit_log_household ON audit_log(household_id, at)"_s;
    if (Status s = db.execScript(script.join(u";\n"_s)); !s)
        return s;
    return registerSyncedTable(db, table);
}

} // namespace tamkeen::storage
