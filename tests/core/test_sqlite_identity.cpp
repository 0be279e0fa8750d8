// One SQLite library under Tamkeen (issue 18 §5): the connection Qt's SQLite
// driver opens is proved, at every open, to be one our library made; a driver
// that carried its own SQLite is refused before any call on its handle.
#include "storage/Database.h"
#include "storage/SqliteIdentity.h"
#include "support/TestDb.h"
#include "support/catch.h"

#include <QTemporaryDir>
#include <thread>

using namespace tamkeen;
using namespace Qt::StringLiterals;

TEST_CASE("The driver's connection is one the system SQLite made, and a driver with its own copy is refused",
          "[storage][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"tamkeen.sqlite"_s);
    {
        auto db = storage::Database::open(path);
        INFO((db ? std::string() : db.error().message.toStdString()));
        REQUIRE(db.ok());
        CHECK(db.value()->scalar(u"SELECT 1"_s).value().toInt() == 1);
    }
    // Only the connection the last open on this thread made is proved; one another thread made is not.
    sqlite3 *first = nullptr, *second = nullptr, *onOtherThread = nullptr;
    storage::sqliteIdentity::expect();
    REQUIRE(sqlite3_open_v2(":memory:", &first, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_open_v2(":memory:", &second, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    CHECK(storage::sqliteIdentity::openedHere(second));
    CHECK_FALSE(storage::sqliteIdentity::openedHere(first));
    std::thread([&] { sqlite3_open_v2(":memory:", &onOtherThread, SQLITE_OPEN_READWRITE, nullptr); }).join();
    CHECK_FALSE(storage::sqliteIdentity::openedHere(onOtherThread));
    CHECK(storage::sqliteIdentity::openedHere(second));
    for (sqlite3 *db : {first, second, onOtherThread})
        sqlite3_close(db);

    // As if the plugin had opened the file with a library of its own: ours saw no open.
    storage::sqliteIdentity::stopWatchingForTests();
    struct Resume { // whatever fails below, the other tests of this process open files again
        ~Resume() { storage::sqliteIdentity::resumeWatchingForTests(); }
    } resume;
    sqlite3 *elsewhere = nullptr;
    storage::sqliteIdentity::expect();
    REQUIRE(sqlite3_open_v2(":memory:", &elsewhere, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    CHECK_FALSE(storage::sqliteIdentity::openedHere(elsewhere)); // not watched: not proved
    sqlite3_close(elsewhere);
    auto refused = storage::Database::open(path);
    storage::sqliteIdentity::resumeWatchingForTests();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Database);
    CHECK(refused.error().message.contains(u"its own copy of SQLite"_s));
    // Watched again: proved, the file opens.
    auto again = storage::Database::open(path);
    REQUIRE(again.ok());
    CHECK_FALSE(storage::sqliteIdentity::openedHere(nullptr));
}
