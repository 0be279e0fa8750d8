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

TEST_CASE("tamkeen-cli report and warnings are in the audit trail with what was asked", "[cli][audit]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.sqlite"));
    REQUIRE(init(db).code == 0);
    const QStringList audit = {QStringLiteral("audit"), QStringLiteral("--db"), db, QStringLiteral("list"),
                               QStringLiteral("--action"), QStringLiteral("export")};
    CHECK(cli(audit + kAsRoot1, kAdminPw).out.isEmpty());
    const QString out = dir.filePath(QStringLiteral("caseload.csv"));
    const Run report = cli(QStringList{QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                                       QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-06-30"),
                                       QStringLiteral("--indicator"), QStringLiteral("caseload"), QStringLiteral("--format"),
                                       QStringLiteral("csv"), QStringLiteral("--out"), out}
                               + kAsRoot1,
                           kAdminPw);
    INFO(report.err.toStdString());
    REQUIRE(report.code == 0);
    // Refused before anything is written: nothing logged.
    const Run refused = cli(QStringList{QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                                        QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-06-30"),
                                        QStringLiteral("--centre"), QStringLiteral("NOPE"), QStringLiteral("--out"), out}
                                + kAsRoot1,
                            kAdminPw);
    CHECK(refused.code != 0);
    REQUIRE(cli(QStringList{QStringLiteral("warnings"), QStringLiteral("--db"), db} + kAsRoot1, kAdminPw).code == 0);
    const Run listed = cli(audit + kAsRoot1, kAdminPw);
    INFO(listed.out.toStdString());
    const QStringList lines = listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(listed.out.contains(QStringLiteral("report csv 2026-01-01..2026-06-30 caseload ") + out));
    CHECK(listed.out.contains(QStringLiteral("warnings all ")));
}
