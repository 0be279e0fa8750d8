// tamkeen-cli import-csv and export-csv.
#include "cli/CliRun.h"
#include "support/TestDb.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace tamkeen::test::clirun;

TEST_CASE("tamkeen-cli import-csv: the dry run finds what the import finds - export-csv says when the disk is full",
          "[cli][csv]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.sqlite"));
    REQUIRE(init(db).code == 0);
    const QString csv = dir.filePath(QStringLiteral("families.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        // Two households whose heads resemble each other: the second (line 3) is a problem.
        f.write("household_key,region,given_name,father_name,family_name,relation,sex,birth_date\n"
                "A,القاهرة,أحمد,محمود,السيد,head,male,1975-05-05\n"
                "B,القاهرة,أحمد,محمود,السيد,head,male,1975-09-09\n");
    }
    const QMap<QString, QString> admin = kAdminPw;
    const QStringList import = {QStringLiteral("import-csv"), QStringLiteral("--db"), db, csv};
    const QStringList as = {QStringLiteral("--as"), QStringLiteral("root1")};
    const QString line3 = csv + QStringLiteral(":3:");

    const Run dry = cli(import + as + QStringList{QStringLiteral("--dry-run")}, admin);
    CHECK(dry.code == 1);
    CHECK(dry.err.contains(line3));
    CHECK_FALSE(dry.out.contains(QStringLiteral("would import")));
    const Run real = cli(import + as, admin);
    CHECK(real.code == 1);
    CHECK(real.err.contains(line3));

    const Run allowedDry = cli(import + as + QStringList{QStringLiteral("--dry-run"), QStringLiteral("--allow-similar")}, admin);
    CHECK(allowedDry.code == 0);
    CHECK(allowedDry.out.contains(QStringLiteral("would import 2 households")));
    const Run allowed = cli(import + as + QStringList{QStringLiteral("--allow-similar")}, admin);
    INFO(allowed.err.toStdString());
    CHECK(allowed.code == 0);
    CHECK(allowed.out.contains(QStringLiteral("imported 2 households")));

    const QString arabic = dir.filePath(QStringLiteral("ar.csv"));
    CHECK(cli(QStringList{QStringLiteral("export-csv"), QStringLiteral("--db"), db, QStringLiteral("--lang"),
                          QStringLiteral("ar"), arabic}
                  + as,
              admin)
              .code
          == 0);
    const QString written = QString::fromUtf8(tamkeen::test::fileBytes(arabic));
    CHECK(written.contains(QStringLiteral("رقم الملف,المنطقة,")));
    CHECK(written.contains(QStringLiteral(",رب الأسرة,")));
    const QString english = dir.filePath(QStringLiteral("en.csv"));
    CHECK(cli(QStringList{QStringLiteral("export-csv"), QStringLiteral("--db"), db, english} + as, admin).code == 0);
    CHECK(tamkeen::test::fileBytes(english).contains(",head,"));

    if (QFile::exists(QStringLiteral("/dev/full"))) {
        const Run full =
            cli(QStringList{QStringLiteral("export-csv"), QStringLiteral("--db"), db, QStringLiteral("/dev/full")} + as, admin);
        CHECK(full.code == 1);
        CHECK(full.err.contains(QStringLiteral("the disk is full")));
        CHECK_FALSE(full.err.contains(QStringLiteral("Unknown error")));
        CHECK_FALSE(QFileInfo(QStringLiteral("/dev/full")).isFile()); // still the device
    }
    const Run missing = cli(QStringList{QStringLiteral("export-csv"), QStringLiteral("--db"), db,
                                        dir.filePath(QStringLiteral("no-such-folder/x.csv"))}
                                + as,
                            admin);
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(QStringLiteral("was not written")));
}

TEST_CASE("tamkeen-cli refuses control characters in a CSV and never prints a direction override typed into a name",
          "[cli][text]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.sqlite"));
    REQUIRE(init(db).code == 0);
    const auto importFile = [&](const QByteArray &bytes) {
        const QString path = dir.filePath(QStringLiteral("people.csv"));
        QFile csv(path);
        REQUIRE(csv.open(QIODevice::WriteOnly | QIODevice::Truncate));
        csv.write(bytes);
        csv.close();
        return cli({QStringLiteral("import-csv"), QStringLiteral("--db"), db, QStringLiteral("--as"),
                    QStringLiteral("root1"), path},
                   kAdminPw);
    };
    const QByteArray header = "household_key,region,given_name,father_name,relation,sex\n";
    // A terminal escape (clear the screen): the file is not text, and says so.
    const Run escaped = importFile(header + "A,\xD8\xA7\xD9\x84\xD8\xB1\xD9\x8A\xD8\xA7\xD8\xB6,\x1b[2J\xD8\xB3\xD8\xA7"
                                            "\xD9\x84\xD9\x85,\xD8\xB9\xD9\x84\xD9\x8A,head,male\n");
    CHECK(escaped.code == 1);
    CHECK(escaped.err.contains(QStringLiteral("not text")));
    // A right-to-left override is text: it is taken out of the name on the way in.
    const Run imported = importFile(header + "A,\xD8\xA7\xD9\x84\xD8\xB1\xD9\x8A\xD8\xA7\xD8\xB6,\xD8\xB3\xD8\xA7\xD9\x84"
                                             "\xD9\x85\xE2\x80\xAE,\xD8\xB9\xD9\x84\xD9\x8A,head,male\n");
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);
    const Run found = cli(QStringList{QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("علي")} + kAsRoot1,
                          kAdminPw);
    REQUIRE(found.code == 0);
    CHECK(found.out.contains(QStringLiteral("سالم")));
    CHECK_FALSE(found.out.contains(QChar(0x1b)));
    CHECK_FALSE(found.out.contains(QChar(0x202E)));
}
