// Reports out (issue 14 §6) from the Reports page: each view exports as PDF,
// XLSX and CSV through the Export menu; the PDF's pages are rendered with
// pdftoppm into the screenshots folder for a person to look at; the
// administrator's small-numbers setting changes what is written; a folder
// that cannot be written gives a message and no file.
#include "export/FileOutput.h"
#include "format/Display.h"
#include "impact/DashboardFilters.h"
#include "impact/DashboardView.h"
#include "impact/ImpactSettingsBox.h"
#include "impact/ReportExport.h"
#include "impact/ReportTables.h"
#include "impact/ReadinessView.h"
#include "impact/ReportsPage.h"
#include "impact/SmallNumbers.h"
#include "impact/WarningsView.h"
#include "referrals/ExitService.h"
#include "registry/HouseholdService.h"
#include "security/UserService.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "support/Gui.h"
#include "support/PdfText.h"
#include "support/Shell.h"
#include "support/ZipReader.h"
#include "support/Dashboard.h"
#include "support/catch.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace tamkeen;
using namespace tamkeen::ui;
using Section = MainWindow::Section;
using Format = ReportExport::Format;
using Kind = impact::Period::Kind;
using test::waitFor;

namespace {

const QString kPassword = QStringLiteral("correct horse 12");


QByteArray family(registry::HouseholdService &households, const security::Session &by, const QString &given,
                  const QDate &since)
{
    registry::HouseholdData h;
    h.region = QStringLiteral("منطقة الرياض");
    h.city = QStringLiteral("الخرج");
    h.housingType = QStringLiteral("apartment");
    h.housingOwnership = QStringLiteral("rented");
    h.registrationDate = since;
    registry::MemberData head;
    head.givenName = given;
    head.fatherName = QStringLiteral("سعد");
    head.familyName = QStringLiteral("العتيبي");
    head.relation = QStringLiteral("head");
    head.sex = QStringLiteral("female");
    head.birthDate = QDate(1985, 5, 1);
    auto id = households.create(by, h, head);
    REQUIRE(id.ok());
    REQUIRE(households.changeStatus(by, id.value(), QStringLiteral("active"), since.addDays(10), {}).ok());
    return id.value();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every page of `pdf` as a picture in the screenshots folder; returns how many.
int renderPages(const QString &pdf, const QString &name)
{
    const QString renderer = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    REQUIRE_FALSE(renderer.isEmpty());
    const QDir shots(QStringLiteral(TAMKEEN_SCREENSHOT_DIR));
    const QStringList pattern{name + QStringLiteral("-[0-9]*.png")};
    for (const QString &old : shots.entryList(pattern, QDir::Files))
        QFile::remove(shots.filePath(old));
    QProcess render;
    render.start(renderer, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), pdf, shots.filePath(name)});
    REQUIRE(render.waitForFinished(60000));
    REQUIRE(render.exitCode() == 0);
    return int(shots.entryList(pattern, QDir::Files).size());
}

} // namespace

TEST_CASE("Reports page: each view exports as PDF, XLSX and CSV, hidden small numbers change the files, an unwritable "
          "folder gives a message and no file",
          "[ui][impact][export]")
{
    test::App app;
    auto [db, admin] = test::openDemo(app);
    security::UserService users(*db, security::HashCost::minimal());
    REQUIRE(users.add(admin, {QStringLiteral("salem"), QStringLiteral("salem"), security::Role::Supervisor, kPassword}).ok());
    // Three families left support 14 months ago; one came back two months later.
    const QDate today = QDate::currentDate();
    const QDate exitMonth = QDate(today.year(), today.month(), 1).addMonths(-14);
    registry::HouseholdService households(*db);
    referrals::ExitService exits(*db);
    const QByteArray hind = family(households, admin, QStringLiteral("هند"), exitMonth.addYears(-1));
    const QByteArray amal = family(households, admin, QStringLiteral("أمل"), exitMonth.addYears(-1));
    const QByteArray reem = family(households, admin, QStringLiteral("ريم"), exitMonth.addYears(-1));
    REQUIRE(exits.exitSupport(admin, hind, exitMonth.addDays(4), QStringLiteral("employment")).ok());
    REQUIRE(exits.exitSupport(admin, amal, exitMonth.addDays(9), QStringLiteral("employment")).ok());
    REQUIRE(exits.exitSupport(admin, reem, exitMonth.addDays(14), QStringLiteral("moved")).ok());
    REQUIRE(exits.reenter(admin, amal, exitMonth.addMonths(2), QStringLiteral("lost_job")).ok());

    app.controller->logout();
    test::settle();
    test::login(app, QStringLiteral("salem"), kPassword);
    test::settle();
    DashboardView *view = test::openDashboard(app);
    auto *page = qobject_cast<ReportsPage *>(app.controller->mainWindow()->page(Section::Reports));
    DashboardFilters *f = view->filters();
    f->kind()->setCurrentIndex(f->kind()->findData(int(Kind::Month)));
    f->year()->setValue(exitMonth.year());
    f->number()->setValue(exitMonth.month());
    waitFor(view);

    // The Export button carries the three formats.
    auto *button = page->findChild<QPushButton *>(QStringLiteral("exportReport"));
    REQUIRE(button);
    REQUIRE(button->menu());
    CHECK(button->menu()->actions().size() == 3);
    test::screenshot(app.controller->mainWindow(), QStringLiteral("reports-export"));

    QTemporaryDir dir;
    auto *banner = page->findChild<MessageBanner *>();
    const ui::Display display(app.settings);

    // The indicators as PDF: Arabic, right to left, the charts and tables; pages rendered.
    const QString pdf = dir.filePath(QStringLiteral("indicators.pdf"));
    REQUIRE(page->exporter()->exportTo(pdf, Format::Pdf));
    CHECK(banner->kind() == MessageBanner::Kind::Success);
    const QStringList pages = test::pdfPages(pdf);
    REQUIRE(pages.size() >= 2);
    const QString text = pages.join(QLatin1Char('\n'));
    CHECK(test::hasText(text, impact::ReportTables::tr("Impact indicators")));
    CHECK(test::hasText(text, impact::ReportTables::tr("Exits by month")));
    CHECK(test::hasText(text, impact::ReportTables::tr("Sustained exits")));
    CHECK(renderPages(pdf, QStringLiteral("report-indicators")) == pages.size());

    // XLSX right to left (the interface is Arabic), one sheet per table; CSV with its BOM.
    const QString xlsx = dir.filePath(QStringLiteral("indicators.xlsx"));
    REQUIRE(page->exporter()->exportTo(xlsx, Format::Xlsx));
    const QByteArray zip = readAll(xlsx);
    // Twelve tables: the one who exports may see wellbeing.
    CHECK(test::zipEntry(zip, QStringLiteral("xl/workbook.xml")).count("<sheet ") == 12);
    CHECK(test::zipEntry(zip, QStringLiteral("xl/worksheets/sheet1.xml")).contains("rightToLeft=\"1\""));
    const QString csv = dir.filePath(QStringLiteral("indicators.csv"));
    REQUIRE(page->exporter()->exportTo(csv, Format::Csv));
    const QByteArray shown = readAll(csv);
    CHECK(shown.startsWith("\xEF\xBB\xBF"));
    CHECK_FALSE(shown.contains("<5"));

    // The administrator hides small numbers (the box saves when ticked): three exits become «<5».
    auto *settingsBanner = new MessageBanner;
    ImpactSettingsBox box(*db, admin, settingsBanner);
    CHECK_FALSE(box.hideSmallNumbers()->isChecked());
    box.hideSmallNumbers()->setChecked(true);
    CHECK(settingsBanner->kind() == MessageBanner::Kind::Success);
    CHECK(impact::SmallNumbers::hidden(*db).value());
    test::screenshot(&box, QStringLiteral("impact-settings-small-numbers"));
    REQUIRE(page->exporter()->exportTo(csv, Format::Csv));
    CHECK(readAll(csv).contains("<5"));
    const QString hiddenPdf = dir.filePath(QStringLiteral("hidden.pdf"));
    REQUIRE(page->exporter()->exportTo(hiddenPdf, Format::Pdf));
    const QString hiddenText = test::pdfText(hiddenPdf);
    CHECK(hiddenText.contains(display.digits(QStringLiteral("<5"))));
    CHECK(renderPages(hiddenPdf, QStringLiteral("report-indicators-hidden")) >= 2);
    delete settingsBanner;

    // The early-warning and readiness tabs export their lists.
    page->tabs()->setCurrentWidget(page->warnings());
    const QString warnings = dir.filePath(QStringLiteral("warnings.pdf"));
    REQUIRE(page->exporter()->exportTo(warnings, Format::Pdf));
    CHECK(test::hasText(test::pdfText(warnings), impact::ReportTables::tr("Early warnings")));
    renderPages(warnings, QStringLiteral("report-warnings"));
    REQUIRE(page->exporter()->exportTo(dir.filePath(QStringLiteral("warnings.xlsx")), Format::Xlsx));
    page->tabs()->setCurrentWidget(page->readiness());
    const QString readiness = dir.filePath(QStringLiteral("readiness.csv"));
    REQUIRE(page->exporter()->exportTo(readiness, Format::Csv));
    CHECK(QString::fromUtf8(readAll(readiness)).contains(impact::ReportTables::tr("Readiness to exit")));

    // A folder that does not exist: the message in the banner, no file.
    const QString nowhere = dir.filePath(QStringLiteral("missing/report.pdf"));
    CHECK_FALSE(page->exporter()->exportTo(nowhere, Format::Pdf));
    CHECK(banner->kind() == MessageBanner::Kind::Error);
    CHECK(banner->text().contains(QDir::toNativeSeparators(nowhere)));
    CHECK_FALSE(QFile::exists(nowhere));
    CHECK_FALSE(page->exporter()->exportTo(dir.filePath(QStringLiteral("missing/report.xlsx")), Format::Xlsx));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("missing/report.xlsx"))));
}
