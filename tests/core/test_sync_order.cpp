// Sync by export files (issue 6): packages in any order, over any path.
// Gaps, children before parents, clocks, a hub, and a randomized exchange.
#include "SyncFixture.h"

#include "registry/HouseholdService.h"
#include "registry/MemberService.h"
#include "registry/SearchIndex.h"
#include "storage/Inspect.h"
#include "storage/Uuid.h"

#include <QRandomGenerator>
#include <QSet>

using namespace tamkeen;
using namespace tamkeen::test::syncfixture;

namespace {

QByteArray partnersOf(Device &d)
{
    QByteArray lines;
    for (const QByteArray &line : d.dump().split('\n'))
        if (line.startsWith("partners "))
            lines += line + '\n';
    return lines;
}

} // namespace

TEST_CASE("Packages out of order and with gaps give the same data - the gaps are reported until filled", "[sync]")
{
    Org org(3);
    Device &a = org[0], &b = org[1], &c = org[2];
    QList<QByteArray> partners;
    for (int i = 0; i < 3; ++i)
        partners << a.addPartner(QStringLiteral("شريك %1").arg(i));
    const QString p1 = org.send(a);
    REQUIRE(org.receive(b, p1).ok());
    REQUIRE(org.receive(a, org.send(b)).ok()); // A learns what B holds
    a.set(partners[0], QStringLiteral("phone"), QStringLiteral("0500000001"));
    const QByteArray late = a.addPartner(QStringLiteral("شريك لاحق"));
    const QString p2 = org.sendFor(a, b); // only what B lacks: round two
    REQUIRE(org.receive(b, p2).ok());
    REQUIRE(org.receive(a, org.send(b)).ok());
    a.set(partners[1], QStringLiteral("phone"), QStringLiteral("0500000002"));
    a.set(late, QStringLiteral("phone"), QStringLiteral("0500000003")); // its row is in p2
    const QString p3 = org.sendFor(a, b); // round three only

    REQUIRE(org.receive(c, p1).ok());
    const ImportSummary third = org.receive(c, p3);
    REQUIRE(third.ok());
    CHECK(third.waiting == 1); // the change to a row that has not come yet
    CHECK(c.get(partners[1], QStringLiteral("phone")) == QStringLiteral("0500000002"));
    auto gaps = sequenceGaps(c.db).value();
    REQUIRE(gaps.size() == 1);
    CHECK(gaps[0].contains(storage::uuidToString(a.id())));

    REQUIRE(org.receive(c, p2).ok());
    // The change held back comes again with A's next package for C.
    REQUIRE(org.receive(a, org.send(c)).ok());
    REQUIRE(org.receive(c, org.sendFor(a, c)).ok());
    CHECK(sequenceGaps(c.db).value().isEmpty());
    CHECK(partnersOf(c) == partnersOf(a));
    CHECK(c.get(late, QStringLiteral("phone")) == QStringLiteral("0500000003"));
}

TEST_CASE("A child that arrives before its parent waits in the check report until the parent comes", "[sync]")
{
    Org org(3);
    Device &a = org[0], &b = org[1], &c = org[2];
    REQUIRE(org.receive(c, org.send(b)).ok()); // C knows B
    registry::HouseholdData h;
    h.region = QStringLiteral("منطقة الرياض");
    h.city = QStringLiteral("الرياض");
    h.housingType = QStringLiteral("apartment");
    h.housingOwnership = QStringLiteral("rented");
    registry::MemberData head;
    head.givenName = QStringLiteral("سلمى");
    head.fatherName = QStringLiteral("ناصر");
    head.familyName = QStringLiteral("الدوسري");
    head.relation = QStringLiteral("head");
    head.sex = QStringLiteral("female");
    head.birthDate = QDate(1988, 3, 1);
    auto household = registry::HouseholdService(a.db).create(a.admin(), h, head);
    REQUIRE(household.ok());
    const QString fromA = org.send(a);
    REQUIRE(org.receive(b, fromA).ok());
    registry::MemberData son = head;
    son.givenName = QStringLiteral("خالد");
    son.relation = QStringLiteral("son");
    son.sex = QStringLiteral("male");
    son.birthDate = QDate(2010, 1, 5);
    auto added = registry::MemberService(b.db).add(b.admin(), household.value(), son);
    INFO((added ? std::string() : added.error().message.toStdString()));
    REQUIRE(added.ok());
    const QString childOnly = org.sendFor(b, a); // B knows A's vector: the household stays out

    const ImportSummary s = org.receive(c, childOnly);
    REQUIRE(s.ok());
    CHECK(c.get(added.value(), QStringLiteral("given_name"), QStringLiteral("members")) == QStringLiteral("خالد"));
    auto orphans = orphanRows(c.db).value();
    REQUIRE_FALSE(orphans.isEmpty());
    CHECK(orphans.join(u'\n').contains(QStringLiteral("members")));
    REQUIRE(org.receive(c, fromA).ok());
    CHECK(orphanRows(c.db).value().isEmpty());
    // The family is found by the search on the copy that received it.
    auto hits = registry::SearchIndex::search(c.db, QStringLiteral("خالد الدوسري")).value();
    CHECK_FALSE(hits.isEmpty());
}

TEST_CASE("Clocks: months behind, years ahead (flagged) and one that jumps back", "[sync]")
{
    Org org(3);
    Device &a = org[0], &b = org[1], &c = org[2];
    const QByteArray p = a.addPartner(QStringLiteral("جمعية"), QStringLiteral("0100000000"));
    org.exchange(a, b);
    org.exchange(a, c);
    const qint64 day = 86'400'000;

    // B's clock is three months behind: once it has seen A's change, its own still come later.
    b.db.clock().setWallClock([day] { return QDateTime::currentMSecsSinceEpoch() - 90 * day; });
    a.set(p, QStringLiteral("phone"), QStringLiteral("0111111111"));
    REQUIRE(org.receive(b, org.send(a)).ok());
    b.set(p, QStringLiteral("phone"), QStringLiteral("0122222222"));
    REQUIRE(org.receive(a, org.send(b)).ok());
    CHECK(a.get(p, QStringLiteral("phone")) == QStringLiteral("0122222222"));
    CHECK(a.conflicts() == 0);

    // C's clock is three years ahead: its change is stamped a week past the
    // latest time it has seen from A (the cap, test_sync_clock.cpp), still far
    // enough ahead for C to be flagged for an administrator, and A's next
    // change, made after seeing C's, still wins, on C too.
    c.db.clock().setWallClock([day] { return QDateTime::currentMSecsSinceEpoch() + 3 * 365 * day; });
    c.set(p, QStringLiteral("email"), QStringLiteral("future@example.sa"));
    REQUIRE(org.receive(a, org.send(c)).ok());
    bool flagged = false;
    for (const SyncDevice &d : SyncDevices(a.db).list().value())
        flagged = flagged || (d.id == c.id() && d.clockAheadAt.isValid());
    CHECK(flagged);
    a.set(p, QStringLiteral("email"), QStringLiteral("now@example.sa"));
    REQUIRE(org.receive(c, org.sendFor(a, c)).ok());
    CHECK(c.get(p, QStringLiteral("email")) == QStringLiteral("now@example.sa"));
    CHECK(a.get(p, QStringLiteral("email")) == QStringLiteral("now@example.sa"));

    // A's clock jumps back a day between two changes: the second still wins.
    qint64 offset = 0;
    a.db.clock().setWallClock([&offset] { return QDateTime::currentMSecsSinceEpoch() + offset; });
    a.set(p, QStringLiteral("contact"), QStringLiteral("الأول"));
    offset = -day;
    a.set(p, QStringLiteral("contact"), QStringLiteral("الثاني"));
    REQUIRE(org.receive(b, org.sendFor(a, b)).ok());
    CHECK(b.get(p, QStringLiteral("contact")) == QStringLiteral("الثاني"));
    CHECK(storage::checkChangeLog(a.db).value().isEmpty()); // times still grow with the sequence
}

TEST_CASE("Randomized: devices edit and exchange packages with duplicates, losses and reordering, and agree",
          "[sync][random]")
{
    struct Write {
        int device;
        QByteArray row;
        QString field;
        QString value;
        QByteArray deviceId;
        qint64 seq;
        QSet<int> seen; // the writes its device held when it was made
    };
    const QStringList fields = {QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("contact"),
                                QStringLiteral("region")};
    for (const quint32 seed : {1u, 2u, 3u, 4u, 5u, 6u, 7u, 8u}) {
        DYNAMIC_SECTION("seed " << seed)
        {
            QRandomGenerator random(seed);
            Org org(3);
            QList<QByteArray> rows;
            for (int i = 0; i < 3; ++i)
                rows << org[0].addPartner(QStringLiteral("شريك %1").arg(i));
            org.exchange(org[0], org[1]);
            org.exchange(org[0], org[2]);
            org.exchange(org[1], org[2]);
            QList<Write> writes;
            QStringList mailbox;
            const auto holds = [&](Device &d, const Write &w) {
                return d.db.scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE device = ? AND seq = ?"),
                                   {w.deviceId, w.seq})
                           .value()
                           .toLongLong()
                       > 0;
            };
            for (int step = 0; step < 80; ++step) {
                const int d = int(random.bounded(3));
                Device &device = org[d];
                const quint32 action = random.bounded(10);
                const QByteArray row = rows[int(random.bounded(rows.size()))];
                const bool here = device.db.scalar(QStringLiteral("SELECT count(*) FROM partners WHERE id = ?"), {row})
                                      .value()
                                      .toLongLong()
                                  > 0;
                if (action < 5 && here) {
                    Write w{d, row, fields[int(random.bounded(fields.size()))], QStringLiteral("v%1").arg(writes.size()),
                            device.id(), 0, {}};
                    for (int i = 0; i < writes.size(); ++i)
                        if (holds(device, writes[i]))
                            w.seen.insert(i);
                    device.set(w.row, w.field, w.value);
                    w.seq = device.db.scalar(QStringLiteral("SELECT max(seq) FROM change_log WHERE device = ?"), {w.deviceId})
                                .value()
                                .toLongLong();
                    writes << w;
                } else if (action < 6) {
                    rows << device.addPartner(QStringLiteral("جديد %1").arg(step));
                } else if (action < 8) {
                    const int to = int(random.bounded(3));
                    ExportOptions options;
                    if (random.bounded(2) == 0)
                        options.forDevice = org[to].id();
                    else
                        options.all = random.bounded(2) == 0;
                    mailbox << org.send(device, options);
                } else if (!mailbox.isEmpty()) {
                    // Any package, again or out of order; some never arrive.
                    const QString path = mailbox[int(random.bounded(mailbox.size()))];
                    const ImportSummary s = org.receive(device, path);
                    INFO(s.refused.toStdString());
                    CHECK(s.ok());
                }
            }
            for (int round = 0; round < 2; ++round) {
                org.exchange(org[0], org[1]);
                org.exchange(org[1], org[2]);
                org.exchange(org[0], org[2]);
            }
            const QByteArray dump = org[0].dump();
            CHECK(org[1].dump() == dump);
            CHECK(org[2].dump() == dump);

            // No edit is lost: each one nobody built on is current, or kept in conflicts.
            QSet<QString> lost;
            for (int i = 0; i < 3; ++i) {
                auto q = org[i].db.exec(QStringLiteral("SELECT lost_value FROM sync_conflicts"));
                REQUIRE(q.ok());
                while (q.value()->next())
                    lost.insert(q.value()->value(0).toString());
                q.value()->finish();
            }
            for (int i = 0; i < writes.size(); ++i) {
                bool superseded = false;
                for (int j = 0; j < writes.size() && !superseded; ++j)
                    superseded = j != i && writes[j].row == writes[i].row && writes[j].field == writes[i].field
                                 && writes[j].seen.contains(i);
                if (superseded)
                    continue;
                INFO("write " << i << " of " << writes[i].field.toStdString());
                CHECK((org[0].get(writes[i].row, writes[i].field) == writes[i].value || lost.contains(writes[i].value)));
            }
        }
    }
}

TEST_CASE("A regional hub passes each branch's changes on to the other branches", "[sync]")
{
    Org org(3);
    Device &hub = org[0], &riyadh = org[1], &jeddah = org[2];
    const QByteArray fromRiyadh = riyadh.addPartner(QStringLiteral("معهد الرياض"));
    const QByteArray fromJeddah = jeddah.addPartner(QStringLiteral("جمعية جدة"));
    // Each branch sends to the hub only; the hub sends back what each lacks.
    for (int round = 0; round < 2; ++round) {
        REQUIRE(org.receive(hub, org.sendFor(riyadh, hub)).ok());
        REQUIRE(org.receive(hub, org.sendFor(jeddah, hub)).ok());
        REQUIRE(org.receive(riyadh, org.sendFor(hub, riyadh)).ok());
        REQUIRE(org.receive(jeddah, org.sendFor(hub, jeddah)).ok());
    }
    CHECK(riyadh.get(fromJeddah, QStringLiteral("name")) == QStringLiteral("جمعية جدة"));
    CHECK(jeddah.get(fromRiyadh, QStringLiteral("name")) == QStringLiteral("معهد الرياض"));
    CHECK(riyadh.dump() == hub.dump());
    CHECK(jeddah.dump() == hub.dump());
    // A conflict between the branches reaches both through the hub.
    riyadh.set(fromJeddah, QStringLiteral("phone"), QStringLiteral("0111"));
    jeddah.set(fromJeddah, QStringLiteral("phone"), QStringLiteral("0122"));
    for (int round = 0; round < 2; ++round) {
        REQUIRE(org.receive(hub, org.sendFor(riyadh, hub)).ok());
        REQUIRE(org.receive(hub, org.sendFor(jeddah, hub)).ok());
        REQUIRE(org.receive(riyadh, org.sendFor(hub, riyadh)).ok());
        REQUIRE(org.receive(jeddah, org.sendFor(hub, jeddah)).ok());
    }
    CHECK(riyadh.dump() == jeddah.dump());
    CHECK(Conflicts(riyadh.db).openCount().value() == 1);
    CHECK(Conflicts(jeddah.db).openCount().value() == 1);
}

// The import keeps the rows it met by id (sync/ImportRun): a row of another
// table under the same id (only a hand-made id can do this) is its own row,
// read afresh, and the changes to each land on it.
TEST_CASE("Two rows of different tables under one id arrive in one package and each keeps its own changes", "[sync]")
{
    Org org(2);
    Device &a = org[0], &b = org[1];
    const QByteArray id = a.addPartner(QStringLiteral("جمعية البر"));
    a.db.setCurrentUser(a.admin().userId);
    auto centre = storage::SyncedWriter(a.db).insert(
        QStringLiteral("centres"), {{QStringLiteral("code"), QStringLiteral("C9")}, {QStringLiteral("name"), QStringLiteral("مركز الخرج")}},
        id);
    INFO((centre ? std::string() : centre.error().message.toStdString()));
    REQUIRE(centre.ok());
    // Changes to the two, one after the other, several times: in the package
    // their entries alternate between the tables.
    for (int i = 0; i < 3; ++i) {
        a.set(id, QStringLiteral("phone"), QStringLiteral("055000000%1").arg(i));
        a.set(id, QStringLiteral("name"), QStringLiteral("مركز %1").arg(i), QStringLiteral("centres"));
    }
    const ImportSummary s = org.receive(b, org.sendFor(a, b));
    REQUIRE(s.ok());
    CHECK(s.refusedChanges == 0);
    CHECK(b.dump() == a.dump());
    CHECK(b.db.scalar(QStringLiteral("SELECT phone FROM partners WHERE id = ?"), {id}).value().toString()
          == QStringLiteral("0550000002"));
    CHECK(b.db.scalar(QStringLiteral("SELECT name FROM centres WHERE id = ?"), {id}).value().toString()
          == QStringLiteral("مركز 2"));
    CHECK(storage::checkDatabase(b.db).value().isEmpty());
}
