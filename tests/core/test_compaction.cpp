// Issue 16: the change log compacted by the vectors every known device has
// sent. An update leaves only when every device holds it and later changes
// they all hold replaced each field it set; what a device may still lack
// stays; copies that compact converge with one that keeps its whole history.
#include "SyncFixture.h"

#include "sync/Compaction.h"

#include <QRandomGenerator>
#include <QThread>

using namespace tamkeen;
using namespace tamkeen::test::syncfixture;
using namespace Qt::StringLiterals;

namespace {

qint64 entriesOf(Device &d, const QByteArray &row)
{
    return d.db.scalar(u"SELECT count(*) FROM change_log WHERE row_id = ?"_s, {row}).value().toLongLong();
}

void checkWhole(Device &d)
{
    const QStringList problems = storage::checkChangeLog(d.db).value();
    INFO(problems.join(u"; "_s).toStdString());
    CHECK(problems.isEmpty());
    const QStringList gaps = sequenceGaps(d.db).value();
    INFO(gaps.join(u"; "_s).toStdString());
    CHECK(gaps.isEmpty());
}

// A change a few milliseconds after the last: its updated_at differs, so it
// replaces the last change's (saved within one millisecond, it would not).
void setLater(Device &d, const QByteArray &row, const QString &column, const QVariant &value)
{
    QThread::msleep(3);
    d.set(row, column, value);
}

} // namespace

TEST_CASE("Updates every device holds and later changes replaced leave the log - each field's version stays",
          "[sync][compaction]")
{
    Org org(2);
    Device &a = org[0], &b = org[1];
    const QByteArray p = a.addPartner(u"جمعية البر"_s, u"0110000000"_s);
    setLater(a, p, u"phone"_s, u"0111111111"_s);
    setLater(a, p, u"phone"_s, u"0122222222"_s);
    setLater(a, p, u"region"_s, u"الرياض"_s);
    setLater(a, p, u"phone"_s, u"0133333333"_s);
    const QStringList versions = versionsOf(a, p);
    REQUIRE(entriesOf(a, p) == 5);
    org.exchange(a, b);
    // The insert, the region and the last phone: the two earlier phones decide nothing.
    CHECK(entriesOf(a, p) == 3);
    CHECK(entriesOf(b, p) == 3);
    CHECK(versionsOf(a, p) == versions);
    CHECK(versionsOf(b, p) == versions);
    CHECK(a.dump() == b.dump());
    checkWhole(a);
    checkWhole(b);

    // Work goes on: the next change takes the next number, travels and
    // merges as before, and an older package sent again changes nothing.
    const qint64 ownBefore = a.db.scalar(u"SELECT max(seq) FROM change_log WHERE device = ?"_s, {a.id()}).value().toLongLong();
    a.set(p, u"phone"_s, u"0144444444"_s);
    CHECK(a.db.scalar(u"SELECT max(seq) FROM change_log WHERE device = ?"_s, {a.id()}).value().toLongLong() == ownBefore + 1);
    // Every batch A holds, the compacted entries' too: counted by their runs.
    const QString everything = org.dir.filePath(u"everything.tamkeen"_s);
    auto written = Exporter(a.db).write(everything, {QByteArray(), true, 0});
    REQUIRE(written.ok());
    const ImportSummary s = org.receive(b, everything);
    REQUIRE(s.ok());
    CHECK(written.value().entries == s.entries);
    CHECK(s.updated == 1);
    CHECK(s.conflicts == 0);
    CHECK(b.get(p, u"phone"_s) == u"0144444444"_s);
    const qint64 logged = b.changes();
    const QByteArray dumped = b.dump();
    const ImportSummary again = org.receive(b, org.send(a, {QByteArray(), true, 0}));
    REQUIRE(again.ok());
    CHECK(again.updated == 0);
    CHECK(again.newRows == 0);
    CHECK(again.unchanged == again.entries);
    CHECK(b.changes() == logged); // nothing compacted came back into the log
    CHECK(b.dump() == dumped);
    CHECK(b.conflicts() == 0);
    checkWhole(b);
}

TEST_CASE("A change some known device may lack stays in the log - until that device's own package shows it holds it",
          "[sync][compaction]")
{
    Org org(3);
    Device &a = org[0], &b = org[1], &c = org[2];
    const QByteArray p = a.addPartner(u"معهد التدريب"_s);
    setLater(a, p, u"phone"_s, u"0550000001"_s);
    setLater(a, p, u"phone"_s, u"0550000002"_s);
    org.exchange(a, b);
    // C never sent A a package: nothing it may lack can go.
    CHECK(entriesOf(a, p) == 3);
    auto floor = sync::compaction::floor(a.db);
    REQUIRE(floor.ok());
    CHECK(floor.value().waitingFor == c.id());
    CHECK(floor.value().held.isEmpty());
    // C's package shows it holds nothing of A's yet: still nothing goes.
    REQUIRE(org.receive(a, org.sendFor(c, a)).ok());
    CHECK(entriesOf(a, p) == 3);
    CHECK(sync::compaction::floor(a.db).value().waitingFor.isEmpty());
    // C gets them and says so.
    REQUIRE(org.receive(c, org.sendFor(a, c)).ok());
    REQUIRE(org.receive(a, org.sendFor(c, a)).ok());
    CHECK(entriesOf(a, p) == 2);
    CHECK(versionsOf(a, p) == versionsOf(c, p));
    // A revoked device holds nothing back; a new one enrolled here holds
    // everything back until it has sent a package.
    Device &d = org.enrol(a);
    setLater(a, p, u"phone"_s, u"0550000003"_s);
    setLater(a, p, u"phone"_s, u"0550000004"_s);
    org.exchange(a, b);
    org.exchange(a, c);
    CHECK(sync::compaction::floor(a.db).value().waitingFor == d.id());
    CHECK(entriesOf(a, p) == 4);
    REQUIRE(SyncDevices(a.db).revoke(a.admin(), d.id(), u"lost"_s).ok());
    REQUIRE(sync::compaction::run(a.db).ok());
    CHECK(entriesOf(a, p) == 2);
    checkWhole(a);
}

TEST_CASE("Copies that compact converge with one that keeps its whole history - random edits, archives and relays",
          "[sync][compaction]")
{
    for (quint32 seed : {11u, 12u, 13u}) {
        DYNAMIC_SECTION("seed " << seed)
        {
            QRandomGenerator random(seed);
            Org org(4);
            org[3].compact = false; // the witness: every entry it ever held stays
            QList<QByteArray> partners;
            for (int i = 0; i < 4; ++i)
                partners << org[0].addPartner(u"شريك %1"_s.arg(i));
            for (int i = 1; i < 4; ++i)
                org.exchange(org[0], org[i]);
            const QStringList phones = {u"0500000001"_s, u"0500000002"_s, u"0500000003"_s, u"0500000004"_s};
            const QStringList regions = {u"الرياض"_s, u"جدة"_s, u"أبها"_s};
            for (int round = 0; round < 30; ++round) {
                Device &editor = org[int(random.bounded(4))];
                const QByteArray p = partners[int(random.bounded(qint64(partners.size())))];
                switch (random.bounded(5)) {
                case 0:
                case 1:
                    editor.set(p, u"phone"_s, phones[int(random.bounded(qint64(phones.size())))]);
                    break;
                case 2:
                    editor.set(p, u"region"_s, regions[int(random.bounded(qint64(regions.size())))]);
                    break;
                case 3:
                    editor.set(p, u"phone"_s, phones[int(random.bounded(qint64(phones.size())))]);
                    editor.set(p, u"region"_s, regions[int(random.bounded(qint64(regions.size())))]);
                    break;
                default:
                    editor.set(p, u"deleted"_s, int(random.bounded(2)));
                    break;
                }
                // A random package: for one receiver, or for everyone known.
                const int from = int(random.bounded(4));
                int to = int(random.bounded(3));
                to = to >= from ? to + 1 : to;
                const QString file = random.bounded(2) ? org.sendFor(org[from], org[to]) : org.send(org[from]);
                REQUIRE(org.receive(org[to], file).ok());
            }
            for (int pass = 0; pass < 4; ++pass)
                for (int i = 0; i < 3; ++i)
                    org.exchange(org[i], org[i + 1]);
            const QByteArray dumped = org[3].dump();
            qint64 compacted = 0;
            for (int i = 0; i < 4; ++i) {
                INFO("copy " << i);
                CHECK(org[i].dump() == dumped);
                CHECK(conflictsOf(org[i]) == conflictsOf(org[3]));
                for (const QByteArray &p : std::as_const(partners))
                    CHECK(versionsOf(org[i], p) == versionsOf(org[3], p));
                checkWhole(org[i]);
                compacted += org[3].changes() - org[i].changes();
            }
            CHECK(compacted > 0); // the copies that compact did
            // After one more round of edits on the compacted copies, still one outcome.
            org[0].set(partners[0], u"phone"_s, u"0599999999"_s);
            org[1].set(partners[0], u"phone"_s, u"0588888888"_s);
            for (int pass = 0; pass < 4; ++pass)
                for (int i = 0; i < 3; ++i)
                    org.exchange(org[i], org[i + 1]);
            for (int i = 0; i < 3; ++i) {
                CHECK(org[i].dump() == org[3].dump());
                CHECK(conflictsOf(org[i]) == conflictsOf(org[3]));
            }
        }
    }
}
