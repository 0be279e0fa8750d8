// Checkpoints off the committing thread (storage/Checkpointer.h): a large
// commit's log is copied into the file by a thread of its own, a hold keeps it
// away from a checkpoint that must empty the log, and closing loses nothing.
#include "storage/Database.h"
#include "support/TestDb.h"
#include "support/catch.h"

#include <QFileInfo>
#include <sqlite3.h>

using namespace tamkeen;
using namespace tamkeen::storage;

namespace {

constexpr int kRows = 1500; // a page each: past SQLite's 1,000-page threshold

void writeManyPages(Database &db, const QString &table, int rows = kRows)
{
    REQUIRE(db.execScript(QStringLiteral("CREATE TABLE %1 (b BLOB); "
                                         "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %2) "
                                         "INSERT INTO %1 SELECT randomblob(4000) FROM n;")
                              .arg(table)
                              .arg(rows)));
}

qint64 fileSize(const test::TestDb &t) { return QFileInfo(t.path()).size(); }
qint64 logSize(const test::TestDb &t) { return QFileInfo(t.path() + QStringLiteral("-wal")).size(); }

} // namespace

TEST_CASE("a commit past 1,000 pages of log has them copied into the file by another thread", "[storage][checkpoint]")
{
    auto t = test::makeSetUpDb();
    Checkpointer *checkpointer = t->db->checkpointer();
    REQUIRE(checkpointer);
    checkpointer->waitIdle();
    const int before = checkpointer->checkpointsDone();
    const qint64 sizeBefore = fileSize(*t);
    writeManyPages(*t->db, QStringLiteral("big"));
    checkpointer->waitIdle();
    CHECK(checkpointer->checkpointsDone() > before);
    // The pages are in the file itself now, not only in the log.
    CHECK(fileSize(*t) >= sizeBefore + qint64(kRows) * 4096);
    auto count = t->db->scalar(QStringLiteral("SELECT count(*) FROM big"));
    REQUIRE(count);
    CHECK(count.value().toInt() == kRows);
}

TEST_CASE("one commit past 64 MiB of log goes to the thread, and a log that grew by 64 MiB while it was busy is copied in place",
          "[storage][checkpoint]")
{
    auto t = test::makeSetUpDb();
    Checkpointer *checkpointer = t->db->checkpointer();
    checkpointer->waitIdle();
    int before = checkpointer->checkpointsDone();
    qint64 sizeBefore = fileSize(*t);
    // An import's one large commit: the thread copies it, the commit does not wait for that.
    const int big = Checkpointer::kInlinePages + 100;
    writeManyPages(*t->db, QStringLiteral("import"), big);
    checkpointer->waitIdle();
    CHECK(checkpointer->checkpointsDone() == before + 1);
    CHECK(fileSize(*t) >= sizeBefore + qint64(big) * 4096);

    // The thread kept from its checkpoint (a hold): a small commit after a
    // large one does not wait for it, but a log that grew by 64 MiB more is
    // the committing connection's, or it would grow without end.
    REQUIRE(t->db->execScript(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    before = checkpointer->checkpointsDone();
    sizeBefore = fileSize(*t);
    {
        const auto hold = t->db->holdCheckpoints();
        writeManyPages(*t->db, QStringLiteral("first")); // asked for, held
        CHECK(fileSize(*t) < sizeBefore + qint64(kRows) * 4096);
        writeManyPages(*t->db, QStringLiteral("second")); // still the thread's: not copied here
        CHECK(fileSize(*t) < sizeBefore + qint64(kRows) * 4096);
        writeManyPages(*t->db, QStringLiteral("third"), big); // the thread did not keep up: copied here
        CHECK(fileSize(*t) >= sizeBefore + qint64(2 * kRows + big) * 4096);
        CHECK(checkpointer->checkpointsDone() == before);
    }
    checkpointer->waitIdle();
    auto count = t->db->scalar(QStringLiteral("SELECT (SELECT count(*) FROM first) + (SELECT count(*) FROM second) "
                                              "+ (SELECT count(*) FROM third)"));
    REQUIRE(count);
    CHECK(count.value().toInt() == 2 * kRows + big);
}

TEST_CASE("every connection of a file shares one checkpointing thread", "[storage][checkpoint]")
{
    auto t = test::makeSetUpDb();
    auto other = Database::openAnother(t->path());
    REQUIRE(other);
    CHECK(other.value()->checkpointer() == t->db->checkpointer());
    // A commit on the second connection is checkpointed by the same thread.
    t->db->checkpointer()->waitIdle();
    const int before = t->db->checkpointer()->checkpointsDone();
    const qint64 sizeBefore = fileSize(*t);
    writeManyPages(*other.value(), QStringLiteral("big"));
    t->db->checkpointer()->waitIdle();
    CHECK(t->db->checkpointer()->checkpointsDone() > before);
    CHECK(fileSize(*t) >= sizeBefore + qint64(kRows) * 4096);
}

TEST_CASE("while checkpoints are held the thread waits, and a checkpoint that empties the log succeeds", "[storage][checkpoint]")
{
    auto t = test::makeSetUpDb();
    Checkpointer *checkpointer = t->db->checkpointer();
    checkpointer->waitIdle();
    const int before = checkpointer->checkpointsDone();
    const qint64 sizeBefore = fileSize(*t);
    {
        const auto hold = t->db->holdCheckpoints();
        writeManyPages(*t->db, QStringLiteral("big"));
        checkpointer->waitIdle(); // asked for, not run
        CHECK(checkpointer->checkpointsDone() == before);
        CHECK(fileSize(*t) < sizeBefore + qint64(kRows) * 4096);
        CHECK(logSize(*t) >= qint64(kRows) * 4096);
        auto result = t->db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        REQUIRE(result);
        REQUIRE(result.value()->next());
        CHECK(result.value()->value(0).toInt() == 0); // not busy
        result.value()->finish();
        CHECK(logSize(*t) == 0);
        CHECK(fileSize(*t) >= sizeBefore + qint64(kRows) * 4096);
    }
    checkpointer->waitIdle(); // the asked-for one runs once the hold is gone, with nothing left to do
    CHECK(checkpointer->checkpointsDone() == before + 1);
}

TEST_CASE("a database closed right after a large commit leaves no log and opens again with everything in it", "[storage][checkpoint]")
{
    auto t = test::makeSetUpDb();
    writeManyPages(*t->db, QStringLiteral("big"));
    t->db.reset(); // a checkpoint is asked for or under way
    CHECK_FALSE(QFileInfo::exists(t->path() + QStringLiteral("-wal"))); // the last connection to close emptied it
    t->db = std::move(Database::open(t->path()).value());
    auto count = t->db->scalar(QStringLiteral("SELECT count(*) FROM big"));
    REQUIRE(count);
    CHECK(count.value().toInt() == kRows);
}

TEST_CASE("a log past its bound is copied by the committing connection, so that the log starts again",
          "[storage][checkpoint]")
{
    // A log starts again from its beginning only when a write begins with
    // every frame copied. A writer that never pauses (a generation of a
    // million households) begins its next write while the thread still
    // copies: its log grew to 59 GB and filled the disk. Here the thread is
    // kept busy by a hold, as it was by the writer, and the bound made small.
    auto t = test::makeSetUpDb();
    Checkpointer *checkpointer = t->db->checkpointer();
    checkpointer->waitIdle();
    REQUIRE(t->db->execScript(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    checkpointer->setMaxLogPages(2 * kRows);
    const qint64 sizeBefore = fileSize(*t);
    const int ran = checkpointer->checkpointsDone();
    {
        const auto hold = t->db->holdCheckpoints();
        writeManyPages(*t->db, QStringLiteral("first")); // the thread's, held
        CHECK(fileSize(*t) < sizeBefore + qint64(kRows) * 4096);
        writeManyPages(*t->db, QStringLiteral("second")); // past the bound: copied here
        CHECK(fileSize(*t) >= sizeBefore + qint64(2 * kRows) * 4096);
        CHECK(checkpointer->checkpointsDone() == ran);
    }
    checkpointer->waitIdle();
    // Every frame was copied: the next write started the log from its beginning.
    writeManyPages(*t->db, QStringLiteral("third"), 10);
    auto log = t->db->exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    REQUIRE(log);
    REQUIRE(log.value()->next());
    CHECK(log.value()->value(1).toInt() < 100);
    log.value()->finish();
    auto count = t->db->scalar(QStringLiteral("SELECT (SELECT count(*) FROM first) + (SELECT count(*) FROM second) "
                                              "+ (SELECT count(*) FROM third)"));
    REQUIRE(count);
    CHECK(count.value().toInt() == 2 * kRows + 10);
}
