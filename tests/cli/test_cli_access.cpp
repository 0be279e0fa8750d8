// tamkeen-cli access (issue 15 §6): everything held about a member as JSON or
// as an Arabic PDF, written readable by its owner only; a PDF is one member's.
#include "cli/CliRun.h"
#include "storage/Database.h"
#include "storage/Uuid.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace tamkeen;
using namespace tamkeen::test::clirun;

TEST_CASE("tamkeen-cli access writes a member's data as JSON and as a PDF, and refuses a PDF of a whole household",
          "[cli][access]")
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
    QByteArray member;
    QString file;
    {
        unlockHere(db);
        auto opened = storage::Database::open(db);
        REQUIRE(opened.ok());
        REQUIRE(opened.value()->read(
            QStringLiteral("SELECT m.id, h.file_number FROM members m JOIN households h "
                           "ON h.id = m.household_id ORDER BY m.created_at LIMIT 1"),
            {}, [&](const storage::RawRow &r) {
                member = r.blob(0);
                file = r.text(1);
            }));
    }
    const QString id = storage::uuidToString(member);
    const QStringList base = QStringList{QStringLiteral("access"), QStringLiteral("--db"), db} + kAsRoot1;

    const Run json = cli(base + QStringList{QStringLiteral("--member"), id}, kAdminPw);
    INFO(json.err.toStdString());
    REQUIRE(json.code == 0);
    CHECK(QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("member_id")).toString() == id);

    const QString pdf = dir.filePath(QStringLiteral("member.pdf"));
    const Run printed =
        cli(base + QStringList{QStringLiteral("--member"), id, QStringLiteral("--format"), QStringLiteral("pdf"),
                               QStringLiteral("--out"), pdf},
            kAdminPw);
    INFO(printed.err.toStdString());
    REQUIRE(printed.code == 0);
    QFile written(pdf);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.read(4) == "%PDF");
#ifdef Q_OS_UNIX
    CHECK(QFileInfo(pdf).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
#endif

    // A PDF needs one member and a file to go to; a wrong format is refused.
    const QString none = dir.filePath(QStringLiteral("household.pdf"));
    const Run household = cli(base + QStringList{QStringLiteral("--file"), file, QStringLiteral("--format"),
                                                 QStringLiteral("pdf"), QStringLiteral("--out"), none},
                              kAdminPw);
    CHECK(household.code != 0);
    CHECK(household.err.contains(QStringLiteral("one member's")));
    CHECK_FALSE(QFileInfo::exists(none));
    const Run noOut = cli(base + QStringList{QStringLiteral("--member"), id, QStringLiteral("--format"), QStringLiteral("pdf")},
                          kAdminPw);
    CHECK(noOut.code != 0);
    const Run wrong = cli(base + QStringList{QStringLiteral("--member"), id, QStringLiteral("--format"), QStringLiteral("xml")},
                          kAdminPw);
    CHECK(wrong.code != 0);
    CHECK(wrong.err.contains(QStringLiteral("json or pdf")));
}
