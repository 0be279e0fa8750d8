// Runs the real tamkeen-cli executable as an administrator or a script would.
#include "security/UserService.h"
#include "storage/SyncedWriter.h"
#include "support/TestDb.h"
#include "support/catch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <sqlite3.h>

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

TEST_CASE("tamkeen-cli syncs two copies through a hub with packages, and reports refusals", "[cli][sync]")
{
    QTemporaryDir dir;
    const auto path = [&](const char *name) { return dir.filePath(QString::fromLatin1(name)); };
    const QMap<QString, QString> env = {{QStringLiteral("TAMKEEN_PASSWORD"), QStringLiteral("admin-pass-1")},
                                        {QStringLiteral("TAMKEEN_ADMIN_PASSWORD"), QStringLiteral("admin-pass-1")},
                                        {QStringLiteral("TAMKEEN_ORG_PASSPHRASE"), QStringLiteral("the organisation key 1")}};
    REQUIRE(init(path("hub.db")).code == 0);
    const Run key = cli({QStringLiteral("org"), QStringLiteral("export-key"), QStringLiteral("--db"), path("hub.db"),
                         QStringLiteral("--out"), path("org.key")},
                        env);
    INFO(key.err.toStdString());
    REQUIRE(key.code == 0);
    const QStringList branchInit = {QStringLiteral("init"), QStringLiteral("--db"), path("branch.db"),
                                    QStringLiteral("--centre-code"), QStringLiteral("ALX"), QStringLiteral("--centre-name"),
                                    QStringLiteral("مركز الإسكندرية"), QStringLiteral("--device-name"),
                                    QStringLiteral("لابتوب ٢"), QStringLiteral("--device-number"), QStringLiteral("2"),
                                    QStringLiteral("--admin"), QStringLiteral("root2"), QStringLiteral("--join"),
                                    path("org.key")};
    // A wrong passphrase: refused, and no half set-up file is left.
    QMap<QString, QString> wrong = env;
    wrong[QStringLiteral("TAMKEEN_ORG_PASSPHRASE")] = QStringLiteral("not the passphrase");
    const Run refused = cli(branchInit, wrong);
    CHECK(refused.code != 0);
    CHECK(refused.err.contains(QStringLiteral("passphrase")));
    CHECK_FALSE(QFile::exists(path("branch.db")));
    const Run joined = cli(branchInit, env);
    INFO(joined.err.toStdString());
    REQUIRE(joined.code == 0);

    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--db"), path("branch.db"), QStringLiteral("--households"),
                 QStringLiteral("25")},
                env)
                .code
            == 0);
    QDir().mkpath(path("inbox"));
    const Run exported = cli({QStringLiteral("export"), QStringLiteral("--db"), path("branch.db"), QStringLiteral("--out"),
                              dir.filePath(QStringLiteral("inbox/branch.tamkeen"))});
    INFO(exported.err.toStdString());
    REQUIRE(exported.code == 0);
    // A damaged file beside it in the inbox: refused with its reason, the good one still imports.
    QFile junk(dir.filePath(QStringLiteral("inbox/junk.tamkeen")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("not a package at all");
    junk.close();
    const Run imported = cli({QStringLiteral("import"), QStringLiteral("--db"), path("hub.db"), path("inbox")});
    CHECK(imported.code == 1);
    CHECK(imported.out.contains(QStringLiteral("branch.tamkeen: ")));
    CHECK(imported.out.contains(QStringLiteral(" new, ")));
    CHECK(imported.err.contains(QStringLiteral("junk.tamkeen: This is not a Tamkeen sync package")));
    const Run again = cli({QStringLiteral("import"), QStringLiteral("--db"), path("hub.db"),
                           dir.filePath(QStringLiteral("inbox/branch.tamkeen"))});
    CHECK(again.code == 0);
    CHECK(again.out.contains(QStringLiteral("imported before")));

    // The hub sends everything back; both copies then print the same.
    REQUIRE(cli({QStringLiteral("export"), QStringLiteral("--db"), path("hub.db"), QStringLiteral("--out"),
                 path("back.tamkeen"), QStringLiteral("--all")})
                .code
            == 0);
    REQUIRE(cli({QStringLiteral("import"), QStringLiteral("--db"), path("branch.db"), path("back.tamkeen")}).code == 0);
    const Run hubDump = cli({QStringLiteral("dump"), QStringLiteral("--db"), path("hub.db"), QStringLiteral("--canonical")});
    const Run branchDump =
        cli({QStringLiteral("dump"), QStringLiteral("--db"), path("branch.db"), QStringLiteral("--canonical")});
    REQUIRE(hubDump.code == 0);
    CHECK(hubDump.out.count(QLatin1Char('\n')) > 100);
    CHECK(hubDump.out == branchDump.out);
    CHECK(cli({QStringLiteral("check"), QStringLiteral("--db"), path("hub.db")}).code == 0);
    const Run conflicts = cli({QStringLiteral("conflicts"), QStringLiteral("list"), QStringLiteral("--db"), path("hub.db")});
    CHECK(conflicts.code == 0);
    CHECK(conflicts.out.contains(QStringLiteral("0 open conflict(s)")));
    const Run devices = cli({QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--db"), path("hub.db")});
    CHECK(devices.out.count(QLatin1Char('\n')) == 2);
    CHECK(devices.out.contains(QStringLiteral("this device")));

    // The clock cap is this device's own setting: shown, set, and refused out of range.
    const auto cap = [&](const QStringList &more) {
        return cli(QStringList{QStringLiteral("devices"), QStringLiteral("clock-cap"), QStringLiteral("--db"), path("hub.db")}
                   + more);
    };
    CHECK(cap({}).out.contains(QStringLiteral("clock cap: 7 days")));
    CHECK(cap({QStringLiteral("30")}).code == 0);
    CHECK(cap({}).out.contains(QStringLiteral("clock cap: 30 days")));
    const Run tooMany = cap({QStringLiteral("400")});
    CHECK(tooMany.code != 0);
    CHECK(tooMany.err.contains(QStringLiteral("365")));
    CHECK(cap({}).out.contains(QStringLiteral("clock cap: 30 days")));
}

TEST_CASE("tamkeen-cli killed during an import or an export leaves all or nothing", "[cli][sync]")
{
    QTemporaryDir dir;
    const auto path = [&](const char *name) { return dir.filePath(QString::fromLatin1(name)); };
    const QMap<QString, QString> env = {{QStringLiteral("TAMKEEN_PASSWORD"), QStringLiteral("admin-pass-1")},
                                        {QStringLiteral("TAMKEEN_ORG_PASSPHRASE"), QStringLiteral("the organisation key 1")}};
    REQUIRE(init(path("hub.db")).code == 0);
    REQUIRE(cli({QStringLiteral("org"), QStringLiteral("export-key"), QStringLiteral("--db"), path("hub.db"),
                 QStringLiteral("--out"), path("org.key")},
                env)
                .code
            == 0);
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), path("branch.db"), QStringLiteral("--centre-code"),
                 QStringLiteral("ALX"), QStringLiteral("--centre-name"), QStringLiteral("الإسكندرية"),
                 QStringLiteral("--device-name"), QStringLiteral("لابتوب"), QStringLiteral("--device-number"),
                 QStringLiteral("2"), QStringLiteral("--admin"), QStringLiteral("root2"), QStringLiteral("--join"),
                 path("org.key")},
                env)
                .code
            == 0);
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--db"), path("branch.db"), QStringLiteral("--households"),
                 QStringLiteral("400")},
                env)
                .code
            == 0);
    REQUIRE(cli({QStringLiteral("export"), QStringLiteral("--db"), path("branch.db"), QStringLiteral("--out"),
                 path("all.tamkeen")})
                .code
            == 0);
    const auto dump = [&](const QString &db) {
        const Run d = cli({QStringLiteral("dump"), QStringLiteral("--db"), db, QStringLiteral("--canonical")});
        REQUIRE(d.code == 0);
        return d.out;
    };
    // What the hub holds before, and after a whole import (into a copy).
    const QString before = dump(path("hub.db"));
    REQUIRE(QFile::copy(path("hub.db"), path("copy.db")));
    REQUIRE(cli({QStringLiteral("import"), QStringLiteral("--db"), path("copy.db"), path("all.tamkeen")}).code == 0);
    const QString after = dump(path("copy.db"));
    REQUIRE(after != before);

    // Killed at different moments: each time the hub holds one or the other, never a mix.
    for (const int ms : {30, 150, 400}) {
        QProcess import;
        import.start(QStringLiteral(TAMKEEN_CLI_PATH),
                     {QStringLiteral("import"), QStringLiteral("--db"), path("hub.db"), path("all.tamkeen")});
        REQUIRE(import.waitForStarted());
        import.waitForFinished(ms);
        import.kill();
        import.waitForFinished();
        const QString now = dump(path("hub.db"));
        CHECK((now == before || now == after));
        CHECK(cli({QStringLiteral("check"), QStringLiteral("--db"), path("hub.db")}).code == 0);
    }

    // An export killed part way leaves no package under its name, or a whole one.
    for (const int ms : {20, 200}) {
        const QString out = dir.filePath(QStringLiteral("killed%1.tamkeen").arg(ms));
        QProcess exporting;
        exporting.start(QStringLiteral(TAMKEEN_CLI_PATH),
                        {QStringLiteral("export"), QStringLiteral("--db"), path("branch.db"), QStringLiteral("--out"), out});
        REQUIRE(exporting.waitForStarted());
        exporting.waitForFinished(ms);
        exporting.kill();
        exporting.waitForFinished();
        if (QFile::exists(out))
            CHECK(cli({QStringLiteral("import"), QStringLiteral("--db"), path("copy.db"), out}).code == 0);
    }
}

TEST_CASE("tamkeen-cli import-csv: the dry run finds what the import finds; export-csv says when the disk is full",
          "[cli][csv]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.sqlite"));
    REQUIRE(init(db).code == 0);
    const QString csv = dir.filePath(QStringLiteral("families.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        // Two households whose heads resemble each other: the second (line 3) is a problem.
        f.write("household_key,region,given_name,father_name,family_name,relation,sex,birth_date\n"
                "A,القاهرة,أحمد,محمود,السيد,head,male,1975-05-05\n"
                "B,القاهرة,أحمد,محمود,السيد,head,male,1975-09-09\n");
    }
    const QMap<QString, QString> admin = {{QStringLiteral("TAMKEEN_ADMIN_PASSWORD"), QStringLiteral("admin-pass-1")}};
    const QStringList import = {QStringLiteral("import-csv"), QStringLiteral("--db"), db, csv};
    const QStringList as = {QStringLiteral("--as"), QStringLiteral("root1")};
    const QString line3 = csv + QStringLiteral(":3:");

    const Run dry = cli(import + QStringList{QStringLiteral("--dry-run")});
    CHECK(dry.code == 1);
    CHECK(dry.err.contains(line3));
    CHECK_FALSE(dry.out.contains(QStringLiteral("would import")));
    const Run real = cli(import + as, admin);
    CHECK(real.code == 1);
    CHECK(real.err.contains(line3));

    const Run allowedDry = cli(import + QStringList{QStringLiteral("--dry-run"), QStringLiteral("--allow-similar")});
    CHECK(allowedDry.code == 0);
    CHECK(allowedDry.out.contains(QStringLiteral("would import 2 households")));
    const Run allowed = cli(import + as + QStringList{QStringLiteral("--allow-similar")}, admin);
    INFO(allowed.err.toStdString());
    CHECK(allowed.code == 0);
    CHECK(allowed.out.contains(QStringLiteral("imported 2 households")));

    const QString arabic = dir.filePath(QStringLiteral("ar.csv"));
    CHECK(cli({QStringLiteral("export-csv"), QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("ar"),
               arabic})
              .code == 0);
    const QString written = QString::fromUtf8(tamkeen::test::fileBytes(arabic));
    CHECK(written.contains(QStringLiteral("رقم الملف,المنطقة,")));
    CHECK(written.contains(QStringLiteral(",رب الأسرة,")));
    const QString english = dir.filePath(QStringLiteral("en.csv"));
    CHECK(cli({QStringLiteral("export-csv"), QStringLiteral("--db"), db, english}).code == 0);
    CHECK(tamkeen::test::fileBytes(english).contains(",head,"));

    if (QFile::exists(QStringLiteral("/dev/full"))) {
        const Run full = cli({QStringLiteral("export-csv"), QStringLiteral("--db"), db, QStringLiteral("/dev/full")});
        CHECK(full.code == 1);
        CHECK(full.err.contains(QStringLiteral("the disk is full")));
        CHECK_FALSE(full.err.contains(QStringLiteral("Unknown error")));
        CHECK_FALSE(QFileInfo(QStringLiteral("/dev/full")).isFile()); // still the device
    }
    const Run missing = cli({QStringLiteral("export-csv"), QStringLiteral("--db"), db,
                             dir.filePath(QStringLiteral("no-such-folder/x.csv"))});
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(QStringLiteral("was not written")));
}

TEST_CASE("tamkeen-cli refuses control characters in a CSV and never prints a direction override typed into a name",
          "[cli][text]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.sqlite"));
    REQUIRE(init(db).code == 0);
    const auto importFile = [&](const QByteArray &bytes) {
        const QString path = dir.filePath(QStringLiteral("people.csv"));
        QFile csv(path);
        REQUIRE(csv.open(QIODevice::WriteOnly | QIODevice::Truncate));
        csv.write(bytes);
        csv.close();
        return cli({QStringLiteral("import-csv"), QStringLiteral("--db"), db, QStringLiteral("--as"),
                    QStringLiteral("root1"), path},
                   {{QStringLiteral("TAMKEEN_ADMIN_PASSWORD"), QStringLiteral("admin-pass-1")}});
    };
    const QByteArray header = "household_key,region,given_name,father_name,relation,sex\n";
    // A terminal escape (clear the screen): the file is not text, and says so.
    const Run escaped = importFile(header + "A,\xD8\xA7\xD9\x84\xD8\xB1\xD9\x8A\xD8\xA7\xD8\xB6,\x1b[2J\xD8\xB3\xD8\xA7"
                                            "\xD9\x84\xD9\x85,\xD8\xB9\xD9\x84\xD9\x8A,head,male\n");
    CHECK(escaped.code == 1);
    CHECK(escaped.err.contains(QStringLiteral("not text")));
    // A right-to-left override is text: it is taken out of the name on the way in.
    const Run imported = importFile(header + "A,\xD8\xA7\xD9\x84\xD8\xB1\xD9\x8A\xD8\xA7\xD8\xB6,\xD8\xB3\xD8\xA7\xD9\x84"
                                             "\xD9\x85\xE2\x80\xAE,\xD8\xB9\xD9\x84\xD9\x8A,head,male\n");
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);
    const Run found = cli({QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("علي")});
    REQUIRE(found.code == 0);
    CHECK(found.out.contains(QStringLiteral("سالم")));
    CHECK_FALSE(found.out.contains(QChar(0x1b)));
    CHECK_FALSE(found.out.contains(QChar(0x202E)));
}

TEST_CASE("tamkeen-cli names a foreign -wal file as the cause, not the database", "[cli][storage]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.sqlite"));
    REQUIRE(init(db).code == 0);
    REQUIRE_FALSE(QFile::exists(db + QStringLiteral("-wal")));
    // Another program's WAL database, its -wal copied beside ours while it was open.
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    sqlite3 *handle = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(other).constData(), &handle) == SQLITE_OK);
    REQUIRE(sqlite3_exec(handle,
                         "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; CREATE TABLE songs(title TEXT); "
                         "INSERT INTO songs VALUES ('x');",
                         nullptr, nullptr, nullptr)
            == SQLITE_OK);
    REQUIRE(QFile::copy(other + QStringLiteral("-wal"), db + QStringLiteral("-wal")));
    sqlite3_close(handle);

    const Run info = cli({QStringLiteral("info"), QStringLiteral("--db"), db});
    INFO(info.err.toStdString());
    CHECK(info.code != 0);
    CHECK(info.err.contains(QStringLiteral("t.sqlite-wal")));
    CHECK_FALSE(info.err.contains(QStringLiteral("not a Tamkeen database")));
}

TEST_CASE("tamkeen-cli check reports user names, centre codes and file numbers that two copies share",
          "[cli][identities]")
{
    // What a sync of two copies' offline work leaves: two rows each, with their own ids.
    auto t = tamkeen::test::makeSetUpDb();
    const QString path = t->path();
    tamkeen::storage::Database &db = *t->db;
    db.setCurrentUser(t->admin.userId);
    tamkeen::storage::SyncedWriter writer(db);
    tamkeen::security::UserService users(db, tamkeen::security::HashCost::minimal());
    REQUIRE(db.transaction([&]() -> tamkeen::Status {
                  for (const QString &name : {QStringLiteral("سارة الشمري"), QStringLiteral("سارة العتيبي")}) {
                      auto id = users.insertUser({QStringLiteral("sara"), name, tamkeen::security::Role::Counsellor,
                                                  QStringLiteral("password-1")});
                      if (!id)
                          return id.error();
                  }
                  if (auto c = writer.insert(QStringLiteral("centres"),
                                             {{QStringLiteral("code"), QStringLiteral("RUH")}, {QStringLiteral("name"), QStringLiteral("فرع")}});
                      !c)
                      return c.error();
                  for (int i = 0; i < 2; ++i) {
                      if (auto h = writer.insert(QStringLiteral("households"),
                                                 {{QStringLiteral("file_number"), QStringLiteral("RUH-01-000007")},
                                                  {QStringLiteral("status"), QStringLiteral("applicant")}});
                          !h)
                          return h.error();
                  }
                  return {};
              })
                .ok());
    t->db.reset();

    const Run check = cli({QStringLiteral("check"), QStringLiteral("--db"), path});
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.code == 1);
    CHECK(check.out.contains(QStringLiteral("duplicate user name: sara (2 accounts")));
    CHECK(check.out.contains(QStringLiteral("duplicate centre code: RUH (2 centres")));
    CHECK(check.out.contains(QStringLiteral("duplicate file number: RUH-01-000007 (2 households")));
    CHECK(check.err.contains(QStringLiteral("3 problem(s) found")));

    // The name alone is refused; an administrator names one account by its id.
    const QMap<QString, QString> admin = {{QStringLiteral("TAMKEEN_ADMIN_PASSWORD"), tamkeen::test::sampleSetup().adminPassword}};
    const Run byName = cli({QStringLiteral("users"), QStringLiteral("rename"), QStringLiteral("sara"), QStringLiteral("--to"),
                            QStringLiteral("sara.otaibi"), QStringLiteral("--as"), QStringLiteral("admin"), QStringLiteral("--db"), path},
                           admin);
    CHECK(byName.code != 0);
    CHECK(byName.err.contains(QStringLiteral("several accounts are named sara")));
    const Run list = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--ids"), QStringLiteral("--db"), path});
    REQUIRE(list.code == 0);
    QString otaibi;
    for (const QString &line : list.out.split(QLatin1Char('\n'))) {
        if (line.contains(QStringLiteral("سارة العتيبي")))
            otaibi = line.section(QLatin1Char('\t'), 0, 0);
    }
    REQUIRE(otaibi.size() == 36);
    const Run renamed = cli({QStringLiteral("users"), QStringLiteral("rename"), otaibi, QStringLiteral("--to"),
                             QStringLiteral("sara.otaibi"), QStringLiteral("--as"), QStringLiteral("admin"), QStringLiteral("--db"), path},
                            admin);
    INFO(renamed.err.toStdString());
    CHECK(renamed.code == 0);
    // And the centre made second gets another code; the file numbers stay as printed.
    const Run centres = cli({QStringLiteral("centres"), QStringLiteral("list"), QStringLiteral("--db"), path});
    REQUIRE(centres.code == 0);
    QString branch;
    for (const QString &line : centres.out.split(QLatin1Char('\n'))) {
        if (line.contains(QStringLiteral("\tفرع")))
            branch = line.section(QLatin1Char('\t'), 0, 0);
    }
    REQUIRE(branch.size() == 36);
    const Run recoded = cli({QStringLiteral("centres"), QStringLiteral("rename"), branch, QStringLiteral("--code"),
                             QStringLiteral("ru2"), QStringLiteral("--as"), QStringLiteral("admin"), QStringLiteral("--db"), path},
                            admin);
    INFO(recoded.err.toStdString());
    CHECK(recoded.code == 0);
    const Run again = cli({QStringLiteral("check"), QStringLiteral("--db"), path});
    CHECK(again.code == 1);
    CHECK_FALSE(again.out.contains(QStringLiteral("duplicate user name")));
    CHECK_FALSE(again.out.contains(QStringLiteral("duplicate centre code")));
    CHECK(again.out.contains(QStringLiteral("duplicate file number: RUH-01-000007 (2 households")));
    CHECK(again.err.contains(QStringLiteral("1 problem(s) found")));
}
