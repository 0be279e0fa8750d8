// tamkeen-cli report --format xlsx|pdf: the Reports section's indicators
// report from a script, the PDF on a machine with no display; the
// organisation's small-numbers rule in every format; a file that cannot be
// written is not.
#include "cli/CliRun.h"
#include "impact/SmallNumbers.h"
#include "support/TestDb.h"
#include "support/ZipReader.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace tamkeen::test::clirun;

namespace {

const QMap<QString, QString> kSetUpPw = {{QStringLiteral("TAMKEEN_PASSWORD"), QStringLiteral("correct horse")}};
const QStringList kAsAdmin = {QStringLiteral("--as"), QStringLiteral("Admin")};

QStringList report(const QString &db, const QString &out, const QString &format, const QStringList &more = {})
{
    return QStringList{QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--from"),
                       QStringLiteral("2000-01-01"), QStringLiteral("--to"), QDate::currentDate().toString(Qt::ISODate),
                       QStringLiteral("--format"), format, QStringLiteral("--out"), out}
           + more;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Runs the CLI as a server's cron would: no display, no Qt platform chosen.
Run headless(const QStringList &args, const QMap<QString, QString> &env)
{
    QProcessEnvironment e = cliEnvironment(env);
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        e.remove(QString::fromLatin1(name));
    QProcess p;
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(TAMKEEN_CLI_PATH), args);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

int pdfPages(const QString &pdf)
{
    const QString info = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    REQUIRE_FALSE(info.isEmpty());
    QProcess p;
    p.start(info, {pdf});
    REQUIRE(p.waitForFinished(30000));
    for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n')))
        if (line.startsWith(QStringLiteral("Pages:")))
            return line.mid(6).trimmed().toInt();
    return 0;
}

// Every page as a picture in the screenshots folder, for a person to look at.
int render(const QString &pdf, const QString &name)
{
    const QString renderer = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    REQUIRE_FALSE(renderer.isEmpty());
    QDir().mkpath(QStringLiteral(TAMKEEN_SCREENSHOT_DIR));
    const QString prefix = QDir(QStringLiteral(TAMKEEN_SCREENSHOT_DIR)).filePath(name);
    const QStringList pattern{name + QStringLiteral("-[0-9]*.png")};
    for (const QString &old : QDir(QStringLiteral(TAMKEEN_SCREENSHOT_DIR)).entryList(pattern, QDir::Files))
        QFile::remove(QDir(QStringLiteral(TAMKEEN_SCREENSHOT_DIR)).filePath(old));
    QProcess p;
    p.start(renderer, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), pdf, prefix});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return int(QDir(QStringLiteral(TAMKEEN_SCREENSHOT_DIR))
                   .entryList(pattern, QDir::Files)
                   .size());
}

// A database made in core with `hide` set, then three demonstration families through the CLI.
QString smallDatabase(QTemporaryDir &dir, bool hide)
{
    auto t = tamkeen::test::makeSetUpDb();
    if (hide)
        REQUIRE(tamkeen::impact::SmallNumbers::setHidden(*t->db, t->admin, true).ok());
    const QString path = dir.filePath(hide ? QStringLiteral("hidden.sqlite") : QStringLiteral("shown.sqlite"));
    t->db.reset();
    REQUIRE(QFile::copy(t->path(), path));
    const Run demo = cli(QStringList{QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--households"),
                                     QStringLiteral("3")}
                             + kAsAdmin,
                         kSetUpPw);
    INFO(demo.err.toStdString());
    REQUIRE(demo.code == 0);
    return path;
}

} // namespace

TEST_CASE("tamkeen-cli report writes the indicators report as XLSX (right to left) and as a PDF without a display",
          "[cli][impact][export]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("t.sqlite"));
    REQUIRE(init(db).code == 0);
    REQUIRE(cli(QStringList{QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--households"),
                            QStringLiteral("40")}
                    + kAsRoot1,
                {{QStringLiteral("TAMKEEN_PASSWORD"), QStringLiteral("admin-pass-1")},
                 {QStringLiteral("TAMKEEN_NEW_PASSWORD"), QStringLiteral("worker-pass-1")}})
                .code
            == 0);

    const QString xlsx = dir.filePath(QStringLiteral("report.xlsx"));
    const Run x = cli(report(db, xlsx, QStringLiteral("xlsx")) + kAsRoot1, kAdminPw);
    INFO(x.err.toStdString());
    REQUIRE(x.code == 0);
    const QByteArray zip = readAll(xlsx);
    // Eleven tables for an administrator: no wellbeing, which is confidential.
    CHECK(tamkeen::test::zipEntry(zip, QStringLiteral("xl/workbook.xml")).count("<sheet ") == 11);
    CHECK(tamkeen::test::zipEntry(zip, QStringLiteral("xl/worksheets/sheet1.xml")).contains("rightToLeft=\"1\""));
    // A supervisor, who may see wellbeing on the dashboard, gets it in the report too.
    REQUIRE(cli(QStringList{QStringLiteral("users"), QStringLiteral("--db"), db, QStringLiteral("add"), QStringLiteral("huda"),
                            QStringLiteral("--full-name"), QStringLiteral("هدى"), QStringLiteral("--role"),
                            QStringLiteral("supervisor")}
                    + kAsRoot1,
                {{QStringLiteral("TAMKEEN_PASSWORD"), QStringLiteral("admin-pass-1")},
                 {QStringLiteral("TAMKEEN_NEW_PASSWORD"), QStringLiteral("supervisor-pass-1")}})
                .code
            == 0);
    const QString supervised = dir.filePath(QStringLiteral("supervisor.xlsx"));
    const Run bySupervisor = cli(report(db, supervised, QStringLiteral("xlsx")) + QStringList{QStringLiteral("--as"), QStringLiteral("huda")},
                                 {{QStringLiteral("TAMKEEN_PASSWORD"), QStringLiteral("supervisor-pass-1")}});
    INFO(bySupervisor.err.toStdString());
    REQUIRE(bySupervisor.code == 0);
    const QByteArray workbook = tamkeen::test::zipEntry(readAll(supervised), QStringLiteral("xl/workbook.xml"));
    CHECK(workbook.count("<sheet ") == 12);
    const QString english = dir.filePath(QStringLiteral("report-en.xlsx"));
    REQUIRE(cli(report(db, english, QStringLiteral("xlsx"), {QStringLiteral("--language"), QStringLiteral("en")}) + kAsRoot1,
                kAdminPw)
                .code
            == 0);
    CHECK_FALSE(tamkeen::test::zipEntry(readAll(english), QStringLiteral("xl/worksheets/sheet1.xml")).contains("rightToLeft"));

    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const Run p = headless(report(db, pdf, QStringLiteral("pdf")) + kAsRoot1, kAdminPw);
    INFO(p.err.toStdString());
    REQUIRE(p.code == 0);
    CHECK(readAll(pdf).startsWith("%PDF"));
    const int pages = pdfPages(pdf);
    CHECK(pages >= 2); // the letterhead and charts, then the tables
    CHECK(render(pdf, QStringLiteral("cli-report")) == pages);

    // One indicator is JSON or CSV's business; an unknown format is refused; neither writes.
    const QString refused = dir.filePath(QStringLiteral("one.pdf"));
    const Run one = cli(report(db, refused, QStringLiteral("pdf"), {QStringLiteral("--indicator"), QStringLiteral("exits")})
                            + kAsRoot1,
                        kAdminPw);
    CHECK(one.code == 2);
    CHECK(one.err.contains(QStringLiteral("--indicator")));
    CHECK(cli(report(db, refused, QStringLiteral("docx")) + kAsRoot1, kAdminPw).code == 2);
    CHECK_FALSE(QFile::exists(refused));

    // A folder that does not exist: a message, no file.
    const QString nowhere = dir.filePath(QStringLiteral("missing/report.pdf"));
    const Run failed = headless(report(db, nowhere, QStringLiteral("pdf")) + kAsRoot1, kAdminPw);
    CHECK(failed.code == 1);
    CHECK(failed.err.contains(QStringLiteral("was not written")));
    CHECK_FALSE(QFile::exists(nowhere));
}

TEST_CASE("tamkeen-cli report hides numbers of fewer than 5 households in every format when the organisation says so",
          "[cli][impact][export][privacy]")
{
    QTemporaryDir dir;
    auto smallRows = [](const QString &json) {
        int small = 0, marked = 0;
        for (const QJsonValue &v : QJsonDocument::fromJson(readAll(json)).object().value(QStringLiteral("rows")).toArray()) {
            const QJsonObject r = v.toObject();
            const qsizetype n = r.value(QStringLiteral("households")).toArray().size();
            small += n >= 1 && n <= 4;
            marked += r.value(QStringLiteral("value")).toString() == QStringLiteral("<5");
        }
        return std::pair{small, marked};
    };
    const QString shown = smallDatabase(dir, false);
    const QString shownJson = dir.filePath(QStringLiteral("shown.json"));
    REQUIRE(cli(report(shown, shownJson, QStringLiteral("json")) + kAsAdmin, kSetUpPw).code == 0);
    const auto [shownSmall, shownMarked] = smallRows(shownJson);
    CHECK(shownSmall > 0); // three families: their file numbers are there
    CHECK(shownMarked == 0);

    const QString hidden = smallDatabase(dir, true);
    const QString hiddenJson = dir.filePath(QStringLiteral("hidden.json"));
    REQUIRE(cli(report(hidden, hiddenJson, QStringLiteral("json")) + kAsAdmin, kSetUpPw).code == 0);
    const auto [hiddenSmall, hiddenMarked] = smallRows(hiddenJson);
    CHECK(hiddenSmall == 0);
    CHECK(hiddenMarked > 0);
    const QString csv = dir.filePath(QStringLiteral("hidden.csv"));
    REQUIRE(cli(report(hidden, csv, QStringLiteral("csv")) + kAsAdmin, kSetUpPw).code == 0);
    CHECK(readAll(csv).contains(",<5,"));
    const QString xlsx = dir.filePath(QStringLiteral("hidden.xlsx"));
    REQUIRE(cli(report(hidden, xlsx, QStringLiteral("xlsx")) + kAsAdmin, kSetUpPw).code == 0);
    CHECK(tamkeen::test::zipEntry(readAll(xlsx), QStringLiteral("xl/sharedStrings.xml")).contains("&lt;5"));
    const QString shownXlsx = dir.filePath(QStringLiteral("shown.xlsx"));
    REQUIRE(cli(report(shown, shownXlsx, QStringLiteral("xlsx")) + kAsAdmin, kSetUpPw).code == 0);
    CHECK_FALSE(tamkeen::test::zipEntry(readAll(shownXlsx), QStringLiteral("xl/sharedStrings.xml")).contains("&lt;5"));
    const QString pdf = dir.filePath(QStringLiteral("hidden.pdf"));
    const Run p = headless(report(hidden, pdf, QStringLiteral("pdf")) + kAsAdmin, kSetUpPw);
    INFO(p.err.toStdString());
    REQUIRE(p.code == 0);
    CHECK(render(pdf, QStringLiteral("cli-hidden")) == pdfPages(pdf));
}
