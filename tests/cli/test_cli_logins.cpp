// tamkeen-cli logs in for every command on personal data or keys, and a copy of
// the file without the password opens nothing.
#include "cli/CliRun.h"
#include "security/UserService.h"
#include "support/TestDb.h"
#include "sync/SyncKeys.h"

#include <QFile>
#include <QTemporaryDir>
#include <sqlite3.h>

using namespace tamkeen::test::clirun;

namespace {

QStringList withArgs(const QStringList &command, const QStringList &more)
{
    return command + more;
}

// Failed logins slow the next ones down (tested below on its own): forgotten
// between commands so that each is refused for its own reason.
void forgetFailedLogins(const QString &db)
{
    unlockHere(db);
    sqlite3 *handle = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(db).constData(), &handle) == SQLITE_OK);
    CHECK(sqlite3_exec(handle, "DELETE FROM login_failures", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(handle);
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
        unlockHere(path("hub.db"));
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
