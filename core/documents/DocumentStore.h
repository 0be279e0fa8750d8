#pragma once
// The content of documents (issue 17 §8), stored once per BLAKE2b-256 hash in
// pieces of at most 256 KiB (document_pieces), apart from the synced rows that
// name it (documents.content_hash). A content is "here" once every piece came
// and the whole hashed to its name (document_files): a piece sent by a hostile
// copy for someone else's document never passes for it. Pieces may come in
// any order, from different packages (a split export's parts).
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <functional>
#include <sodium.h>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::documents {

// The hash of a content whose pieces came in order, kept as they arrive (an
// import sends each content's pieces one after the other): its last piece
// then needs no reading back.
struct PiecesInOrder {
    QByteArray hash;
    int next = 0; // the piece expected next; -1: not in order, read back
    crypto_generichash_state state{};
};

class DocumentStore {
    Q_DECLARE_TR_FUNCTIONS(DocumentStore)
public:
    static constexpr qsizetype kPieceBytes = 256 * 1024;
    // No content is larger, whatever the organisation's setting says: an
    // import refuses a bigger one as damage (the setting allows 1 to 30 MB).
    static constexpr qint64 kMaxBytes = 32LL * 1024 * 1024;
    static int piecesFor(qint64 size) { return int((size + kPieceBytes - 1) / kPieceBytes); }

    static QByteArray hashOf(const QByteArray &bytes); // BLAKE2b-256

    // Whole content, written in pieces (nothing when it is here already).
    static Status put(storage::Database &db, const QByteArray &bytes, QByteArray *hash);
    // One piece as it came in a package. True once the content is whole and
    // hashed right; pieces that make a different whole are all dropped (a
    // later package brings them again: the content is wanted).
    static Result<bool> addPiece(storage::Database &db, const QByteArray &hash, qint64 size, int piece,
                                 const QByteArray &bytes, PiecesInOrder *inOrder = nullptr);
    static Result<bool> has(storage::Database &db, const QByteArray &hash);
    // The whole content; NotFound while it has not come.
    static Result<QByteArray> read(storage::Database &db, const QByteArray &hash);
    // Each piece of a content here, in order (an export writes them as they are read).
    static Status forEachPiece(storage::Database &db, const QByteArray &hash,
                               const std::function<Status(int piece, qint64 size, const QByteArray &bytes)> &each);
    // The contents documents here name that are not here, most recent first
    // (a package to us should carry them), at most `limit`.
    static Result<QList<QByteArray>> wanted(storage::Database &db, int limit = kMaxWanted);
    static constexpr int kMaxWanted = 4096;
    // Drops the contents among `hashes` that no live document names any
    // more (removed or erased), pieces and all.
    static Status dropUnused(storage::Database &db, const QList<QByteArray> &hashes);
    // Drops what came more than `days` ago for a content no row here names
    // yet (noise a hostile copy sent, or a part whose row never came).
    static Status sweepUnnamed(storage::Database &db, int days = kUnnamedDays);
    static constexpr int kUnnamedDays = 14;
};

} // namespace tamkeen::documents
