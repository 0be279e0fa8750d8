#include "documents/DocumentStore.h"

#include "storage/Database.h"

#include <QDateTime>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace tamkeen::documents {

namespace {

constexpr int kHashBytes = 32;

// A document that still counts: not removed, not erased.
const QString kLive = u"d.deleted = 0 AND NOT EXISTS (SELECT 1 FROM erased_rows e WHERE e.row_id = d.id)"_s;

Status markHere(storage::Database &db, const QByteArray &hash, qint64 size)
{
    return db.write(u"INSERT OR IGNORE INTO document_files(hash, size, stored_at) VALUES (?, ?, ?)"_s,
                    {hash, size, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
}

// The pieces of `hash` hashed in order: whether they make that content.
Result<bool> piecesMake(storage::Database &db, const QByteArray &hash)
{
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, kHashBytes);
    int expected = 0;
    bool inOrder = true;
    Status s = db.read(u"SELECT piece, bytes FROM document_pieces WHERE hash = ? ORDER BY piece"_s, {hash},
                       [&](const storage::RawRow &r) {
                           const QByteArray bytes = r.rawBytes(1);
                           inOrder = inOrder && r.integer(0) == expected++;
                           crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(bytes.constData()),
                                                     quint64(bytes.size()));
                       });
    if (!s)
        return s.error();
    QByteArray digest(kHashBytes, Qt::Uninitialized);
    crypto_generichash_final(&state, reinterpret_cast<unsigned char *>(digest.data()), kHashBytes);
    return inOrder && digest == hash;
}

} // namespace

QByteArray DocumentStore::hashOf(const QByteArray &bytes)
{
    QByteArray digest(kHashBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(digest.data()), kHashBytes,
                       reinterpret_cast<const unsigned char *>(bytes.constData()), quint64(bytes.size()), nullptr, 0);
    return digest;
}

Status DocumentStore::put(storage::Database &db, const QByteArray &bytes, QByteArray *hash)
{
    if (bytes.isEmpty() || bytes.size() > kMaxBytes)
        return makeError(ErrorCode::Invalid, tr("A document holds between one byte and 32 MB."));
    *hash = hashOf(bytes);
    auto here = has(db, *hash);
    if (!here)
        return here.error();
    if (here.value())
        return {};
    return db.transaction([&]() -> Status {
        if (Status s = db.write(u"DELETE FROM document_pieces WHERE hash = ?"_s, {*hash}); !s)
            return s; // pieces of a content that had come only in part
        for (int i = 0; qsizetype(i) * kPieceBytes < bytes.size(); ++i)
            if (Status s = db.write(u"INSERT INTO document_pieces(hash, piece, size, bytes) VALUES (?, ?, ?, ?)"_s,
                                    {*hash, i, qint64(bytes.size()), bytes.mid(qsizetype(i) * kPieceBytes, kPieceBytes)});
                !s)
                return s;
        return markHere(db, *hash, bytes.size());
    });
}

Result<bool> DocumentStore::addPiece(storage::Database &db, const QByteArray &hash, qint64 size, int piece,
                                     const QByteArray &bytes, PiecesInOrder *inOrder)
{
    const Error damaged =
        makeError(ErrorCode::Corrupt, tr("The package is damaged: a document's content does not add up."));
    if (hash.size() != kHashBytes || size <= 0 || size > kMaxBytes || piece < 0) // before any arithmetic
        return damaged;
    const int pieces = piecesFor(size);
    if (piece >= pieces || bytes.size() != (piece + 1 < pieces ? kPieceBytes : size - qint64(piece) * kPieceBytes))
        return damaged;
    auto here = has(db, hash);
    if (!here)
        return here.error();
    if (here.value())
        return false; // came before
    // Pieces claiming another size for the same hash: one of the two is wrong;
    // the whole decides which, so the ones of the other size go.
    if (Status s = db.write(u"DELETE FROM document_pieces WHERE hash = ? AND size <> ?"_s, {hash, size}); !s)
        return s.error();
    // The latest piece stands in for one that came before: a content not
    // whole yet may hold a piece a hostile copy sent, and a good package then
    // makes it whole.
    if (Status s = db.write(u"INSERT OR REPLACE INTO document_pieces(hash, piece, size, bytes) VALUES (?, ?, ?, ?)"_s,
                            {hash, piece, size, bytes});
        !s)
        return s.error();
    // Hashed as it comes when it comes in order (what is stored is then what
    // was hashed); otherwise read back once whole.
    if (inOrder) {
        if (piece == 0) {
            inOrder->hash = hash;
            inOrder->next = 0;
            crypto_generichash_init(&inOrder->state, nullptr, 0, kHashBytes);
        }
        if (inOrder->hash == hash && inOrder->next == piece) {
            crypto_generichash_update(&inOrder->state, reinterpret_cast<const unsigned char *>(bytes.constData()),
                                      quint64(bytes.size()));
            ++inOrder->next;
        } else if (inOrder->hash == hash) {
            inOrder->next = -1;
        }
    }
    // Noise or a part ahead of its row: remembered, dropped later if nobody names it.
    if (piece == 0 || !inOrder || inOrder->hash != hash) {
        auto named = db.scalar(u"SELECT count(*) FROM documents WHERE content_hash = ?"_s, {hash});
        if (!named)
            return named.error();
        if (named.value().toInt() == 0)
            if (Status s = db.write(u"INSERT OR IGNORE INTO document_unnamed(hash, received_at) VALUES (?, ?)"_s,
                                    {hash, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
                !s)
                return s.error();
    }
    auto count = db.scalar(u"SELECT count(*) FROM document_pieces WHERE hash = ?"_s, {hash});
    if (!count)
        return count.error();
    if (count.value().toInt() < pieces)
        return false;
    Result<bool> made = false;
    if (inOrder && inOrder->hash == hash && inOrder->next == pieces) {
        QByteArray digest(kHashBytes, Qt::Uninitialized);
        crypto_generichash_final(&inOrder->state, reinterpret_cast<unsigned char *>(digest.data()), kHashBytes);
        inOrder->hash.clear();
        made = digest == hash;
    } else {
        made = piecesMake(db, hash);
    }
    if (!made)
        return made.error();
    if (!made.value()) {
        // Not its content: the pieces this package sent in order stay (they
        // are what the hash was checked against last), the others go.
        const int kept = inOrder && inOrder->hash == hash && inOrder->next > 0 ? inOrder->next : 0;
        if (Status s = db.write(u"DELETE FROM document_pieces WHERE hash = ? AND piece >= ?"_s, {hash, kept}); !s)
            return s.error();
        return false;
    }
    if (Status s = markHere(db, hash, size); !s)
        return s.error();
    return true;
}

Result<bool> DocumentStore::has(storage::Database &db, const QByteArray &hash)
{
    auto n = db.scalar(u"SELECT count(*) FROM document_files WHERE hash = ?"_s, {hash});
    if (!n)
        return n.error();
    return n.value().toInt() > 0;
}

Result<QByteArray> DocumentStore::read(storage::Database &db, const QByteArray &hash)
{
    auto here = has(db, hash);
    if (!here)
        return here.error();
    if (!here.value())
        return makeError(ErrorCode::NotFound,
                         tr("This document's content has not come to this computer yet: it comes with a later "
                            "package from the computer where it was added."));
    QByteArray whole;
    Status s = forEachPiece(db, hash, [&](int, qint64 size, const QByteArray &bytes) -> Status {
        if (whole.isEmpty())
            whole.reserve(size);
        whole += bytes;
        return {};
    });
    if (!s)
        return s.error();
    return whole;
}

Status DocumentStore::forEachPiece(storage::Database &db, const QByteArray &hash,
                                   const std::function<Status(int, qint64, const QByteArray &)> &each)
{
    Status failed;
    Status s = db.readWhile(u"SELECT piece, size, bytes FROM document_pieces WHERE hash = ? ORDER BY piece"_s, {hash},
                            [&](const storage::RawRow &r) {
                                failed = each(int(r.integer(0)), r.integer(1), r.blob(2));
                                return bool(failed);
                            });
    if (!s)
        return s;
    return failed;
}

Result<QList<QByteArray>> DocumentStore::wanted(storage::Database &db, int limit)
{
    QList<QByteArray> hashes;
    // Most recently received first (rowid: the time set by the sender could be forged).
    Status s = db.read(u"SELECT d.content_hash FROM documents d WHERE "_s + kLive
                           + u" AND length(d.content_hash) = 32 AND NOT EXISTS (SELECT 1 FROM document_files f "
                             "WHERE f.hash = d.content_hash) GROUP BY d.content_hash ORDER BY max(d.rowid) DESC LIMIT ?"_s,
                       {limit}, [&](const storage::RawRow &r) { hashes << r.blob(0); });
    if (!s)
        return s.error();
    return hashes;
}

Status DocumentStore::sweepUnnamed(storage::Database &db, int days)
{
    QList<QByteArray> old;
    Status s = db.read(u"SELECT hash FROM document_unnamed WHERE received_at < ?"_s,
                       {QDateTime::currentDateTimeUtc().addDays(-days).toString(Qt::ISODate)},
                       [&](const storage::RawRow &r) { old << r.blob(0); });
    if (!s)
        return s;
    return db.transaction([&]() -> Status {
        for (const QByteArray &hash : std::as_const(old)) {
            auto named = db.scalar(u"SELECT count(*) FROM documents WHERE content_hash = ?"_s, {hash});
            if (!named)
                return named.error();
            if (named.value().toInt() == 0) {
                if (Status w = db.write(u"DELETE FROM document_pieces WHERE hash = ?"_s, {hash}); !w)
                    return w;
                if (Status w = db.write(u"DELETE FROM document_files WHERE hash = ?"_s, {hash}); !w)
                    return w;
            }
            if (Status w = db.write(u"DELETE FROM document_unnamed WHERE hash = ?"_s, {hash}); !w)
                return w;
        }
        return {};
    });
}

Status DocumentStore::dropUnused(storage::Database &db, const QList<QByteArray> &hashes)
{
    for (const QByteArray &hash : hashes) {
        auto used = db.scalar(u"SELECT count(*) FROM documents d WHERE d.content_hash = ? AND "_s + kLive, {hash});
        if (!used)
            return used.error();
        if (used.value().toInt() > 0)
            continue;
        if (Status s = db.write(u"DELETE FROM document_pieces WHERE hash = ?"_s, {hash}); !s)
            return s;
        if (Status s = db.write(u"DELETE FROM document_files WHERE hash = ?"_s, {hash}); !s)
            return s;
    }
    return {};
}

} // namespace tamkeen::documents
