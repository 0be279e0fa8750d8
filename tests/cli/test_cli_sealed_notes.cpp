// tamkeen-cli and sealed confidential notes (issue 15 §2): the demo's notes
// are stored sealed; `users grant-notes` gives a new counsellor the clinic's
// key with the recovery key when nobody who holds it is left.
#include "cli/CliRun.h"
#include "clinic/ClinicalKeys.h"
#include "clinic/SessionService.h"
#include "security/UserService.h"
#include "storage/Database.h"

#include <QTemporaryDir>

using namespace tamkeen;
using namespace tamkeen::test::clirun;

TEST_CASE("tamkeen-cli users grant-notes gives a counsellor the keys of confidential notes with the recovery key",
          "[cli][encryption]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.sqlite"));
    REQUIRE(init(db).code == 0);
    const QMap<QString, QString> env = {{QStringLiteral("TAMKEEN_PASSWORD"), QStringLiteral("admin-pass-1")},
                                        {QStringLiteral("TAMKEEN_NEW_PASSWORD"), QStringLiteral("rana-pass-2024")}};
    const Run demo = cli(QStringList{QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--households"),
                                     QStringLiteral("40"), QStringLiteral("--appointments"), QStringLiteral("100"),
                                     QStringLiteral("--sessions"), QStringLiteral("80"), QStringLiteral("--plans"),
                                     QStringLiteral("0")}
                             + kAsRoot1,
                         env);
    INFO(demo.err.toStdString());
    REQUIRE(demo.code == 0);
    const Run add = cli(QStringList{QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("rana"),
                                    QStringLiteral("--db"), db, QStringLiteral("--role"), QStringLiteral("counsellor"),
                                    QStringLiteral("--full-name"), QStringLiteral("رنا العمري")}
                            + kAsRoot1,
                        env);
    INFO(add.err.toStdString());
    REQUIRE(add.code == 0);
    const QStringList grant = QStringList{QStringLiteral("users"), QStringLiteral("grant-notes"), QStringLiteral("rana"),
                                          QStringLiteral("--db"), db}
                              + kAsRoot1;

    // A wrong recovery key: refused.
    QMap<QString, QString> wrong = env;
    wrong.insert(QStringLiteral("TAMKEEN_RECOVERY_KEY"), QString(64, QLatin1Char('B')));
    const Run refused = cli(grant, wrong);
    CHECK(refused.code != 0);
    CHECK(refused.err.contains(QStringLiteral("recovery key")));
    const Run ok = cli(grant, env);
    INFO(ok.err.toStdString());
    REQUIRE(ok.code == 0);
    CHECK(ok.out.contains(QStringLiteral("grant-notes: 1 key(s) sealed to rana")));

    unlockHere(db);
    auto opened = storage::Database::open(db);
    REQUIRE(opened.ok());
    storage::Database &d = *opened.value();
    // The demo's psychological sessions: sealed in the table, opened for Rana.
    auto sealed = d.scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE confidential = 1 AND needs LIKE 'tk-sealed:%'"));
    auto plain = d.scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE confidential = 1 AND needs NOT LIKE 'tk-sealed:%'"));
    REQUIRE(sealed.ok());
    REQUIRE(plain.ok());
    CHECK(sealed.value().toInt() > 0);
    CHECK(plain.value().toInt() == 0);
    auto rana = security::UserService(d, security::HashCost::minimal()).login(QStringLiteral("rana"), QStringLiteral("rana-pass-2024"));
    REQUIRE(rana.ok());
    CHECK(clinic::ClinicalKeys::isOpen(d, rana.value()));
    auto id = d.scalar(QStringLiteral("SELECT id FROM sessions WHERE confidential = 1 LIMIT 1"));
    REQUIRE(id.ok());
    auto s = clinic::SessionService(d).session(rana.value(), id.value().toByteArray());
    REQUIRE(s.ok());
    CHECK_FALSE(s.value().withheld);
    CHECK_FALSE(s.value().needs.isEmpty());
    CHECK_FALSE(s.value().needs.startsWith(QStringLiteral("tk-sealed:")));
}
