// Sync (issue 6): a device clock far ahead is capped where its changes are made,
// at the latest time it has seen from others plus its cap in days, so every copy
// compares the same stored times (docs/sync-format.md, merge rule 3).
#include "SyncFixture.h"

#include <QDateTime>

using namespace tamkeen;
using namespace tamkeen::test::syncfixture;
using storage::HybridClock;

namespace {

constexpr qint64 kDay = 86'400'000;

quint64 floorOf(storage::Database &db)
{
    return db.scalar(QStringLiteral("SELECT value FROM local_state WHERE key = 'hlc_floor'")).value().toULongLong();
}

quint64 lastTimeOf(Device &d)
{
    return d.db.scalar(QStringLiteral("SELECT max(hlc) FROM change_log WHERE device = ?"), {d.id()})
        .value()
        .toULongLong();
}

QStringList lostValues(Device &d)
{
    QStringList values;
    auto q = d.db.exec(QStringLiteral("SELECT lost_value FROM sync_conflicts ORDER BY lost_value"));
    REQUIRE(q.ok());
    while (q.value()->next())
        values << q.value()->value(0).toString();
    q.value()->finish();
    return values;
}

bool flagged(Device &on, Device &device)
{
    for (const SyncDevice &d : SyncDevices(on.db).list().value())
        if (d.id == device.id() && d.clockAheadAt.isValid())
            return true;
    return false;
}

} // namespace

TEST_CASE("Clock cap in sync: a clock years ahead is capped where it writes, and a later edit elsewhere wins on every copy",
          "[sync][hlc]")
{
    for (const bool cFirst : {true, false}) {
        DYNAMIC_SECTION((cFirst ? "C's package is imported first" : "A's package is imported first"))
        {
            Org org(3);
            Device &a = org[0], &b = org[1], &c = org[2];
            const QByteArray p = a.addPartner(QStringLiteral("جمعية"), QStringLiteral("0100000000"));
            // C's clock is three years ahead, but C has received A's changes: its floor is A's time.
            c.db.clock().setWallClock([] { return QDateTime::currentMSecsSinceEpoch() + 3 * 365 * kDay; });
            org.exchange(a, b);
            org.exchange(a, c);
            org.exchange(a, b); // B knows C through A
            const quint64 floorC = floorOf(c.db);
            REQUIRE(floorC > 0);
            CHECK(HybridClock::millis(floorC) <= QDateTime::currentMSecsSinceEpoch());
            REQUIRE(c.db.clockCapDays() == 7);
            const quint64 ceilingC = floorC + HybridClock::fromMillis(7 * kDay);
            CHECK(c.db.clock().ceiling() == ceilingC);

            c.set(p, QStringLiteral("email"), QStringLiteral("c@example.sa"));
            CHECK(c.db.clock().capped());
            const quint64 cTime = lastTimeOf(c);
            CHECK(cTime >= ceilingC);
            CHECK(cTime < ceilingC + 100); // the ceiling, the counter moved on by the packages' headers

            // A edits the same field without having seen C's change, ten days later
            // than now. A allows 30 days: with the default 7, A's own change would be
            // stamped at A's floor + 7 days too, and the two capped times would
            // decide by whose floor is later (the trade-off in the docs).
            REQUIRE(a.db.setClockCapDays(30).ok());
            a.db.clock().setWallClock([] { return QDateTime::currentMSecsSinceEpoch() + 10 * kDay; });
            a.set(p, QStringLiteral("email"), QStringLiteral("a@example.sa"));
            CHECK_FALSE(a.db.clock().capped());
            CHECK(lastTimeOf(a) > cTime);

            const QString fromA = org.send(a), fromC = org.send(c);
            if (cFirst) {
                REQUIRE(org.receive(a, fromC).ok());
                REQUIRE(org.receive(c, fromA).ok());
                REQUIRE(org.receive(b, fromC).ok());
                REQUIRE(org.receive(b, fromA).ok());
            } else {
                REQUIRE(org.receive(c, fromA).ok());
                REQUIRE(org.receive(a, fromC).ok());
                REQUIRE(org.receive(b, fromA).ok());
                REQUIRE(org.receive(b, fromC).ok());
            }
            for (Device *d : {&a, &b, &c}) {
                INFO("device " << d->db.scalar(QStringLiteral("SELECT number FROM devices WHERE id = ?"), {d->id()})
                                      .value()
                                      .toInt());
                CHECK(d->get(p, QStringLiteral("email")) == QStringLiteral("a@example.sa"));
                CHECK(lostValues(*d) == QStringList{QStringLiteral("c@example.sa")});
            }
            CHECK(flagged(a, c)); // still flagged for an administrator: ~7 days ahead is past the 2 allowed

            for (int round = 0; round < 2; ++round) {
                org.exchange(a, b);
                org.exchange(b, c);
                org.exchange(a, c);
            }
            const QByteArray dump = a.dump();
            CHECK(b.dump() == dump);
            CHECK(c.dump() == dump);
            CHECK(a.get(p, QStringLiteral("email")) == QStringLiteral("a@example.sa"));
            for (Device *d : {&a, &b, &c})
                CHECK(storage::checkChangeLog(d->db).value().isEmpty()); // times still grow with the sequence
        }
    }
}

TEST_CASE("Clock cap in sync: the days are checked, kept in the file, and set the ceiling from the hlc floor",
          "[sync][hlc]")
{
    auto t = test::makeSetUpDb();
    storage::Database &db = *t->db;
    CHECK(db.clockCapDays() == 7);
    CHECK(floorOf(db) == 0);
    CHECK(db.clock().ceiling() == 0); // never heard from another device: no reference, no cap

    const Status zero = db.setClockCapDays(0);
    REQUIRE_FALSE(zero.ok());
    CHECK_FALSE(zero.error().message.isEmpty());
    CHECK_FALSE(db.setClockCapDays(366).ok());
    CHECK_FALSE(db.setClockCapDays(-1).ok());
    CHECK(db.clockCapDays() == 7);
    REQUIRE(db.setClockCapDays(1).ok());
    REQUIRE(db.setClockCapDays(365).ok());
    REQUIRE(db.setClockCapDays(30).ok());
    CHECK(db.clock().ceiling() == 0);

    // This laptop's clock runs 50 days ahead; it has heard from another device.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    db.clock().setWallClock([now] { return now + 50 * kDay; });
    const quint64 remote = HybridClock::fromMillis(now) + 5;
    REQUIRE(db.raiseHlcFloor(remote).ok());
    CHECK(db.clock().ceiling() == remote + HybridClock::fromMillis(30 * kDay));
    storage::SyncedWriter writer(db);
    REQUIRE(writer.update(QStringLiteral("users"), t->admin.userId, {{QStringLiteral("full_name"), QStringLiteral("x")}})
                .ok());
    CHECK(db.clock().capped());
    const quint64 first = db.scalar(QStringLiteral("SELECT max(hlc) FROM change_log")).value().toULongLong();
    CHECK(first == remote + HybridClock::fromMillis(30 * kDay));
    REQUIRE(writer.update(QStringLiteral("users"), t->admin.userId, {{QStringLiteral("full_name"), QStringLiteral("y")}})
                .ok());
    CHECK(db.clock().capped());
    CHECK(db.scalar(QStringLiteral("SELECT max(hlc) FROM change_log")).value().toULongLong() == first + 1);
    // More days: the wall clock is before the new ceiling and is read as it is.
    REQUIRE(db.setClockCapDays(60).ok());
    CHECK(db.clock().ceiling() == remote + HybridClock::fromMillis(60 * kDay));
    REQUIRE(writer.update(QStringLiteral("users"), t->admin.userId, {{QStringLiteral("full_name"), QStringLiteral("z")}})
                .ok());
    CHECK_FALSE(db.clock().capped());
    CHECK(db.scalar(QStringLiteral("SELECT max(hlc) FROM change_log")).value().toULongLong()
          == HybridClock::fromMillis(now + 50 * kDay));

    // Both the days and the floor come back with the file.
    t->db.reset();
    auto reopened = storage::Database::open(t->path());
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->clockCapDays() == 60);
    CHECK(reopened.value()->clock().ceiling() == remote + HybridClock::fromMillis(60 * kDay));
    CHECK_FALSE(reopened.value()->setClockCapDays(0).ok());
    CHECK(reopened.value()->clockCapDays() == 60);
    CHECK(storage::checkChangeLog(*reopened.value()).value().isEmpty());
}

TEST_CASE("Clock cap in sync: a sender whose changes are capped within the allowance is still flagged by its clock",
          "[sync][hlc]")
{
    Org org(2);
    Device &a = org[0], &b = org[1];
    const QByteArray p = a.addPartner(QStringLiteral("جمعية"), QStringLiteral("0100000000"));
    org.exchange(a, b);
    // B's wall clock is a year ahead; with a cap of one day its change is
    // stamped within the two days a receiver allows, but its package says
    // when it was made by that clock.
    REQUIRE(b.db.setClockCapDays(1).ok());
    b.db.clock().setWallClock([] { return QDateTime::currentMSecsSinceEpoch() + 365 * kDay; });
    b.set(p, QStringLiteral("phone"), QStringLiteral("0122222222"));
    CHECK(HybridClock::millis(lastTimeOf(b)) < QDateTime::currentMSecsSinceEpoch() + 2 * kDay);
    CHECK_FALSE(flagged(a, b));
    REQUIRE(org.receive(a, org.send(b)).ok());
    CHECK(a.get(p, QStringLiteral("phone")) == QStringLiteral("0122222222"));
    CHECK(flagged(a, b));
}

TEST_CASE("Clock cap in sync: a floor raised by work that rolls back goes back with it", "[sync][hlc]")
{
    Org org(1);
    storage::Database &db = org[0].db;
    const quint64 seen = HybridClock::fromMillis(QDateTime::currentMSecsSinceEpoch());
    REQUIRE(db.raiseHlcFloor(seen).ok());
    const quint64 ceiling = db.clock().ceiling();
    REQUIRE(ceiling > seen);
    const Status failed = db.transaction([&]() -> Status {
        if (Status s = db.raiseHlcFloor(seen + HybridClock::fromMillis(365 * kDay)); !s)
            return s;
        return makeError(ErrorCode::Invalid, QStringLiteral("the import failed after it had raised the floor"));
    });
    CHECK_FALSE(failed.ok());
    CHECK(db.clock().ceiling() == ceiling);
    CHECK(floorOf(db) == seen);
}

TEST_CASE("Clock cap in sync: a package with nothing new still tells the time, so a right clock is not capped",
          "[sync][hlc]")
{
    Org org(2);
    Device &a = org[0], &b = org[1];
    a.addPartner(QStringLiteral("جمعية"), QStringLiteral("0100000000"));
    org.exchange(a, b);
    // Ten days on, by both (right) clocks: B has received nothing new since.
    for (Device *d : {&a, &b})
        d->db.clock().setWallClock([] { return QDateTime::currentMSecsSinceEpoch() + 10 * kDay; });
    CHECK(b.db.clock().aheadOfCeiling());
    const ImportSummary s = org.receive(b, org.sendFor(a, b));
    REQUIRE(s.ok());
    CHECK(s.newRows + s.updated == 0);
    CHECK_FALSE(b.db.clock().aheadOfCeiling());
    CHECK_FALSE(flagged(b, a));
}
