// SharedReads: what the dashboard engine's two threads read once for both.
// A value asked for by both is read once; one read before a commit either
// thread has seen is never kept; another filter's households are dropped,
// the kept facts stay.
#include "impact/SharedReads.h"

#include <catch2/catch.hpp>

#include <QString>
#include <atomic>
#include <chrono>
#include <thread>

using namespace tamkeen;
using namespace tamkeen::impact;
using namespace std::chrono_literals;

namespace {

using Value = std::shared_ptr<const int>;

std::function<Result<Value>()> counting(std::atomic<int> &reads, int value)
{
    return [&reads, value]() -> Result<Value> {
        ++reads;
        return std::make_shared<const int>(value);
    };
}

const auto always = [] { return true; };

} // namespace

TEST_CASE("Shared reads: a value asked for by two threads at once is read once", "[impact][dashboard]")
{
    SharedReads shared;
    std::atomic<int> reads{0};
    std::atomic<bool> reading{false}, secondAsks{false};
    // The first read lasts until the second thread has asked (and a little
    // more): without the wait the second would read too.
    const auto slow = [&]() -> Result<Value> {
        ++reads;
        reading = true;
        while (!secondAsks)
            std::this_thread::yield();
        std::this_thread::sleep_for(50ms);
        return std::make_shared<const int>(7);
    };
    Value first, second;
    std::thread a([&] { first = shared.get<int>(QStringLiteral("facts"), slow, always).value(); });
    while (!reading)
        std::this_thread::yield();
    std::thread b([&] {
        secondAsks = true;
        second = shared.get<int>(QStringLiteral("facts"), slow, always).value();
    });
    a.join();
    b.join();
    CHECK(reads == 1);
    REQUIRE(first);
    CHECK(first == second); // the very same object
    CHECK(*second == 7);
}

TEST_CASE("Shared reads: a value read before a commit one thread has seen is not kept", "[impact][dashboard]")
{
    SharedReads shared;
    std::atomic<int> reads{0};
    // The other thread sees a commit while this one reads.
    const auto readAcrossCommit = [&]() -> Result<Value> {
        ++reads;
        shared.changed();
        return std::make_shared<const int>(1);
    };
    CHECK(*shared.get<int>(QStringLiteral("facts"), readAcrossCommit, always).value() == 1);
    CHECK(*shared.get<int>(QStringLiteral("facts"), counting(reads, 2), always).value() == 2);
    CHECK(reads == 2);

    // Kept, then a commit is seen: read again, and the new value kept.
    shared.changed();
    CHECK(*shared.get<int>(QStringLiteral("facts"), counting(reads, 3), always).value() == 3);
    CHECK(*shared.get<int>(QStringLiteral("facts"), counting(reads, 4), always).value() == 3);
    CHECK(reads == 3);

    // The reader's own connection changed while it read (keep() false): not kept.
    shared.changed();
    CHECK(*shared.get<int>(QStringLiteral("facts"), counting(reads, 5), [] { return false; }).value() == 5);
    CHECK(*shared.get<int>(QStringLiteral("facts"), counting(reads, 6), always).value() == 6);
    CHECK(reads == 5);
}

TEST_CASE("Shared reads: a failed read is not kept and the waiting thread reads for itself", "[impact][dashboard]")
{
    SharedReads shared;
    std::atomic<bool> reading{false}, secondAsks{false}, failedDone{false};
    const auto failing = [&]() -> Result<Value> {
        reading = true;
        while (!secondAsks)
            std::this_thread::yield();
        std::this_thread::sleep_for(50ms);
        failedDone = true;
        return makeError(ErrorCode::Io, QStringLiteral("disk"));
    };
    std::atomic<int> reads{0};
    bool waited = false; // the second read began after the failed one ended
    const auto second = [&]() -> Result<Value> {
        waited = failedDone;
        ++reads;
        return std::make_shared<const int>(9);
    };
    Result<Value> failed = makeError(ErrorCode::Database, QString());
    std::thread a([&] { failed = shared.get<int>(QStringLiteral("facts"), failing, always); });
    while (!reading)
        std::this_thread::yield();
    secondAsks = true;
    auto read = shared.get<int>(QStringLiteral("facts"), second, always);
    a.join();
    CHECK_FALSE(failed.ok());
    CHECK(failed.error().code == ErrorCode::Io);
    REQUIRE(read.ok());
    CHECK(*read.value() == 9);
    CHECK(reads == 1);
    CHECK(waited);
}

TEST_CASE("Shared reads: another filter drops the last filter's households, not the kept facts", "[impact][dashboard]")
{
    SharedReads shared;
    std::atomic<int> reads{0};
    const QString centre = SharedReads::scoped(QStringLiteral("scope"), QStringLiteral("centre A"));
    const QString whole = SharedReads::scoped(QStringLiteral("scope"), QStringLiteral("no filter"));
    (void)shared.get<int>(QStringLiteral("facts"), counting(reads, 1), always);
    (void)shared.get<int>(centre, counting(reads, 2), always);
    (void)shared.get<int>(whole, counting(reads, 3), always);
    REQUIRE(reads == 3);

    shared.keepScopes({QStringLiteral("centre B"), QStringLiteral("no filter")});
    CHECK(*shared.get<int>(QStringLiteral("facts"), counting(reads, 10), always).value() == 1);
    CHECK(*shared.get<int>(whole, counting(reads, 30), always).value() == 3);
    CHECK(reads == 3);
    CHECK(*shared.get<int>(centre, counting(reads, 20), always).value() == 20); // read again
    CHECK(reads == 4);
}

TEST_CASE("Shared reads: a null value (read by SQL) is kept like any other", "[impact][dashboard]")
{
    SharedReads shared;
    std::atomic<int> reads{0};
    const auto none = [&]() -> Result<Value> {
        ++reads;
        return Value();
    };
    CHECK_FALSE(shared.get<int>(QStringLiteral("facts"), none, always).value());
    CHECK_FALSE(shared.get<int>(QStringLiteral("facts"), counting(reads, 1), always).value());
    CHECK(reads == 1);
}
