#include "sync/Wire.h"

#include "sync/WireCursors.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamWriter>

using namespace Qt::StringLiterals;

namespace tamkeen::sync {

QCborValue toCbor(const QVariant &value)
{
    if (value.isNull())
        return QCborValue(QCborValue::Null);
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return QCborValue(value.toByteArray());
    case QMetaType::Double:
    case QMetaType::Float:
        return QCborValue(value.toDouble());
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return QCborValue(value.toLongLong());
    default:
        return QCborValue(value.toString());
    }
}

QVariant fromCbor(const QCborValue &value)
{
    switch (value.type()) {
    case QCborValue::ByteArray:
        return value.toByteArray();
    case QCborValue::Integer:
        return QVariant(qint64(value.toInteger()));
    case QCborValue::Double:
        return value.toDouble();
    case QCborValue::String:
        return value.toString();
    default:
        return QVariant();
    }
}

QCborValue vectorToCbor(const Vector &vector)
{
    QCborMap m;
    for (auto it = vector.begin(); it != vector.end(); ++it)
        m.insert(QCborValue(it.key()), QCborValue(it.value()));
    return m;
}

Vector vectorFromCbor(const QCborValue &value)
{
    Vector v;
    const QCborMap m = value.toMap();
    for (auto it = m.begin(); it != m.end(); ++it)
        if (it.key().isByteArray() && it.value().isInteger())
            v.insert(it.key().toByteArray(), it.value().toInteger());
    return v;
}

namespace wire {

namespace {

// ---------------------------------------------------------------- writing

void appendValue(QCborStreamWriter &w, const QVariant &value)
{
    if (value.isNull()) {
        w.appendNull();
        return;
    }
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        w.append(value.toByteArray());
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        w.append(value.toDouble());
        return;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        w.append(value.toLongLong());
        return;
    default:
        w.append(value.toString());
    }
}

// [hlc, device, seq] as three items of the enclosing array; null × 3 for none.
void appendVersion(QCborStreamWriter &w, const Version &v, bool nullWhenNone)
{
    if (nullWhenNone && v.isNull()) {
        w.appendNull();
        w.appendNull();
        w.appendNull();
        return;
    }
    w.append(qint64(v.hlc));
    w.append(v.device);
    w.append(v.seq);
}

// ---------------------------------------------------------------- reading

using detail::BytesCursor;
using detail::QtCursor;

// [hlc|null, device|null, seq|null] as three items of the enclosing array.
template <typename Cursor>
Version readVersion(Cursor &c)
{
    const bool noTime = c.null();
    const qint64 hlc = noTime ? 0 : c.integer();
    const bool noDevice = c.null();
    const QByteArray device = noDevice ? QByteArray() : c.bytes();
    const qint64 seq = c.null() ? 0 : c.integer();
    if (noTime || noDevice)
        return {};
    return Version{quint64(hlc), device, seq};
}

// [[[column, value], …] in column order, signature(64)], as change_log.signed
// keeps it and an entry carries it.
template <typename Cursor>
void readSigned(Cursor &c, Entry &e)
{
    if (!c.enterArray(2))
        return;
    if (c.enterArray()) {
        while (c.hasNext()) {
            if (!c.enterArray(2))
                break;
            QString column = c.text();
            QVariant value = c.value();
            c.leave();
            c.ok = c.ok && (e.signedPairs.isEmpty() || e.signedPairs.last().first < column); // sorted, once each
            e.signedPairs.append({std::move(column), std::move(value)});
        }
        c.leave();
    }
    e.authorSignature = c.bytes();
    c.ok = c.ok && e.authorSignature.size() == 64;
    c.leave();
}

void appendSigned(QCborStreamWriter &w, const Entry &e)
{
    w.startArray(2);
    w.startArray(quint64(e.signedPairs.size()));
    for (const auto &[column, value] : e.signedPairs) {
        w.startArray(2);
        w.append(column);
        appendValue(w, value);
        w.endArray();
    }
    w.endArray();
    w.append(e.authorSignature);
    w.endArray();
}

// The rest of [1, device, seq, hlc, table, rowId, op, author|null,
// fields|null, carried, signed|null] once the 1 is read; `length` is the
// array's. `signed` is [[[column, value], …], signature(64)]. Entries of
// packages written before it existed have ten elements.
template <typename Cursor>
bool readEntry(Cursor &c, qsizetype length, Entry &e)
{
    e.v.device = c.bytes();
    e.v.seq = c.integer();
    e.v.hlc = quint64(c.integer());
    e.table = c.text();
    e.rowId = c.bytes();
    e.op = c.text();
    e.author = c.null() ? QVariant() : QVariant(c.bytes());
    e.fieldNames.clear();
    if (!c.null() && c.enterArray()) {
        while (c.hasNext())
            e.fieldNames << c.text();
        c.leave();
    }
    e.carried.clear();
    if (c.enterArray()) {
        while (c.hasNext()) {
            Entry::Field f;
            if (!c.enterArray(8))
                break;
            f.column = c.text();
            f.value = c.value();
            f.version = readVersion(c);
            f.prev = readVersion(c);
            c.leave();
            for (const Entry::Field &other : std::as_const(e.carried))
                c.ok = c.ok && other.column != f.column; // a column twice: which would win?
            e.carried.append(std::move(f));
        }
        c.leave();
    }
    e.signedPairs.clear();
    e.authorSignature.clear();
    if (length == 11 && !c.null())
        readSigned(c, e);
    return c.ok && (e.op == u"I" || e.op == u"U") && e.v.device.size() == 16 && e.rowId.size() == 16 && e.v.seq > 0;
}

template <typename Cursor>
bool readBatch(Cursor &c, BatchRecord &b)
{
    // [3, origin, firstSeq, lastSeq, body, signature]; the 3 is read.
    b.origin = c.bytes();
    b.firstSeq = c.integer();
    b.lastSeq = c.integer();
    b.body = c.bytes();
    b.signature = c.bytes();
    return c.ok && b.origin.size() == 16 && b.firstSeq > 0 && b.lastSeq >= b.firstSeq && b.signature.size() == 64;
}

// One vector, a few conflicts: read whole, as Qt builds them.
qsizetype readWhole(const char *data, qsizetype size, Record &out)
{
    QCborStreamReader whole(data, size);
    const QCborArray a = QCborValue::fromCbor(whole).toArray();
    if (whole.lastError() != QCborError::NoError || whole.currentOffset() <= 0)
        return -1;
    if (out.kind == VectorKind) {
        if (a.size() != 2)
            return -1;
        out.vector.vector = vectorFromCbor(a[1]);
    } else if (out.kind == ContentKind) {
        if (a.size() != 5 || !a[1].isByteArray() || !a[2].isInteger() || !a[3].isInteger() || !a[4].isByteArray())
            return -1;
        out.content = {a[1].toByteArray(), a[2].toInteger(), a[3].toInteger(), a[4].toByteArray()};
    } else if (out.kind == WantedKind || out.kind == HouseholdsWantedKind) {
        if (a.size() != 2 || !a[1].isArray())
            return -1;
        out.wanted.hashes.clear();
        for (const QCborValue &h : a[1].toArray()) {
            if (!h.isByteArray())
                return -1;
            out.wanted.hashes << h.toByteArray();
        }
    } else {
        if (a.size() != 14)
            return -1;
        ConflictRecord &k = out.conflict;
        k.table = a[1].toString();
        k.rowId = a[2].toByteArray();
        k.column = a[3].toString();
        k.kind = a[4].toString();
        k.keptValue = fromCbor(a[5]);
        k.keptHlc = fromCbor(a[6]);
        k.keptDevice = fromCbor(a[7]);
        k.keptAuthor = fromCbor(a[8]);
        k.lostValue = fromCbor(a[9]);
        k.lostHlc = fromCbor(a[10]);
        k.lostDevice = fromCbor(a[11]);
        k.lostAuthor = fromCbor(a[12]);
        k.resolvedAt = fromCbor(a[13]);
    }
    return qsizetype(whole.currentOffset());
}

} // namespace

QByteArray encode(const VectorRecord &r)
{
    return QCborArray{VectorKind, vectorToCbor(r.vector)}.toCborValue().toCbor();
}

QByteArray encode(const Entry &e)
{
    QByteArray out;
    QCborStreamWriter w(&out);
    w.startArray(11);
    w.append(ChangeKind);
    w.append(e.v.device);
    w.append(e.v.seq);
    w.append(qint64(e.v.hlc));
    w.append(e.table);
    w.append(e.rowId);
    w.append(e.op);
    if (e.author.isNull())
        w.appendNull();
    else
        w.append(e.author.toByteArray());
    if (e.op == u"I") {
        w.appendNull();
    } else {
        w.startArray(quint64(e.fieldNames.size()));
        for (const QString &name : e.fieldNames)
            w.append(name);
        w.endArray();
    }
    w.startArray(quint64(e.carried.size()));
    for (const Entry::Field &f : e.carried) {
        w.startArray(8);
        w.append(f.column);
        appendValue(w, f.value);
        appendVersion(w, f.version, false);
        appendVersion(w, f.prev, true);
        w.endArray();
    }
    w.endArray();
    if (!e.isSigned()) {
        w.appendNull();
    } else {
        appendSigned(w, e);
    }
    w.endArray();
    return out;
}

QByteArray encode(const ConflictRecord &r)
{
    QCborArray a{ConflictKind, r.table, r.rowId, r.column, r.kind};
    for (const QVariant *v : {&r.keptValue, &r.keptHlc, &r.keptDevice, &r.keptAuthor, &r.lostValue, &r.lostHlc,
                              &r.lostDevice, &r.lostAuthor, &r.resolvedAt})
        a.append(toCbor(*v));
    return a.toCborValue().toCbor();
}

QByteArray encode(const BatchRecord &r)
{
    QByteArray out;
    QCborStreamWriter w(&out);
    w.startArray(6);
    w.append(r.format == 3 ? BatchV3Kind : r.format == 2 ? BatchV2Kind : BatchKind);
    w.append(r.origin);
    w.append(r.firstSeq);
    w.append(r.lastSeq);
    w.append(r.body);
    w.append(r.signature);
    w.endArray();
    return out;
}

QByteArray encode(const ContentRecord &r)
{
    QByteArray out;
    out.reserve(r.bytes.size() + 64);
    QCborStreamWriter w(&out);
    w.startArray(5);
    w.append(ContentKind);
    w.append(r.hash);
    w.append(r.size);
    w.append(r.piece);
    w.append(r.bytes);
    w.endArray();
    return out;
}

QByteArray encode(const WantedRecord &r, Kind kind)
{
    QCborArray hashes;
    for (const QByteArray &h : r.hashes)
        hashes.append(h);
    return QCborArray{kind, hashes}.toCborValue().toCbor();
}

QByteArray encodeSigned(const Entry &e)
{
    if (!e.isSigned())
        return {};
    QByteArray out;
    QCborStreamWriter w(&out);
    appendSigned(w, e);
    return out;
}

bool decodeSigned(const QByteArray &blob, Entry &e)
{
    e.signedPairs.clear();
    e.authorSignature.clear();
    if (blob.isEmpty())
        return true;
    QtCursor c(blob.constData(), blob.size());
    readSigned(c, e);
    return c.end() == blob.size();
}

void appendSqlValue(QCborStreamWriter &w, const QVariant &value)
{
    appendValue(w, value);
}

namespace detail {

template <typename Cursor>
qsizetype decodeWith(const char *data, qsizetype size, Record &out)
{
    Cursor c(data, size);
    qsizetype length = 0;
    if (!c.enterArray(-1, &length))
        return -1;
    const qint64 kind = c.integer();
    if (!c.ok || kind < VectorKind || kind > HouseholdsWantedKind)
        return -1;
    out.kind = int(kind);
    out.batch.format = kind == BatchV3Kind ? 3 : kind == BatchV2Kind ? 2 : 1;
    if (kind == VectorKind || kind == ConflictKind || kind == ContentKind || kind == WantedKind
        || kind == HouseholdsWantedKind)
        return readWhole(data, size, out);
    const bool read = kind == ChangeKind ? (length == 10 || length == 11) && readEntry(c, length, out.entry)
                                         : length == 6 && readBatch(c, out.batch);
    return read && c.leave() ? c.end() : -1;
}

qsizetype decodeFast(const char *data, qsizetype size, Record &out)
{
    return decodeWith<BytesCursor>(data, size, out);
}

qsizetype decodeWithQt(const char *data, qsizetype size, Record &out)
{
    return decodeWith<QtCursor>(data, size, out);
}

} // namespace detail

qsizetype decode(const char *data, qsizetype size, Record &out)
{
    const qsizetype fast = detail::decodeFast(data, size, out);
    return fast >= 0 ? fast : detail::decodeWithQt(data, size, out);
}

} // namespace wire

} // namespace tamkeen::sync
