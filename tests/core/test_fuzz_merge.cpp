// The merge fuzz harness (tests/fuzz/MergeHarness, issue 13 §7 test 10) on
// crafted inputs: it really reaches the merge (rows are made and changed), and
// hostile content leaves a database that passes `check`.
#include "fuzz/MergeHarness.h"
#include "support/catch.h"

#include <QDir>
#include <QFile>

using tamkeen::fuzz::MergeHarness;
using tamkeen::fuzz::MergeOutcome;

namespace {

// The bytes of one structured entry, in the order MergeHarness reads them.
struct Step {
    std::vector<uint8_t> bytes;
    void add(std::initializer_list<int> v)
    {
        for (int b : v)
            bytes.push_back(uint8_t(b));
    }
    void add(const QByteArray &v)
    {
        for (char b : v)
            bytes.push_back(uint8_t(b));
    }
};

int indexOf(const QStringList &list, const QString &name)
{
    const int i = int(list.indexOf(name));
    REQUIRE(i >= 0);
    return i;
}

// A byte c with c % 8 != 0 and c % size == index: MergeHarness's pick of a real column.
int columnByte(const QStringList &columns, const QString &name)
{
    const int index = indexOf(columns, name);
    for (int c = 1; c < 256; ++c)
        if (c % 8 != 0 && c % int(columns.size()) == index)
            return c;
    FAIL("no byte picks the column");
    return 0;
}

// The package header (mode: structured, a sane time) and the batch's first sequence (1).
Step start()
{
    Step s;
    s.add({0, 0, 1});
    return s;
}

// An update of the template's row `row` of `table` setting `column` to `text`;
// `sign`: 0 none, 1 the administrator's, 3 a broken one.
// `at`: its time, in milliseconds after the harness's clock.
void update(Step &s, MergeHarness &h, const QString &table, int row, const QString &column, const QByteArray &text,
            int sign, int at = 10)
{
    s.add({3, 1, indexOf(h.tables(), table), 1, 0, row, 0, 3, at, 0, 1}); // entry: table, op, row, author, time, device
    s.add({1, columnByte(h.columnsOf(table), column), 4, int(text.size())}); // one field, a text value
    s.add(text);
    s.add({1, 1, 1, sign}); // its own version, no previous one, no extra names, signature
    if (sign == 3)
        s.add({5, 9}); // which byte of the signature changes
}

// With TAMKEEN_FUZZ_SEEDS set to a folder, every crafted input is written
// there too: that is how tests/fuzz/corpus-merge/ was made.
void keepSeed(const Step &s)
{
    static int n = 0;
    const QString folder = qEnvironmentVariable("TAMKEEN_FUZZ_SEEDS");
    if (folder.isEmpty())
        return;
    QFile f(QDir(folder).filePath(QStringLiteral("crafted-%1").arg(++n)));
    if (f.open(QIODevice::WriteOnly))
        f.write(reinterpret_cast<const char *>(s.bytes.data()), qint64(s.bytes.size()));
}

MergeOutcome run(MergeHarness &h, const Step &s)
{
    keepSeed(s);
    const MergeOutcome out = h.run(s.bytes.data(), s.bytes.size());
    INFO(out.refused.toStdString() << " / " << out.problems.join(QStringLiteral("; ")).toStdString());
    CHECK(out.packageWritten);
    CHECK(out.problems.isEmpty());
    return out;
}

} // namespace

TEST_CASE("The merge fuzz harness reaches the merge: sealed hostile packages change rows, and check passes", "[sync][fuzz]")
{
    MergeHarness h;
    INFO(h.error().toStdString());
    REQUIRE(h.error().isEmpty());
    REQUIRE(h.rowCount(QStringLiteral("partners")) == 3);

    SECTION("an ordinary update applies (as a conflict with the hub's own edit of the same field)")
    {
        Step s = start();
        update(s, h, QStringLiteral("partners"), 0, QStringLiteral("name"), "Fuzzed partner", 0);
        const MergeOutcome out = run(h, s);
        CHECK(out.imported);
        CHECK(out.updated == 1);
        CHECK(out.refusedChanges == 0);
    }
    SECTION("a device whose entries go back in time: each applies, and check still passes")
    {
        Step s = start();
        update(s, h, QStringLiteral("partners"), 0, QStringLiteral("phone"), "0501", 0, 20);
        update(s, h, QStringLiteral("partners"), 1, QStringLiteral("phone"), "0502", 0, 10);
        const MergeOutcome out = run(h, s);
        CHECK(out.imported);
        CHECK(out.updated + out.refusedChanges == 2);
    }
    SECTION("an insert made from a copy of a template row adds a row")
    {
        Step s = start();
        s.add({0, 1, indexOf(h.tables(), QStringLiteral("partners")), 1, 2});
        s.add(QByteArray(16, '\x42'));            // a new row id
        s.add({0, 3, 10, 0, 1, 1, 0, 0, 0});      // author, time, device, copy row 0, no more fields, unsigned
        const MergeOutcome out = run(h, s);
        CHECK(out.imported);
        CHECK(out.newRows == 1);
    }
    SECTION("a privileged change unsigned or with a broken signature is refused, the rest applies")
    {
        const int admin = 0; // the template's only user
        REQUIRE(h.rowCount(QStringLiteral("users")) == 1);
        Step s = start();
        update(s, h, QStringLiteral("users"), admin, QStringLiteral("full_name"), "Forged", 0);
        update(s, h, QStringLiteral("users"), admin, QStringLiteral("full_name"), "Forged again", 3);
        update(s, h, QStringLiteral("partners"), 1, QStringLiteral("phone"), "0509999999", 0);
        const MergeOutcome out = run(h, s);
        CHECK(out.imported);
        CHECK(out.refusedChanges == 2);
        CHECK(out.updated == 1);
    }
    SECTION("the administrator's signed change to their own name applies")
    {
        Step s = start();
        update(s, h, QStringLiteral("users"), 0, QStringLiteral("full_name"), "Signed name", 1);
        const MergeOutcome out = run(h, s);
        CHECK(out.imported);
        CHECK(out.refusedChanges == 0);
        CHECK(out.updated == 1);
    }
    SECTION("hostile tables, rows and raw records leave a database that passes check")
    {
        Step hostile = start();
        for (int t = 0; t < 6; ++t) { // each hostile table name
            hostile.add({3, 0, t, 1, 7, 5}); // an update of a hostile table, a row id of 5 bytes
            hostile.add(QByteArray("\x01\x02\x03\x04\x05"));
            hostile.add({0, 3, 10, 0, 1, 0, 1, 0}); // author, time, device, no fields, no extra names, unsigned
        }
        run(h, hostile);
        Step raw;
        raw.add({5, 0, 1}); // raw records; damage after the last whole one is kept
        raw.add(QByteArray("\x8b\x01\x50 not cbor at all", 20));
        const MergeOutcome out = run(h, raw);
        CHECK_FALSE(out.imported);
    }
}
