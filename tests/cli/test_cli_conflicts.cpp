// tamkeen-cli conflicts: a confidential note's values only to those who may read them.
#include "cli/CliRun.h"
#include "security/UserService.h"
#include "storage/Database.h"
#include "sync/Exporter.h"
#include "sync/Importer.h"
#include "support/ConflictingNote.h"

#include <QTemporaryDir>

using namespace tamkeen::test::clirun;

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
    enrolBranch(path("hub.db"), path("branch.db"), path("branch.tamkeen-enrol"), env);
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
        unlockHere(path("hub.db"));
        unlockHere(path("branch.db"));
        auto hub = storage::Database::open(path("hub.db")).value();
        auto branch = storage::Database::open(path("branch.db")).value();
        // Huda, a counsellor, writes and signs the notes (a privileged field).
        const auto logIn = [](storage::Database &db, const char *user, const char *password) {
            auto session = security::UserService(db, security::HashCost::minimal())
                               .login(QString::fromLatin1(user), QString::fromLatin1(password));
            REQUIRE(session.ok());
            return session.value().userId;
        };
        const QByteArray huda = logIn(*hub, "huda", "member-pass-1");
        // The branch's keys open with a login (Huda's account is not there yet).
        logIn(*branch, "root1", "admin-pass-1");
        test::writeConflictingNote(*hub, *branch,
                                   {.author = huda,
                                    .logInThere = [&](storage::Database &db) { logIn(db, "huda", "member-pass-1"); },
                                    .send =
                                        [&](storage::Database &from, storage::Database &to) {
                                            REQUIRE(sync::Exporter(from).write(path("h1.tamkeen"), {}).ok());
                                            REQUIRE(sync::Importer(to).importFile(path("h1.tamkeen")).ok());
                                        }});
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
