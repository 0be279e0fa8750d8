// tamkeen-cli audit (issue 15 §4): the chains checked and the entries listed,
// for supervisors and administrators only.
#include "cli/CliRun.h"

#include <QTemporaryDir>

using namespace tamkeen::test::clirun;

TEST_CASE("tamkeen-cli audit verifies the chains and lists who did what", "[cli][audit]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.sqlite"));
    REQUIRE(init(db).code == 0);
    auto env = kAdminPw;
    env.insert(QStringLiteral("TAMKEEN_NEW_PASSWORD"), QStringLiteral("worker-pass-1"));
    REQUIRE(cli({QStringLiteral("users"), QStringLiteral("--db"), db, QStringLiteral("add"), QStringLiteral("omar"),
                 QStringLiteral("--full-name"), QStringLiteral("عمر"), QStringLiteral("--role"),
                 QStringLiteral("field_worker"), QStringLiteral("--as"), QStringLiteral("root1")},
                env)
                .code
            == 0);
    const QStringList audit = {QStringLiteral("audit"), QStringLiteral("--db"), db};
    const Run verified = cli(audit + QStringList{QStringLiteral("verify")} + kAsRoot1, kAdminPw);
    INFO(verified.err.toStdString());
    CHECK(verified.code == 0);
    CHECK(verified.out.contains(QStringLiteral("every chain holds")));
    const Run listed = cli(audit + QStringList{QStringLiteral("list"), QStringLiteral("--action"), QStringLiteral("account")}
                               + kAsRoot1,
                           kAdminPw);
    CHECK(listed.code == 0);
    CHECK(listed.out.contains(QStringLiteral("account\t\tadded omar (field_worker)")));
    const Run none = cli(audit + QStringList{QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("2999-01-01")}
                             + kAsRoot1,
                         kAdminPw);
    CHECK(none.code == 0);
    CHECK(none.out.isEmpty());
    const Run badDate = cli(audit + QStringList{QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("yesterday")}
                                + kAsRoot1,
                            kAdminPw);
    CHECK(badDate.code == 2);
    // A field worker reads no audit trail.
    const Run worker = cli(audit + QStringList{QStringLiteral("list"), QStringLiteral("--as"), QStringLiteral("omar")},
                           {{QStringLiteral("TAMKEEN_PASSWORD"), QStringLiteral("worker-pass-1")}});
    CHECK(worker.code != 0);
    CHECK(worker.err.contains(QStringLiteral("this needs")));
}
