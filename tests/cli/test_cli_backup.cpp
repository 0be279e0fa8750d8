// tamkeen-cli backup and restore (issue 15 §7): a script's backup opens with
// the same passwords, and a restore puts it back while keeping what it replaced.
#include "cli/CliRun.h"
#include "support/TestDb.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace tamkeen::test::clirun;

namespace {

// Logged in as root1 with the password, never with the recovery key.
const QMap<QString, QString> kRoot1 = {{QStringLiteral("TAMKEEN_PASSWORD"), QStringLiteral("admin-pass-1")},
                                       {QStringLiteral("TAMKEEN_RECOVERY_KEY"), QString()}};

QString userList(const QString &db)
{
    return cli({QStringLiteral("users"), QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("--as"),
                QStringLiteral("root1")},
               kRoot1)
        .out;
}

// A counsellor added by root1, with the password counsellor-pass-1.
bool addUser(const QString &db, const QString &name)
{
    auto env = kRoot1;
    env.insert(QStringLiteral("TAMKEEN_NEW_PASSWORD"), QStringLiteral("counsellor-pass-1"));
    const Run r = cli({QStringLiteral("users"), QStringLiteral("--db"), db, QStringLiteral("add"), name,
                       QStringLiteral("--full-name"), QStringLiteral("منى"), QStringLiteral("--role"),
                       QStringLiteral("counsellor"), QStringLiteral("--as"), QStringLiteral("root1")},
                      env);
    UNSCOPED_INFO(r.err.toStdString());
    return r.code == 0;
}

} // namespace

TEST_CASE("tamkeen-cli backs up a database and restores it, keeping the one it replaced", "[cli][backup]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.sqlite"));
    REQUIRE(init(db).code == 0);
    REQUIRE(addUser(db, QStringLiteral("mona"))); // a counsellor, in the backup too
    const QString backup = dir.filePath(QStringLiteral("backups/monday.sqlite"));
    REQUIRE(QDir().mkpath(dir.filePath(QStringLiteral("backups"))));
    const QStringList backupArgs = {QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"),
                                    backup, QStringLiteral("--as"), QStringLiteral("root1")};
    const Run made = cli(backupArgs, kRoot1);
    INFO(made.err.toStdString());
    REQUIRE(made.code == 0);
    CHECK(made.out.contains(QStringLiteral("backup: ")));
    // A second backup under the same name is refused: nothing is overwritten.
    const QByteArray backupBytes = tamkeen::test::fileBytes(backup);
    const Run again = cli(backupArgs, kRoot1);
    CHECK(again.code != 0);
    CHECK(again.err.contains(QStringLiteral("already there")));
    CHECK(tamkeen::test::fileBytes(backup) == backupBytes);

    REQUIRE(addUser(db, QStringLiteral("sami")));
    REQUIRE(userList(db).contains(QStringLiteral("sami")));
    const QStringList restoreArgs = {QStringLiteral("restore"), QStringLiteral("--from"), backup, QStringLiteral("--db"), db};

    SECTION("a wrong password or a counsellor changes nothing")
    {
        const QString before = snapshot(db);
        const Run wrong = cli(restoreArgs + kAsRoot1, {{QStringLiteral("TAMKEEN_PASSWORD"), QStringLiteral("wrong-pass-9")},
                                                       {QStringLiteral("TAMKEEN_RECOVERY_KEY"), QString()}});
        CHECK(wrong.code != 0);
        CHECK(wrong.err.contains(QStringLiteral("The user name or password is wrong.")));
        const Run counsellor =
            cli(restoreArgs + QStringList{QStringLiteral("--as"), QStringLiteral("mona")},
                {{QStringLiteral("TAMKEEN_PASSWORD"), QStringLiteral("counsellor-pass-1")},
                 {QStringLiteral("TAMKEEN_RECOVERY_KEY"), QString()}});
        CHECK(counsellor.code != 0);
        CHECK(counsellor.err.contains(QStringLiteral("this needs")));
        CHECK(snapshot(db) == before);
        CHECK(userList(db).contains(QStringLiteral("sami")));
        CHECK(QDir(dir.path()).entryList({QStringLiteral("*before-restore*")}, QDir::Files).isEmpty());
    }
    SECTION("an administrator restores")
    {
        const Run restored = cli(restoreArgs + kAsRoot1, kRoot1);
        INFO(restored.err.toStdString());
        REQUIRE(restored.code == 0);
        CHECK_FALSE(userList(db).contains(QStringLiteral("sami")));
        CHECK(userList(db).contains(QStringLiteral("mona")));
        const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("t.sqlite.before-restore-*")}, QDir::Files);
        REQUIRE(aside.size() == 1);
        CHECK(restored.out.contains(aside.first()));
        // What was replaced is still there, under the same password.
        CHECK(userList(dir.filePath(aside.first())).contains(QStringLiteral("sami")));
    }
    SECTION("into a new file, on another laptop")
    {
        const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
        const Run restored = cli({QStringLiteral("restore"), QStringLiteral("--from"), backup, QStringLiteral("--db"),
                                  fresh, QStringLiteral("--as"), QStringLiteral("root1")},
                                 kRoot1);
        INFO(restored.err.toStdString());
        REQUIRE(restored.code == 0);
        CHECK_FALSE(restored.out.contains(QStringLiteral("replaced")));
        CHECK(userList(fresh).contains(QStringLiteral("root1")));
    }
}

TEST_CASE("tamkeen-cli backup and restore say what is missing", "[cli][backup]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.sqlite"));
    const Run noOut = cli({QStringLiteral("backup"), QStringLiteral("--db"), db});
    CHECK(noOut.code == 2);
    CHECK(noOut.err.contains(QStringLiteral("--out FILE")));
    const Run noBackup = cli({QStringLiteral("restore"), QStringLiteral("--from"), dir.filePath(QStringLiteral("none")),
                              QStringLiteral("--db"), db});
    CHECK(noBackup.code != 0);
    CHECK(noBackup.err.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFileInfo::exists(db));
}
