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
    }
}
