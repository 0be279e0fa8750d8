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
                       u"household_id BLOB NOT NULL, member_id BLOB, "
                       "about_table TEXT NOT NULL CHECK (about_table IN ('households', 'members', 'home_visits', "
                       "'plans', 'referrals', 'objections')), about_id BLOB NOT NULL CHECK (length(about_id) = 16), "
                       "doc_type TEXT NOT NULL, doc_date TEXT, title TEXT, "
                       "mime TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png', 'application/pdf')), "
                       "size INTEGER NOT NULL CHECK (size BETWEEN 1 AND 33554432), "
                       "content_hash BLOB NOT NULL CHECK (length(content_hash) = 32), "
                       "nonce BLOB NOT NULL CHECK (length(nonce) = 16), added_by BLOB, removed_reason TEXT"_s)
        + uR"sql(;
        CREATE INDEX documents_household ON documents(household_id, doc_date);
        CREATE INDEX documents_content ON documents(content_hash);
        CREATE INDEX documents_removed ON documents(content_hash) WHERE deleted = 1;
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
        -- Contents that came before any row here named them (a part of an
        -- export imported before the part with the row): dropped after a
        -- while if still nobody names them, so a copy never keeps noise.
        CREATE TABLE document_unnamed (
            hash        BLOB PRIMARY KEY NOT NULL,
            received_at TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE document_files (
            hash      BLOB PRIMARY KEY NOT NULL,
            size      INTEGER NOT NULL,
            stored_at TEXT NOT NULL
        ) WITHOUT ROWID;
        -- The contents a peer said it lacks, and when: the next packages for it carry them.
        ALTER TABLE sync_peers ADD COLUMN wanted BLOB;
        ALTER TABLE sync_peers ADD COLUMN wanted_at TEXT;
        )sql"_s);
    if (!s)
        return s;
    return registerSyncedTable(db, u"documents"_s);
}

} // namespace tamkeen::storage
