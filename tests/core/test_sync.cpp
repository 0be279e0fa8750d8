// Sync by export files (issue 6): what a package carries and how copies merge
// it: idempotence, field-level merge, conflicts and their resolution.
#include "SyncFixture.h"

using namespace tamkeen;
using namespace tamkeen::test::syncfixture;

TEST_CASE("A package carries every change to another device - both copies then hold the same data", "[sync]")
{
    Org org(2);
    Device &a = org[0], &b = org[1];
    const QByteArray p = a.addPartner(QStringLiteral("بنك التنمية الاجتماعية"), QStringLiteral("0112345678"));
    a.set(p, QStringLiteral("region"), QStringLiteral("الرياض"));
    CHECK(a.dump() != b.dump());
    const ImportSummary s = org.receive(b, org.send(a));
    REQUIRE(s.ok());
    CHECK(s.newRows == 1); // the partner: the centre, the devices and the administrator came with B's enrolment
    CHECK(b.get(p, QStringLiteral("region")) == QStringLiteral("الرياض"));
    CHECK(b.get(p, QStringLiteral("name")) == QStringLiteral("بنك التنمية الاجتماعية"));
    org.exchange(a, b);
    CHECK(a.dump() == b.dump());
    CHECK(a.conflicts() == 0);
    CHECK(b.conflicts() == 0);
    // The field's version travelled with it: the same on both.
    CHECK(storage::fieldVersions(a.db, QStringLiteral("partners"), p).value().value(QStringLiteral("region")).hlc
          == storage::fieldVersions(b.db, QStringLiteral("partners"), p).value().value(QStringLiteral("region")).hlc);
}

TEST_CASE("The same package imported twice, or overlapping packages, change nothing the second time", "[sync]")
{
    Org org(2);
    Device &a = org[0], &b = org[1];
    const QByteArray p = a.addPartner(QStringLiteral("معهد التدريب"));
    const QString first = org.send(a);
    a.set(p, QStringLiteral("phone"), QStringLiteral("0550000000"));
    const QString second = org.send(a); // holds the first one's changes too
    REQUIRE(org.receive(b, first).ok());
    const QByteArray once = b.dump();
    const qint64 logged = b.changes();
    const ImportSummary again = org.receive(b, first);
    CHECK(again.ok());
    CHECK(again.alreadyImported);
    CHECK(b.dump() == once);
    CHECK(b.changes() == logged);
    const ImportSummary overlap = org.receive(b, second);
    REQUIRE(overlap.ok());
    CHECK(overlap.updated == 1);
    CHECK(overlap.unchanged == overlap.entries - 1);
    CHECK(overlap.conflicts == 0);
    const QByteArray after = b.dump();
    // A copy of the file under another name: recognised by its contents.
    const QString copy = org.dir.filePath(QStringLiteral("copy.tamkeen"));
    REQUIRE(QFile::copy(second, copy));
    CHECK(org.receive(b, copy).alreadyImported);
    CHECK(b.dump() == after);
    CHECK(b.conflicts() == 0);
}

TEST_CASE("The same field edited on two devices: either import order gives the same winner, the loser in conflicts",
          "[sync]")
{
    for (const bool aFirst : {true, false}) {
        DYNAMIC_SECTION("device " << (aFirst ? "A" : "B") << " imports first")
        {
            Org org(2);
            Device &a = org[0], &b = org[1];
            const QByteArray p = a.addPartner(QStringLiteral("جمعية البر"), QStringLiteral("0110000000"));
            org.exchange(a, b);
            a.set(p, QStringLiteral("phone"), QStringLiteral("0111111111"));
            b.set(p, QStringLiteral("phone"), QStringLiteral("0122222222")); // later: it wins
            const QString fromA = org.send(a), fromB = org.send(b);
            if (aFirst) {
                REQUIRE(org.receive(a, fromB).ok());
                REQUIRE(org.receive(b, fromA).ok());
            } else {
                REQUIRE(org.receive(b, fromA).ok());
                REQUIRE(org.receive(a, fromB).ok());
            }
            org.exchange(a, b);
            CHECK(a.get(p, QStringLiteral("phone")) == QStringLiteral("0122222222"));
            CHECK(a.dump() == b.dump());
            for (Device *d : {&a, &b}) {
                auto open = Conflicts(d->db).open(d->admin()).value();
                REQUIRE(open.size() == 1);
                CHECK(open[0].column == QStringLiteral("phone"));
                CHECK(open[0].kind == QStringLiteral("field"));
                CHECK(open[0].kept.value == QStringLiteral("0122222222"));
                CHECK(open[0].lost.value == QStringLiteral("0111111111"));
                CHECK(open[0].kept.version.device == b.id());
                CHECK(open[0].lost.version.device == a.id());
                CHECK(open[0].lost.authorName == a.admin().fullName);
            }
        }
    }
}

TEST_CASE("Different fields of one record edited on two devices are both kept, without a conflict", "[sync]")
{
    Org org(2);
    Device &a = org[0], &b = org[1];
    const QByteArray p = a.addPartner(QStringLiteral("بلدية الخرج"));
    org.exchange(a, b);
    a.set(p, QStringLiteral("phone"), QStringLiteral("0113333333"));
    b.set(p, QStringLiteral("email"), QStringLiteral("info@example.sa"));
    org.exchange(a, b);
    for (Device *d : {&a, &b}) {
        CHECK(d->get(p, QStringLiteral("phone")) == QStringLiteral("0113333333"));
        CHECK(d->get(p, QStringLiteral("email")) == QStringLiteral("info@example.sa"));
        CHECK(d->conflicts() == 0);
    }
    CHECK(a.dump() == b.dump());
}

TEST_CASE("An archive against a concurrent edit is a conflict on both copies, in any order - so is archive then restore",
          "[sync]")
{
    for (const bool restore : {false, true}) {
        for (const bool aFirst : {true, false}) {
            DYNAMIC_SECTION((restore ? "archived and restored" : "archived") << ", " << (aFirst ? "A" : "B") << " first")
            {
                Org org(2);
                Device &a = org[0], &b = org[1];
                const QByteArray p = a.addPartner(QStringLiteral("مركز صحي"));
                org.exchange(a, b);
                a.set(p, QStringLiteral("deleted"), 1);
                if (restore)
                    a.set(p, QStringLiteral("deleted"), 0);
                b.set(p, QStringLiteral("contact"), QStringLiteral("أ. فهد"));
                const QString fromA = org.send(a), fromB = org.send(b);
                if (aFirst) {
                    REQUIRE(org.receive(a, fromB).ok());
                    REQUIRE(org.receive(b, fromA).ok());
                } else {
                    REQUIRE(org.receive(b, fromA).ok());
                    REQUIRE(org.receive(a, fromB).ok());
                }
                org.exchange(a, b);
                CHECK(a.dump() == b.dump());
                for (Device *d : {&a, &b}) {
                    CHECK(d->get(p, QStringLiteral("deleted")).toInt() == (restore ? 0 : 1));
                    CHECK(d->get(p, QStringLiteral("contact")) == QStringLiteral("أ. فهد"));
                    auto open = Conflicts(d->db).open(d->admin()).value();
                    REQUIRE(open.size() == 1);
                    CHECK(open[0].kind == QStringLiteral("archive"));
                    CHECK(open[0].lost.version.device == b.id()); // the edit made while it was archived
                }
            }
        }
    }
}

TEST_CASE("A supervisor resolves a conflict - the resolution travels and settles it on the other copy", "[sync]")
{
    Org org(2);
    Device &a = org[0], &b = org[1];
    const QByteArray p = a.addPartner(QStringLiteral("جمعية"), QStringLiteral("0110000000"));
    org.exchange(a, b);
    a.set(p, QStringLiteral("phone"), QStringLiteral("0111111111"));
    b.set(p, QStringLiteral("phone"), QStringLiteral("0122222222"));
    org.exchange(a, b);
    auto open = Conflicts(a.db).open(a.admin()).value();
    REQUIRE(open.size() == 1);
    security::Session worker = a.admin();
    worker.role = security::Role::FieldWorker;
    CHECK(Conflicts(a.db).resolve(worker, open[0].id, QStringLiteral("x")).error().code == ErrorCode::PermissionDenied);
    // Keeping the value that lost: it becomes current everywhere.
    REQUIRE(Conflicts(a.db).resolve(a.admin(), open[0].id, open[0].lost.value).ok());
    CHECK(Conflicts(a.db).openCount().value() == 0);
    CHECK(Conflicts(a.db).resolve(a.admin(), open[0].id, open[0].lost.value).error().code == ErrorCode::Conflict);
    org.exchange(a, b);
    CHECK(b.get(p, QStringLiteral("phone")) == QStringLiteral("0111111111"));
    CHECK(Conflicts(b.db).openCount().value() == 0);
    CHECK(a.dump() == b.dump());

    // Keeping the value already current still settles it on the other copy.
    a.set(p, QStringLiteral("phone"), QStringLiteral("0133333333"));
    b.set(p, QStringLiteral("phone"), QStringLiteral("0144444444"));
    org.exchange(a, b);
    open = Conflicts(b.db).open(b.admin()).value();
    REQUIRE(open.size() == 1);
    REQUIRE(Conflicts(b.db).resolve(b.admin(), open[0].id, open[0].kept.value).ok());
    org.exchange(a, b);
    CHECK(Conflicts(a.db).openCount().value() == 0);
    CHECK(a.get(p, QStringLiteral("phone")) == QStringLiteral("0144444444"));
}

TEST_CASE("A change overwritten at the sender does not hide a concurrent edit from the conflict check", "[sync]")
{
    Org org(3);
    Device &a = org[0], &b = org[1], &c = org[2];
    const QByteArray p = a.addPartner(QStringLiteral("جمعية"), QStringLiteral("0100"));
    org.exchange(a, b);
    org.exchange(a, c);
    org.exchange(b, c);
    c.set(p, QStringLiteral("phone"), QStringLiteral("C-edit")); // never seen by A or B
    a.set(p, QStringLiteral("phone"), QStringLiteral("A-edit"));
    REQUIRE(org.receive(b, org.sendFor(a, b)).ok());
    b.set(p, QStringLiteral("phone"), QStringLiteral("B-on-top-of-A"));
    REQUIRE(org.receive(a, org.sendFor(b, a)).ok());
    // A's package for C holds A's change (its value overwritten since) and B's.
    REQUIRE(org.receive(c, org.sendFor(a, c)).ok());
    CHECK(c.get(p, QStringLiteral("phone")) == QStringLiteral("B-on-top-of-A")); // the later one
    auto open = Conflicts(c.db).open(c.admin()).value();
    REQUIRE(open.size() == 1);
    CHECK(open[0].lost.value == QStringLiteral("C-edit"));
    for (int round = 0; round < 2; ++round) {
        org.exchange(a, c);
        org.exchange(b, c);
        org.exchange(a, b);
    }
    CHECK(a.dump() == c.dump());
    CHECK(b.dump() == c.dump());
    for (Device *d : {&a, &b})
        CHECK(Conflicts(d->db).openCount().value() == 1);
}
