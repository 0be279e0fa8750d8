#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Status migration009Trust(Database &db)
{
    // Organisation trust (docs/trust.md). Device and user public keys travel in
    // their synced rows, set by a signed change of an administrator; a user's
    // secret key travels wrapped with a key derived from their password. A
    // privileged change keeps its author's signature over the values it set
    // (`signed`), so it can be checked on every copy it reaches. Sealed batches
    // are a device's own entries signed by that device, kept as they were
    // signed so that any copy can forward them unchanged.
    Status s = db.execScript(uR"sql(
        ALTER TABLE devices ADD COLUMN public_key BLOB;
        ALTER TABLE users ADD COLUMN public_key BLOB;
        ALTER TABLE users ADD COLUMN wrapped_key BLOB;
        ALTER TABLE change_log ADD COLUMN signed BLOB;
        -- Changes an import refused, by reason (JSON), and the device that sent them.
        ALTER TABLE sync_history ADD COLUMN refusals TEXT;
        ALTER TABLE sync_peers ADD COLUMN refused_at TEXT;
        ALTER TABLE sync_peers ADD COLUMN refused_reason TEXT;
        CREATE TABLE sync_batches (
            origin    BLOB NOT NULL,
            first_seq INTEGER NOT NULL,
            last_seq  INTEGER NOT NULL,
            body      BLOB NOT NULL,
            signature BLOB NOT NULL,
            PRIMARY KEY (origin, first_seq)
        ) WITHOUT ROWID;
        -- Local: the identity rows this copy started with from its enrolment
        -- file (sync/Enrolment), held without history until their real
        -- entries arrive, so `check` does not take them for unlogged inserts.
        CREATE TABLE sync_enrolled (
            tbl    TEXT NOT NULL,
            row_id BLOB NOT NULL,
            PRIMARY KEY (tbl, row_id)
        ) WITHOUT ROWID;
    )sql"_s);
    if (!s)
        return s;
    // Restored and cloned copies (docs/sync-format.md): a device whose signed
    // batches came in two versions of the same sequence numbers, from the
    // first such number (local; its batches from there go to every receiver,
    // so the copy that forked learns it), and a note an import leaves in the
    // history ("this laptop now goes under a new identity").
    return db.execScript(uR"sql(
        CREATE TABLE sync_forks (
            origin      BLOB PRIMARY KEY NOT NULL,
            from_seq    INTEGER NOT NULL,
            detected_at TEXT NOT NULL
        ) WITHOUT ROWID;
        ALTER TABLE sync_history ADD COLUMN note TEXT;
    )sql"_s);
}

} // namespace tamkeen::storage
