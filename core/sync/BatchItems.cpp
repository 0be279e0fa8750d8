// Format-2 batch items (Batches.h): an entry's personal values carried
// apart, under a salted commitment, so that an erasure can cut them out of a
// signed batch on any copy and every copy can still check the signature.
#include "security/Sodium.h"
#include "storage/PersonalColumns.h"
#include "sync/Batches.h"
#include "sync/Package.h"
#include "sync/Records.h"
#include "sync/WireCursors.h"

#include <QCborStreamWriter>
#include <sodium.h>

namespace tamkeen::sync::batches {

namespace {

constexpr qsizetype kSaltBytes = 16;
constexpr qsizetype kHashBytes = 32;
constexpr qsizetype kIdBytes = 16;

// The parts hashed one after the other: the same as their concatenation.
QByteArray blake(const QByteArray &key, const QByteArray &a, const QByteArray &b = {}, const QByteArray &c = {})
{
    security::ensureSodium();
    crypto_generichash_state st;
    crypto_generichash_init(&st, reinterpret_cast<const unsigned char *>(key.constData()), size_t(key.size()),
                            kHashBytes);
    for (const QByteArray *part : {&a, &b, &c})
        crypto_generichash_update(&st, reinterpret_cast<const unsigned char *>(part->constData()), quint64(part->size()));
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

// CBOR by hand for this one fixed shape (an array of 1 to 3 byte strings,
// definite lengths): a hundred thousand items a package, without a reader
// or a copy each.
void appendBytes(QByteArray &out, const QByteArray &b)
{
    const quint64 n = quint64(b.size());
    if (n < 24) {
        out += char(0x40 + n);
    } else if (n <= 0xff) {
        out += char(0x58);
        out += char(n);
    } else if (n <= 0xffff) {
        out += char(0x59);
        out += char(n >> 8);
        out += char(n & 0xff);
    } else {
        out += char(0x5a);
        for (int shift = 24; shift >= 0; shift -= 8)
            out += char((n >> shift) & 0xff);
    }
    out += b;
}

// Format 3's tag: the household (16 bytes) and the centre it was of when
// sealed (16 bytes, or none), or nothing for an organisation row.
QByteArray tagOf(const Item &i)
{
    return i.household.isEmpty() ? QByteArray() : i.household + i.centre;
}

QByteArray encodeItem(const Item &i, int format)
{
    QByteArray out;
    if (i.leftOut()) {
        out += char(0x83);
        out += char(0x00);
        appendBytes(out, tagOf(i));
        appendBytes(out, i.left);
        return out;
    }
    const bool open = !i.salt.isEmpty();
    out.reserve(i.entry.size() + i.personal.size() + 80);
    out += char(0x80 + (open ? 3 : i.commitment.isEmpty() ? 1 : 2) + (format == 3 ? 1 : 0));
    if (format == 3)
        appendBytes(out, tagOf(i));
    appendBytes(out, i.entry);
    if (open) {
        appendBytes(out, i.salt);
        appendBytes(out, i.personal);
    } else if (!i.commitment.isEmpty()) {
        appendBytes(out, i.commitment);
    }
    return out;
}

// A byte string at `at` (moved past it), referring to the body's bytes.
bool readBytes(const QByteArray &body, qsizetype &at, QByteArray *out)
{
    const qsizetype size = body.size();
    if (at >= size)
        return false;
    const uchar head = uchar(body[at++]);
    if ((head >> 5) != 2)
        return false;
    quint64 n = head & 0x1f;
    int extra = n < 24 ? 0 : n == 24 ? 1 : n == 25 ? 2 : n == 26 ? 4 : -1;
    if (extra < 0 || at + extra > size)
        return false;
    if (extra > 0) {
        n = 0;
        for (int k = 0; k < extra; ++k)
            n = (n << 8) | uchar(body[at++]);
    }
    if (n > quint64(size - at))
        return false;
    *out = QByteArray::fromRawData(body.constData() + at, qsizetype(n));
    at += qsizetype(n);
    return true;
}

bool readTag(const QByteArray &body, qsizetype &at, Item &i)
{
    QByteArray tag;
    if (!readBytes(body, at, &tag) || (tag.size() != 0 && tag.size() != kIdBytes && tag.size() != 2 * kIdBytes))
        return false;
    i.household = tag.left(kIdBytes);
    i.centre = tag.mid(kIdBytes);
    return true;
}

} // namespace

bool parseItems(const QByteArray &body, QList<Item> *items, int format)
{
    if (format != 2 && format != 3)
        return false;
    const int tagged = format == 3 ? 1 : 0; // format 3: the household first
    qsizetype at = 0;
    while (at < body.size()) {
        if (items->size() >= PackageReader::kMaxRecords)
            return false;
        uchar head = uchar(body[at++]);
        Item i;
        if (tagged && head == 0x83 && at < body.size() && body[at] == 0) { // left out: [0, tag, leaf]
            ++at;
            if (!readTag(body, at, i) || !readBytes(body, at, &i.left) || i.left.size() != kHashBytes)
                return false;
            items->append(i);
            continue;
        }
        head = uchar(head - tagged);
        if (head < 0x81 || head > 0x83)
            return false;
        if (tagged && !readTag(body, at, i))
            return false;
        if (!readBytes(body, at, &i.entry))
            return false;
        if (head == 0x83) {
            if (!readBytes(body, at, &i.salt) || !readBytes(body, at, &i.personal) || i.salt.size() != kSaltBytes)
                return false;
        } else if (head == 0x82) {
            if (!readBytes(body, at, &i.commitment) || i.commitment.size() != kHashBytes)
                return false;
        }
        items->append(i);
    }
    return true;
}

namespace {

// No personal word outside a personal part: the entry part carries none, nor
// does a signature left in it (then redaction can always cut every word).
bool wordless(const Entry &e)
{
    for (const Entry::Field &f : e.carried)
        if (storage::isPersonal(e.table, f.column) && !storage::isBlank(e.table, f.column, f.value))
            return false;
    for (const auto &[column, value] : e.signedPairs)
        if (storage::isPersonal(e.table, column) && !storage::isBlank(e.table, column, value))
            return false;
    return true;
}

} // namespace

namespace {

// The entry part of an item, as it travels (personal values blank).
bool skeletonOf(const Item &i, Entry &e)
{
    Record r;
    if (wire::decode(i.entry.constData(), i.entry.size(), r) != i.entry.size() || r.kind != wire::ChangeKind)
        return false;
    e = std::move(r.entry);
    return true;
}

// The personal part put back into its skeleton: [column, value, column,
// value, …, signed | null], read in place.
bool putBackPersonal(const Item &i, Entry &e)
{
    if (i.personal.isEmpty())
        return true;
    wire::detail::BytesCursor c(i.personal.constData(), i.personal.size());
    qsizetype n = 0;
    if (!c.enterArray(-1, &n) || n % 2 != 1)
        return false;
    QStringList seen;
    for (qsizetype k = 0; k + 1 < n; k += 2) {
        const QString column = c.text();
        const QVariant value = c.value();
        // Each personal column once, carried blank by the entry: nothing else.
        if (!c.ok || !storage::isPersonal(e.table, column) || seen.contains(column)
            || storage::isBlank(e.table, column, value))
            return false;
        seen << column;
        const auto f = std::find_if(e.carried.begin(), e.carried.end(),
                                    [&](const Entry::Field &field) { return field.column == column; });
        if (f == e.carried.end() || !storage::isBlank(e.table, column, f->value))
            return false;
        f->value = value;
    }
    if (!c.null()) {
        const QByteArray signedBlob = c.bytes();
        if (!c.ok || !wire::decodeSigned(signedBlob, e))
            return false;
    }
    if (!c.leave() || c.end() != i.personal.size())
        return false;
    return true;
}

} // namespace

bool checkItems(const QList<Item> &items, QList<Entry> *entries)
{
    if (entries)
        entries->reserve(items.size());
    for (const Item &i : items) {
        Entry e;
        if (i.leftOut()) {
            if (entries)
                entries->append(std::move(e));
            continue;
        }
        if (!skeletonOf(i, e) || !wordless(e))
            return false;
        const bool split = !i.salt.isEmpty() || !i.commitment.isEmpty();
        if (split && (e.isSigned() || std::none_of(e.carried.begin(), e.carried.end(), [&](const Entry::Field &f) {
                          return storage::isPersonal(e.table, f.column);
                      })))
            return false; // a personal part belongs to an entry with personal columns and no signature of its own
        if (i.commitment == QByteArray(kHashBytes, '\0'))
            return false;
        if (!putBackPersonal(i, e))
            return false;
        if (entries)
            entries->append(std::move(e));
    }
    return true;
}

// The entry of an item, its personal values put back when they are there.
bool entryOf(const Item &i, Entry &e)
{
    return skeletonOf(i, e) && putBackPersonal(i, e);
}

QByteArray itemOf(const Entry &full, int format, const QByteArray &household, const QByteArray &centre)
{
    qsizetype personal = 0;
    for (const Entry::Field &f : full.carried)
        if (storage::isPersonal(full.table, f.column) && !storage::isBlank(full.table, f.column, f.value))
            ++personal;
    // Words its author signed go in the personal part too, with the signature.
    bool signedWords = false;
    for (const auto &[column, value] : full.signedPairs)
        signedWords = signedWords || (storage::isPersonal(full.table, column) && !storage::isBlank(full.table, column, value));
    if (personal == 0 && !signedWords)
        return encodeItem({wire::encode(full), {}, {}, {}, household, centre, {}}, format);
    Entry skeleton = full;
    Item i{{}, QByteArray(kSaltBytes, Qt::Uninitialized), {}, {}, household, centre, {}};
    {
        QCborStreamWriter w(&i.personal);
        w.startArray(quint64(2 * personal + 1));
        for (Entry::Field &f : skeleton.carried) {
            if (!storage::isPersonal(full.table, f.column) || storage::isBlank(full.table, f.column, f.value))
                continue;
            w.append(f.column);
            wire::appendSqlValue(w, f.value);
            f.value = storage::blankValue(full.table, f.column);
        }
        const QByteArray signedBlob = wire::encodeSigned(full);
        if (signedBlob.isEmpty())
            w.appendNull();
        else
            w.append(signedBlob);
        w.endArray();
    }
    skeleton.signedPairs.clear();
    skeleton.authorSignature.clear();
    i.entry = wire::encode(skeleton);
    security::ensureSodium();
    randombytes_buf(i.salt.data(), size_t(kSaltBytes));
    return encodeItem(i, format);
}

QByteArray leafOf(const Item &i)
{
    if (i.leftOut())
        return i.left;
    // Domain-separated: a plain item cannot pass for an erased one.
    return i.salt.isEmpty() && i.commitment.isEmpty() ? blake({}, QByteArrayLiteral("\x00"), i.entry)
                                                      : blake({}, QByteArrayLiteral("\x01"), i.entry, commitmentOf(i));
}

QByteArray itemsHash(const QList<Item> &items, int format)
{
    security::ensureSodium();
    crypto_generichash_state st;
    crypto_generichash_init(&st, nullptr, 0, kHashBytes);
    for (const Item &i : std::as_const(items)) {
        // Format 3 commits each item to its household, under the origin's
        // signature: a relay that leaves it out cannot say whose it was.
        const QByteArray leaf = format == 3 ? blake({}, QByteArrayLiteral("\x02"), tagOf(i), leafOf(i)) : leafOf(i);
        crypto_generichash_update(&st, reinterpret_cast<const unsigned char *>(leaf.constData()), kHashBytes);
    }
    QByteArray out(kHashBytes, Qt::Uninitialized);
    crypto_generichash_final(&st, reinterpret_cast<unsigned char *>(out.data()), kHashBytes);
    return out;
}

QByteArray itemsHash(const QByteArray &body, int format, bool *ok)
{
    QList<Item> items;
    *ok = parseItems(body, &items, format);
    return *ok ? itemsHash(items, format) : QByteArray();
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
    if (!parseItems(b.body, &items, b.format))
        return RecordReader::damaged();
    return forEachEntry(items, each);
}

Status forEachEntry(const QList<Item> &items, const std::function<Status(Entry &, bool erased)> &each)
{
    for (const Item &i : items) {
        Entry e;
        if (i.leftOut())
            continue; // not here: only its hash travelled
        if (!entryOf(i, e))
            return RecordReader::damaged();
        if (Status s = each(e, !i.commitment.isEmpty()); !s)
            return s;
    }
    return {};
}

Result<QByteArray> redact(const QByteArray &body, const std::function<bool(const Entry &)> &erased, bool *changed,
                          int format)
{
    *changed = false;
    QList<Item> items;
    if (!parseItems(body, &items, format))
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
        out += encodeItem(i, format);
    }
    return out;
}

QByteArray cut(const QList<Item> &items, const std::function<bool(const Item &)> &keep, bool *changed)
{
    QByteArray out;
    for (const Item &i : items) {
        if (i.leftOut() || keep(i)) {
            out += encodeItem(i, 3);
            continue;
        }
        *changed = true;
        out += encodeItem({{}, {}, {}, {}, i.household, i.centre, leafOf(i)}, 3);
    }
    return out;
}

QByteArray fill(const QList<Item> &held, const QList<Item> &came, bool *changed)
{
    *changed = false;
    if (held.size() != came.size())
        return {};
    QByteArray out;
    for (qsizetype k = 0; k < held.size(); ++k) {
        const bool take = held[k].leftOut() && !came[k].leftOut();
        *changed = *changed || take;
        out += encodeItem(take ? came[k] : held[k], 3);
    }
    return out;
}

} // namespace tamkeen::sync::batches
