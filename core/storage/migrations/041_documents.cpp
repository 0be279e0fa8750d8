#include "storage/CaptureTriggers.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Status migration041Documents(Database &db)
{
    // Documents (issue 17 §8, core/documents): a scanned paper or a photo
    // attached to a household or to one of its members, visits, plans,
    // referrals or objections. The row (synced) says what it is and names
    // its content by hash; the content itself is stored once per hash, in
    // pieces, outside the change log (a sealed batch is kept for good: the
    // bytes would have been stored twice), and travels in packages as
    // records of its own, checked against the hash the signed row names.
    Status s = db.execScript(
        syncedTableSql(u"documents"_s,
                       u"household_id BLOB NOT NULL, member_id BLOB, about_table TEXT NOT NULL, about_id BLOB NOT NULL, "
                       "doc_type TEXT NOT NULL, doc_date TEXT, title TEXT, mime TEXT NOT NULL, size INTEGER NOT NULL, "
                       "content_hash BLOB NOT NULL, added_by BLOB, removed_reason TEXT"_s)
        + uR"sql(;
        CREATE INDEX documents_household ON documents(household_id, doc_date);
        CREATE INDEX documents_content ON documents(content_hash);
        -- Local: the content, a piece of at most 256 KiB a row, by its
        -- BLAKE2b-256 hash; a hash is in document_files once every piece is
        -- here and the whole hashed to it.
        CREATE TABLE document_pieces (
            hash  BLOB NOT NULL,
            piece INTEGER NOT NULL,
            size  INTEGER NOT NULL,
            bytes BLOB NOT NULL,
            PRIMARY KEY (hash, piece)
        );
        CREATE TABLE document_files (
            hash      BLOB PRIMARY KEY NOT NULL,
            size      INTEGER NOT NULL,
            stored_at TEXT NOT NULL
        ) WITHOUT ROWID;
        -- The contents a peer said it lacks: the next package for it carries them.
        ALTER TABLE sync_peers ADD COLUMN wanted BLOB;
        )sql"_s);
    if (!s)
        return s;
    return registerSyncedTable(db, u"documents"_s);
}

} // namespace tamkeen::storage
