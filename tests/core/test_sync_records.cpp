// Sync (issue 6): package records read straight from CBOR (core/sync/Records):
// what the exporter writes reads back whole; integers SQLite cannot hold and a
// column carried twice are damage, never silently wrapped or half-taken.
#include "support/catch.h"
#include "sync/Records.h"

#include <QCborStreamWriter>

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
