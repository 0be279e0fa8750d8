// Backups (issue 15 §7): what a backup holds, who opens it, and what a restore
// puts back and keeps.
#include "security/FileKeys.h"
#include "storage/Backup.h"
#include "storage/BackupFolder.h"
#include "storage/Database.h"
#include "storage/crypt/CryptFormat.h"
#include "storage/crypt/EncryptedFile.h"
#include "support/TestDb.h"
#include "support/catch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace tamkeen;
using namespace tamkeen::storage;
using security::FileKeys;

namespace {

const QString kSecretName = QStringLiteral("مريم عبدالله القحطاني");
const QString kSecretId = QStringLiteral("1098765432");
const QString kPassword = QStringLiteral("correct horse");

void setProbe(Database &db, const QString &name)
{
    REQUIRE(db.transaction([&]() -> Status {
        auto q = db.exec(QStringLiteral("INSERT INTO local_state(key, value) VALUES ('probe-name', ?), ('probe-id', ?) "
                                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                         {name, kSecretId});
        return q ? Status{} : Status(q.error());
    }));
}

// The probe as a fresh open of the file reads it (unlocking it as admin first).
QString probeIn(const QString &path)
{
    if (FileKeys::isLocked(path))
        REQUIRE(FileKeys::unlock(path, QStringLiteral("admin"), kPassword));
    auto db = Database::open(path);
    REQUIRE(db);
    auto v = db.value()->scalar(QStringLiteral("SELECT value FROM local_state WHERE key = 'probe-name'"));
    REQUIRE(v);
    return v.value().toString();
}

QDateTime utc(int day, int hour)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, 0), QTimeZone::utc());
}

} // namespace

TEST_CASE("a backup is encrypted, opens with the same passwords and the recovery key, and with nothing else", "[backup]")
{
    auto t = test::makeSetUpDb();
    auto recovery = FileKeys::makeRecoveryKey(*t->db, t->admin);
    REQUIRE(recovery);
    setProbe(*t->db, kSecretName);
    QTemporaryDir out;
    const QString backup = out.filePath(QStringLiteral("b.sqlite"));
    REQUIRE(Backup::write(*t->db, backup));

    // One whole file: no part, no log beside it; the owner's only.
    CHECK(QDir(out.path()).entryList(QDir::Files) == QStringList{QStringLiteral("b.sqlite")});
#ifdef Q_OS_UNIX
    CHECK(QFileInfo(backup).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
#endif
    // Its key went with the backup: a thief's copy reads as nothing.
    CHECK(FileKeys::isLocked(backup));
    CHECK_FALSE(test::anyFileHolds(out.path(), kSecretName));
    CHECK_FALSE(test::anyFileHolds(out.path(), kSecretId));
    const QByteArray before = test::fileBytes(backup);
    CHECK_FALSE(FileKeys::unlock(backup, QStringLiteral("admin"), QStringLiteral("not the password")));
    CHECK(test::fileBytes(backup) == before);
    // Its own key: no page of it is a page of the database.
    CHECK(before.mid(crypt::kHeaderSize, crypt::kPageSize)
          != test::fileBytes(t->path()).mid(crypt::kHeaderSize, crypt::kPageSize));

    CHECK(FileKeys::unlockWithRecoveryKey(backup, recovery.value()));
    FileKeys::lock(backup);
    CHECK(probeIn(backup) == kSecretName);
}

TEST_CASE("a backup never replaces a file, and one that cannot be written leaves nothing", "[backup]")
{
    auto t = test::makeSetUpDb();
    QTemporaryDir out;
    const QString existing = out.filePath(QStringLiteral("keep.sqlite"));
    {
        QFile f(existing);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("a file someone keeps");
    }
    auto refused = Backup::write(*t->db, existing);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("already there")));
    CHECK(test::fileBytes(existing) == QByteArray("a file someone keeps"));

    const QString nowhere = out.filePath(QStringLiteral("unplugged/b.sqlite"));
    auto failed = Backup::write(*t->db, nowhere);
    REQUIRE_FALSE(failed);
    CHECK(failed.error().code == ErrorCode::Io);
    CHECK_FALSE(QFileInfo::exists(nowhere));
    CHECK_FALSE(QFileInfo::exists(Backup::partPath(nowhere)));
    CHECK(QDir(out.path()).entryList(QDir::Files) == QStringList{QStringLiteral("keep.sqlite")});
}

TEST_CASE("a restore puts the backup back and keeps the database it replaced", "[backup]")
{
    auto t = test::makeSetUpDb();
    setProbe(*t->db, QStringLiteral("at the backup"));
    QTemporaryDir out;
    const QString backup = out.filePath(QStringLiteral("b.sqlite"));
    REQUIRE(Backup::write(*t->db, backup));
    setProbe(*t->db, QStringLiteral("after the backup"));

    SECTION("refused while the database is being written")
    {
        REQUIRE(FileKeys::unlock(backup, QStringLiteral("admin"), kPassword));
        Status inside = t->db->transaction([&]() -> Status {
            REQUIRE(t->db->exec(QStringLiteral("UPDATE local_state SET value = 'written' WHERE key = 'probe-id'")));
            auto busy = Backup::restore(backup, t->path());
            CHECK_FALSE(busy);
            return {};
        });
        CHECK(inside);
        t->db.reset();
        CHECK(probeIn(t->path()) == QStringLiteral("after the backup"));
    }
    SECTION("done once it is closed")
    {
        t->db.reset();
        // The backup opens with the same password as the database.
        REQUIRE(FileKeys::unlock(backup, QStringLiteral("admin"), kPassword));
        const QByteArray backupBytes = test::fileBytes(backup);
        auto restored = Backup::restore(backup, t->path());
        REQUIRE(restored);
        CHECK(restored.value().startsWith(t->path() + QStringLiteral(".before-restore-")));
        CHECK(probeIn(t->path()) == QStringLiteral("at the backup"));
        CHECK(probeIn(restored.value()) == QStringLiteral("after the backup"));
        CHECK(test::fileBytes(backup) == backupBytes); // the backup itself is not changed
        // Everyone who could log in still can, with the same password.
        t->db.reset();
        FileKeys::lock(t->path());
        CHECK(FileKeys::unlock(t->path(), QStringLiteral("admin"), kPassword));
    }
}

TEST_CASE("a damaged, cut or foreign backup is refused and the database is left as it was", "[backup]")
{
    auto t = test::makeSetUpDb();
    setProbe(*t->db, QStringLiteral("the database"));
    QTemporaryDir out;
    const QString backup = out.filePath(QStringLiteral("b.sqlite"));
    REQUIRE(Backup::write(*t->db, backup));
    t->db.reset();
    REQUIRE(FileKeys::unlock(backup, QStringLiteral("admin"), kPassword));
    const QByteArray databaseBytes = test::fileBytes(t->path());

    SECTION("a flipped bit")
    {
        test::flipBit(backup, crypt::kHeaderSize + 3 * crypt::kPageSize + 500);
        auto refused = Backup::restore(backup, t->path());
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::Corrupt);
    }
    SECTION("cut short")
    {
        QFile f(backup);
        REQUIRE(f.resize(crypt::kHeaderSize + 2 * crypt::kPageSize));
        auto refused = Backup::restore(backup, t->path());
        REQUIRE_FALSE(refused);
        INFO(refused.error().message.toStdString());
        CHECK(refused.error().code == ErrorCode::Corrupt);
    }
    SECTION("not a backup")
    {
        QFile f(backup);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray(8192, 'x'));
        f.close();
        auto refused = Backup::restore(backup, t->path());
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::NotTamkeenFile);
    }
    CHECK(test::fileBytes(t->path()) == databaseBytes);
    CHECK(QDir(t->dir.path()).entryList({QStringLiteral("*before-restore*")}, QDir::Files).isEmpty());
}

TEST_CASE("a backup restored where there is no database becomes one that opens with the same passwords", "[backup]")
{
    auto t = test::makeSetUpDb();
    setProbe(*t->db, kSecretName);
    QTemporaryDir out;
    const QString backup = out.filePath(QStringLiteral("b.sqlite"));
    REQUIRE(Backup::write(*t->db, backup));
    REQUIRE(FileKeys::unlock(backup, QStringLiteral("admin"), kPassword));
    const QString fresh = out.filePath(QStringLiteral("new-laptop/tamkeen.sqlite"));
    REQUIRE(QDir().mkpath(QFileInfo(fresh).absolutePath()));
    auto restored = Backup::restore(backup, fresh);
    REQUIRE(restored);
    CHECK(restored.value().isEmpty()); // nothing was replaced
    CHECK(FileKeys::isLocked(fresh));
    CHECK(probeIn(fresh) == kSecretName);
}

TEST_CASE("the backup folder keeps the newest backups and says when the next is due", "[backup]")
{
    auto t = test::makeSetUpDb();
    QTemporaryDir out;
    const QString folder = out.filePath(QStringLiteral("backups"));
    BackupFolder backups(folder);
    CHECK(backups.isDue(utc(3, 9)));
    REQUIRE(backups.backUp(*t->db, utc(1, 9), 2));
    REQUIRE(backups.backUp(*t->db, utc(2, 9), 2));
    // Someone's own file in the folder is never counted or removed.
    {
        QFile mine(QDir(folder).filePath(QStringLiteral("tamkeen-backup-notes.sqlite")));
        REQUIRE(mine.open(QIODevice::WriteOnly));
    }
    auto third = backups.backUp(*t->db, utc(3, 9), 2);
    REQUIRE(third);
    CHECK(QFileInfo(third.value()).fileName() == QStringLiteral("tamkeen-backup-20261203-090000.sqlite"));
    CHECK(backups.backups()
          == QStringList{QDir(folder).filePath(QStringLiteral("tamkeen-backup-20261203-090000.sqlite")),
                         QDir(folder).filePath(QStringLiteral("tamkeen-backup-20261202-090000.sqlite"))});
    CHECK(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("tamkeen-backup-notes.sqlite"))));
    CHECK(backups.latest() == utc(3, 9));
    CHECK_FALSE(backups.isDue(utc(4, 8)));
    CHECK(backups.isDue(utc(4, 9)));
    CHECK(backups.isDue(utc(2, 9))); // a clock set back does not stop the backups
    // A backup dated in the future (the clock was set back since) never
    // makes the new one the oldest: it is kept, the future one goes.
    {
        QFile future(QDir(folder).filePath(QStringLiteral("tamkeen-backup-20991231-000000.sqlite")));
        REQUIRE(future.open(QIODevice::WriteOnly));
    }
    auto kept = backups.backUp(*t->db, utc(3, 11), 1);
    REQUIRE(kept);
    CHECK(QFileInfo::exists(kept.value()));
    CHECK(backups.backups().contains(kept.value()));
    // A folder that cannot be made is said so.
    BackupFolder unplugged(QStringLiteral("/proc/tamkeen-no-such-folder"));
    auto failed = unplugged.backUp(*t->db, utc(3, 10), 2);
    REQUIRE_FALSE(failed);
    CHECK(failed.error().message.contains(QStringLiteral("could not be created")));
}

TEST_CASE("a plain database's backup is plain and restores", "[backup]")
{
    test::PlainFiles plain;
    auto t = test::makeSetUpDb();
    setProbe(*t->db, QStringLiteral("plain"));
    QTemporaryDir out;
    const QString backup = out.filePath(QStringLiteral("b.sqlite"));
    REQUIRE(Backup::write(*t->db, backup));
    CHECK(crypt::EncryptedFile::stateOf(backup) == crypt::EncryptedFile::State::Plain);
    setProbe(*t->db, QStringLiteral("later"));
    t->db.reset();
    REQUIRE(Backup::restore(backup, t->path()));
    CHECK(probeIn(t->path()) == QStringLiteral("plain"));
}
