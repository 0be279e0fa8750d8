#include "org/Setup.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "support/TestDb.h"
#include "support/catch.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <sqlite3.h>
#include <unistd.h>

using namespace tamkeen;
using namespace tamkeen::storage;

namespace {

QString schemaOf(Database &db)
{
    QString out = QStringLiteral("user_version=%1\n").arg(db.schemaVersion());
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA application_id")));
    REQUIRE(q.next());
    out += QStringLiteral("application_id=%1\n").arg(q.value(0).toLongLong());
    REQUIRE(q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")));
    while (q.next())
        out += QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()}
                   .join(QLatin1Char('|'))
               + QLatin1Char('\n');
    return out;
}

void rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    char *err = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
    INFO((err ? err : ""));
    sqlite3_free(err);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// Opening must fail with `code` and leave every byte of the file as it was.
void requireRefused(const QString &path, ErrorCode code)
{
    const QByteArray before = test::fileBytes(path);
    auto db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == code);
    CHECK_FALSE(db.error().message.isEmpty());
    CHECK(test::fileBytes(path) == before);
}

} // namespace

TEST_CASE("A new database file is created with WAL, full sync and the latest schema", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/folder/new.sqlite"));
    auto db = Database::open(path);
    REQUIRE(db.ok());
    Database &d = *db.value();
    CHECK(d.schemaVersion() == Database::latestSchemaVersion());
    QSqlQuery q(d.connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
    REQUIRE(q.exec(QStringLiteral("PRAGMA synchronous")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2); // FULL
    CHECK_FALSE(org::Setup::isDone(d));
}

TEST_CASE("Files that are not Tamkeen databases are refused and left unchanged", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("file.sqlite"));

    SECTION("a text file")
    {
        writeFile(path, QByteArray("name,phone\nأحمد,0551234567\n").repeated(200));
        requireRefused(path, ErrorCode::NotTamkeenFile);
    }
    SECTION("an empty file")
    {
        writeFile(path, QByteArray());
        requireRefused(path, ErrorCode::NotTamkeenFile);
    }
    SECTION("another program's SQLite database")
    {
        rawExec(path, "CREATE TABLE songs(title TEXT); INSERT INTO songs VALUES ('x');");
        requireRefused(path, ErrorCode::NotTamkeenFile);
    }
    SECTION("a folder")
    {
        REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("folder.sqlite")));
        auto db = Database::open(dir.filePath(QStringLiteral("folder.sqlite")));
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().code == ErrorCode::NotTamkeenFile);
    }
}

TEST_CASE("A truncated Tamkeen database is refused and left unchanged", "[storage]")
{
    auto t = test::makeSetUpDb();
    const QString path = t->path();
    t->db.reset(); // closes and checkpoints the WAL into the main file
    const QByteArray whole = test::fileBytes(path);
    REQUIRE(whole.size() > 8 * 4096);
    const QString cut = t->dir.filePath(QStringLiteral("cut.sqlite"));
    writeFile(cut, whole.left(whole.size() / 2));
    requireRefused(cut, ErrorCode::Corrupt);
}

TEST_CASE("A database from a newer Tamkeen is refused and left unchanged", "[storage]")
{
    auto t = test::makeSetUpDb();
    const QString path = t->path();
    t->db.reset();
    const QByteArray sql = QByteArray("PRAGMA user_version = ") + QByteArray::number(Database::latestSchemaVersion() + 1);
    rawExec(path, sql.constData());
    requireRefused(path, ErrorCode::TooNew);
}

TEST_CASE("Migrating from each earlier version gives the same schema as a new file", "[storage][migrations]")
{
    QTemporaryDir dir;
    auto fresh = Database::open(dir.filePath(QStringLiteral("fresh.sqlite")));
    REQUIRE(fresh.ok());
    const QString expected = schemaOf(*fresh.value());
    CHECK(expected.contains(QStringLiteral("capture_update_users")));
    CHECK_FALSE(expected.contains(QStringLiteral("capture_insert_users"))); // SyncedWriter records inserts

    for (int version = 0; version < Database::latestSchemaVersion(); ++version) {
        INFO("starting from version " << version);
        const QString path = dir.filePath(QStringLiteral("v%1.sqlite").arg(version));
        {
            auto old = Database::openAtVersion(path, version);
            REQUIRE(old.ok());
            REQUIRE(old.value()->schemaVersion() == version);
        }
        auto migrated = Database::open(path);
        REQUIRE(migrated.ok());
        CHECK(schemaOf(*migrated.value()) == expected);
    }
}

TEST_CASE("Sealed batches kept before migration 11 stay, byte for byte, and stay keyed by origin and first number",
          "[storage][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v10.sqlite"));
    const QByteArray origin(16, '\x07');
    const QByteArray body(70 * 1024, '\x5a'); // past a page: on overflow pages
    const QByteArray signature(64, '\x11');
    {
        auto old = Database::openAtVersion(path, 10);
        REQUIRE(old.ok());
        for (qint64 first : {1, 2001})
            REQUIRE(old.value()->write(QStringLiteral("INSERT INTO sync_batches(origin, first_seq, last_seq, body, signature) "
                                                      "VALUES (?, ?, ?, ?, ?)"),
                                       {origin, first, first + 1999, body + QByteArray::number(first), signature})
                        .ok());
    }
    auto db = Database::open(path);
    REQUIRE(db.ok());
    REQUIRE(db.value()->schemaVersion() >= 11);
    int rows = 0;
    REQUIRE(db.value()
                ->read(QStringLiteral("SELECT origin, first_seq, last_seq, body, signature FROM sync_batches ORDER BY first_seq"),
                       {},
                       [&](const RawRow &r) {
                           const qint64 first = rows == 0 ? 1 : 2001;
                           CHECK(r.blob(0) == origin);
                           CHECK(r.integer(1) == first);
                           CHECK(r.integer(2) == first + 1999);
                           CHECK(r.blob(3) == body + QByteArray::number(first));
                           CHECK(r.blob(4) == signature);
                           ++rows;
                       })
                .ok());
    CHECK(rows == 2);
    // The same run again is still one run (an import stores what it verified with OR IGNORE).
    REQUIRE(db.value()->write(QStringLiteral("INSERT OR IGNORE INTO sync_batches(origin, first_seq, last_seq, body, signature) "
                                             "VALUES (?, 1, 5, x'00', ?)"),
                              {origin, signature})
                .ok());
    CHECK(db.value()->scalar(QStringLiteral("SELECT count(*) FROM sync_batches")).value().toInt() == 2);
}

TEST_CASE("A blank SQLite file left by an interrupted first start is taken over", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("blank.sqlite"));
    rawExec(path, "PRAGMA journal_mode = WAL;");
    auto db = Database::open(path);
    REQUIRE(db.ok());
    CHECK(db.value()->schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("Setup survives closing and reopening the file", "[storage]")
{
    auto t = test::makeSetUpDb();
    const QByteArray device = t->db->deviceId();
    REQUIRE(device.size() == 16);
    t->db.reset();
    auto db = Database::open(t->path());
    REQUIRE(db.ok());
    CHECK(db.value()->deviceId() == device);
    CHECK(org::Setup::isDone(*db.value()));
}

TEST_CASE("A failed transaction writes nothing", "[storage]")
{
    auto t = test::makeSetUpDb();
    Database &db = *t->db;
    const Status s = db.transaction([&]() -> Status {
        auto q = db.exec(QStringLiteral("INSERT INTO counters(name, value) VALUES ('x', 1)"));
        REQUIRE(q.ok());
        return makeError(ErrorCode::Invalid, QStringLiteral("stop"));
    });
    CHECK_FALSE(s.ok());
    auto n = db.scalar(QStringLiteral("SELECT count(*) FROM counters WHERE name = 'x'"));
    REQUIRE(n.ok());
    CHECK(n.value().toInt() == 0);
}

TEST_CASE("A query being read stays valid while many other statements are prepared", "[storage]")
{
    // Database::exec caches statements; nested queries (read one, look up
    // another) must not see the first moved when the cache grows.
    auto t = test::makeSetUpDb();
    Database &db = *t->db;
    REQUIRE(db.execScript(QStringLiteral("CREATE TABLE n(v INTEGER); WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL "
                                         "SELECT x + 1 FROM c WHERE x < 50) INSERT INTO n SELECT x FROM c;"))
                .ok());
    auto outer = db.exec(QStringLiteral("SELECT v FROM n ORDER BY v"));
    REQUIRE(outer.ok());
    QSqlQuery *rows = outer.value();
    int sum = 0;
    int prepared = 0;
    while (rows->next()) {
        const int v = rows->value(0).toInt();
        sum += v;
        for (int k = 0; k < 6; ++k) { // 300 distinct statements in all
            auto inner = db.scalar(QStringLiteral("SELECT %1 + %2").arg(v).arg(k));
            REQUIRE(inner.ok());
            CHECK(inner.value().toInt() == v + k);
            ++prepared;
        }
    }
    CHECK(prepared == 300);
    CHECK(sum == 50 * 51 / 2);
}

TEST_CASE("A healthy database in a read-only folder is reported as such, never as damaged", "[storage]")
{
    auto t = test::makeSetUpDb();
    const QString path = t->path();
    t->db.reset();
    // Readable by the other account the test acts as (Tamkeen makes it owner-only).
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                            | QFileDevice::ReadOther));
    const QByteArray before = test::fileBytes(path);
    const QString folder = QFileInfo(path).absolutePath();
    REQUIRE(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                              | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther));
    // Root may write anywhere: act as an ordinary user while opening.
    const bool root = geteuid() == 0;
    if (root)
        REQUIRE(seteuid(65534) == 0);
    auto db = Database::open(path);
    if (root)
        REQUIRE(seteuid(0) == 0);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == ErrorCode::Io);
    INFO(db.error().message.toStdString());
    CHECK(db.error().message.contains(QStringLiteral("read-only")));
    CHECK_FALSE(db.error().message.contains(QStringLiteral("damaged")));
    CHECK_FALSE(db.error().message.contains(QStringLiteral("backup")));
    CHECK(test::fileBytes(path) == before);
}

TEST_CASE("A -wal file from another database is named as the cause, not the database", "[storage]")
{
    auto t = test::makeSetUpDb();
    const QString path = t->path();
    t->db.reset(); // checkpointed: no -wal of its own is left
    REQUIRE_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    const QByteArray before = test::fileBytes(path);

    // Another program's WAL database, its -wal copied while it was open.
    const QString other = t->dir.filePath(QStringLiteral("other.sqlite"));
    test::copyForeignWal(other, path);

    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    INFO(opened.error().message.toStdString());
    CHECK(opened.error().code != ErrorCode::NotTamkeenFile);
    CHECK(opened.error().message.contains(QStringLiteral("tamkeen.sqlite-wal")));
    CHECK_FALSE(opened.error().message.contains(QStringLiteral("not a Tamkeen database")));
    CHECK(test::fileBytes(path) == before);
}

TEST_CASE("A second connection for a worker thread opens only a file already opened and migrated", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.sqlite"));
    // Missing: refused, and not created.
    auto missing = storage::Database::openAnother(path);
    REQUIRE_FALSE(missing.ok());
    CHECK_FALSE(missing.error().message.isEmpty());
    CHECK_FALSE(QFileInfo::exists(path));
    // An older schema (not migrated by this version): refused, left as it was.
    {
        auto old = storage::Database::openAtVersion(path, 1);
        REQUIRE(old.ok());
    }
    auto older = storage::Database::openAnother(path);
    REQUIRE_FALSE(older.ok());
    CHECK(older.error().code == ErrorCode::Database);
    // Opened and migrated: a second connection reads what the first wrote.
    auto first = storage::Database::open(path);
    REQUIRE(first.ok());
    REQUIRE(first.value()->exec(QStringLiteral("CREATE TABLE probe (x INTEGER)")).ok());
    REQUIRE(first.value()->exec(QStringLiteral("INSERT INTO probe VALUES (42)")).ok());
    auto second = storage::Database::openAnother(path);
    REQUIRE(second.ok());
    CHECK(second.value()->schemaVersion() == storage::Database::latestSchemaVersion());
    CHECK(second.value()->scalar(QStringLiteral("SELECT x FROM probe")).value().toInt() == 42);
}

// Bulk work raises the page cache for a while, never lowers it unless asked
// (the dashboard of a very large file), and gives the connection's own back.
TEST_CASE("A larger page cache while bulk work runs, a smaller one only when asked, the own one after", "[storage]")
{
    auto t = test::makeSetUpDb();
    Database &db = *t->db;
    const auto cacheSize = [&] { return db.scalar(QStringLiteral("PRAGMA cache_size")).value().toInt(); };
    const int own = cacheSize();
    REQUIRE(own < 0); // in KiB
    {
        Database::BulkCache larger(db, -own * 2);
        CHECK(cacheSize() == own * 2);
    }
    CHECK(cacheSize() == own);
    {
        Database::BulkCache notSmaller(db, -own / 4);
        CHECK(cacheSize() == own);
    }
    {
        Database::BulkCache smaller(db, -own / 4, true);
        CHECK(cacheSize() == own / 4);
    }
    CHECK(cacheSize() == own);
}
