// The tamkeen-hub program as an operator runs it: init from an enrolment file,
// import, dump (the same text as tamkeen-cli's dump of the ledger), check, and
// the messages of what goes wrong.
#include "PgTestDb.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <utility>

using tamkeen::test::PgTestDb;

namespace {

struct Ran {
    int code = -1;
    QString out, err;
};

Ran run(const char *program, const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TAMKEEN_USER"), QStringLiteral("admin"));
    env.insert(QStringLiteral("TAMKEEN_PASSWORD"), QStringLiteral("Strong-pass-2026!"));
    env.insert(QStringLiteral("TAMKEEN_ORG_PASSPHRASE"), QStringLiteral("a long organisation passphrase here"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QString::fromUtf8(program), args);
    REQUIRE(p.waitForFinished(120000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

Ran cli(const QStringList &args) { return run(TAMKEEN_CLI_PATH, args); }
Ran hubcli(const QStringList &args) { return run(TAMKEEN_HUB_PATH, args); }

} // namespace

TEST_CASE("tamkeen-hub: init, import, dump and check as an operator runs them", "[hub][cli]")
{
    PgTestDb pgdb;
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.db")), ledger = dir.filePath(QStringLiteral("hub.db"));
    const QString enrolment = dir.filePath(QStringLiteral("hub.enrol")), package = dir.filePath(QStringLiteral("a.tamkeen"));
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), a, QStringLiteral("--centre-code"), QStringLiteral("RUH"),
                 QStringLiteral("--centre-name"), QStringLiteral("الرياض"), QStringLiteral("--device-name"),
                 QStringLiteral("A"), QStringLiteral("--admin"), QStringLiteral("admin")})
                .code == 0);
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--db"), a, QStringLiteral("--households"), QStringLiteral("120")}).code == 0);
    // A national hub receives every family (docs/hub.md); one enrolled as a centre's laptop is warned of.
    const QString scoped = dir.filePath(QStringLiteral("scoped.enrol"));
    REQUIRE(cli({QStringLiteral("devices"), QStringLiteral("enrol"), QStringLiteral("--db"), a, QStringLiteral("--name"),
                 QStringLiteral("hub"), QStringLiteral("--centre"), QStringLiteral("RUH"), QStringLiteral("--scope"),
                 QStringLiteral("all"), QStringLiteral("--out"), enrolment})
                .code == 0);
    REQUIRE(cli({QStringLiteral("devices"), QStringLiteral("enrol"), QStringLiteral("--db"), a, QStringLiteral("--name"),
                 QStringLiteral("laptop"), QStringLiteral("--centre"), QStringLiteral("RUH"), QStringLiteral("--out"), scoped})
                .code == 0);
    CHECK(cli({QStringLiteral("devices"), QStringLiteral("enrol"), QStringLiteral("--db"), a, QStringLiteral("--name"),
               QStringLiteral("x"), QStringLiteral("--centre"), QStringLiteral("RUH"), QStringLiteral("--scope"),
               QStringLiteral("everything"), QStringLiteral("--out"), dir.filePath(QStringLiteral("x.enrol"))})
              .code
          == 2);

    // A server that is not there: said so, and no ledger is left behind.
    Ran bad = hubcli({QStringLiteral("init"), QStringLiteral("--db"), ledger, QStringLiteral("--enrolment"), enrolment,
                      QStringLiteral("--url"), QStringLiteral("host=/nonexistent port=5 dbname=x")});
    CHECK(bad.code == 1);
    CHECK(bad.err.startsWith(QStringLiteral("tamkeen-hub: cannot connect to PostgreSQL")));
    CHECK_FALSE(QFile::exists(ledger));

    // A reader role that does not exist: refused before the ledger is made.
    Ran noRole = hubcli({QStringLiteral("init"), QStringLiteral("--db"), ledger, QStringLiteral("--enrolment"), enrolment,
                         QStringLiteral("--url"), pgdb.url(), QStringLiteral("--reader-role"), QStringLiteral("nobody_here")});
    CHECK(noRole.code == 2);
    CHECK(noRole.err.contains(QStringLiteral("there is no PostgreSQL role nobody_here")));
    CHECK_FALSE(QFile::exists(ledger));

    Ran made = hubcli({QStringLiteral("init"), QStringLiteral("--db"), ledger, QStringLiteral("--enrolment"), enrolment,
                       QStringLiteral("--url"), pgdb.url()});
    INFO(made.err.toStdString());
    REQUIRE(made.code == 0);
    CHECK(made.out.contains(QStringLiteral("published")));
    CHECK_FALSE(made.err.contains(QStringLiteral("warning")));
    {
        PgTestDb otherDb;
        Ran laptopHub = hubcli({QStringLiteral("init"), QStringLiteral("--db"), dir.filePath(QStringLiteral("scoped.db")),
                                QStringLiteral("--enrolment"), scoped, QStringLiteral("--url"), otherDb.url()});
        CHECK(laptopHub.code == 0);
        CHECK(laptopHub.err.contains(QStringLiteral("warning: this hub's device receives only the households of 1 centre")));
    }

    // A second hub into the same database is refused before its ledger is made.
    const QString other = dir.filePath(QStringLiteral("other.db"));
    Ran second = hubcli({QStringLiteral("init"), QStringLiteral("--db"), other, QStringLiteral("--enrolment"), enrolment,
                         QStringLiteral("--url"), pgdb.url()});
    CHECK(second.code == 1);
    CHECK(second.err.contains(QStringLiteral("already holds the hub")));
    CHECK_FALSE(QFile::exists(other));

    REQUIRE(cli({QStringLiteral("export"), QStringLiteral("--db"), a, QStringLiteral("--out"), package}).code == 0);
    Ran imported = hubcli({QStringLiteral("import"), QStringLiteral("--db"), ledger, QStringLiteral("--url"), pgdb.url(), package});
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);
    CHECK(imported.out.contains(QStringLiteral("published")));

    Ran fromPostgres = hubcli({QStringLiteral("dump"), QStringLiteral("--canonical"), QStringLiteral("--url"), pgdb.url()});
    REQUIRE(fromPostgres.code == 0);
    Ran fromLedger = cli({QStringLiteral("dump"), QStringLiteral("--canonical"), QStringLiteral("--db"), ledger});
    REQUIRE(fromLedger.code == 0);
    CHECK(fromPostgres.out.count(QLatin1Char('\n')) > 100);
    CHECK(fromPostgres.out == fromLedger.out);

    // The indicators computed in PostgreSQL: row for row tamkeen-cli's from
    // the ledger, for periods with and without events and with a filter.
    const auto json = [](const QString &path) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    };
    int compared = 0;
    for (const QString &indicator : {QStringLiteral("caseload"), QStringLiteral("exits"), QStringLiteral("sustained"),
                                     QStringLiteral("reentry"), QStringLiteral("independence"), QStringLiteral("work"),
                                     QStringLiteral("plans"), QStringLiteral("referrals"), QStringLiteral("clinic")}) {
        for (const auto &[from, to] : {std::pair{QStringLiteral("2025-01-01"), QStringLiteral("2025-12-31")},
                                       std::pair{QStringLiteral("2026-06-01"), QStringLiteral("2026-06-30")},
                                       std::pair{QStringLiteral("2031-01-01"), QStringLiteral("2031-12-31")}}) {
            for (const QStringList &filter : {QStringList{}, QStringList{QStringLiteral("--level"), QStringLiteral("intensive")},
                                              QStringList{QStringLiteral("--centre"), QStringLiteral("RUH")}}) {
                const QString desktop = dir.filePath(QStringLiteral("desktop.json")), hub = dir.filePath(QStringLiteral("hub.json"));
                const QStringList common = QStringList{QStringLiteral("--indicator"), indicator, QStringLiteral("--from"), from,
                                                       QStringLiteral("--to"), to} + filter;
                Ran a = cli(QStringList{QStringLiteral("report"), QStringLiteral("--db"), ledger, QStringLiteral("--out"), desktop} + common);
                Ran b = hubcli(QStringList{QStringLiteral("report"), QStringLiteral("--url"), pgdb.url(), QStringLiteral("--out"), hub} + common);
                INFO(indicator.toStdString() << " " << from.toStdString() << " " << filter.join(QLatin1Char(' ')).toStdString()
                                             << ": " << a.err.toStdString() << b.err.toStdString());
                REQUIRE(a.code == 0);
                REQUIRE(b.code == 0);
                CHECK(json(hub) == json(desktop));
                ++compared;
            }
        }
    }
    CHECK(compared == 81);
    const QByteArray year = [&] {
        Ran r = hubcli({QStringLiteral("report"), QStringLiteral("--url"), pgdb.url(), QStringLiteral("--from"),
                        QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2026-12-31"), QStringLiteral("--out"),
                        dir.filePath(QStringLiteral("all.json"))});
        REQUIRE(r.code == 0);
        return json(dir.filePath(QStringLiteral("all.json")));
    }();
    // Not equal because empty: the demonstration families are counted (their
    // exits are statuses without exit events, so exits are compared with
    // events in test_hub.cpp).
    double supported = 0;
    for (const QJsonValue row : QJsonDocument::fromJson(year).object().value(QStringLiteral("rows")).toArray()) {
        const QJsonObject o = row.toObject();
        if (o.value(QStringLiteral("key")) == QStringLiteral("supported"))
            supported = o.value(QStringLiteral("value")).toDouble();
    }
    CHECK(supported > 0);
    CHECK(year.contains("RUH-01-")); // households behind the numbers
    // Wellbeing is confidential: left out of all, written when named.
    CHECK_FALSE(year.contains("\"wellbeing\""));
    Ran named = hubcli({QStringLiteral("report"), QStringLiteral("--url"), pgdb.url(), QStringLiteral("--indicator"),
                        QStringLiteral("wellbeing"), QStringLiteral("--from"), QStringLiteral("2025-01-01"), QStringLiteral("--to"),
                        QStringLiteral("2025-12-31"), QStringLiteral("--out"), dir.filePath(QStringLiteral("wellbeing.json"))});
    CHECK(named.code == 0);
    CHECK(json(dir.filePath(QStringLiteral("wellbeing.json"))).contains("\"wellbeing\""));
    Ran unknown = hubcli({QStringLiteral("report"), QStringLiteral("--url"), pgdb.url(), QStringLiteral("--indicator"),
                          QStringLiteral("happiness"), QStringLiteral("--from"), QStringLiteral("2025-01-01"), QStringLiteral("--to"),
                          QStringLiteral("2025-12-31"), QStringLiteral("--out"), dir.filePath(QStringLiteral("x.json"))});
    CHECK(unknown.code == 2);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.json"))));

    // The national dashboard: a whole year is taken as one (the period before is
    // the year before), its numbers are the report's, and bad options are usage errors.
    Ran board = hubcli({QStringLiteral("dashboard"), QStringLiteral("--url"), pgdb.url(), QStringLiteral("--from"),
                        QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-12-31"), QStringLiteral("--centre"),
                        QStringLiteral("RUH"), QStringLiteral("--out"), dir.filePath(QStringLiteral("board.json"))});
    INFO(board.err.toStdString());
    REQUIRE(board.code == 0);
    const QJsonObject dash = QJsonDocument::fromJson(json(dir.filePath(QStringLiteral("board.json")))).object();
    CHECK(dash.value(QStringLiteral("before_from")).toString() == QStringLiteral("2025-01-01"));
    Ran caseload = hubcli({QStringLiteral("report"), QStringLiteral("--url"), pgdb.url(), QStringLiteral("--indicator"),
                           QStringLiteral("caseload"), QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
                           QStringLiteral("2026-12-31"), QStringLiteral("--centre"), QStringLiteral("RUH"), QStringLiteral("--out"),
                           dir.filePath(QStringLiteral("caseload.json"))});
    REQUIRE(caseload.code == 0);
    const auto supportedIn = [](const QJsonObject &doc, bool dashboard) {
        for (const QJsonValue row : doc.value(QStringLiteral("rows")).toArray()) {
            const QJsonObject o = row.toObject();
            if (o.value(QStringLiteral("key")) == QStringLiteral("supported") && o.value(QStringLiteral("indicator")) == QStringLiteral("caseload")
                && (!dashboard || o.value(QStringLiteral("period")) == QStringLiteral("this")))
                return o.value(QStringLiteral("value")).toDouble();
        }
        return -1.0;
    };
    CHECK(supportedIn(dash, true) > 0);
    CHECK(supportedIn(dash, true) == supportedIn(QJsonDocument::fromJson(json(dir.filePath(QStringLiteral("caseload.json")))).object(), false));
    for (const QStringList &bad : {QStringList{QStringLiteral("--head-age"), QStringLiteral("50-30")},
                                   QStringList{QStringLiteral("--head-sex"), QStringLiteral("other")},
                                   QStringList{QStringLiteral("--format"), QStringLiteral("xml")}}) {
        Ran r = hubcli(QStringList{QStringLiteral("dashboard"), QStringLiteral("--url"), pgdb.url(), QStringLiteral("--from"),
                                   QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-12-31"),
                                   QStringLiteral("--out"), dir.filePath(QStringLiteral("bad.json"))} + bad);
        CHECK(r.code == 2);
        CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("bad.json"))));
    }

    Ran checked = hubcli({QStringLiteral("check"), QStringLiteral("--db"), ledger, QStringLiteral("--url"), pgdb.url()});
    INFO(checked.out.toStdString() + checked.err.toStdString());
    CHECK(checked.code == 0);
    CHECK(checked.out.contains(QStringLiteral("PostgreSQL holds what the ledger holds")));

    // A half-copied package: refused with its reason, the exit status says so.
    QFile whole(package);
    REQUIRE(whole.open(QIODevice::ReadOnly));
    QFile half(dir.filePath(QStringLiteral("half.tamkeen")));
    REQUIRE(half.open(QIODevice::WriteOnly));
    half.write(whole.read(whole.size() / 2));
    half.close();
    Ran refused = hubcli({QStringLiteral("import"), QStringLiteral("--db"), ledger, QStringLiteral("--url"), pgdb.url(), half.fileName()});
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("half.tamkeen")));
    CHECK(hubcli({QStringLiteral("dump"), QStringLiteral("--canonical"), QStringLiteral("--url"), pgdb.url()}).out == fromPostgres.out);

    // An inbox: what was imported moves to imported/, a damaged package that
    // has not changed for two minutes to refused/, one changed just now stays.
    const QString inbox = dir.filePath(QStringLiteral("inbox"));
    REQUIRE(QDir().mkpath(inbox));
    REQUIRE(QFile::copy(package, inbox + QStringLiteral("/again.tamkeen")));
    REQUIRE(QFile::copy(half.fileName(), inbox + QStringLiteral("/old-half.tamkeen")));
    REQUIRE(QFile::copy(half.fileName(), inbox + QStringLiteral("/new-half.tamkeen")));
    {
        QFile old(inbox + QStringLiteral("/old-half.tamkeen"));
        REQUIRE(old.open(QIODevice::ReadWrite));
        REQUIRE(old.setFileTime(QDateTime::currentDateTime().addSecs(-600), QFileDevice::FileModificationTime));
    }
    Ran swept = hubcli({QStringLiteral("import"), QStringLiteral("--db"), ledger, QStringLiteral("--url"), pgdb.url(),
                        QStringLiteral("--move-to"), dir.path(), inbox});
    CHECK(swept.code == 1);
    CHECK(QFile::exists(dir.filePath(QStringLiteral("imported/again.tamkeen"))));
    CHECK(QFile::exists(dir.filePath(QStringLiteral("refused/old-half.tamkeen"))));
    CHECK(QFile::exists(inbox + QStringLiteral("/new-half.tamkeen")));
    CHECK_FALSE(QFile::exists(inbox + QStringLiteral("/again.tamkeen")));

    // The service's timer on an empty inbox: nothing to do, done without
    // logging in (an audit entry every 15 minutes) or reaching PostgreSQL.
    const QString empty = dir.filePath(QStringLiteral("empty-inbox")), unreachable = QStringLiteral("host=/nonexistent port=5 dbname=x");
    REQUIRE(QDir().mkpath(empty));
    Ran idle = hubcli({QStringLiteral("import"), QStringLiteral("--db"), ledger, QStringLiteral("--url"), unreachable, empty});
    CHECK(idle.code == 0);
    CHECK(idle.out.contains(QStringLiteral("no packages to import")));
    // A ledger that is not there is said so, inbox empty or not.
    Ran lost = hubcli({QStringLiteral("import"), QStringLiteral("--db"), dir.filePath(QStringLiteral("gone.db")),
                       QStringLiteral("--url"), unreachable, empty});
    CHECK(lost.code == 1);
    CHECK(lost.err.contains(QStringLiteral("does not exist")));
    // A command that logged in (a noted row) and could not publish leaves the
    // mark from before it wrote anything: the next run goes on (here it
    // cannot reach PostgreSQL, and says so) until a publication succeeds.
    const QString mark = ledger + QStringLiteral(".hub-unpublished");
    Ran failed = hubcli({QStringLiteral("publish"), QStringLiteral("--db"), ledger, QStringLiteral("--url"), unreachable});
    CHECK(failed.code == 1);
    CHECK(QFile::exists(mark));
    Ran pending = hubcli({QStringLiteral("import"), QStringLiteral("--db"), ledger, QStringLiteral("--url"), unreachable, empty});
    CHECK(pending.code == 1);
    CHECK(pending.err.contains(QStringLiteral("cannot connect to PostgreSQL")));
    Ran sent = hubcli({QStringLiteral("import"), QStringLiteral("--db"), ledger, QStringLiteral("--url"), pgdb.url(), empty});
    INFO(sent.err.toStdString());
    CHECK(sent.code == 0);
    CHECK(sent.out.contains(QStringLiteral("published")));
    CHECK_FALSE(QFile::exists(mark));

    Ran version = hubcli({QStringLiteral("--version")});
    CHECK(version.out.startsWith(QStringLiteral("tamkeen-hub ")));
}
