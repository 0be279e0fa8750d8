// tamkeen-cli users and centres: an administrator manages the accounts, and names
// apart what two copies share.
#include "cli/CliRun.h"
#include "security/UserService.h"
#include "storage/SyncedWriter.h"
#include "support/TestDb.h"

#include <QTemporaryDir>

using namespace tamkeen::test::clirun;

namespace {

// The id a listing printed first on the (last) line that holds `text`.
QString idOnLine(const QString &listing, const QString &text)
{
    QString id;
    for (const QString &line : listing.split(QLatin1Char('\n'))) {
        if (line.contains(text))
            id = line.section(QLatin1Char('\t'), 0, 0);
    }
    return id;
}

} // namespace

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

    // The encrypted file opens with the administrator's login (check has no --as).
    const QMap<QString, QString> login{{QStringLiteral("TAMKEEN_USER"), QStringLiteral("admin")},
                                       {QStringLiteral("TAMKEEN_PASSWORD"), QStringLiteral("correct horse")}};
    const Run check = cli({QStringLiteral("check"), QStringLiteral("--db"), path}, login);
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.code == 1);
    CHECK(check.out.contains(QStringLiteral("duplicate user name: sara (2 accounts")));
    CHECK(check.out.contains(QStringLiteral("duplicate centre code: RUH (2 centres")));
    CHECK(check.out.contains(QStringLiteral("duplicate file number: RUH-01-000007 (2 households")));
    CHECK(check.err.contains(QStringLiteral("3 problem(s) found")));

    // The name alone is refused; an administrator names one account by its id.
    const QMap<QString, QString> admin = {{QStringLiteral("TAMKEEN_PASSWORD"), tamkeen::test::sampleSetup().adminPassword}};
    const auto asAdmin = [&](const QStringList &args) {
        return cli(args + QStringList{QStringLiteral("--as"), QStringLiteral("admin"), QStringLiteral("--db"), path}, admin);
    };
    const Run byName = asAdmin({QStringLiteral("users"), QStringLiteral("rename"), QStringLiteral("sara"), QStringLiteral("--to"),
                                QStringLiteral("sara.otaibi")});
    CHECK(byName.code != 0);
    CHECK(byName.err.contains(QStringLiteral("several accounts are named sara")));
    const Run list = asAdmin({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--ids")});
    REQUIRE(list.code == 0);
    const QString otaibi = idOnLine(list.out, QStringLiteral("سارة العتيبي"));
    REQUIRE(otaibi.size() == 36);
    const Run renamed = asAdmin({QStringLiteral("users"), QStringLiteral("rename"), otaibi, QStringLiteral("--to"),
                                 QStringLiteral("sara.otaibi")});
    INFO(renamed.err.toStdString());
    CHECK(renamed.code == 0);
    // And the centre made second gets another code; the file numbers stay as printed.
    const Run centres = cli({QStringLiteral("centres"), QStringLiteral("list"), QStringLiteral("--db"), path}, login);
    REQUIRE(centres.code == 0);
    const QString branch = idOnLine(centres.out, QStringLiteral("\tفرع"));
    REQUIRE(branch.size() == 36);
    const Run recoded = asAdmin({QStringLiteral("centres"), QStringLiteral("rename"), branch, QStringLiteral("--code"),
                                 QStringLiteral("ru2")});
    INFO(recoded.err.toStdString());
    CHECK(recoded.code == 0);
    const Run again = cli({QStringLiteral("check"), QStringLiteral("--db"), path}, login);
    CHECK(again.code == 1);
    CHECK_FALSE(again.out.contains(QStringLiteral("duplicate user name")));
    CHECK_FALSE(again.out.contains(QStringLiteral("duplicate centre code")));
    CHECK(again.out.contains(QStringLiteral("duplicate file number: RUH-01-000007 (2 households")));
    CHECK(again.err.contains(QStringLiteral("1 problem(s) found")));
}
