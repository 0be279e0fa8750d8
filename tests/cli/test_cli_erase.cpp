// tamkeen-cli erase (issue 15 §6): an administrator erases a household with
// a reason; the retention setting and the households due under it.
#include "cli/CliRun.h"
#include "storage/Database.h"

#include <QTemporaryDir>

using namespace tamkeen;
using namespace tamkeen::test::clirun;

TEST_CASE("tamkeen-cli erase blanks a household with a reason, once, and lists what the retention makes due",
          "[cli][erasure]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.sqlite"));
    REQUIRE(init(db).code == 0);
    const Run demo = cli(QStringList{QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--households"),
                                     QStringLiteral("3")}
                             + kAsRoot1,
                         kAdminPw);
    INFO(demo.err.toStdString());
    REQUIRE(demo.code == 0);
    QString file, given;
    {
        unlockHere(db);
        auto opened = storage::Database::open(db);
        REQUIRE(opened.ok());
        REQUIRE(opened.value()->read(QStringLiteral("SELECT h.file_number, m.given_name FROM households h JOIN members m "
                                                    "ON m.household_id = h.id ORDER BY h.file_number LIMIT 1"),
                                     {}, [&](const storage::RawRow &r) {
                                         file = r.text(0);
                                         given = r.text(1);
                                     }));
    }
    REQUIRE_FALSE(given.isEmpty());
    const QStringList base = QStringList{QStringLiteral("erase"), QStringLiteral("--db"), db} + kAsRoot1;

    const Run noReason = cli(base + QStringList{QStringLiteral("--file"), file}, kAdminPw);
    CHECK(noReason.code != 0);
    CHECK(noReason.err.contains(QStringLiteral("--reason")));
    const Run shortReason = cli(base + QStringList{QStringLiteral("--file"), file, QStringLiteral("--reason"),
                                                   QStringLiteral("طلب")},
                                kAdminPw);
    CHECK(shortReason.code != 0);
    const QStringList erase = base + QStringList{QStringLiteral("--file"), file, QStringLiteral("--reason"),
                                                 QStringLiteral("طلب الأسرة المحو كتابيًا")};
    const Run erased = cli(erase, kAdminPw);
    INFO(erased.err.toStdString());
    REQUIRE(erased.code == 0);
    CHECK(erased.out.contains(QStringLiteral("erased:")));
    const Run again = cli(erase, kAdminPw);
    CHECK(again.code != 0);
    {
        unlockHere(db);
        auto opened = storage::Database::open(db);
        REQUIRE(opened.ok());
        CHECK(opened.value()
                  ->scalar(QStringLiteral("SELECT count(*) FROM members m JOIN households h ON h.id = m.household_id "
                                          "WHERE h.file_number = ? AND m.given_name <> ''"),
                           {file})
                  .value()
                  .toLongLong()
              == 0);
        CHECK(opened.value()->scalar(QStringLiteral("SELECT count(*) FROM households WHERE file_number = ?"), {file})
                  .value()
                  .toLongLong()
              == 1); // the skeleton stays
    }

    const Run noRetention = cli(base + QStringList{QStringLiteral("--due")}, kAdminPw);
    CHECK(noRetention.code != 0);
    CHECK(noRetention.err.contains(QStringLiteral("no retention")));
    REQUIRE(cli(base + QStringList{QStringLiteral("--retention"), QStringLiteral("5")}, kAdminPw).code == 0);
    const Run due = cli(base + QStringList{QStringLiteral("--due")}, kAdminPw);
    INFO(due.err.toStdString());
    REQUIRE(due.code == 0);
    CHECK(due.out.contains(QStringLiteral("more than 5 year(s) ago")));
    const Run both = cli(base + QStringList{QStringLiteral("--due"), QStringLiteral("--file"), file}, kAdminPw);
    CHECK(both.code == 2);
}
