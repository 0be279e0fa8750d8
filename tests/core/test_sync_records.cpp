// Sync (issue 6): package records read straight from CBOR (core/sync/Records):
// what the exporter writes reads back whole; integers SQLite cannot hold and a
// column carried twice are damage, never silently wrapped or half-taken.
#include "support/catch.h"
#include "sync/Records.h"

#include <QCborStreamWriter>
#include <QRandomGenerator>

using namespace tamkeen;
using namespace tamkeen::sync;

namespace {

const QByteArray kDevice(16, 'd'), kRow(16, 'r');

// [1, device, seq, hlc, "partners", row, "U", null, ["phone"], [[column, value, hlc, device, seq, null, null, null]…]]
QByteArray entry(const std::function<void(QCborStreamWriter &)> &seq, const QStringList &columns)
{
    QByteArray bytes;
    QCborStreamWriter w(&bytes);
    w.startArray(10);
    w.append(1);
    w.append(kDevice);
    seq(w);
    w.append(qint64(1000));
    w.append(QStringLiteral("partners"));
    w.append(kRow);
    w.append(QStringLiteral("U"));
    w.appendNull();
    w.startArray(1);
    w.append(QStringLiteral("phone"));
    w.endArray();
    w.startArray(quint64(columns.size()));
    for (const QString &column : columns) {
        w.startArray(8);
        w.append(column);
        w.append(QStringLiteral("0100000000"));
        w.append(qint64(1000));
        w.append(kDevice);
        w.append(qint64(5));
        w.appendNull();
        w.appendNull();
        w.appendNull();
        w.endArray();
    }
    w.endArray();
    w.endArray();
    return bytes;
}

Result<QList<Entry>> readEntries(const QByteArray &plain)
{
    QList<Entry> entries;
    Status s = RecordReader::forEach(plain, [&](Record &r) {
        entries << r.entry;
        return Status();
    });
    if (!s)
        return s.error();
    return entries;
}

} // namespace

TEST_CASE("Package records: an entry reads back whole - out-of-range numbers and a column twice are damage", "[sync]")
{
    const QStringList phone{QStringLiteral("phone")};
    auto good = readEntries(entry([](QCborStreamWriter &w) { w.append(qint64(5)); }, phone));
    REQUIRE(good.ok());
    REQUIRE(good.value().size() == 1);
    const Entry &e = good.value().first();
    CHECK(e.v.seq == 5);
    CHECK(e.v.hlc == 1000);
    CHECK(e.table == QStringLiteral("partners"));
    CHECK(e.fieldNames == phone);
    REQUIRE(e.carried.size() == 1);
    CHECK(e.carried[0].value == QVariant(QStringLiteral("0100000000")));
    CHECK(e.carried[0].version.device == kDevice);
    CHECK(e.carried[0].prev.isNull());

    // 2^64 - 2 would read as -2, and a negative number as a positive one.
    CHECK_FALSE(readEntries(entry([](QCborStreamWriter &w) { w.append(quint64(-2)); }, phone)).ok());
    CHECK_FALSE(readEntries(entry([](QCborStreamWriter &w) { w.append(QCborNegativeInteger(quint64(-3))); }, phone)).ok());
    CHECK_FALSE(readEntries(entry([](QCborStreamWriter &w) { w.append(qint64(-1)); }, phone)).ok()); // seq > 0
    // A column carried twice: which value would win?
    CHECK_FALSE(readEntries(entry([](QCborStreamWriter &w) { w.append(qint64(5)); }, {phone[0], phone[0]})).ok());
    // Bytes that are not records at all.
    CHECK_FALSE(readEntries(QByteArray("\xff\x00garbage", 9)).ok());
}

namespace {

// What the exporter writes of every kind of value: Arabic text, a negative
// number, a fraction, bytes, nothing; a signed privileged change.
QList<QByteArray> writtenRecords()
{
    Entry e;
    e.v = Version{1000, kDevice, 7};
    e.table = QStringLiteral("households");
    e.rowId = kRow;
    e.op = QStringLiteral("U");
    e.author = QByteArray(16, 'a');
    e.fieldNames = {QStringLiteral("head_name"), QStringLiteral("income"), QStringLiteral("notes"),
                    QStringLiteral("photo"), QStringLiteral("size")};
    const QVariantList values{QStringLiteral("فاطمة الزهراء"), 1234.5, QVariant(), QByteArray("\x00\x01\xff", 3),
                              qint64(-9'000'000'000)};
    for (qsizetype i = 0; i < values.size(); ++i)
        e.carried.append({e.fieldNames[i], values[i], e.v, i % 2 ? Version{900, kDevice, 3} : Version{}});
    Entry privileged = e;
    privileged.table = QStringLiteral("users");
    privileged.op = QStringLiteral("I");
    privileged.signedPairs = {{QStringLiteral("name"), QStringLiteral("سعاد")}, {QStringLiteral("role"), qint64(2)}};
    privileged.authorSignature = QByteArray(64, 's');
    BatchRecord batch{kDevice, 1, 2, wire::encode(e) + wire::encode(privileged), QByteArray(64, 'b')};
    return {wire::encode(e), wire::encode(privileged), wire::encode(batch)};
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    return a.typeId() == b.typeId() && a == b;
}

bool sameEntry(const Entry &a, const Entry &b)
{
    bool same = a.v.hlc == b.v.hlc && a.v.device == b.v.device && a.v.seq == b.v.seq && a.table == b.table
                && a.rowId == b.rowId && a.op == b.op && sameValue(a.author, b.author) && a.fieldNames == b.fieldNames
                && a.carried.size() == b.carried.size() && a.signedPairs.size() == b.signedPairs.size()
                && a.authorSignature == b.authorSignature;
    for (qsizetype i = 0; same && i < a.carried.size(); ++i)
        same = a.carried[i].column == b.carried[i].column && sameValue(a.carried[i].value, b.carried[i].value)
               && a.carried[i].version.sameChange(b.carried[i].version) && a.carried[i].prev.sameChange(b.carried[i].prev)
               && a.carried[i].version.seq == b.carried[i].version.seq;
    for (qsizetype i = 0; same && i < a.signedPairs.size(); ++i)
        same = a.signedPairs[i].first == b.signedPairs[i].first && sameValue(a.signedPairs[i].second, b.signedPairs[i].second);
    return same;
}

// Whatever the reader straight from the bytes takes, Qt's reader takes the
// same way.
void checkAgree(const QByteArray &bytes)
{
    Record fast, qt;
    const qsizetype fastUsed = wire::detail::decodeFast(bytes.constData(), bytes.size(), fast);
    if (fastUsed < 0)
        return; // left to Qt's reader
    const qsizetype qtUsed = wire::detail::decodeWithQt(bytes.constData(), bytes.size(), qt);
    INFO("bytes: " << bytes.toHex().toStdString());
    REQUIRE(qtUsed == fastUsed);
    REQUIRE(fast.kind == qt.kind);
    if (fast.kind == wire::ChangeKind)
        REQUIRE(sameEntry(fast.entry, qt.entry));
    if (fast.kind == wire::BatchKind)
        REQUIRE((fast.batch.body == qt.batch.body && fast.batch.signature == qt.batch.signature
                 && fast.batch.firstSeq == qt.batch.firstSeq && fast.batch.lastSeq == qt.batch.lastSeq));
}

} // namespace

TEST_CASE("Package records: the fast reader takes what the exporter writes, and agrees with Qt's on damaged bytes",
          "[sync]")
{
    const QList<QByteArray> records = writtenRecords();
    for (const QByteArray &bytes : records) {
        Record fast, qt;
        // The fast reader takes every record as written: the import's speed depends on it.
        REQUIRE(wire::detail::decodeFast(bytes.constData(), bytes.size(), fast) == bytes.size());
        REQUIRE(wire::detail::decodeWithQt(bytes.constData(), bytes.size(), qt) == bytes.size());
        checkAgree(bytes);
        // Cut anywhere: neither reader takes a record that is not whole.
        for (qsizetype cut = 0; cut < bytes.size(); ++cut) {
            Record r;
            CHECK(wire::decode(bytes.constData(), cut, r) < 0);
        }
    }
    Record first;
    REQUIRE(wire::decode(records[0].constData(), records[0].size(), first) == records[0].size());
    const Entry &e = first.entry;
    CHECK(e.carried[0].value == QVariant(QStringLiteral("فاطمة الزهراء")));
    CHECK(e.carried[1].value.typeId() == QMetaType::Double);
    CHECK(e.carried[4].value == QVariant(qint64(-9'000'000'000)));
    CHECK(e.carried[3].prev.seq == 3);

    // Random damage: every byte changed, one at a time, to a few values.
    QRandomGenerator random(13);
    for (const QByteArray &bytes : records)
        for (qsizetype at = 0; at < bytes.size(); ++at)
            for (int round = 0; round < 4; ++round) {
                QByteArray damaged = bytes;
                damaged[at] = char(random.bounded(256));
                checkAgree(damaged);
            }
}

TEST_CASE("Package records: forms the exporter does not write are read by Qt's reader", "[sync]")
{
    // An integer in a longer form than it needs (24 as 0x19 0x00 0x18), a
    // half float and a string in chunks: valid CBOR, read the same.
    const QByteArray written = entry([](QCborStreamWriter &w) { w.append(qint64(5)); }, {QStringLiteral("phone")});
    QByteArray longSeq = written;
    const qsizetype seqAt = 1 + 1 + 1 + 16; // array head, kind, device head, device
    REQUIRE(uchar(longSeq[seqAt]) == 0x05);
    longSeq.replace(seqAt, 1, QByteArray("\x19\x00\x05", 3));
    Record r;
    CHECK(wire::detail::decodeFast(longSeq.constData(), longSeq.size(), r) < 0);
    REQUIRE(wire::decode(longSeq.constData(), longSeq.size(), r) == longSeq.size());
    CHECK(r.entry.v.seq == 5);

    QByteArray chunked = written;
    const QByteArray table = QByteArray("\x68partners", 9);
    const qsizetype tableAt = chunked.indexOf(table);
    REQUIRE(tableAt > 0);
    chunked.replace(tableAt, table.size(), QByteArray("\x7f\x64part\x64ners\xff", 12));
    CHECK(wire::detail::decodeFast(chunked.constData(), chunked.size(), r) < 0);
    REQUIRE(wire::decode(chunked.constData(), chunked.size(), r) == chunked.size());
    CHECK(r.entry.table == QStringLiteral("partners"));

    QByteArray half = written;
    const QByteArray value = QByteArray("\x6a" "0100000000", 11);
    const qsizetype valueAt = half.indexOf(value);
    REQUIRE(valueAt > 0);
    half.replace(valueAt, value.size(), QByteArray("\xf9\x3e\x00", 3)); // 1.5
    CHECK(wire::detail::decodeFast(half.constData(), half.size(), r) < 0);
    REQUIRE(wire::decode(half.constData(), half.size(), r) == half.size());
    CHECK(r.entry.carried[0].value == QVariant(1.5));

    // Text that is not UTF-8 is damage in both.
    QByteArray badText = written;
    badText.replace(tableAt, table.size(), QByteArray("\x68parte\xc0\x80s", 9));
    CHECK(wire::decode(badText.constData(), badText.size(), r) < 0);
}
