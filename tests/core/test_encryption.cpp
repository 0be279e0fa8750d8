// The database at rest (issue 15 §1): what a thief who copies the file reads,
// and what the file refuses.
#include "org/Setup.h"
#include "registry/HouseholdService.h"
#include "security/FileKeys.h"
#include "security/UserService.h"
#include "storage/Database.h"
#include "storage/FileCheck.h"
#include "storage/crypt/CryptFormat.h"
#include "storage/crypt/EncryptedFile.h"
#include "support/TestDb.h"
#include "support/catch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <sqlite3.h>

using namespace tamkeen;
using namespace tamkeen::storage;
using security::FileKeys;
using test::anyFileHolds;
using test::flipBit;

namespace {

const QString kSecretName = QStringLiteral("زينب عبدالرحمن الفريدي");
const QString kSecretId = QStringLiteral("2987654321");
const QString kAdminPassword = QStringLiteral("admin-pass-1");

// A raw SQLite connection, as a thief with the sqlite3 shell would use.
int rawCount(const QString &path, QString *error)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_master", -1, &stmt, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(stmt);
    *error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return rc;
}

} // namespace

TEST_CASE("a new database is encrypted: names, IDs and notes are in no byte of the file or its log", "[encryption]")
{
    auto t = test::makeSetUpDb();
    Database &db = *t->db;
    REQUIRE(crypt::EncryptedFile::stateOf(t->path()) == crypt::EncryptedFile::State::Encrypted);
    REQUIRE(db.transaction([&]() -> Status {
        auto q = db.exec(QStringLiteral("INSERT INTO local_state(key, value) VALUES ('probe-name', ?), ('probe-id', ?)"),
                         {kSecretName, kSecretId});
        return q ? Status{} : Status(q.error());
    }));
    // Before a checkpoint the rows are in the log; after one, in the file.
    CHECK(QFileInfo(t->path() + QStringLiteral("-wal")).size() > 0);
    CHECK_FALSE(anyFileHolds(t->dir.path(), kSecretName));
    CHECK_FALSE(anyFileHolds(t->dir.path(), kSecretId));
    {
        const auto hold = db.holdCheckpoints();
        QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    CHECK_FALSE(anyFileHolds(t->dir.path(), kSecretName));
    CHECK_FALSE(anyFileHolds(t->dir.path(), kSecretId));
    // The check can fail: the same rows in a plain file are found.
    crypt::EncryptedFile::setEncryptNewFiles(false);
    QTemporaryDir plainDir;
    {
        auto plain = Database::open(plainDir.filePath(QStringLiteral("plain.sqlite")));
        crypt::EncryptedFile::setEncryptNewFiles(true);
        REQUIRE(plain);
        REQUIRE(plain.value()->exec(QStringLiteral("CREATE TABLE probe(v TEXT)")));
        REQUIRE(plain.value()->exec(QStringLiteral("INSERT INTO probe VALUES (?), (?)"), {kSecretName, kSecretId}));
    }
    CHECK(anyFileHolds(plainDir.path(), kSecretName));
    CHECK(anyFileHolds(plainDir.path(), kSecretId));
}

TEST_CASE("a sort too big for memory spills to disk encrypted", "[encryption]")
{
    auto t = test::makeSetUpDb();
    Database &db = *t->db;
    // A tiny cache makes SQLite write the temporary table and the sort's runs
    // to temporary files, past the 8 MiB held in memory (crypt/TempFile.cpp).
    REQUIRE(db.execScript(QStringLiteral("PRAGMA cache_size = 10; PRAGMA temp_store = FILE; CREATE TEMP TABLE big(v TEXT);")));
    constexpr int kRows = 200000;
    REQUIRE(db.transaction([&]() -> Status {
        for (int i = 0; i < kRows; ++i)
            if (auto q = db.exec(QStringLiteral("INSERT INTO big VALUES (?)"), {kSecretName + QString::number(i)}); !q)
                return q.error();
        return {};
    }));
    int rows = 0;
    REQUIRE(db.read(QStringLiteral("SELECT v FROM big ORDER BY v DESC"), {}, [&](const RawRow &row) {
        if (rows++ == 0)
            CHECK(row.text(0).startsWith(kSecretName));
    }));
    CHECK(rows == kRows);
}


// A statement that fails half way is undone from its statement journal: held
// in memory while small, sealed in a temporary file once it outgrows that
// (storage/crypt/TempFile.cpp). Either way it is undone whole and the
// transaction goes on.
TEST_CASE("a statement that fails half way is undone whole, whether its journal was held in memory or outgrew it",
          "[encryption]")
{
    auto t = test::makeSetUpDb();
    Database &db = *t->db;
    for (const int rows : {100, 3000}) { // about 0.4 MiB and 12 MiB of journal
        INFO(rows << " rows");
        REQUIRE(db.execScript(QStringLiteral("DROP TABLE IF EXISTS wide; DROP TABLE IF EXISTS before;"
                                             "CREATE TABLE wide(id INTEGER PRIMARY KEY, b BLOB, n INTEGER CHECK (n < 10));"
                                             "WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < %1) "
                                             "INSERT INTO wide SELECT i, randomblob(4000), 0 FROM k;"
                                             "CREATE TABLE before AS SELECT id, b FROM wide;")
                                  .arg(rows)));
        REQUIRE(db.transaction([&]() -> Status {
            if (Status s = db.write(QStringLiteral("UPDATE wide SET n = 1 WHERE id = 1"), {}); !s)
                return s;
            // Every row rewritten, the last one refused by its CHECK: the statement is undone.
            const Status failed = db.write(QStringLiteral("UPDATE wide SET b = randomblob(4000), "
                                                          "n = CASE WHEN id = ? THEN 99 ELSE 2 END"),
                                           {rows});
            CHECK_FALSE(failed.ok());
            return db.write(QStringLiteral("UPDATE wide SET n = 3 WHERE id = 2"), {});
        }));
        CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM wide JOIN before USING (id) WHERE wide.b = before.b"))
                  .value()
                  .toInt()
              == rows);
        CHECK(db.scalar(QStringLiteral("SELECT group_concat(n) FROM (SELECT n FROM wide WHERE id <= 3 ORDER BY id)"))
                  .value()
                  .toString()
              == QStringLiteral("1,3,0"));
    }
}

namespace {

void insertProbe(Database &db)
{
    REQUIRE(db.transaction([&]() -> Status {
        auto q = db.exec(QStringLiteral("INSERT INTO local_state(key, value) VALUES ('probe-name', ?), ('probe-id', ?) "
                                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                         {kSecretName, kSecretId});
        return q ? Status{} : Status(q.error());
    }));
}

QString probeName(Database &db)
{
    auto v = db.scalar(QStringLiteral("SELECT value FROM local_state WHERE key = 'probe-name'"));
    REQUIRE(v);
    return v.value().toString();
}

// A set-up file with the probe rows, closed, its key forgotten: as a laptop
// is after a restart, or a thief finds it.
std::unique_ptr<test::TestDb> closedLockedDb()
{
    auto t = test::makeSetUpDb();
    insertProbe(*t->db);
    t->db.reset();
    FileKeys::lock(t->path());
    REQUIRE(FileKeys::isLocked(t->path()));
    return t;
}

} // namespace

TEST_CASE("a locked file opens with a user's password and with nothing else", "[encryption]")
{
    auto t = closedLockedDb();
    const QByteArray before = test::fileBytes(t->path());

    auto refused = Database::open(t->path());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CHECK(refused.error().message.contains(QStringLiteral("encrypted")));

    auto wrong = FileKeys::unlock(t->path(), QStringLiteral("admin"), QStringLiteral("not the password"));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == ErrorCode::PermissionDenied);
    auto nobody = FileKeys::unlock(t->path(), QStringLiteral("nobody"), QStringLiteral("correct horse"));
    REQUIRE_FALSE(nobody);
    CHECK(nobody.error().message == wrong.error().message); // the same answer for both
    CHECK(FileKeys::isLocked(t->path()));
    CHECK(test::fileBytes(t->path()) == before);

    auto opened = FileKeys::unlock(t->path(), QStringLiteral("ADMIN "), QStringLiteral("correct horse"));
    REQUIRE(opened);
    CHECK(opened.value().userSecretKey.size() == 64);
    auto db = Database::open(t->path());
    REQUIRE(db);
    CHECK(probeName(*db.value()) == kSecretName);
}

TEST_CASE("a user added later gets a slot, a deactivated one loses it", "[encryption]")
{
    auto t = test::makeSetUpDb();
    security::UserService users(*t->db, security::HashCost::minimal());
    CHECK(FileKeys::userSlotCount(*t->db) == 1);
    auto id = users.add(t->admin, {QStringLiteral("salma"), QStringLiteral("سلمى"), security::Role::Counsellor,
                                   QStringLiteral("salma-pass-1")});
    REQUIRE(id);
    CHECK(FileKeys::userSlotCount(*t->db) == 2);
    t->db.reset();
    FileKeys::lock(t->path());
    REQUIRE(FileKeys::unlock(t->path(), QStringLiteral("salma"), QStringLiteral("salma-pass-1")));
    auto db = Database::open(t->path());
    REQUIRE(db);
    security::UserService again(*db.value(), security::HashCost::minimal());
    auto admin = again.login(QStringLiteral("admin"), QStringLiteral("correct horse"));
    REQUIRE(admin);
    REQUIRE(again.setActive(admin.value(), id.value(), false));
    CHECK(FileKeys::userSlotCount(*db.value()) == 1);
    db.value().reset();
    FileKeys::lock(t->path());
    CHECK_FALSE(FileKeys::unlock(t->path(), QStringLiteral("salma"), QStringLiteral("salma-pass-1")));
}

TEST_CASE("the recovery key opens a file whose passwords are all lost", "[encryption]")
{
    auto t = test::makeSetUpDb();
    CHECK_FALSE(FileKeys::hasRecoveryKey(*t->db));
    auto recovery = FileKeys::makeRecoveryKey(*t->db, t->admin);
    REQUIRE(recovery);
    CHECK(recovery.value().size() == 16 * 4 + 15);
    CHECK(FileKeys::hasRecoveryKey(*t->db));
    insertProbe(*t->db);
    t->db.reset();
    FileKeys::lock(t->path());

    QString typo = recovery.value();
    typo[0] = typo[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    CHECK_FALSE(FileKeys::unlockWithRecoveryKey(t->path(), typo));
    CHECK_FALSE(FileKeys::unlockWithRecoveryKey(t->path(), QStringLiteral("1234")));
    CHECK(FileKeys::isLocked(t->path()));
    // Read out loud and typed in lower case with spaces: still the key.
    REQUIRE(FileKeys::unlockWithRecoveryKey(t->path(), recovery.value().toLower().replace(QLatin1Char('-'), QLatin1Char(' '))));
    auto db = Database::open(t->path());
    REQUIRE(db);
    CHECK(probeName(*db.value()) == kSecretName);
}

TEST_CASE("a flipped bit in a page is refused as damage and the file is left as it was", "[encryption]")
{
    // The first page is read by every open: the file is refused there.
    auto t = closedLockedDb();
    REQUIRE(FileKeys::unlock(t->path(), QStringLiteral("admin"), QStringLiteral("correct horse")));
    flipBit(t->path(), crypt::kHeaderSize + 200);
    const QByteArray before = test::fileBytes(t->path());
    auto db = Database::open(t->path());
    REQUIRE_FALSE(db);
    CHECK(db.error().code == ErrorCode::Corrupt);
    CHECK(test::fileBytes(t->path()) == before);
    // A raw connection reads no garbage either.
    QString error;
    const int rc = rawCount(t->path(), &error);
    CHECK((rc != SQLITE_ROW || !error.isEmpty()));
}

TEST_CASE("a flipped bit in a page that opening does not read is found by the whole-file check, never read as data", "[encryption]")
{
    auto t = closedLockedDb();
    REQUIRE(FileKeys::unlock(t->path(), QStringLiteral("admin"), QStringLiteral("correct horse")));
    REQUIRE(checkWholeFile(t->path()));
    const qint64 size = QFileInfo(t->path()).size();
    REQUIRE(size > crypt::kHeaderSize + 4 * crypt::kPageSize);
    flipBit(t->path(), size - crypt::kPageSize + 300); // inside the last page
    const QByteArray before = test::fileBytes(t->path());
    {
        auto db = Database::open(t->path());
        if (!db) {
            CHECK(db.error().code == ErrorCode::Corrupt);
        } else {
            // Every table read whole: each either reads or says the file is damaged.
            auto names = db.value()->exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
            REQUIRE(names);
            QStringList tables;
            while (names.value()->next())
                tables << names.value()->value(0).toString();
            names.value()->finish();
            for (const QString &table : tables) {
                auto rows = db.value()->exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
                if (rows) {
                    while (rows.value()->next()) {
                    }
                    rows.value()->finish();
                } else {
                    CAPTURE(table, rows.error().message);
                    CHECK(rows.error().code == ErrorCode::Corrupt);
                }
            }
        }
    }
    const Status whole = checkWholeFile(t->path());
    REQUIRE_FALSE(whole);
    CHECK(whole.error().code == ErrorCode::Corrupt);
    CHECK(whole.error().message.contains(QStringLiteral("damaged")));
    CHECK(test::fileBytes(t->path()) == before);
}

TEST_CASE("a truncated encrypted file is refused and left as it was", "[encryption]")
{
    for (const qint64 keep : {qint64(100), crypt::kHeaderSize - 1, crypt::kHeaderSize, crypt::kHeaderSize + crypt::kPageSize + 10}) {
        CAPTURE(keep);
        auto t = closedLockedDb();
        REQUIRE(FileKeys::unlock(t->path(), QStringLiteral("admin"), QStringLiteral("correct horse")));
        REQUIRE(QFile::resize(t->path(), keep));
        const QByteArray before = test::fileBytes(t->path());
        auto db = Database::open(t->path());
        REQUIRE_FALSE(db);
        CHECK((db.error().code == ErrorCode::Corrupt || db.error().code == ErrorCode::NotTamkeenFile));
        CHECK(test::fileBytes(t->path()) == before);
    }
}

namespace {

// A database as the version before encryption wrote it, with the probe rows.
void makePlain(const QString &path)
{
    crypt::EncryptedFile::setEncryptNewFiles(false);
    auto db = Database::open(path);
    crypt::EncryptedFile::setEncryptNewFiles(true);
    REQUIRE(db);
    REQUIRE(org::Setup::run(*db.value(), test::sampleSetup(), security::HashCost::minimal()));
    insertProbe(*db.value());
    REQUIRE(crypt::EncryptedFile::stateOf(path) == crypt::EncryptedFile::State::Plain);
}

} // namespace

TEST_CASE("a plain database is encrypted in its place on first open, with its users able to log in", "[encryption]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tamkeen.sqlite"));
    makePlain(path);
    REQUIRE(anyFileHolds(dir.path(), kSecretName)); // the test can fail
    {
        auto db = Database::open(path);
        REQUIRE(db);
        CHECK(probeName(*db.value()) == kSecretName);
        CHECK(FileKeys::userSlotCount(*db.value()) == 1);
    }
    CHECK(crypt::EncryptedFile::stateOf(path) == crypt::EncryptedFile::State::Encrypted);
    CHECK_FALSE(QFileInfo::exists(crypt::EncryptedFile::plainPath(path)));
    CHECK_FALSE(QFileInfo::exists(crypt::EncryptedFile::convertingPath(path)));
    CHECK_FALSE(anyFileHolds(dir.path(), kSecretName));
    CHECK_FALSE(anyFileHolds(dir.path(), kSecretId));
    FileKeys::lock(path);
    REQUIRE(FileKeys::unlock(path, QStringLiteral("admin"), QStringLiteral("correct horse")));
    auto db = Database::open(path);
    REQUIRE(db);
    CHECK(probeName(*db.value()) == kSecretName);
}

TEST_CASE("a conversion cut short by a crash loses nothing", "[encryption]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tamkeen.sqlite"));
    const QString converting = crypt::EncryptedFile::convertingPath(path);
    const QString plain = crypt::EncryptedFile::plainPath(path);

    SECTION("cut while the encrypted copy was being written")
    {
        makePlain(path);
        QFile half(converting);
        REQUIRE(half.open(QIODevice::WriteOnly));
        half.write(QByteArray(crypt::kHeaderSize / 2, 'x'));
        half.close();
    }
    SECTION("cut between the two renames, the copy complete")
    {
        makePlain(path);
        REQUIRE(crypt::EncryptedFile::convert(path, [](sqlite3 *copy) { return FileKeys::writeSlots(copy); }));
        // Back to the moment after the first rename: the copy not yet in place.
        REQUIRE(QFile::copy(path, converting));
        REQUIRE(QFile::remove(path));
        QFile old(plain);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("the plain file, not yet wiped");
    }
    SECTION("cut between the two renames, before the copy was checked")
    {
        makePlain(path);
        REQUIRE(QFile::rename(path, plain));
    }
    auto db = Database::open(path);
    REQUIRE(db);
    CHECK(probeName(*db.value()) == kSecretName);
    CHECK(crypt::EncryptedFile::stateOf(path) == crypt::EncryptedFile::State::Encrypted);
    CHECK_FALSE(QFileInfo::exists(plain));
    CHECK_FALSE(QFileInfo::exists(converting));
}

TEST_CASE("another copy of SQLite, or a stranger's file, is passed through untouched", "[encryption]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "CREATE TABLE t(v); INSERT INTO t VALUES ('hello');", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    CHECK(test::fileBytes(path).startsWith("SQLite format 3"));
    CHECK(crypt::EncryptedFile::stateOf(path) == crypt::EncryptedFile::State::Plain);
}

#include "SyncFixture.h"

TEST_CASE("a user made on another laptop opens this one once their record has arrived", "[encryption][sync]")
{
    using namespace tamkeen::sync;
    test::syncfixture::Org org(2);
    auto &a = org[0];
    auto &b = org[1];
    const QString pathB = b.t->path();
    security::UserService users(a.db, security::HashCost::minimal());
    REQUIRE(users.add(a.admin(), {QStringLiteral("huda"), QStringLiteral("هدى"), security::Role::Counsellor,
                                  QStringLiteral("huda-pass-12")}));
    CHECK(FileKeys::userSlotCount(b.db) == 1); // only the administrator, before the package
    REQUIRE(org.receive(b, org.sendFor(a, b)).ok());
    CHECK(FileKeys::userSlotCount(b.db) == 2);
}

TEST_CASE("the organisation's recovery key opens a laptop enrolled after it was made", "[encryption][enrol]")
{
    test::syncfixture::Org org(1);
    auto &hub = org[0];
    auto recovery = FileKeys::makeRecoveryKey(hub.db, hub.admin());
    REQUIRE(recovery);
    auto &laptop = org.enrol(hub);
    CHECK(FileKeys::hasRecoveryKey(laptop.db)); // the key's public half came in the enrolment file
    insertProbe(laptop.db);
    const QString path = laptop.t->path();
    laptop.t->db.reset();
    FileKeys::lock(path);
    REQUIRE(FileKeys::isLocked(path));
    REQUIRE(FileKeys::unlockWithRecoveryKey(path, recovery.value()));
    auto db = Database::open(path);
    REQUIRE(db);
    CHECK(probeName(*db.value()) == kSecretName);
}

TEST_CASE("a file whose setup never finished is set aside and setup starts again", "[encryption]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tamkeen.sqlite"));
    {
        auto db = Database::open(path); // created, then the program stops before setup
        REQUIRE(db);
    }
    FileKeys::lock(path);
    REQUIRE(FileKeys::isLocked(path));
    auto db = Database::open(path);
    REQUIRE(db);
    CHECK_FALSE(org::Setup::isDone(*db.value()));
    CHECK(QFileInfo::exists(path + QStringLiteral(".unfinished"))); // kept, not removed
    REQUIRE(org::Setup::run(*db.value(), test::sampleSetup(), security::HashCost::minimal()));
    CHECK(FileKeys::userSlotCount(*db.value()) == 1);
}

TEST_CASE("after a password change only the new password opens the file", "[encryption]")
{
    auto t = test::makeSetUpDb();
    security::UserService users(*t->db, security::HashCost::minimal());
    REQUIRE(users.changeOwnPassword(t->admin, QStringLiteral("correct horse"), QStringLiteral("a new long password")));
    t->db.reset();
    FileKeys::lock(t->path());
    // The old slot is in neither copy of the slots any more.
    CHECK_FALSE(FileKeys::unlock(t->path(), QStringLiteral("admin"), QStringLiteral("correct horse")));
    REQUIRE(FileKeys::unlock(t->path(), QStringLiteral("admin"), QStringLiteral("a new long password")));
}

TEST_CASE("a log frame torn by a power cut ends the log there, and what was committed before opens", "[encryption]")
{
    auto t = test::makeSetUpDb();
    Database &db = *t->db;
    REQUIRE(db.execScript(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    REQUIRE(db.exec(QStringLiteral("INSERT INTO local_state(key, value) VALUES ('first', 'kept')")));
    const qint64 firstEnd = QFileInfo(t->path() + QStringLiteral("-wal")).size();
    REQUIRE(db.exec(QStringLiteral("INSERT INTO local_state(key, value) VALUES ('second', 'torn')")));
    // The files as a power cut leaves them: copied while the log is not yet checkpointed.
    QTemporaryDir other;
    const QString copy = other.filePath(QStringLiteral("copy.sqlite"));
    REQUIRE(QFile::copy(t->path(), copy));
    REQUIRE(QFile::copy(t->path() + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
    REQUIRE(QFileInfo(copy + QStringLiteral("-wal")).size() > firstEnd);
    flipBit(copy + QStringLiteral("-wal"), firstEnd + 24 + 200); // inside the second commit's first page
    auto opened = Database::open(copy);
    REQUIRE(opened);
    auto first = opened.value()->scalar(QStringLiteral("SELECT value FROM local_state WHERE key = 'first'"));
    REQUIRE(first);
    CHECK(first.value().toString() == QStringLiteral("kept"));
    auto second = opened.value()->scalar(QStringLiteral("SELECT count(*) FROM local_state WHERE key = 'second'"));
    REQUIRE(second);
    CHECK(second.value().toInt() == 0);
}

TEST_CASE("A plain file of an earlier schema with a damaged page is refused before the migration writes to it", "[encryption]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        test::PlainFiles plain;
        auto db = Database::openAtVersion(path, Database::latestSchemaVersion() - 1);
        REQUIRE(db);
        // Enough rows that the last page is one nothing reads at open.
        REQUIRE(db.value()->execScript(QStringLiteral(
            "CREATE TABLE filler(x); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
            "INSERT INTO filler SELECT randomblob(200) FROM n;")));
    }
    const qint64 size = QFileInfo(path).size();
    REQUIRE(size > 100 * 4096);
    // Inside the b-tree page header of the last page: quick_check sees it, a plain read of page 1 does not.
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek(size - 4096));
    REQUIRE(f.write(QByteArray(8, '\xff')) == 8);
    f.close();
    const QByteArray before = test::fileBytes(path);
    auto opened = Database::open(path);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == ErrorCode::Corrupt);
    CHECK(test::fileBytes(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".plain")));
}
