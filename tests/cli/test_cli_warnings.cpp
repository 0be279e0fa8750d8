// tamkeen-cli warnings: the early-warning lists on a day, for a script; the
// same lists as core gives, and wellbeing refused to an administrator.
#include "cli/CliRun.h"
#include "impact/EarlyWarnings.h"
#include "security/UserService.h"
#include "storage/Database.h"

#include <QDate>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace tamkeen;
using namespace tamkeen::test::clirun;

TEST_CASE("tamkeen-cli warnings lists what each rule points at, as core does, and keeps wellbeing from other roles",
          "[cli][impact]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.sqlite"));
    REQUIRE(init(db).code == 0);
    const QMap<QString, QString> env = {{QStringLiteral("TAMKEEN_PASSWORD"), QStringLiteral("admin-pass-1")},
                                        {QStringLiteral("TAMKEEN_NEW_PASSWORD"), QStringLiteral("worker-pass-1")}};
    const Run demo = cli(QStringList{QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--households"),
                                     QStringLiteral("60"), QStringLiteral("--appointments"), QStringLiteral("150"),
                                     QStringLiteral("--sessions"), QStringLiteral("60"), QStringLiteral("--plans"),
                                     QStringLiteral("20")}
                             + kAsRoot1,
                         env);
    INFO(demo.err.toStdString());
    REQUIRE(demo.code == 0);
    // A year on, the demo's active plans have had no task done for 60 days.
    const QString later = QDate::currentDate().addYears(1).toString(Qt::ISODate);
    const Run all = cli(QStringList{QStringLiteral("warnings"), QStringLiteral("--db"), db, QStringLiteral("--on"), later}
                            + kAsRoot1,
                        env);
    INFO(all.err.toStdString());
    REQUIRE(all.code == 0);
    const QStringList lines = all.out.split(u'\n', Qt::SkipEmptyParts);

    // The same lists as core's, rule by rule; an administrator gets no wellbeing list.
    unlockHere(db);
    auto opened = storage::Database::open(db);
    REQUIRE(opened.ok());
    security::UserService users(*opened.value(), security::HashCost::minimal());
    auto root = users.login(QStringLiteral("root1"), QStringLiteral("admin-pass-1"));
    REQUIRE(root.ok());
    impact::EarlyWarnings warnings(*opened.value());
    qsizetype expected = 0;
    for (impact::WarningRule r : impact::EarlyWarnings::rules()) {
        if (!impact::EarlyWarnings::mayRead(root.value(), r))
            continue;
        const qsizetype n = warnings.list(root.value(), r, QDate::fromString(later, Qt::ISODate)).value().size();
        CHECK(lines.filter(QRegularExpression(QStringLiteral("^") + impact::EarlyWarnings::key(r) + QStringLiteral("\t"))).size() == n);
        expected += n;
    }
    CHECK(lines.size() == expected);
    CHECK(expected > 0); // the demo's plans at least
    for (const QString &line : lines)
        CHECK(line.split(u'\t').size() == 7);
    CHECK(lines.filter(QStringLiteral("low_wellbeing")).isEmpty());

    // Asked for by name, wellbeing is refused to an administrator; an unknown rule is a usage error.
    const Run wellbeing = cli(QStringList{QStringLiteral("warnings"), QStringLiteral("--db"), db, QStringLiteral("--rule"),
                                          QStringLiteral("low_wellbeing")}
                                  + kAsRoot1,
                              env);
    CHECK(wellbeing.code != 0);
    CHECK(wellbeing.err.contains(QStringLiteral("counsellors and supervisors")));
    const Run unknown = cli(QStringList{QStringLiteral("warnings"), QStringLiteral("--db"), db, QStringLiteral("--rule"),
                                        QStringLiteral("lottery")}
                                + kAsRoot1,
                            env);
    CHECK(unknown.code != 0);
    CHECK(unknown.out.isEmpty());
    // Without a login, nothing is listed.
    const Run anonymous = cli({QStringLiteral("warnings"), QStringLiteral("--db"), db});
    CHECK(anonymous.code != 0);
    CHECK(anonymous.out.isEmpty());
}
