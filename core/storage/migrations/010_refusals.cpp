#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Status migration010Refusals(Database &db)
{
    // Refused entries (docs/trust.md, "Refused changes"). An entry of a
    // verified batch that is refused for good (its author's role, a missing
    // signature, a revoked device …) counts as received: the vector moves past
    // it, so it is neither sent again nor reported missing, and this table
    // keeps what it was, for a supervisor (`tamkeen-cli sync refused`).
    // `reason` is a stable code (sync::Refusals::text translates it).
    // Local, never synced: every copy judges for itself.
    // sync_enrolled_roles: the role, key and state of each account as the
    // enrolment file gave them (at the file's time), the earliest point of
    // the role history when the entries before it have not arrived yet.
    return db.execScript(uR"sql(
        CREATE TABLE sync_refused (
            device     BLOB NOT NULL,
            seq        INTEGER NOT NULL,
            hlc        INTEGER NOT NULL,
            tbl        TEXT NOT NULL,
            row_id     BLOB NOT NULL,
            author     BLOB,
            reason     TEXT NOT NULL,
            sender     BLOB,
            refused_at TEXT NOT NULL,
            PRIMARY KEY (device, seq)
        ) WITHOUT ROWID;
        CREATE INDEX sync_refused_author ON sync_refused(author);
        CREATE TABLE sync_enrolled_roles (
            user_id    BLOB PRIMARY KEY NOT NULL,
            hlc        INTEGER NOT NULL,
            role       TEXT,
            public_key BLOB,
            deleted    INTEGER,
            active     INTEGER
        ) WITHOUT ROWID;
        ALTER TABLE sync_peers ADD COLUMN refused_count INTEGER;
    )sql"_s);
}

} // namespace tamkeen::storage
