// Format-2 batch items (Batches.h): an entry's personal values carried
// apart, under a salted commitment, so that an erasure can cut them out of a
// signed batch on any copy and every copy can still check the signature.
#include "security/Sodium.h"
#include "storage/PersonalColumns.h"
#include "sync/Batches.h"
#include "sync/Package.h"
#include "sync/Records.h"

#include <QCborArray>
#include <QCborStreamReader>
#include <QCborStreamWriter>
#include <QCborValue>
#include <sodium.h>

namespace tamkeen::sync::batches {

namespace {

constexpr qsizetype kSaltBytes = 16;
constexpr qsizetype kHashBytes = 32;

struct Item {
    QByteArray entry, salt, personal, commitment;
};

QByteArray blake(const QByteArray &key, const QByteArray &a, const QByteArray &b = {})
{
    security::ensureSodium();
    crypto_generichash_state st;
    crypto_generichash_init(&st, reinterpret_cast<const unsigned char *>(key.constData()), size_t(key.size()),
                            kHashBytes);
    crypto_generichash_update(&st, reinterpret_cast<const unsigned char *>(a.constData()), quint64(a.size()));
    crypto_generichash_update(&st, reinterpret_cast<const unsigned char *>(b.constData()), quint64(b.size()));
    QByteArray out(kHashBytes, Qt::Uninitialized);
    crypto_generichash_final(&st, reinterpret_cast<unsigned char *>(out.data()), kHashBytes);
    return out;
}

QByteArray commitmentOf(const Item &i)
{
    if (!i.commitment.isEmpty())
        return i.commitment;
    if (i.salt.isEmpty())
        return QByteArray(kHashBytes, '\0');
    return blake(i.salt, i.personal);
}

QByteArray encodeItem(const Item &i)
{
    QByteArray out;
    QCborStreamWriter w(&out);
    const bool open = !i.salt.isEmpty();
    w.startArray(open ? 3 : i.commitment.isEmpty() ? 1 : 2);
    w.append(i.entry);
    if (open) {
        w.append(i.salt);
        w.append(i.personal);
    } else if (!i.commitment.isEmpty()) {
        w.append(i.commitment);
    }
    w.endArray();
    return out;
}

QByteArray readBytes(QCborStreamReader &r, bool *ok)
{
    QByteArray out;
    auto chunk = r.readByteArray();
    while (chunk.status == QCborStreamReader::Ok) {
        out += chunk.data;
        if (out.size() > 4 * 1024 * 1024)
            break;
        chunk = r.readByteArray();
    }
    *ok = chunk.status == QCborStreamReader::EndOfString;
    return out;
}

// The items of a format-2 body; false on anything else. (A reader stops at
// the end of its first top-level item: one per item, over the bytes in place.)
bool parse(const QByteArray &body, QList<Item> *items)
{
    qsizetype offset = 0;
    while (offset < body.size()) {
        if (items->size() >= PackageReader::kMaxRecords)
            return false;
        QCborStreamReader r(QByteArray::fromRawData(body.constData() + offset, body.size() - offset));
        if (!r.isArray() || !r.isLengthKnown() || r.length() < 1 || r.length() > 3 || !r.enterContainer())
            return false;
        QList<QByteArray> parts;
        while (r.lastError() == QCborError::NoError && r.hasNext()) {
            bool ok = false;
            if (!r.isByteArray())
                return false;
            parts << readBytes(r, &ok);
            if (!ok)
                return false;
        }
        if (!r.leaveContainer() || r.lastError() != QCborError::NoError || r.currentOffset() <= 0)
            return false;
        offset += r.currentOffset();
        Item i{parts.value(0), {}, {}, {}};
        if (parts.size() == 3) {
            i.salt = parts[1];
            i.personal = parts[2];
            if (i.salt.size() != kSaltBytes)
                return false;
        } else if (parts.size() == 2) {
            i.commitment = parts[1];
            if (i.commitment.size() != kHashBytes)
                return false;
        }
        items->append(i);
    }
    return true;
}

// The entry of an item, its personal values put back when they are there.
bool entryOf(const Item &i, Entry &e)
{
    Record r;
    if (wire::decode(i.entry.constData(), i.entry.size(), r) != i.entry.size() || r.kind != wire::ChangeKind)
        return false;
    e = r.entry;
    if (i.personal.isEmpty())
        return true;
    const QCborArray part = QCborValue::fromCbor(i.personal).toArray();
    if (part.size() != 2 || !part.at(0).isArray())
        return false;
    for (const QCborValue &pair : part.at(0).toArray()) {
        const QCborArray p = pair.toArray();
        const QString column = p.at(0).toString();
        if (p.size() != 2 || !storage::isPersonal(e.table, column))
            return false;
        bool found = false;
        for (Entry::Field &f : e.carried)
            if (f.column == column) {
                f.value = fromCbor(p.at(1));
                found = true;
            }
        if (!found)
            return false;
    }
    if (part.at(1).isByteArray() && !wire::decodeSigned(part.at(1).toByteArray(), e))
        return false;
    return true;
}

} // namespace

QByteArray itemOf(const Entry &full)
{
    Entry skeleton = full;
    QCborArray pairs;
    for (Entry::Field &f : skeleton.carried) {
        if (!storage::isPersonal(full.table, f.column) || storage::isBlank(full.table, f.column, f.value))
            continue;
        pairs.append(QCborArray{f.column, toCbor(f.value)});
        f.value = storage::blankValue(full.table, f.column);
    }
    if (pairs.isEmpty())
        return encodeItem({wire::encode(full), {}, {}, {}});
    const QByteArray signedBlob = wire::encodeSigned(full);
    skeleton.signedPairs.clear();
    skeleton.authorSignature.clear();
    Item i{wire::encode(skeleton), QByteArray(kSaltBytes, Qt::Uninitialized), {}, {}};
    security::ensureSodium();
    randombytes_buf(i.salt.data(), size_t(kSaltBytes));
    i.personal = QCborValue(QCborArray{pairs, signedBlob.isEmpty() ? QCborValue(nullptr) : QCborValue(signedBlob)})
                     .toCbor();
    return encodeItem(i);
}

QByteArray itemsHash(const QByteArray &body, bool *ok)
{
    QList<Item> items;
    *ok = parse(body, &items);
    if (!*ok)
        return {};
    security::ensureSodium();
    crypto_generichash_state st;
    crypto_generichash_init(&st, nullptr, 0, kHashBytes);
    for (const Item &i : std::as_const(items)) {
        const QByteArray leaf = blake({}, i.entry, commitmentOf(i));
        crypto_generichash_update(&st, reinterpret_cast<const unsigned char *>(leaf.constData()), kHashBytes);
    }
    QByteArray out(kHashBytes, Qt::Uninitialized);
    crypto_generichash_final(&st, reinterpret_cast<unsigned char *>(out.data()), kHashBytes);
    return out;
}

Status forEachEntry(const BatchRecord &b, const std::function<Status(Entry &, bool erased)> &each)
{
    if (b.format == 1)
        return RecordReader::forEach(b.body, [&](Record &r) -> Status {
            if (r.kind != wire::ChangeKind)
                return RecordReader::damaged();
            return each(r.entry, false);
        });
    QList<Item> items;
    if (b.format != 2 || !parse(b.body, &items))
        return RecordReader::damaged();
    for (const Item &i : std::as_const(items)) {
        Entry e;
        if (!entryOf(i, e))
            return RecordReader::damaged();
        if (Status s = each(e, !i.commitment.isEmpty()); !s)
            return s;
    }
    return {};
}

Result<QByteArray> redact(const QByteArray &body, const std::function<bool(const Entry &)> &erased, bool *changed)
{
    *changed = false;
    QList<Item> items;
    if (!parse(body, &items))
        return RecordReader::damaged();
    QByteArray out;
    for (Item &i : items) {
        if (!i.salt.isEmpty()) {
            Entry e;
            if (!entryOf(i, e))
                return RecordReader::damaged();
            if (erased(e)) {
                i.commitment = commitmentOf(i);
                i.salt.clear();
                i.personal.clear();
                *changed = true;
            }
        }
        out += encodeItem(i);
    }
    return out;
}

} // namespace tamkeen::sync::batches
