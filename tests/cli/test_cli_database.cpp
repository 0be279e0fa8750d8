// tamkeen-cli init, info and check on one database, and what it refuses.
#include "cli/CliRun.h"
#include "storage/Database.h"
#include "support/TestDb.h"

#include <QFile>
#include <QTemporaryDir>

using namespace tamkeen::test::clirun;

TEST_CASE("tamkeen-cli creates and inspects a database", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.sqlite"));
    const Run created = init(db);
    INFO(created.err.toStdString());
    REQUIRE(created.code == 0);
    CHECK(created.out.contains(QStringLiteral("centre CAI")));

    const Run info = cli({QStringLiteral("info"), QStringLiteral("--db"), db});
    REQUIRE(info.code == 0);
    CHECK(info.out.contains(QStringLiteral("schema version: %1").arg(tamkeen::storage::Database::latestSchemaVersion())));
    CHECK(info.out.contains(QStringLiteral("مركز القاهرة")));
    CHECK(info.out.contains(QStringLiteral("users")));

    const Run check = cli({QStringLiteral("check"), QStringLiteral("--db"), db});
    CHECK(check.code == 0);
    CHECK(check.out.trimmed() == QStringLiteral("ok"));

    SECTION("init refuses to overwrite an existing file")
    {
        const Run again = init(db);
        CHECK(again.code != 0);
        CHECK(again.err.contains(QStringLiteral("already exists")));
    }
}

TEST_CASE("tamkeen-cli refuses bad files and bad commands with one line on stderr", "[cli]")
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(text);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("not a database\n");
    f.close();

    const Run r = cli({QStringLiteral("info"), QStringLiteral("--db"), text});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("not a Tamkeen database")));
    CHECK(r.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK(tamkeen::test::fileBytes(text) == QByteArray("not a database\n"));

    CHECK(cli({QStringLiteral("info"), QStringLiteral("--db"), dir.filePath(QStringLiteral("missing.sqlite"))}).code == 1);
    CHECK(cli({QStringLiteral("frobnicate")}).code == 2);
    CHECK(cli({QStringLiteral("init"), QStringLiteral("--db"), dir.filePath(QStringLiteral("x.sqlite"))}).code == 2);
    const Run bad = cli({QStringLiteral("init"), QStringLiteral("--db"), dir.filePath(QStringLiteral("y.sqlite")),
                         QStringLiteral("--centre-code"), QStringLiteral("1"), QStringLiteral("--centre-name"),
                         QStringLiteral("x"), QStringLiteral("--device-name"), QStringLiteral("d"),
                         QStringLiteral("--admin"), QStringLiteral("root1")},
                        kAdminPw);
    CHECK(bad.code == 2);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("y.sqlite"))));
    for (const char *command : {"init", "info", "check", "users"}) {
        const Run help = cli({QString::fromLatin1(command), QStringLiteral("--help")});
        CHECK(help.code == 0);
        CHECK(help.out.contains(QStringLiteral("--db")));
    }
}

TEST_CASE("tamkeen-cli names a foreign -wal file as the cause, not the database", "[cli][storage]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.sqlite"));
    REQUIRE(init(db).code == 0);
    REQUIRE_FALSE(QFile::exists(db + QStringLiteral("-wal")));
    // Another program's WAL database, its -wal copied beside ours while it was open.
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    tamkeen::test::copyForeignWal(other, db);

    const Run info = cli({QStringLiteral("info"), QStringLiteral("--db"), db});
    INFO(info.err.toStdString());
    CHECK(info.code != 0);
    CHECK(info.err.contains(QStringLiteral("t.sqlite-wal")));
    CHECK_FALSE(info.err.contains(QStringLiteral("not a Tamkeen database")));
}

TEST_CASE("tamkeen-cli opens an encrypted database with a login or the recovery key, and with nothing else", "[cli][encryption]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.sqlite"));
    const Run created = init(db);
    REQUIRE(created.code == 0);
    const QString recovery = recoveryKeyOf(db);
    REQUIRE(recovery.size() == 79); // printed once by init, in 16 groups of 4
    const QByteArray before = tamkeen::test::fileBytes(db);
    const QStringList info{QStringLiteral("info"), QStringLiteral("--db"), db};
    // No login: refused, saying how to open it; the file is left as it was.
    const Run bare = cli(info, {{QStringLiteral("TAMKEEN_RECOVERY_KEY"), QString()}});
    CHECK(bare.code != 0);
    CHECK(bare.err.contains(QStringLiteral("is encrypted: log in with --as USER")));
    const Run wrong = cli(info, {{QStringLiteral("TAMKEEN_RECOVERY_KEY"), QString()},
                                 {QStringLiteral("TAMKEEN_USER"), QStringLiteral("root1")},
                                 {QStringLiteral("TAMKEEN_PASSWORD"), QStringLiteral("not-the-password")}});
    CHECK(wrong.code != 0);
    CHECK(wrong.err.contains(QStringLiteral("The user name or password is wrong.")));
    QString typo = recovery;
    typo[0] = typo[0] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    const Run badKey = cli(info, {{QStringLiteral("TAMKEEN_RECOVERY_KEY"), typo}});
    CHECK(badKey.code != 0);
    CHECK(badKey.err.contains(QStringLiteral("recovery key does not open")));
    CHECK(tamkeen::test::fileBytes(db) == before);
    // The administrator's login, or the organisation's recovery key.
    const Run asRoot = cli(info, {{QStringLiteral("TAMKEEN_RECOVERY_KEY"), QString()},
                                  {QStringLiteral("TAMKEEN_USER"), QStringLiteral("root1")},
                                  {QStringLiteral("TAMKEEN_PASSWORD"), kAdminPw.first()}});
    INFO(asRoot.err.toStdString());
    CHECK(asRoot.code == 0);
    CHECK(asRoot.out.contains(QStringLiteral("مركز القاهرة")));
    const Run withKey = cli(info, {{QStringLiteral("TAMKEEN_RECOVERY_KEY"), recovery.toLower()}});
    CHECK(withKey.code == 0);
    CHECK(withKey.out.contains(QStringLiteral("مركز القاهرة")));
}
