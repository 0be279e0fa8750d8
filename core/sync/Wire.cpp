#include "sync/Wire.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamReader>
#include <QCborStreamWriter>
#include <limits>

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

// A reader over one top-level item, with the few steps an entry needs. Any
// mismatch sets `ok` to false and every later step does nothing.
class Cursor {
public:
    Cursor(const char *data, qsizetype size) : r(data, size) {}
    QCborStreamReader r;
    bool ok = true;

    bool enterArray(qsizetype length = -1)
    {
        ok = ok && r.isArray() && r.isLengthKnown() && (length < 0 || qsizetype(r.length()) == length)
             && r.enterContainer();
        return ok;
    }
    bool leave()
    {
        ok = ok && !r.hasNext() && r.leaveContainer();
        return ok;
    }
    // A 64-bit signed integer, as SQLite holds; CBOR's wider range is damage
    // (toInteger() would wrap it silently).
    qint64 integer()
    {
        constexpr quint64 kMax = quint64(std::numeric_limits<qint64>::max());
        qint64 v = 0;
        if (ok && r.isUnsignedInteger()) {
            const quint64 u = r.toUnsignedInteger();
            ok = u <= kMax;
            v = qint64(u);
        } else if (ok && r.isNegativeInteger()) {
            const quint64 magnitude = quint64(r.toNegativeInteger()); // |v|; 0 stands for 2^64
            ok = magnitude != 0 && magnitude <= kMax + 1;
            v = magnitude == kMax + 1 ? std::numeric_limits<qint64>::min() : -qint64(magnitude);
        } else {
            ok = false;
        }
        ok = ok && r.next();
        return ok ? v : 0;
    }
    bool null()
    {
        if (!ok || !r.isNull())
            return false;
        ok = r.next();
        return true;
    }
    QByteArray bytes()
    {
        ok = ok && r.isByteArray();
        return whole<QByteArray>([this] { return r.readByteArray(); });
    }
    QString text()
    {
        ok = ok && r.isString();
        return whole<QString>([this] { return r.readString(); });
    }
    // A string may come in chunks: read them all, to the end of the string.
    template <typename String, typename ReadChunk>
    String whole(ReadChunk readChunk)
    {
        String out;
        while (ok) {
            auto part = readChunk();
            if (part.status != QCborStreamReader::Ok) {
                ok = part.status == QCborStreamReader::EndOfString;
                break;
            }
            out += part.data;
        }
        return out;
    }
    QVariant value()
    {
        if (!ok)
            return {};
        if (r.isNull()) {
            ok = r.next();
            return {};
        }
        if (r.isInteger())
            return integer();
        if (r.isString())
            return text();
        if (r.isByteArray())
            return bytes();
        double d = 0;
        if (r.isDouble())
            d = r.toDouble();
        else if (r.isFloat())
            d = double(r.toFloat());
        else if (r.isFloat16())
            d = double(float(r.toFloat16()));
        else
            ok = false; // not a value SQLite holds
        ok = ok && r.next();
        return ok ? QVariant(d) : QVariant();
    }
    // [hlc|null, device|null, seq|null] as three items of the enclosing array.
    Version version()
    {
        const bool noTime = null();
        const qint64 hlc = noTime ? 0 : integer();
        const bool noDevice = null();
        const QByteArray device = noDevice ? QByteArray() : bytes();
        const qint64 seq = null() ? 0 : integer();
        if (noTime || noDevice)
            return {};
        return Version{quint64(hlc), device, seq};
    }
};

// [[[column, value], …] in column order, signature(64)], as change_log.signed
// keeps it and an entry carries it.
void readSigned(Cursor &c, Entry &e)
{
    if (!c.enterArray(2))
        return;
    if (c.enterArray()) {
        while (c.ok && c.r.hasNext()) {
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
        while (c.ok && c.r.hasNext())
            e.fieldNames << c.text();
        c.leave();
    }
    e.carried.clear();
    if (c.enterArray()) {
        while (c.ok && c.r.hasNext()) {
            Entry::Field f;
            if (!c.enterArray(8))
                break;
            f.column = c.text();
            f.value = c.value();
            f.version = c.version();
            f.prev = c.version();
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
    w.append(BatchKind);
    w.append(r.origin);
    w.append(r.firstSeq);
    w.append(r.lastSeq);
    w.append(r.body);
    w.append(r.signature);
    w.endArray();
    return out;
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
    Cursor c(blob.constData(), blob.size());
    readSigned(c, e);
    return c.ok && c.r.lastError() == QCborError::NoError && c.r.currentOffset() == blob.size();
}

qsizetype decode(const char *data, qsizetype size, Record &out)
{
    Cursor c(data, size);
    if (!c.r.isArray() || !c.r.isLengthKnown())
        return -1;
    const qsizetype length = qsizetype(c.r.length());
    if (!c.enterArray())
        return -1;
    const qint64 kind = c.integer();
    if (!c.ok || kind < VectorKind || kind > BatchKind)
        return -1;
    out.kind = int(kind);
    if (kind == VectorKind || kind == ConflictKind)
        return readWhole(data, size, out);
    const bool read = kind == ChangeKind ? (length == 10 || length == 11) && readEntry(c, length, out.entry)
                                         : length == 6 && readBatch(c, out.batch);
    if (!read || !c.leave() || c.r.lastError() != QCborError::NoError || c.r.currentOffset() <= 0)
        return -1;
    return qsizetype(c.r.currentOffset());
}

} // namespace wire

} // namespace tamkeen::sync
