#pragma once
// The records of a package as they travel (docs/sync-format.md, "Records"):
// each kind is a typed struct, encoded and decoded here and nowhere else.
// Change-log entries are the bulk of a package: they are written with a
// stream writer and read straight from the CBOR bytes (building a QCborValue
// tree for each cost more than applying it).
#include "sync/SyncLog.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

class QCborStreamWriter;

namespace tamkeen::sync {

// One change-log entry (record kind 1).
struct Entry {
    Version v;
    QString table;
    QByteArray rowId;
    QString op; // "I" or "U"
    QVariant author;
    QStringList fieldNames; // an update's changed columns
    struct Field {
        QString column;
        QVariant value;
        Version version;
        Version prev;
    };
    QList<Field> carried;
    // A privileged change: the (column, value) pairs its author signed, in
    // column order, and the author's signature (change_log.signed). Empty
    // for an ordinary change.
    QList<std::pair<QString, QVariant>> signedPairs;
    QByteArray authorSignature;
    bool isSigned() const { return !authorSignature.isEmpty(); }
};

// The sender's vector (record kind 0), first in every package.
struct VectorRecord {
    Vector vector;
};

// A conflict the sender holds (record kind 2). Times, devices and authors
// are kept as they came: the importer stores them as they are.
struct ConflictRecord {
    QString table;
    QByteArray rowId;
    QString column;
    QString kind; // "field" or "archive"
    QVariant keptValue, keptHlc, keptDevice, keptAuthor;
    QVariant lostValue, lostHlc, lostDevice, lostAuthor;
    QVariant resolvedAt;
};

// A sealed batch: a run of one origin device's entries signed by that device.
// Format 1 (record kind 3): encoded change records back to back, the whole
// body signed. Format 2 (record kind 4): one item per entry, each committed
// to by its own hash, so that an erased person's words can be cut out of it
// and the signature still holds (Batches.h, docs/sync-format.md). Format 3
// (record kind 7): format 2 with each item's household, so that the items of
// households beyond a receiver's scope can be left out.
struct BatchRecord {
    QByteArray origin;
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    QByteArray body;
    QByteArray signature;
    int format = 1;
};

// A piece of a document's content (record kind 5, documents::DocumentStore):
// the BLAKE2b-256 hash the signed row names, the whole size, the piece's
// number and its bytes. Checked against the hash once every piece is here.
struct ContentRecord {
    QByteArray hash;
    qint64 size = 0;
    qint64 piece = 0;
    QByteArray bytes;
};

// The contents the sender lacks (record kind 6): the next package to it
// carries them. Kind 8 has the same shape: the households whose earlier
// entries the sender lacks (a transfer brought them into its scope).
struct WantedRecord {
    QList<QByteArray> hashes;
};

namespace wire {

enum Kind { VectorKind = 0, ChangeKind = 1, ConflictKind = 2, BatchKind = 3, BatchV2Kind = 4, ContentKind = 5,
            WantedKind = 6, BatchV3Kind = 7, HouseholdsWantedKind = 8 };

QByteArray encode(const VectorRecord &r);
QByteArray encode(const Entry &e);
QByteArray encode(const ConflictRecord &r);
QByteArray encode(const BatchRecord &r);
QByteArray encode(const ContentRecord &r);
QByteArray encode(const WantedRecord &r, Kind kind = WantedKind);

// One SQL value (null, integer, float, text or bytes) as the entries carry it.
void appendSqlValue(QCborStreamWriter &w, const QVariant &value);

// change_log.signed of an entry: its signed pairs and signature, or nothing
// for an ordinary change. decodeSigned is false on damage.
QByteArray encodeSigned(const Entry &e);
bool decodeSigned(const QByteArray &blob, Entry &e);

// One decoded record; only the member of its kind is filled.
struct Record {
    int kind = -1;
    Entry entry;
    VectorRecord vector;
    ConflictRecord conflict;
    BatchRecord batch;
    ContentRecord content;
    WantedRecord wanted;
};

// Decodes the one record at the start of `data`: the bytes it took, or -1
// when they are not a record of a known kind, whole and well formed.
qsizetype decode(const char *data, qsizetype size, Record &out);

namespace detail {
// decode's two readers (WireCursors.h), for the test that they agree:
// straight from the bytes (-1 also for forms it leaves to Qt), and Qt's.
qsizetype decodeFast(const char *data, qsizetype size, Record &out);
qsizetype decodeWithQt(const char *data, qsizetype size, Record &out);
} // namespace detail

} // namespace wire

// SQL values (null, integer, float, text, bytes) as CBOR and back.
QCborValue toCbor(const QVariant &value);
QVariant fromCbor(const QCborValue &value);
QCborValue vectorToCbor(const Vector &vector);
Vector vectorFromCbor(const QCborValue &value);

} // namespace tamkeen::sync
