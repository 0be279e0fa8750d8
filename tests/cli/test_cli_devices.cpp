// tamkeen-cli devices: device numbers reserved on two copies offline.
#include "cli/CliRun.h"

#include <QTemporaryDir>

using namespace tamkeen::test::clirun;

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
