// Runs the real tamkeen-cli executable as an administrator or a script would.
#include "security/UserService.h"
#include "storage/SyncedWriter.h"
#include "storage/Uuid.h"
#include "support/TestDb.h"
#include "support/catch.h"
#include "sync/Exporter.h"
#include "sync/Importer.h"
#include "sync/SyncKeys.h"

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

// The test's own environment without any login, plus `env`.
QProcessEnvironment cliEnvironment(const QMap<QString, QString> &env = {})
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"TAMKEEN_USER", "TAMKEEN_PASSWORD", "TAMKEEN_NEW_PASSWORD", "TAMKEEN_ADMIN_PASSWORD"})
        e.remove(QString::fromLatin1(name));
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        e.insert(it.key(), it.value());
    return e;
}

Run cli(const QStringList &args, const QMap<QString, QString> &env = {})
{
    QProcess p;
    p.setProcessEnvironment(cliEnvironment(env));
    p.start(QStringLiteral(TAMKEEN_CLI_PATH), args);
    p.closeWriteChannel(); // no terminal: a missing password must not hang
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

const QMap<QString, QString> kAdminPw = {{QStringLiteral("TAMKEEN_PASSWORD"), QStringLiteral("admin-pass-1")}};
// The administrator init made, logged in.
const QStringList kAsRoot1 = {QStringLiteral("--as"), QStringLiteral("root1")};

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
    const QMap<QString, QString> env = {{QStringLiteral("TAMKEEN_PASSWORD"), QStringLiteral("admin-pass-1")},
                                        {QStringLiteral("TAMKEEN_NEW_PASSWORD"), QStringLiteral("worker-pass-1")}};
    const QStringList base = {QStringLiteral("users"), QStringLiteral("--db"), db};
    Run add = cli(base + QStringList{QStringLiteral("add"), QStringLiteral("mona"), QStringLiteral("--full-name"),
                                     QStringLiteral("منى"), QStringLiteral("--role"), QStringLiteral("counsellor"),
                                     QStringLiteral("--as"), QStringLiteral("root1")},
                  env);
    INFO(add.err.toStdString());
    REQUIRE(add.code == 0);
    Run list = cli(base + QStringList{QStringLiteral("list")} + kAsRoot1, env);
    CHECK(list.out.contains(QStringLiteral("mona\tcounsellor\tactive\tمنى")));

    REQUIRE(cli(base + QStringList{QStringLiteral("deactivate"), QStringLiteral("mona"), QStringLiteral("--as"),
                                   QStringLiteral("root1")},
                env)
                .code
            == 0);
    CHECK(cli(base + QStringList{QStringLiteral("list")} + kAsRoot1, env)
              .out.contains(QStringLiteral("mona\tcounsellor\tinactive")));

    SECTION("a wrong administrator password changes nothing")
    {
        auto bad = env;
        bad[QStringLiteral("TAMKEEN_PASSWORD")] = QStringLiteral("nope-nope");
        const Run r = cli(base + QStringList{QStringLiteral("reactivate"), QStringLiteral("mona"), QStringLiteral("--as"),
                                             QStringLiteral("root1")},
                          bad);
        CHECK(r.code != 0);
        CHECK(r.err.startsWith(QStringLiteral("tamkeen-cli: ")));
        CHECK(cli(base + QStringList{QStringLiteral("list")} + kAsRoot1, env).out.contains(QStringLiteral("inactive")));
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

    const Run early = cli(QStringList{QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--appointments"),
                                      QStringLiteral("10")}
                              + kAsRoot1,
                          {{QStringLiteral("TAMKEEN_PASSWORD"), QStringLiteral("admin-pass-1")},
                           {QStringLiteral("TAMKEEN_NEW_PASSWORD"), QStringLiteral("counsellor-pass-1")}});
    CHECK(early.code != 0); // no households to book yet
    CHECK(early.err.contains(QStringLiteral("households first")));

    const Run demo = cli(QStringList{QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--households"),
                                     QStringLiteral("40"), QStringLiteral("--appointments"), QStringLiteral("300"),
                                     QStringLiteral("--sessions"), QStringLiteral("250")}
                             + kAsRoot1,
                         {{QStringLiteral("TAMKEEN_PASSWORD"), QStringLiteral("admin-pass-1")},
                          {QStringLiteral("TAMKEEN_NEW_PASSWORD"), QStringLiteral("counsellor-pass-1")}});
    INFO(demo.err.toStdString());
    REQUIRE(demo.code == 0);
    CHECK(demo.out.contains(QStringLiteral("added 40 households")));
    CHECK(demo.out.contains(QStringLiteral("300 appointments, 250 sessions")));
    CHECK(cli({QStringLiteral("check"), QStringLiteral("--db"), db}).out.trimmed() == QStringLiteral("ok"));

    // The demonstration counsellors are ordinary users.
    const Run users = cli(QStringList{QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--db"), db} + kAsRoot1,
                          kAdminPw);
    REQUIRE(users.code == 0);
    CHECK(users.out.contains(QStringLiteral("counsellor01")));
    // … made by the administrator with the password given: they log in.
    const Run search = cli({QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("--as"),
                            QStringLiteral("counsellor01"), QStringLiteral("0")},
                           {{QStringLiteral("TAMKEEN_PASSWORD"), QStringLiteral("counsellor-pass-1")}});
    INFO(search.err.toStdString());
    CHECK(search.code == 0);

    const Run bad = cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--sessions"),
                         QStringLiteral("many")});
    CHECK(bad.code == 2);
}

TEST_CASE("tamkeen-cli syncs two copies through a hub with packages, and reports refusals", "[cli][sync]")
{
    QTemporaryDir dir;
    const auto path = [&](const char *name) { return dir.filePath(QString::fromLatin1(name)); };
    const QMap<QString, QString> env = {{QStringLiteral("TAMKEEN_PASSWORD"), QStringLiteral("admin-pass-1")},
                                        {QStringLiteral("TAMKEEN_ORG_PASSPHRASE"), QStringLiteral("the organisation key 1")}};
    // The organisation's administrator logs in on both copies (the enrolment brought the account).
    const QStringList asHub = kAsRoot1;
    const QStringList asBranch = kAsRoot1; // enrolled: the organisation's accounts
    REQUIRE(init(path("hub.db")).code == 0);
    // The hub's data (demo fills only a copy that has not met another: before the enrolment).
    REQUIRE(cli(QStringList{QStringLiteral("demo"), QStringLiteral("--db"), path("hub.db"), QStringLiteral("--households"),
                            QStringLiteral("25")}
                    + asHub,
                env)
                .code
            == 0);
    // The hub's administrator enrols the branch laptop; it starts from the file.
    const QStringList enrol = {QStringLiteral("devices"), QStringLiteral("enrol"), QStringLiteral("--db"), path("hub.db"),
                               QStringLiteral("--name"), QStringLiteral("لابتوب ٢"), QStringLiteral("--centre"),
                               QStringLiteral("cai"), QStringLiteral("--out"), path("branch.tamkeen-enrol"),
                               QStringLiteral("--as"), QStringLiteral("root1")};
    QMap<QString, QString> wrongAdmin = env;
    wrongAdmin[QStringLiteral("TAMKEEN_PASSWORD")] = QStringLiteral("not the password");
    CHECK(cli(enrol, wrongAdmin).code != 0);
    CHECK_FALSE(QFile::exists(path("branch.tamkeen-enrol")));
    const Run enrolled = cli(enrol, env);
    INFO(enrolled.err.toStdString());
    REQUIRE(enrolled.code == 0);
    CHECK(enrolled.out.contains(QStringLiteral("as device 2")));
    const QStringList branchInit = {QStringLiteral("init"), QStringLiteral("--db"), path("branch.db"),
                                    QStringLiteral("--enrolment"), path("branch.tamkeen-enrol")};
    // A wrong passphrase: refused, and no half set-up file is left.
    QMap<QString, QString> wrong = env;
    wrong[QStringLiteral("TAMKEEN_ORG_PASSPHRASE")] = QStringLiteral("not the passphrase");
    const Run refused = cli(branchInit, wrong);
    CHECK(refused.code != 0);
    CHECK(refused.err.contains(QStringLiteral("passphrase")));
    CHECK_FALSE(QFile::exists(path("branch.db")));
    CHECK(cli(branchInit + QStringList{QStringLiteral("--admin"), QStringLiteral("root2")}, env).code == 2);
    CHECK_FALSE(QFile::exists(path("branch.db")));
    const Run joined = cli(branchInit, env);
    INFO(joined.err.toStdString());
    REQUIRE(joined.code == 0);
    CHECK(joined.out.contains(QStringLiteral("number 2")));
    // No administrator of its own: the organisation's accounts only.
    const Run branchUsers =
        cli(QStringList{QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--db"), path("branch.db")} + asBranch, env);
    CHECK(branchUsers.out.contains(QStringLiteral("root1")));
    CHECK(branchUsers.out.count(QLatin1Char('\n')) == 1);
    CHECK(cli({QStringLiteral("check"), QStringLiteral("--db"), path("branch.db")}).code == 0);

    QDir().mkpath(path("inbox"));
    const Run exported = cli(QStringList{QStringLiteral("export"), QStringLiteral("--db"), path("branch.db"),
                                         QStringLiteral("--out"), dir.filePath(QStringLiteral("inbox/branch.tamkeen"))}
                                 + asBranch,
                             env);
    INFO(exported.err.toStdString());
    REQUIRE(exported.code == 0);
    // A damaged file beside it in the inbox: refused with its reason, the good one still imports.
    QFile junk(dir.filePath(QStringLiteral("inbox/junk.tamkeen")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("not a package at all");
    junk.close();
    const Run imported = cli(QStringList{QStringLiteral("import"), QStringLiteral("--db"), path("hub.db"), path("inbox")} + asHub,
                             env);
    CHECK(imported.code == 1);
    CHECK(imported.out.contains(QStringLiteral("branch.tamkeen: ")));
    CHECK(imported.out.contains(QStringLiteral(" new, ")));
    CHECK(imported.err.contains(QStringLiteral("junk.tamkeen: This is not a Tamkeen sync package")));
    const Run again = cli(QStringList{QStringLiteral("import"), QStringLiteral("--db"), path("hub.db"),
                                      dir.filePath(QStringLiteral("inbox/branch.tamkeen"))}
                              + asHub,
                          env);
    CHECK(again.code == 0);
    CHECK(again.out.contains(QStringLiteral("imported before")));

    // The hub sends everything back; both copies then print the same.
    REQUIRE(cli(QStringList{QStringLiteral("export"), QStringLiteral("--db"), path("hub.db"), QStringLiteral("--out"),
                            path("back.tamkeen"), QStringLiteral("--all")}
                    + asHub,
                env)
                .code
            == 0);
    REQUIRE(cli(QStringList{QStringLiteral("import"), QStringLiteral("--db"), path("branch.db"), path("back.tamkeen")}
                    + asBranch,
                env)
                .code
            == 0);
    const Run hubDump =
        cli(QStringList{QStringLiteral("dump"), QStringLiteral("--db"), path("hub.db"), QStringLiteral("--canonical")} + asHub,
            env);
    const Run branchDump = cli(
        QStringList{QStringLiteral("dump"), QStringLiteral("--db"), path("branch.db"), QStringLiteral("--canonical")} + asBranch,
        env);
    REQUIRE(hubDump.code == 0);
    CHECK(hubDump.out.count(QLatin1Char('\n')) > 100);
    CHECK(hubDump.out == branchDump.out);
    CHECK(cli({QStringLiteral("check"), QStringLiteral("--db"), path("hub.db")}).code == 0);
    const Run conflicts = cli(
        QStringList{QStringLiteral("conflicts"), QStringLiteral("list"), QStringLiteral("--db"), path("hub.db")} + asHub, env);
    CHECK(conflicts.code == 0);
    CHECK(conflicts.out.contains(QStringLiteral("0 open conflict(s)")));
    const Run devices = cli(
        QStringList{QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--db"), path("hub.db")} + asHub, env);
    CHECK(devices.out.count(QLatin1Char('\n')) == 2);
    CHECK(devices.out.contains(QStringLiteral("this device")));
    // What imports refused for good: nothing yet; then one, shown with its reason in words and its code.
    const auto refusedList = [&](const QStringList &more = {}) {
        return cli(QStringList{QStringLiteral("refused"), QStringLiteral("--db"), path("hub.db")} + asHub + more, env);
    };
    CHECK(refusedList().out.contains(QStringLiteral("0 refused change(s)")));
    CHECK(refusedList({QStringLiteral("--limit"), QStringLiteral("0")}).code == 2);
    {
        auto hub = tamkeen::storage::Database::open(path("hub.db")).value();
        REQUIRE(hub->exec(QStringLiteral("INSERT INTO sync_refused(device, seq, hlc, tbl, row_id, author, reason, sender, "
                                         "refused_at) VALUES (?, 7, 1, 'users', ?, ?, 'role', ?, '2026-12-01T10:00:00Z')"),
                          {tamkeen::storage::uuidFromString(QStringLiteral("0190f5c2-7d1a-7c3e-9b2f-0a1b2c3d4e5f")),
                           tamkeen::storage::newUuidV7(), tamkeen::storage::newUuidV7(), tamkeen::storage::newUuidV7()})
                    .ok());
    }
    const Run listed = refusedList();
    CHECK(listed.code == 0);
    CHECK(listed.out.contains(QStringLiteral("0190f5c2-7d1a-7c3e-9b2f-0a1b2c3d4e5f #7\tusers")));
    CHECK(listed.out.contains(QStringLiteral("its author did not hold the role it needs when it was made (role)")));
    CHECK(listed.out.contains(QStringLiteral("1 refused change(s)")));

    // The clock cap is this device's own setting: shown, set, and refused out of range.
    const auto cap = [&](const QStringList &more) {
        return cli(QStringList{QStringLiteral("devices"), QStringLiteral("clock-cap"), QStringLiteral("--db"), path("hub.db")}
                       + asHub + more,
                   env);
    };
    CHECK(cap({}).out.contains(QStringLiteral("clock cap: 7 days")));
    CHECK(cap({QStringLiteral("30")}).code == 0);
    CHECK(cap({}).out.contains(QStringLiteral("clock cap: 30 days")));
    const Run tooMany = cap({QStringLiteral("400")});
    CHECK(tooMany.code != 0);
    CHECK(tooMany.err.contains(QStringLiteral("365")));
    CHECK(cap({}).out.contains(QStringLiteral("clock cap: 30 days")));
}

TEST_CASE("tamkeen-cli check reports a device number two administrators reserved offline, the same on both copies",
          "[cli][sync][enrol]")
{
    QTemporaryDir dir;
    const auto path = [&](const char *name) { return dir.filePath(QString::fromLatin1(name)); };
    const QMap<QString, QString> env = {{QStringLiteral("TAMKEEN_PASSWORD"), QStringLiteral("admin-pass-1")},
                                        {QStringLiteral("TAMKEEN_ORG_PASSPHRASE"), QStringLiteral("the organisation key 1")}};
    const auto enrol = [&](const QString &db, const QString &out, const QStringList &more = {}) {
        return cli(QStringList{QStringLiteral("devices"), QStringLiteral("enrol"), QStringLiteral("--db"), db,
                               QStringLiteral("--name"), QStringLiteral("لابتوب"), QStringLiteral("--centre"),
                               QStringLiteral("CAI"), QStringLiteral("--out"), out, QStringLiteral("--as"),
                               QStringLiteral("root1")}
                       + more,
                   env);
    };
    REQUIRE(init(path("hub.db")).code == 0);
    REQUIRE(enrol(path("hub.db"), path("branch.tamkeen-enrol")).code == 0);
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), path("branch.db"), QStringLiteral("--enrolment"),
                 path("branch.tamkeen-enrol")},
                env)
                .code
            == 0);
    // A number already taken here is refused; offline, both copies give number 5.
    const Run taken = enrol(path("hub.db"), path("x.tamkeen-enrol"), {QStringLiteral("--number"), QStringLiteral("2")});
    CHECK(taken.code != 0);
    CHECK(taken.err.contains(QStringLiteral("already taken")));
    REQUIRE(enrol(path("hub.db"), path("x.tamkeen-enrol"), {QStringLiteral("--number"), QStringLiteral("5")}).code == 0);
    REQUIRE(enrol(path("branch.db"), path("y.tamkeen-enrol"), {QStringLiteral("--number"), QStringLiteral("5")}).code == 0);
    CHECK(cli({QStringLiteral("check"), QStringLiteral("--db"), path("hub.db")}).code == 0);
    for (const auto &[from, to] : {std::pair{"hub.db", "branch.db"}, std::pair{"branch.db", "hub.db"}}) {
        const QString package = dir.filePath(QString::fromLatin1(from) + QStringLiteral(".tamkeen"));
        REQUIRE(cli(QStringList{QStringLiteral("export"), QStringLiteral("--db"), path(from), QStringLiteral("--out"), package}
                        + kAsRoot1,
                    env)
                    .code
                == 0);
        REQUIRE(cli(QStringList{QStringLiteral("import"), QStringLiteral("--db"), path(to), package} + kAsRoot1, env).code == 0);
    }
    QString reported;
    for (const char *db : {"hub.db", "branch.db"}) {
        const Run check = cli({QStringLiteral("check"), QStringLiteral("--db"), path(db)});
        CHECK(check.code == 1);
        CHECK(check.out.contains(QStringLiteral("number 5 is shared by")));
        CHECK(check.out.contains(QStringLiteral("new files 05B")));
        if (reported.isEmpty())
            reported = check.out;
        CHECK(check.out == reported); // the same resolution on both copies
        const Run devices =
            cli(QStringList{QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--db"), path(db)} + kAsRoot1, env);
        CHECK(devices.out.count(QStringLiteral("number shared")) == 2);
    }
}

TEST_CASE("tamkeen-cli killed during an import or an export leaves all or nothing", "[cli][sync]")
{
    QTemporaryDir dir;
    const auto path = [&](const char *name) { return dir.filePath(QString::fromLatin1(name)); };
    const QMap<QString, QString> env = {{QStringLiteral("TAMKEEN_PASSWORD"), QStringLiteral("admin-pass-1")},
                                        {QStringLiteral("TAMKEEN_ORG_PASSPHRASE"), QStringLiteral("the organisation key 1")}};
    const QStringList asHub = kAsRoot1;
    const QStringList asBranch = kAsRoot1; // enrolled: the organisation's accounts
    REQUIRE(init(path("hub.db")).code == 0);
    // The hub's data (demo fills only a copy that has not met another: before the enrolment).
    REQUIRE(cli(QStringList{QStringLiteral("demo"), QStringLiteral("--db"), path("hub.db"), QStringLiteral("--households"),
                            QStringLiteral("400")}
                    + asHub,
                env)
                .code
            == 0);
    REQUIRE(cli({QStringLiteral("devices"), QStringLiteral("enrol"), QStringLiteral("--db"), path("hub.db"),
                 QStringLiteral("--name"), QStringLiteral("لابتوب"), QStringLiteral("--centre"), QStringLiteral("CAI"),
                 QStringLiteral("--out"), path("branch.tamkeen-enrol"), QStringLiteral("--as"), QStringLiteral("root1")},
                env)
                .code
            == 0);
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), path("branch.db"), QStringLiteral("--enrolment"),
                 path("branch.tamkeen-enrol")},
                env)
                .code
            == 0);
    REQUIRE(cli(QStringList{QStringLiteral("export"), QStringLiteral("--db"), path("hub.db"), QStringLiteral("--out"),
                            path("all.tamkeen")}
                    + asBranch,
                env)
                .code
            == 0);
    const auto dump = [&](const QString &db) {
        const Run d = cli(QStringList{QStringLiteral("dump"), QStringLiteral("--db"), db, QStringLiteral("--canonical")} + asHub,
                          env);
        REQUIRE(d.code == 0);
        return d.out;
    };
    // What the hub holds before, and after a whole import (into a copy).
    const QString before = dump(path("branch.db"));
    REQUIRE(QFile::copy(path("branch.db"), path("copy.db")));
    REQUIRE(cli(QStringList{QStringLiteral("import"), QStringLiteral("--db"), path("copy.db"), path("all.tamkeen")} + asHub,
                env)
                .code
            == 0);
    const QString after = dump(path("copy.db"));
    REQUIRE(after != before);

    // Killed at different moments: each time the hub holds one or the other, never a mix.
    for (const int ms : {30, 150, 400}) {
        QProcess import;
        import.setProcessEnvironment(cliEnvironment(env));
        import.start(QStringLiteral(TAMKEEN_CLI_PATH),
                     QStringList{QStringLiteral("import"), QStringLiteral("--db"), path("branch.db"), path("all.tamkeen")} + asHub);
        REQUIRE(import.waitForStarted());
        import.waitForFinished(ms);
        import.kill();
        import.waitForFinished();
        const QString now = dump(path("branch.db"));
        CHECK((now == before || now == after));
        CHECK(cli({QStringLiteral("check"), QStringLiteral("--db"), path("branch.db")}).code == 0);
    }

    // An export killed part way leaves no package under its name, or a whole one.
    for (const int ms : {20, 200}) {
        const QString out = dir.filePath(QStringLiteral("killed%1.tamkeen").arg(ms));
        QProcess exporting;
        exporting.setProcessEnvironment(cliEnvironment(env));
        exporting.start(QStringLiteral(TAMKEEN_CLI_PATH),
                        QStringList{QStringLiteral("export"), QStringLiteral("--db"), path("hub.db"), QStringLiteral("--out"), out}
                            + asBranch);
        REQUIRE(exporting.waitForStarted());
        exporting.waitForFinished(ms);
        exporting.kill();
        exporting.waitForFinished();
        if (QFile::exists(out))
            CHECK(cli(QStringList{QStringLiteral("import"), QStringLiteral("--db"), path("copy.db"), out} + asHub, env).code == 0);
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
    const QMap<QString, QString> admin = kAdminPw;
    const QStringList import = {QStringLiteral("import-csv"), QStringLiteral("--db"), db, csv};
    const QStringList as = {QStringLiteral("--as"), QStringLiteral("root1")};
    const QString line3 = csv + QStringLiteral(":3:");

    const Run dry = cli(import + as + QStringList{QStringLiteral("--dry-run")}, admin);
    CHECK(dry.code == 1);
    CHECK(dry.err.contains(line3));
    CHECK_FALSE(dry.out.contains(QStringLiteral("would import")));
    const Run real = cli(import + as, admin);
    CHECK(real.code == 1);
    CHECK(real.err.contains(line3));

    const Run allowedDry = cli(import + as + QStringList{QStringLiteral("--dry-run"), QStringLiteral("--allow-similar")}, admin);
    CHECK(allowedDry.code == 0);
    CHECK(allowedDry.out.contains(QStringLiteral("would import 2 households")));
    const Run allowed = cli(import + as + QStringList{QStringLiteral("--allow-similar")}, admin);
    INFO(allowed.err.toStdString());
    CHECK(allowed.code == 0);
    CHECK(allowed.out.contains(QStringLiteral("imported 2 households")));

    const QString arabic = dir.filePath(QStringLiteral("ar.csv"));
    CHECK(cli(QStringList{QStringLiteral("export-csv"), QStringLiteral("--db"), db, QStringLiteral("--lang"),
                          QStringLiteral("ar"), arabic}
                  + as,
              admin)
              .code
          == 0);
    const QString written = QString::fromUtf8(tamkeen::test::fileBytes(arabic));
    CHECK(written.contains(QStringLiteral("رقم الملف,المنطقة,")));
    CHECK(written.contains(QStringLiteral(",رب الأسرة,")));
    const QString english = dir.filePath(QStringLiteral("en.csv"));
    CHECK(cli(QStringList{QStringLiteral("export-csv"), QStringLiteral("--db"), db, english} + as, admin).code == 0);
    CHECK(tamkeen::test::fileBytes(english).contains(",head,"));

    if (QFile::exists(QStringLiteral("/dev/full"))) {
        const Run full =
            cli(QStringList{QStringLiteral("export-csv"), QStringLiteral("--db"), db, QStringLiteral("/dev/full")} + as, admin);
        CHECK(full.code == 1);
        CHECK(full.err.contains(QStringLiteral("the disk is full")));
        CHECK_FALSE(full.err.contains(QStringLiteral("Unknown error")));
        CHECK_FALSE(QFileInfo(QStringLiteral("/dev/full")).isFile()); // still the device
    }
    const Run missing = cli(QStringList{QStringLiteral("export-csv"), QStringLiteral("--db"), db,
                                        dir.filePath(QStringLiteral("no-such-folder/x.csv"))}
                                + as,
                            admin);
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
                   kAdminPw);
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
    const Run found = cli(QStringList{QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("علي")} + kAsRoot1,
                          kAdminPw);
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

namespace {

QStringList withArgs(const QStringList &command, const QStringList &more)
{
    return command + more;
}

// Failed logins slow the next ones down (tested below on its own): forgotten
// between commands so that each is refused for its own reason.
void forgetFailedLogins(const QString &db)
{
    sqlite3 *handle = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(db).constData(), &handle) == SQLITE_OK);
    CHECK(sqlite3_exec(handle, "DELETE FROM login_failures", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(handle);
}

// What a command must not have changed: the synced data (as the administrator
// dumps it) and the users.
QString snapshot(const QString &db)
{
    const Run d = cli(QStringList{QStringLiteral("dump"), QStringLiteral("--db"), db, QStringLiteral("--canonical")} + kAsRoot1,
                      kAdminPw);
    REQUIRE(d.code == 0);
    return d.out;
}

} // namespace

TEST_CASE("tamkeen-cli: every command on personal data or keys logs in, with the role it needs, or writes nothing",
          "[cli][trust]")
{
    QTemporaryDir dir;
    const auto path = [&](const char *name) { return dir.filePath(QString::fromLatin1(name)); };
    const QString db = path("t.sqlite");
    REQUIRE(init(db).code == 0);
    const QMap<QString, QString> admin = {{QStringLiteral("TAMKEEN_PASSWORD"), QStringLiteral("admin-pass-1")},
                                          {QStringLiteral("TAMKEEN_NEW_PASSWORD"), QStringLiteral("member-pass-1")}};
    for (const char *user : {"omar", "huda", "gone"}) {
        const QString role = QString::fromLatin1(user) == QStringLiteral("huda") ? QStringLiteral("counsellor")
                                                                                 : QStringLiteral("field_worker");
        REQUIRE(cli(QStringList{QStringLiteral("users"), QStringLiteral("--db"), db, QStringLiteral("add"),
                                QString::fromLatin1(user), QStringLiteral("--full-name"), QStringLiteral("اسم"),
                                QStringLiteral("--role"), role}
                        + kAsRoot1,
                    admin)
                    .code
                == 0);
    }
    REQUIRE(cli(QStringList{QStringLiteral("users"), QStringLiteral("--db"), db, QStringLiteral("deactivate"),
                            QStringLiteral("gone")}
                    + kAsRoot1,
                admin)
                .code
            == 0);
    const QString csv = path("people.csv");
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("household_key,region,given_name,father_name,relation,sex\nA,Riyadh,Salem,Ali,head,male\n");
    }
    const QString before = snapshot(db);

    struct Protected {
        QStringList args;
        QString refusedRole; // a user whose role the command does not allow; empty: any active user may
        QString output;      // a file the command would write
    };
    const QString deviceId = QStringLiteral("0190f5c2-7d1a-7c3e-9b2f-0a1b2c3d4e5f");
    const QList<Protected> commands = {
        {{QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("2")}, QStringLiteral("huda"), {}},
        {{QStringLiteral("demo"), QStringLiteral("--appointments"), QStringLiteral("1")}, QStringLiteral("huda"), {}},
        {{QStringLiteral("export"), QStringLiteral("--out"), path("out.tamkeen")}, {}, path("out.tamkeen")},
        {{QStringLiteral("import"), path("nothing.tamkeen")}, {}, {}},
        {{QStringLiteral("dump"), QStringLiteral("--canonical")}, QStringLiteral("huda"), {}},
        {{QStringLiteral("conflicts"), QStringLiteral("list")}, {}, {}},
        {{QStringLiteral("conflicts"), QStringLiteral("resolve"), QStringLiteral("1"), QStringLiteral("--keep"),
          QStringLiteral("kept")},
         QStringLiteral("omar"),
         {}},
        {{QStringLiteral("refused")}, QStringLiteral("huda"), {}},
        {{QStringLiteral("devices"), QStringLiteral("list")}, QStringLiteral("huda"), {}},
        {{QStringLiteral("devices"), QStringLiteral("revoke"), deviceId, QStringLiteral("--reason"), QStringLiteral("x")},
         QStringLiteral("huda"),
         {}},
        {{QStringLiteral("devices"), QStringLiteral("clock-cap"), QStringLiteral("30")}, QStringLiteral("omar"), {}},
        {{QStringLiteral("devices"), QStringLiteral("enrol"), QStringLiteral("--name"), QStringLiteral("L"),
          QStringLiteral("--centre"), QStringLiteral("CAI"), QStringLiteral("--out"), path("x.tamkeen-enrol")},
         QStringLiteral("huda"),
         path("x.tamkeen-enrol")},
        {{QStringLiteral("users"), QStringLiteral("list")}, QStringLiteral("omar"), {}},
        {{QStringLiteral("users"), QStringLiteral("reset-password"), QStringLiteral("omar")}, QStringLiteral("huda"), {}},
        {{QStringLiteral("search"), QStringLiteral("Salem")}, {}, {}},
        {{QStringLiteral("import-csv"), csv}, {}, {}},
        {{QStringLiteral("import-csv"), csv, QStringLiteral("--dry-run")}, {}, {}},
        {{QStringLiteral("export-csv"), path("all.csv")}, {}, path("all.csv")},
    };
    const QMap<QString, QString> org = {{QStringLiteral("TAMKEEN_ORG_PASSPHRASE"), QStringLiteral("the organisation key 1")},
                                        {QStringLiteral("TAMKEEN_NEW_PASSWORD"), QStringLiteral("member-pass-1")}};
    const auto with = [&](const QString &password) {
        auto env = org;
        env.insert(QStringLiteral("TAMKEEN_PASSWORD"), password);
        return env;
    };
    const auto as = [](const QString &user) { return QStringList{QStringLiteral("--as"), user}; };
    for (const Protected &c : commands) {
        const QStringList base = withArgs(c.args.mid(0, 1), QStringList{QStringLiteral("--db"), db} + c.args.mid(1));
        INFO(base.join(QLatin1Char(' ')).toStdString());
        QList<QPair<Run, QString>> refusals; // each refusal with what its message must say
        refusals.append({cli(base, org), QStringLiteral("--as USER")});                                    // nobody
        refusals.append({cli(base + as(QStringLiteral("root1")), org), QStringLiteral("password")});       // no password
        refusals.append({cli(base + as(QStringLiteral("root1")), with(QStringLiteral("wrong-pass-1"))),
                         QStringLiteral("user name or password is wrong")});
        refusals.append({cli(base + as(QStringLiteral("nobody")), with(QStringLiteral("admin-pass-1"))),
                         QStringLiteral("user name or password is wrong")});
        refusals.append({cli(base + as(QStringLiteral("gone")), with(QStringLiteral("member-pass-1"))),
                         QStringLiteral("deactivated")});
        if (!c.refusedRole.isEmpty())
            refusals.append({cli(base + as(c.refusedRole), with(QStringLiteral("member-pass-1"))), QStringLiteral("this needs")});
        for (const auto &[run, says] : refusals) {
            INFO(run.err.toStdString());
            CHECK(run.code == 1);
            CHECK(run.out.isEmpty());
            // One line (after the password prompt, when one was asked for).
            const QString line = run.err.mid(run.err.indexOf(QStringLiteral("tamkeen-cli: ")));
            CHECK(line.startsWith(QStringLiteral("tamkeen-cli: ")));
            CHECK(line.trimmed().count(QLatin1Char('\n')) == 0);
            CHECK(line.contains(says));
        }
        if (!c.output.isEmpty())
            CHECK_FALSE(QFile::exists(c.output));
        forgetFailedLogins(db);
    }
    CHECK(snapshot(db) == before);
    // Failed logins count as at the login dialog: after three, even the right password waits.
    const QStringList list = QStringList{QStringLiteral("users"), QStringLiteral("--db"), db, QStringLiteral("list")} + kAsRoot1;
    for (int i = 0; i < 3; ++i)
        CHECK(cli(list, with(QStringLiteral("wrong-pass-1"))).err.contains(QStringLiteral("wrong")));
    const Run locked = cli(list, admin);
    CHECK(locked.code == 1);
    CHECK(locked.err.contains(QStringLiteral("Wait")));
    CHECK_FALSE(locked.out.contains(QStringLiteral("omar")));
}

TEST_CASE("tamkeen-cli demo refuses a database with real data and makes no account without an administrator",
          "[cli][trust][demo]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.sqlite"));
    REQUIRE(init(db).code == 0);
    const QMap<QString, QString> admin = {{QStringLiteral("TAMKEEN_PASSWORD"), QStringLiteral("admin-pass-1")},
                                          {QStringLiteral("TAMKEEN_NEW_PASSWORD"), QStringLiteral("chosen-by-caller")}};
    const QStringList users = QStringList{QStringLiteral("users"), QStringLiteral("--db"), db, QStringLiteral("list")} + kAsRoot1;

    // The hostile review's command: no login, a password of the caller's choosing.
    const Run anonymous = cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--appointments"),
                               QStringLiteral("1")},
                              {{QStringLiteral("TAMKEEN_PASSWORD"), QStringLiteral("chosen-by-caller")},
                               {QStringLiteral("TAMKEEN_NEW_PASSWORD"), QStringLiteral("chosen-by-caller")}});
    CHECK(anonymous.code == 1);
    CHECK_FALSE(cli(users, admin).out.contains(QStringLiteral("counsellor01")));

    // A user registered by hand is real data: refused, saying so, for an administrator too.
    REQUIRE(cli(QStringList{QStringLiteral("users"), QStringLiteral("--db"), db, QStringLiteral("add"), QStringLiteral("omar"),
                            QStringLiteral("--full-name"), QStringLiteral("عمر"), QStringLiteral("--role"),
                            QStringLiteral("field_worker")}
                    + kAsRoot1,
                admin)
                .code
            == 0);
    const QString before = snapshot(db);
    for (const QStringList &what : {QStringList{QStringLiteral("--households"), QStringLiteral("5")},
                                    QStringList{QStringLiteral("--appointments"), QStringLiteral("1")}}) {
        const Run refused = cli(QStringList{QStringLiteral("demo"), QStringLiteral("--db"), db} + what + kAsRoot1, admin);
        CHECK(refused.code == 1);
        CHECK(refused.err.contains(QStringLiteral("real data")));
        CHECK(refused.err.contains(QStringLiteral("1 user(s) besides the administrators")));
        CHECK(refused.out.isEmpty());
    }
    CHECK(snapshot(db) == before);
    CHECK_FALSE(cli(users, admin).out.contains(QStringLiteral("counsellor01")));
}

TEST_CASE("tamkeen-cli conflicts list shows a psychological note's values to a counsellor, hidden to a field worker",
          "[cli][trust][sync]")
{
    using namespace tamkeen;
    QTemporaryDir dir;
    const auto path = [&](const char *name) { return dir.filePath(QString::fromLatin1(name)); };
    const QMap<QString, QString> env = {{QStringLiteral("TAMKEEN_PASSWORD"), QStringLiteral("admin-pass-1")},
                                        {QStringLiteral("TAMKEEN_NEW_PASSWORD"), QStringLiteral("member-pass-1")},
                                        {QStringLiteral("TAMKEEN_ORG_PASSPHRASE"), QStringLiteral("the organisation key 1")}};
    REQUIRE(init(path("hub.db")).code == 0);
    REQUIRE(cli(QStringList{QStringLiteral("devices"), QStringLiteral("enrol"), QStringLiteral("--db"), path("hub.db"),
                            QStringLiteral("--name"), QStringLiteral("لابتوب"), QStringLiteral("--centre"),
                            QStringLiteral("CAI"), QStringLiteral("--out"), path("branch.tamkeen-enrol")}
                    + kAsRoot1,
                env)
                .code
            == 0);
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), path("branch.db"), QStringLiteral("--enrolment"),
                 path("branch.tamkeen-enrol")},
                env)
                .code
            == 0);
    for (const auto &[user, role] : {std::pair{"huda", "counsellor"}, std::pair{"omar", "field_worker"}}) {
        REQUIRE(cli(QStringList{QStringLiteral("users"), QStringLiteral("--db"), path("hub.db"), QStringLiteral("add"),
                                QString::fromLatin1(user), QStringLiteral("--full-name"), QStringLiteral("اسم"),
                                QStringLiteral("--role"), QString::fromLatin1(role)}
                        + kAsRoot1,
                    env)
                    .code
                == 0);
    }
    {
        // A psychological session on the hub, sent to the branch; then its note
        // changed on both before they exchange again.
        auto hub = storage::Database::open(path("hub.db")).value();
        auto branch = storage::Database::open(path("branch.db")).value();
        // Huda, a counsellor, writes and signs the notes (a privileged field).
        auto huda = security::UserService(*hub, security::HashCost::minimal()).login(QStringLiteral("huda"),
                                                                                      QStringLiteral("member-pass-1"));
        REQUIRE(huda.ok());
        const QByteArray admin = huda.value().userId;
        hub->setCurrentUser(admin);
        auto session = storage::SyncedWriter(*hub).insert(
            QStringLiteral("sessions"), {{QStringLiteral("member_id"), storage::newUuidV7()},
                                         {QStringLiteral("household_id"), storage::newUuidV7()},
                                         {QStringLiteral("counsellor_id"), admin},
                                         {QStringLiteral("held_at"), QStringLiteral("2026-01-11T10:00")},
                                         {QStringLiteral("duration_min"), 45},
                                         {QStringLiteral("types"), QStringLiteral("psychological")},
                                         {QStringLiteral("mode"), QStringLiteral("centre")},
                                         {QStringLiteral("confidential"), 1},
                                         {QStringLiteral("psych_notes"), QStringLiteral("first note")}});
        REQUIRE(session.ok());
        REQUIRE(sync::Exporter(*hub).write(path("h1.tamkeen"), {}).ok());
        // The branch's keys open with a login (Huda's account is not there yet).
        REQUIRE(security::UserService(*branch, security::HashCost::minimal())
                    .login(QStringLiteral("root1"), QStringLiteral("admin-pass-1"))
                    .ok());
        REQUIRE(sync::Importer(*branch).importFile(path("h1.tamkeen")).ok());
        REQUIRE(storage::SyncedWriter(*hub)
                    .update(QStringLiteral("sessions"), session.value(),
                            {{QStringLiteral("psych_notes"), QStringLiteral("panic attacks since the eviction")}})
                    .ok());
        auto hudaThere = security::UserService(*branch, security::HashCost::minimal()).login(QStringLiteral("huda"),
                                                                                              QStringLiteral("member-pass-1"));
        REQUIRE(hudaThere.ok());
        branch->setCurrentUser(hudaThere.value().userId);
        REQUIRE(storage::SyncedWriter(*branch)
                    .update(QStringLiteral("sessions"), session.value(),
                            {{QStringLiteral("psych_notes"), QStringLiteral("sleeps badly, talks of the debts")}})
                    .ok());
        REQUIRE(sync::Exporter(*branch).write(path("b1.tamkeen"), {}).ok());
        const sync::ImportSummary s = sync::Importer(*hub).importFile(path("b1.tamkeen"));
        INFO(s.refused.toStdString());
        REQUIRE(s.ok());
        REQUIRE(s.conflicts == 1);
    }
    const QStringList list = {QStringLiteral("conflicts"), QStringLiteral("list"), QStringLiteral("--db"), path("hub.db")};
    auto member = env;
    member[QStringLiteral("TAMKEEN_PASSWORD")] = QStringLiteral("member-pass-1");
    const Run counsellor = cli(list + QStringList{QStringLiteral("--as"), QStringLiteral("huda")}, member);
    INFO(counsellor.err.toStdString());
    REQUIRE(counsellor.code == 0);
    CHECK(counsellor.out.contains(QStringLiteral("psych_notes")));
    CHECK(counsellor.out.contains(QStringLiteral("panic attacks since the eviction")));
    CHECK(counsellor.out.contains(QStringLiteral("sleeps badly, talks of the debts")));
    CHECK_FALSE(counsellor.out.contains(QStringLiteral("hidden: confidential")));

    const Run worker = cli(list + QStringList{QStringLiteral("--as"), QStringLiteral("omar")}, member);
    REQUIRE(worker.code == 0);
    CHECK(worker.out.contains(QStringLiteral("psych_notes")));
    CHECK(worker.out.contains(QStringLiteral("kept: hidden: confidential")));
    CHECK(worker.out.contains(QStringLiteral("lost: hidden: confidential")));
    CHECK_FALSE(worker.out.contains(QStringLiteral("panic attacks")));
    CHECK_FALSE(worker.out.contains(QStringLiteral("sleeps badly")));

    // The administrator may not read it, so may not decide it either.
    const QString id = worker.out.section(QLatin1Char('\t'), 0, 0);
    const Run resolve = cli(QStringList{QStringLiteral("conflicts"), QStringLiteral("resolve"), id, QStringLiteral("--keep"),
                                        QStringLiteral("lost"), QStringLiteral("--db"), path("hub.db")}
                                + kAsRoot1,
                            env);
    CHECK(resolve.code == 1);
    CHECK(resolve.err.contains(QStringLiteral("confidential")));
    CHECK(cli(list + kAsRoot1, env).out.contains(QStringLiteral("1 open conflict(s)")));
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
    const QMap<QString, QString> admin = {{QStringLiteral("TAMKEEN_PASSWORD"), tamkeen::test::sampleSetup().adminPassword}};
    const Run byName = cli({QStringLiteral("users"), QStringLiteral("rename"), QStringLiteral("sara"), QStringLiteral("--to"),
                            QStringLiteral("sara.otaibi"), QStringLiteral("--as"), QStringLiteral("admin"), QStringLiteral("--db"), path},
                           admin);
    CHECK(byName.code != 0);
    CHECK(byName.err.contains(QStringLiteral("several accounts are named sara")));
    const Run list = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--ids"), QStringLiteral("--as"),
                          QStringLiteral("admin"), QStringLiteral("--db"), path},
                         admin);
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

TEST_CASE("tamkeen-cli: a copy of the database file without the password cannot export or import, and holds no key in "
          "clear",
          "[cli][trust][vault]")
{
    QTemporaryDir dir;
    const auto path = [&](const char *name) { return dir.filePath(QString::fromLatin1(name)); };
    REQUIRE(init(path("hub.db")).code == 0);
    const auto exportFrom = [&](const QString &db, const QString &out, const QString &password) {
        return cli(QStringList{QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), out} + kAsRoot1,
                   {{QStringLiteral("TAMKEEN_PASSWORD"), password}});
    };
    REQUIRE(exportFrom(path("hub.db"), path("first.tamkeen"), QStringLiteral("admin-pass-1")).code == 0);
    // The keys, as the logged-in administrator's copy holds them.
    QByteArray orgKey, deviceSecret;
    {
        auto opened = tamkeen::storage::Database::open(path("hub.db"));
        REQUIRE(opened.ok());
        tamkeen::security::UserService users(*opened.value());
        REQUIRE(users.login(QStringLiteral("root1"), QStringLiteral("admin-pass-1")).ok());
        orgKey = tamkeen::sync::SyncKeys::organisation(*opened.value()).value().key;
        deviceSecret = tamkeen::sync::SyncKeys::deviceKeys(*opened.value()).value().secretKey;
    }
    REQUIRE(orgKey.size() == 32);
    REQUIRE(QFile::copy(path("hub.db"), path("copy.db")));
    const QByteArray bytes = tamkeen::test::fileBytes(path("copy.db"));
    CHECK_FALSE(bytes.contains(orgKey));
    CHECK_FALSE(bytes.contains(deviceSecret.left(32)));

    // Without the password: nothing written, whatever is tried.
    const Run refused = exportFrom(path("copy.db"), path("stolen.tamkeen"), QStringLiteral("a guessed password"));
    CHECK(refused.code == 1);
    CHECK_FALSE(QFile::exists(path("stolen.tamkeen")));
    const Run notImported = cli(QStringList{QStringLiteral("import"), QStringLiteral("--db"), path("copy.db"),
                                            path("first.tamkeen")}
                                    + kAsRoot1,
                                {{QStringLiteral("TAMKEEN_PASSWORD"), QStringLiteral("a guessed password")}});
    CHECK(notImported.code == 1);
    // With it, the copy works as the original does.
    const Run exported = exportFrom(path("copy.db"), path("again.tamkeen"), QStringLiteral("admin-pass-1"));
    INFO(exported.err.toStdString());
    CHECK(exported.code == 0);
}
