// tamkeen-cli demo: demonstration data only where there is no real data.
#include "cli/CliRun.h"

#include <QTemporaryDir>

using namespace tamkeen::test::clirun;

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

TEST_CASE("tamkeen-cli reindex reads an index in order and writes nothing, and refuses a missing file", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.sqlite"));
    REQUIRE(init(db).code == 0);
    const Run demo = cli(QStringList{QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--households"),
                                     QStringLiteral("25")}
                             + kAsRoot1,
                         kAdminPw);
    INFO(demo.err.toStdString());
    REQUIRE(demo.code == 0);
    for (const QString &again : {QString(), QStringLiteral("--again")}) {
        QStringList args{QStringLiteral("reindex"), QStringLiteral("--db"), db};
        if (!again.isEmpty())
            args << again;
        const Run reindex = cli(args);
        INFO(reindex.err.toStdString());
        CHECK(reindex.code == 0);
        CHECK(reindex.out.contains(QStringLiteral("the index of 25 households is up to date; rows rewritten for 0")));
    }
    const Run missing = cli({QStringLiteral("reindex"), QStringLiteral("--db"), dir.filePath(QStringLiteral("none.sqlite"))});
    CHECK(missing.code != 0);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("none.sqlite"))));
}
