// Runs the real tamkeen-cli executable as an administrator or a script would.
#include "support/TestDb.h"
#include "support/catch.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args, const QMap<QString, QString> &env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("TAMKEEN_PASSWORD"));
    e.remove(QStringLiteral("TAMKEEN_ADMIN_PASSWORD"));
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(TAMKEEN_CLI_PATH), args);
    p.closeWriteChannel(); // no terminal: a missing password must not hang
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

const QMap<QString, QString> kAdminPw = {{QStringLiteral("TAMKEEN_PASSWORD"), QStringLiteral("admin-pass-1")}};

Run init(const QString &db)
{
    return cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--centre-code"), QStringLiteral("CAI"),
                QStringLiteral("--centre-name"), QStringLiteral("مركز القاهرة"), QStringLiteral("--device-name"),
                QStringLiteral("لابتوب ١"), QStringLiteral("--admin"), QStringLiteral("root1")},
               kAdminPw);
}

} // namespace

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

TEST_CASE("tamkeen-cli manages users as an administrator", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.sqlite"));
    REQUIRE(init(db).code == 0);
    const QMap<QString, QString> env = {{QStringLiteral("TAMKEEN_ADMIN_PASSWORD"), QStringLiteral("admin-pass-1")},
                                        {QStringLiteral("TAMKEEN_PASSWORD"), QStringLiteral("worker-pass-1")}};
    const QStringList base = {QStringLiteral("users"), QStringLiteral("--db"), db};
    Run add = cli(base + QStringList{QStringLiteral("add"), QStringLiteral("mona"), QStringLiteral("--full-name"),
                                     QStringLiteral("منى"), QStringLiteral("--role"), QStringLiteral("counsellor"),
                                     QStringLiteral("--as"), QStringLiteral("root1")},
                  env);
    INFO(add.err.toStdString());
    REQUIRE(add.code == 0);
    Run list = cli(base + QStringList{QStringLiteral("list")});
    CHECK(list.out.contains(QStringLiteral("mona\tcounsellor\tactive\tمنى")));

    REQUIRE(cli(base + QStringList{QStringLiteral("deactivate"), QStringLiteral("mona"), QStringLiteral("--as"),
                                   QStringLiteral("root1")},
                env)
                .code
            == 0);
    CHECK(cli(base + QStringList{QStringLiteral("list")}).out.contains(QStringLiteral("mona\tcounsellor\tinactive")));

    SECTION("a wrong administrator password changes nothing")
    {
        auto bad = env;
        bad[QStringLiteral("TAMKEEN_ADMIN_PASSWORD")] = QStringLiteral("nope-nope");
        const Run r = cli(base + QStringList{QStringLiteral("reactivate"), QStringLiteral("mona"), QStringLiteral("--as"),
                                             QStringLiteral("root1")},
                          bad);
        CHECK(r.code != 0);
        CHECK(r.err.startsWith(QStringLiteral("tamkeen-cli: ")));
        CHECK(cli(base + QStringList{QStringLiteral("list")}).out.contains(QStringLiteral("inactive")));
    }
    SECTION("an unknown role is a usage error")
    {
        const Run r = cli(base + QStringList{QStringLiteral("add"), QStringLiteral("omar"), QStringLiteral("--full-name"),
                                             QStringLiteral("عمر"), QStringLiteral("--role"), QStringLiteral("boss"),
                                             QStringLiteral("--as"), QStringLiteral("root1")},
                          env);
        CHECK(r.code == 2);
    }
    SECTION("no password and no terminal fails instead of hanging")
    {
        const Run r = cli(base + QStringList{QStringLiteral("deactivate"), QStringLiteral("mona"), QStringLiteral("--as"),
                                             QStringLiteral("root1")});
        CHECK(r.code != 0);
        CHECK(r.err.contains(QStringLiteral("password")));
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

TEST_CASE("tamkeen-cli demo adds clinic records with the counsellors they need", "[cli][clinic]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.sqlite"));
    REQUIRE(init(db).code == 0);

    const Run early = cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--appointments"),
                           QStringLiteral("10")},
                          kAdminPw);
    CHECK(early.code != 0); // no households to book yet
    CHECK(early.err.contains(QStringLiteral("households first")));

    const Run demo = cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--households"),
                          QStringLiteral("40"), QStringLiteral("--appointments"), QStringLiteral("300"),
                          QStringLiteral("--sessions"), QStringLiteral("250")},
                         {{QStringLiteral("TAMKEEN_PASSWORD"), QStringLiteral("counsellor-pass-1")}});
    INFO(demo.err.toStdString());
    REQUIRE(demo.code == 0);
    CHECK(demo.out.contains(QStringLiteral("added 40 households")));
    CHECK(demo.out.contains(QStringLiteral("300 appointments, 250 sessions")));
    CHECK(cli({QStringLiteral("check"), QStringLiteral("--db"), db}).out.trimmed() == QStringLiteral("ok"));

    // The demonstration counsellors are ordinary users.
    const Run users = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--db"), db});
    REQUIRE(users.code == 0);
    CHECK(users.out.contains(QStringLiteral("counsellor01")));

    const Run bad = cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--sessions"),
                         QStringLiteral("many")});
    CHECK(bad.code == 2);
}
