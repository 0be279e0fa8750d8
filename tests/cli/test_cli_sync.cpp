// tamkeen-cli export and import between two copies through a hub.
#include "cli/CliRun.h"
#include "storage/Database.h"
#include "storage/SyncedWriter.h"
#include "storage/Uuid.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

using namespace tamkeen::test::clirun;

namespace {

// The administrator's password and the organisation's passphrase.
const QMap<QString, QString> kOrgEnv = {{QStringLiteral("TAMKEEN_PASSWORD"), QStringLiteral("admin-pass-1")},
                                        {QStringLiteral("TAMKEEN_ORG_PASSPHRASE"), QStringLiteral("the organisation key 1")}};

// A new hub with `households` demonstration households: demo fills only a copy
// that has not met another, so before any enrolment.
void initHub(const QString &hub, const QString &households)
{
    REQUIRE(init(hub).code == 0);
    REQUIRE(cli(QStringList{QStringLiteral("demo"), QStringLiteral("--db"), hub, QStringLiteral("--households"), households}
                    + kAsRoot1,
                kOrgEnv)
                .code
            == 0);
}

} // namespace

TEST_CASE("tamkeen-cli syncs two copies through a hub with packages, and reports refusals", "[cli][sync]")
{
    QTemporaryDir dir;
    const auto path = [&](const char *name) { return dir.filePath(QString::fromLatin1(name)); };
    const QMap<QString, QString> env = kOrgEnv;
    // The organisation's administrator logs in on both copies (the enrolment brought the account).
    const QStringList asHub = kAsRoot1;
    const QStringList asBranch = kAsRoot1; // enrolled: the organisation's accounts
    initHub(path("hub.db"), QStringLiteral("25"));
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
        unlockHere(path("hub.db"));
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

TEST_CASE("tamkeen-cli killed during an import or an export leaves all or nothing", "[cli][sync]")
{
    QTemporaryDir dir;
    const auto path = [&](const char *name) { return dir.filePath(QString::fromLatin1(name)); };
    initHub(path("hub.db"), QStringLiteral("400"));
    enrolBranch(path("hub.db"), path("branch.db"), path("branch.tamkeen-enrol"), kOrgEnv);
    REQUIRE(cli(QStringList{QStringLiteral("export"), QStringLiteral("--db"), path("hub.db"), QStringLiteral("--out"),
                            path("all.tamkeen")}
                    + kAsRoot1,
                kOrgEnv)
                .code
            == 0);
    const auto dump = [&](const QString &db) {
        const Run d = cli(QStringList{QStringLiteral("dump"), QStringLiteral("--db"), db, QStringLiteral("--canonical")} + kAsRoot1,
                          kOrgEnv);
        REQUIRE(d.code == 0);
        return d.out;
    };
    // What the hub holds before, and after a whole import (into a copy).
    const QString before = dump(path("branch.db"));
    REQUIRE(QFile::copy(path("branch.db"), path("copy.db")));
    REQUIRE(cli(QStringList{QStringLiteral("import"), QStringLiteral("--db"), path("copy.db"), path("all.tamkeen")} + kAsRoot1,
                kOrgEnv)
                .code
            == 0);
    const QString after = dump(path("copy.db"));
    REQUIRE(after != before);

    // Killed at different moments: each time the hub holds one or the other, never a mix.
    for (const int ms : {30, 150, 400}) {
        QProcess import;
        import.setProcessEnvironment(cliEnvironment(kOrgEnv));
        import.start(QStringLiteral(TAMKEEN_CLI_PATH),
                     QStringList{QStringLiteral("import"), QStringLiteral("--db"), path("branch.db"), path("all.tamkeen")} + kAsRoot1);
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
        exporting.setProcessEnvironment(cliEnvironment(kOrgEnv));
        exporting.start(QStringLiteral(TAMKEEN_CLI_PATH),
                        QStringList{QStringLiteral("export"), QStringLiteral("--db"), path("hub.db"), QStringLiteral("--out"), out}
                            + kAsRoot1);
        REQUIRE(exporting.waitForStarted());
        exporting.waitForFinished(ms);
        exporting.kill();
        exporting.waitForFinished();
        if (QFile::exists(out))
            CHECK(cli(QStringList{QStringLiteral("import"), QStringLiteral("--db"), path("copy.db"), out} + kAsRoot1, kOrgEnv).code == 0);
    }
}

TEST_CASE("tamkeen-cli compact removes replaced changes once sent, names a device it waits for, and refuses a missing file",
          "[cli][sync]")
{
    QTemporaryDir dir;
    const auto path = [&](const char *name) { return dir.filePath(QString::fromLatin1(name)); };
    initHub(path("hub.db"), QStringLiteral("5"));
    const QStringList compact = {QStringLiteral("compact"), QStringLiteral("--db"), path("hub.db")};
    // A partner's phone given twice: the first change is replaced by the second.
    {
        unlockHere(path("hub.db"));
        auto hub = tamkeen::storage::Database::open(path("hub.db")).value();
        hub->setCurrentUser(hub->scalar(QStringLiteral("SELECT id FROM users LIMIT 1")).value().toByteArray());
        tamkeen::storage::SyncedWriter writer(*hub);
        auto partner = writer.insert(QStringLiteral("partners"), {{QStringLiteral("name"), QStringLiteral("جمعية البر")},
                                                                  {QStringLiteral("kind"), QStringLiteral("ngo")}});
        REQUIRE(partner.ok());
        for (const char *phone : {"0551", "0552"}) {
            QThread::msleep(3); // a later updated_at too
            REQUIRE(writer.update(QStringLiteral("partners"), partner.value(), {{QStringLiteral("phone"), QString::fromLatin1(phone)}}).ok());
        }
    }
    // Not sent yet: nothing can go (a package is made from the log).
    const Run unsent = cli(compact);
    INFO(unsent.err.toStdString());
    REQUIRE(unsent.code == 0);
    CHECK(unsent.out.contains(QStringLiteral("0 entries removed")));
    REQUIRE(cli(QStringList{QStringLiteral("export"), QStringLiteral("--db"), path("hub.db"), QStringLiteral("--out"),
                            path("all.tamkeen"), QStringLiteral("--all")}
                    + kAsRoot1,
                kOrgEnv)
                .code
            == 0);
    const Run sent = cli(compact);
    INFO(sent.err.toStdString());
    REQUIRE(sent.code == 0);
    CHECK_FALSE(sent.out.contains(QStringLiteral("0 entries removed")));
    CHECK(sent.out.contains(QStringLiteral("entries removed")));
    CHECK(cli({QStringLiteral("check"), QStringLiteral("--db"), path("hub.db")}).code == 0);

    // A laptop enrolled and never heard from: what it holds is not known.
    REQUIRE(cli(QStringList{QStringLiteral("devices"), QStringLiteral("enrol"), QStringLiteral("--db"), path("hub.db"),
                            QStringLiteral("--name"), QStringLiteral("لابتوب ٢"), QStringLiteral("--centre"),
                            QStringLiteral("cai"), QStringLiteral("--out"), path("branch.tamkeen-enrol"),
                            QStringLiteral("--as"), QStringLiteral("root1")},
                kOrgEnv)
                .code
            == 0);
    const Run waiting = cli(compact);
    REQUIRE(waiting.code == 0);
    CHECK(waiting.out.contains(QStringLiteral("nothing compacted: device")));
    CHECK(waiting.out.contains(QStringLiteral("لابتوب ٢")));

    const Run missing = cli({QStringLiteral("compact"), QStringLiteral("--db"), path("none.db")});
    CHECK(missing.code != 0);
    CHECK_FALSE(QFile::exists(path("none.db")));
}

TEST_CASE("tamkeen-cli starts a new laptop from the snapshot of the copy that enrolled it", "[cli][sync]")
{
    QTemporaryDir dir;
    const auto path = [&](const char *name) { return dir.filePath(QString::fromLatin1(name)); };
    initHub(path("hub.db"), QStringLiteral("5"));
    REQUIRE(cli(QStringList{QStringLiteral("devices"), QStringLiteral("enrol"), QStringLiteral("--db"), path("hub.db"),
                            QStringLiteral("--name"), QStringLiteral("لابتوب ٢"), QStringLiteral("--centre"),
                            QStringLiteral("cai"), QStringLiteral("--out"), path("new.tamkeen-enrol")}
                    + kAsRoot1,
                kOrgEnv)
                .code
            == 0);
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), path("new.db"), QStringLiteral("--enrolment"),
                 path("new.tamkeen-enrol")},
                kOrgEnv)
                .code
            == 0);
    const QStringList snapshot = QStringList{QStringLiteral("export"), QStringLiteral("--db"), path("hub.db"),
                                             QStringLiteral("--snapshot"), QStringLiteral("--out"),
                                             path("hub.tamkeen-snapshot")}
                                 + kAsRoot1;
    CHECK(cli(snapshot + QStringList{QStringLiteral("--all")}, kOrgEnv).code == 2);
    const Run written = cli(snapshot, kOrgEnv);
    INFO(written.err.toStdString());
    REQUIRE(written.code == 0);
    CHECK(written.out.contains(QStringLiteral(" rows, ")));
    const Run started = cli(QStringList{QStringLiteral("import"), QStringLiteral("--db"), path("new.db"),
                                        path("hub.tamkeen-snapshot")}
                                + kAsRoot1,
                            kOrgEnv);
    INFO(started.err.toStdString());
    REQUIRE(started.code == 0);
    CHECK(started.out.contains(QStringLiteral("the search index and the household list are built")));
    const auto dump = [&](const char *db) {
        return cli(QStringList{QStringLiteral("dump"), QStringLiteral("--db"), path(db), QStringLiteral("--canonical")}
                       + kAsRoot1,
                   kOrgEnv)
            .out;
    };
    CHECK(dump("new.db") == dump("hub.db"));
    CHECK(cli({QStringLiteral("check"), QStringLiteral("--db"), path("new.db")}).code == 0);
    // Started once: the same snapshot again is refused, and says why.
    const Run again = cli(QStringList{QStringLiteral("import"), QStringLiteral("--db"), path("new.db"),
                                      path("hub.tamkeen-snapshot")}
                              + kAsRoot1,
                          kOrgEnv);
    CHECK(again.code == 1);
    CHECK(again.err.contains(QStringLiteral("already begun")));
}
