#include "storage/HybridClock.h"
#include "storage/Uuid.h"
#include "support/catch.h"

#include <QSet>

using namespace tamkeen::storage;

TEST_CASE("UUIDv7 keys carry version, variant and time, and do not repeat", "[storage]")
{
    const QByteArray a = newUuidV7(1'700'000'000'000);
    REQUIRE(a.size() == 16);
    CHECK((quint8(a[6]) >> 4) == 7);
    CHECK((quint8(a[8]) >> 6) == 2);
    const QByteArray later = newUuidV7(1'700'000'000'001);
    CHECK(a.left(6) < later.left(6));

    QSet<QByteArray> seen;
    for (int i = 0; i < 10000; ++i)
        seen.insert(newUuidV7());
    CHECK(seen.size() == 10000);

    const QString text = uuidToString(a);
    CHECK(text.size() == 36);
    CHECK(uuidFromString(text) == a);
    CHECK(uuidFromString(QStringLiteral("not a uuid")).isEmpty());
    CHECK(uuidToString(QByteArray("short")).isEmpty());
}

TEST_CASE("The hybrid logical clock never goes backwards", "[storage][hlc]")
{
    qint64 wall = 1'000'000;
    HybridClock clock([&] { return wall; });
    const quint64 t1 = clock.next();
    CHECK(HybridClock::millis(t1) == 1'000'000);

    SECTION("the wall clock jumps back an hour")
    {
        wall -= 3'600'000;
        const quint64 t2 = clock.next();
        CHECK(t2 > t1);
        CHECK(HybridClock::millis(t2) == 1'000'000);
        CHECK(HybridClock::counter(t2) == 1);
    }
    SECTION("a later time seen from another device moves it forward")
    {
        const quint64 remote = HybridClock::fromMillis(5'000'000) + 7;
        const quint64 t2 = clock.next(remote);
        CHECK(t2 == remote + 1);
        wall += 10;
        CHECK(clock.next() > t2);
    }
    SECTION("many events in one millisecond stay ordered")
    {
        quint64 last = t1;
        for (int i = 0; i < 70000; ++i) { // more than the 16-bit counter holds
            const quint64 t = clock.next();
            REQUIRE(t > last);
            last = t;
        }
    }
    SECTION("the wall clock moving forward is followed")
    {
        wall += 60'000;
        CHECK(HybridClock::millis(clock.next()) == 1'060'000);
        CHECK_FALSE(clock.capped());
    }
    SECTION("without a ceiling, a wall clock years ahead is read as it is")
    {
        CHECK(clock.ceiling() == 0);
        wall += 3 * 365 * 86'400'000LL;
        CHECK(HybridClock::millis(clock.next()) == wall);
        CHECK_FALSE(clock.capped());
    }
}

TEST_CASE("The hybrid logical clock (hlc) reads its ceiling when the wall clock is later, and still moves on", "[storage][hlc]")
{
    qint64 wall = 10'000'000;
    HybridClock clock([&] { return wall; });
    const quint64 t0 = clock.next();
    const quint64 ceiling = HybridClock::fromMillis(10'500'000) + 2; // a floor's counter comes along
    clock.setCeiling(ceiling);
    CHECK(clock.ceiling() == ceiling);

    SECTION("a wall clock before the ceiling is read as it is")
    {
        wall = 10'400'000;
        const quint64 t = clock.next();
        CHECK(t == HybridClock::fromMillis(10'400'000));
        CHECK(t > t0);
        CHECK_FALSE(clock.capped());
    }
    SECTION("a wall clock past the ceiling reads the ceiling; the counter carries on")
    {
        wall = 90'000'000;
        const quint64 t1 = clock.next();
        CHECK(t1 == ceiling);
        CHECK(clock.capped());
        const quint64 t2 = clock.next();
        CHECK(t2 == ceiling + 1);
        CHECK(HybridClock::millis(t2) == 10'500'000);
        CHECK(HybridClock::counter(t2) == 3);
        CHECK(clock.capped());
        quint64 last = t2;
        for (int i = 0; i < 70000; ++i) { // past the 16-bit counter: still strictly increasing
            const quint64 t = clock.next();
            REQUIRE(t > last);
            last = t;
        }
        CHECK(clock.capped());

        // A later time seen from another device is still passed, ceiling or not.
        const quint64 remote = ceiling + HybridClock::fromMillis(1'000'000) + 7;
        const quint64 t3 = clock.next(remote);
        CHECK(t3 == remote + 1);
        CHECK(clock.capped());
        CHECK(clock.next() == t3 + 1); // and every time issued

        // The wall clock set right: no longer capped, never backwards.
        wall = 10'450'000;
        CHECK(clock.next() == t3 + 2);
        CHECK_FALSE(clock.capped());
    }
    SECTION("a time seen from another device below the ceiling is passed as before")
    {
        wall = 90'000'000;
        const quint64 remote = ceiling - HybridClock::fromMillis(1'000);
        CHECK(clock.next(remote) == ceiling);
        CHECK(clock.capped());
    }
    SECTION("ceiling 0 is none: the wall clock is followed again")
    {
        wall = 90'000'000;
        CHECK(clock.next() == ceiling);
        clock.setCeiling(0);
        CHECK(clock.next() == HybridClock::fromMillis(90'000'000));
        CHECK_FALSE(clock.capped());
    }
}
