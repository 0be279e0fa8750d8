#include "sync/Records.h"

#include "sync/Package.h"

#include <QCborStreamReader>
#include <limits>

using namespace Qt::StringLiterals;

namespace tamkeen::sync {

namespace {

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

bool readEntry(Cursor &c, Entry &e)
{
    // [1, device, seq, hlc, table, rowId, op, author|null, fields|null, carried]; the 1 is read.
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
    return c.ok && (e.op == u"I" || e.op == u"U") && e.v.device.size() == 16 && e.rowId.size() == 16 && e.v.seq > 0;
}

} // namespace

Status RecordReader::forEach(const QByteArray &plain, const std::function<Status(Record &)> &each)
{
    const auto damaged = [] { return makeError(ErrorCode::Corrupt, tr("The package is damaged: a record cannot be read.")); };
    Record record;
    qsizetype offset = 0, count = 0;
    while (offset < plain.size()) {
        if (++count > PackageReader::kMaxRecords) // bounds memory on hostile input
            return damaged();
        // A new reader per item: a top-level sequence ends each reader's stream.
        Cursor c(plain.constData() + offset, plain.size() - offset);
        if (!c.r.isArray() || !c.r.isLengthKnown())
            return damaged();
        const qsizetype length = qsizetype(c.r.length());
        if (!c.enterArray())
            return damaged();
        const qint64 kind = c.integer();
        if (!c.ok || kind < Record::Vector || kind > Record::Conflict)
            return damaged();
        record.kind = int(kind);
        if (record.kind == Record::Change) {
            if (length != 10 || !readEntry(c, record.entry) || !c.leave())
                return damaged();
        } else {
            // One vector, a few conflicts: read whole, as Qt builds them.
            QCborStreamReader whole(plain.constData() + offset, plain.size() - offset);
            record.fields = QCborValue::fromCbor(whole).toArray();
            if (whole.lastError() != QCborError::NoError || whole.currentOffset() <= 0
                || record.fields.size() != (record.kind == Record::Conflict ? 14 : 2))
                return damaged();
            offset += whole.currentOffset();
        }
        if (record.kind == Record::Change) {
            if (c.r.lastError() != QCborError::NoError || c.r.currentOffset() <= 0)
                return damaged();
            offset += c.r.currentOffset();
        }
        if (Status s = each(record); !s)
            return s;
    }
    return {};
}

} // namespace tamkeen::sync
