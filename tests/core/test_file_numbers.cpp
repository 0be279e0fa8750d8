#include "org/DeviceInfo.h"
#include "storage/Database.h"
#include "support/TestDb.h"
#include "support/catch.h"

#include <QSet>

using namespace tamkeen;

TEST_CASE("File numbers join centre, device and a per-device counter", "[files]")
{
    auto t = test::makeSetUpDb(3);
    auto first = org::Devices::nextFileNumber(*t->db, QStringLiteral("household"));
    REQUIRE(first.ok());
    CHECK(first.value() == QStringLiteral("RUH-03-000001"));
    CHECK(org::Devices::nextFileNumber(*t->db, QStringLiteral("household")).value() == QStringLiteral("RUH-03-000002"));
    // Each series counts on its own.
    CHECK(org::Devices::nextFileNumber(*t->db, QStringLiteral("plan")).value() == QStringLiteral("RUH-03-000001"));
}

TEST_CASE("A rolled-back record gives its file number back", "[files]")
{
    auto t = test::makeSetUpDb(1);
    const Status s = t->db->transaction([&]() -> Status {
        auto n = org::Devices::nextFileNumber(*t->db, QStringLiteral("household"));
        REQUIRE(n.ok());
        return makeError(ErrorCode::Invalid, QStringLiteral("cancelled"));
    });
    REQUIRE_FALSE(s.ok());
    CHECK(org::Devices::nextFileNumber(*t->db, QStringLiteral("household")).value() == QStringLiteral("RUH-01-000001"));
}

TEST_CASE("Two offline laptops of one centre never hand out the same number", "[files]")
{
    auto a = test::makeSetUpDb(1);
    auto b = test::makeSetUpDb(2);
    QSet<QString> numbers;
    for (int i = 0; i < 200; ++i) {
        numbers.insert(org::Devices::nextFileNumber(*a->db, QStringLiteral("household")).value());
        numbers.insert(org::Devices::nextFileNumber(*b->db, QStringLiteral("household")).value());
    }
    CHECK(numbers.size() == 400);
}

TEST_CASE("The counter survives closing the database", "[files]")
{
    auto t = test::makeSetUpDb(7);
    REQUIRE(org::Devices::nextFileNumber(*t->db, QStringLiteral("household")).ok());
    t->db.reset();
    auto db = storage::Database::open(t->path());
    REQUIRE(db.ok());
    CHECK(org::Devices::nextFileNumber(*db.value(), QStringLiteral("household")).value() == QStringLiteral("RUH-07-000002"));
}
