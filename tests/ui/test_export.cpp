// Getting lists out from the GUI: the households list with a filter applied, to
// XLSX and CSV, right to left with Arabic headers and Egyptian IDs intact; the
// import preview numbered like the problems it lists.
#include "clinic/ClinicPage.h"
#include "format/Display.h"
#include "pages/AuditPage.h"
#include "plans/PlansPage.h"
#include "referrals/ExitFollowUpsView.h"
#include "referrals/ReferralsPage.h"
#include "storage/Database.h"
#include "registry/Csv.h"
#include "registry/CsvImport.h"
#include "registry/HouseholdModels.h"
#include "registry/HouseholdsPage.h"
#include "registry/ImportDialog.h"
#include "shell/MainWindow.h"
#include "support/Gui.h"
#include "support/Shell.h"
#include "support/ZipReader.h"
#include "support/catch.h"
#include "text/Digits.h"
#include "widgets/ListExport.h"

#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QTableWidget>
#include <QTest>

using namespace tamkeen;
using namespace tamkeen::ui;
using namespace Qt::StringLiterals;

namespace {

HouseholdsPage *householdsPage(test::App &app)
{
    MainWindow *main = app.controller->mainWindow();
    main->showSection(MainWindow::Section::Households);
    auto *page = qobject_cast<HouseholdsPage *>(main->page(MainWindow::Section::Households));
    REQUIRE(page);
    return page;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST_CASE("The households list exports with its filter to XLSX and CSV, Egyptian IDs intact", "[ui][export]")
{
    test::App app;
    test::setUp(app);
    HouseholdsPage *page = householdsPage(app);
    storage::Database &db = app.controller->mainWindow()->database();
    // Two active households whose heads carry Egyptian IDs, one applicant.
    const QByteArray csv = "household_key,region,given_name,father_name,relation,sex,birth_date,id_type,id_number,status,phone\n"
                           "A,القاهرة,أحمد,محمود,head,male,1990-05-15,eg_national,29005150101235,active,+201001234567\n"
                           "B,القاهرة,منى,حسن,head,female,2003-11-02,eg_national,30311022100427,active,\n"
                           "C,الجيزة,سعد,علي,head,male,1980-01-01,,,,\n";
    const registry::ImportReport imported = registry::CsvImport::run(db, security::Session{}, csv);
    INFO((imported.issues.isEmpty() ? std::string() : imported.issues[0].message.toStdString()));
    REQUIRE(imported.imported);
    QComboBox *status = page->statusFilter();
    status->setCurrentIndex(0);
    status->setCurrentIndex(status->findData(u"active"_s));
    REQUIRE(page->listModel()->total() == 2);
    auto *button = page->findChild<QPushButton *>(u"export"_s);
    REQUIRE(button);
    CHECK(button->isVisibleTo(page));
    test::screenshot(page, u"60-households-export"_s);

    const QString csvPath = app.dir.filePath(u"active.csv"_s);
    REQUIRE(page->exportTo(csvPath).ok());
    const QByteArray csvBytes = readAll(csvPath);
    CHECK(csvBytes.startsWith("\xEF\xBB\xBF"));
    auto rows = registry::Csv::parse(csvBytes);
    REQUIRE(rows.ok());
    REQUIRE(rows.value().size() == 3); // the header and the two active households
    CHECK(rows.value()[0].fields.contains(u"رقم الملف"_s));
    QStringList ids;
    for (const registry::CsvRow &r : rows.value())
        ids << r.fields;
    CHECK(ids.contains(u"29005150101235"_s));
    CHECK(ids.contains(u"30311022100427"_s));
    CHECK(ids.contains(u"+201001234567"_s)); // guarded in the file, given back on reading
    CHECK(csvBytes.contains("'+201001234567"));
    CHECK_FALSE(ids.contains(u"سعد"_s));

    const QString xlsxPath = app.dir.filePath(u"active.xlsx"_s);
    REQUIRE(page->exportTo(xlsxPath).ok());
    const QByteArray zip = readAll(xlsxPath);
    const QByteArray sheet = test::zipEntry(zip, u"xl/worksheets/sheet1.xml"_s);
    REQUIRE_FALSE(sheet.isEmpty());
    CHECK(sheet.count("<row ") == 3);
    CHECK(sheet.contains("rightToLeft=\"1\""));
    CHECK(sheet.contains("state=\"frozen\""));
    const QByteArray strings = test::zipEntry(zip, u"xl/sharedStrings.xml"_s) + sheet;
    CHECK(strings.contains(">29005150101235<"));
    CHECK(strings.contains(u">رقم الملف<"_s.toUtf8()));
    CHECK_FALSE(sheet.contains("<v>29005150101235</v>"));
    CHECK_FALSE(strings.contains(u">سعد<"_s.toUtf8()));

    // The import format from the GUI: Arabic columns and values in an Arabic interface.
    const QString forImport = app.dir.filePath(u"import.csv"_s);
    REQUIRE(page->exportImportFormat(forImport).ok());
    const QString written = QString::fromUtf8(readAll(forImport));
    CHECK(written.contains(u"رقم الملف,المنطقة,"_s));
    CHECK(written.contains(u",رب الأسرة,"_s));
    CHECK(written.contains(u",29005150101235,"_s));
    CHECK(written.contains(u"سعد"_s)); // every household, not the filtered list
}

TEST_CASE("A failed export says why and leaves the old file", "[ui][export]")
{
    test::App app;
    test::setUp(app);
    HouseholdsPage *page = householdsPage(app);
    const QString missing = app.dir.filePath(u"no-such-folder/list.xlsx"_s);
    const Status s = page->exportTo(missing);
    REQUIRE_FALSE(s.ok());
    CHECK_FALSE(s.error().message.contains(u"Unknown error"_s));
    CHECK(s.error().message.contains(u"list.xlsx"_s));
    CHECK_FALSE(QFile::exists(missing));
}

TEST_CASE("The import preview numbers rows by file line, as the problems do", "[ui][export][import]")
{
    test::App app;
    test::setUp(app);
    HouseholdsPage *page = householdsPage(app);
    auto *dialog = qobject_cast<ImportDialog *>(page->importFile());
    REQUIRE(dialog);
    const QString path = app.dir.filePath(u"bad.csv"_s);
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("household_key,region,given_name,father_name,relation,sex\n"
                "1,منطقة الرياض,هند,علي,head,female\n"
                "2,منطقة الرياض,,علي,head,male\n");
    }
    REQUIRE(dialog->loadFile(path));
    const ui::Display display(app.settings);
    REQUIRE(dialog->preview()->rowCount() == 2);
    CHECK(dialog->preview()->verticalHeaderItem(0)->text() == display.number(2));
    CHECK(dialog->preview()->verticalHeaderItem(1)->text() == display.number(3));
    REQUIRE(dialog->problems()->count() == 1);
    CHECK(dialog->problems()->item(0)->text().contains(display.number(3)));
    test::screenshot(dialog, u"61-import-line-numbers"_s);
}

TEST_CASE("Every list page has Export… - a shown table exports as plain text with Latin digits", "[ui][export]")
{
    test::App app;
    test::setUp(app);
    MainWindow *main = app.controller->mainWindow();
    using Section = MainWindow::Section;
    for (const auto &[section, name] : {std::pair{Section::Households, "export"}, std::pair{Section::Clinic, "export"},
                                        std::pair{Section::Plans, "export"}, std::pair{Section::Referrals, "export"},
                                        std::pair{Section::Referrals, "exportFollowUps"}}) {
        main->showSection(section);
        test::settle();
        INFO(name);
        CHECK(main->page(section)->findChild<QPushButton *>(QString::fromLatin1(name)));
    }

    // What Plans, Referrals, the clinic and the follow-ups export: the table as shown.
    app.settings.setDigitStyle(text::DigitStyle::ArabicIndic);
    const ui::Display display(app.settings);
    QTableWidget table(2, 3);
    table.setHorizontalHeaderLabels({u"رقم الملف"_s, u"المستفيد"_s, u"مخفي"_s});
    table.setItem(0, 0, new QTableWidgetItem(ui::Display::ltr(u"CAI-01-000012"_s)));
    table.setItem(0, 1, new QTableWidgetItem(u"=HYPERLINK(\"x\")"_s));
    table.setItem(1, 0, new QTableWidgetItem(display.digits(ui::Display::ltr(u"29005150101235"_s))));
    table.setItem(1, 1, new QTableWidgetItem(display.digits(u"منى حسن، بعد 3 أشهر"_s)));
    table.setColumnHidden(2, true);
    const QString path = app.dir.filePath(u"table.csv"_s);
    REQUIRE(ListExport::fromView(nullptr, &table, path, u"قائمة"_s, {0}).ok());
    auto rows = registry::Csv::parse(readAll(path));
    REQUIRE(rows.ok());
    REQUIRE(rows.value().size() == 3);
    CHECK(rows.value()[0].fields == QStringList{u"رقم الملف"_s, u"المستفيد"_s});
    CHECK(rows.value()[1].fields == QStringList{u"CAI-01-000012"_s, u"=HYPERLINK(\"x\")"_s});
    CHECK(rows.value()[2].fields == QStringList{u"29005150101235"_s, u"منى حسن، بعد 3 أشهر"_s});
    CHECK(table.item(1, 1)->text().contains(u"٣"_s)); // shown in Arabic-Indic digits
    CHECK(readAll(path).contains("'=HYPERLINK"));

    const QString xlsx = app.dir.filePath(u"table.xlsx"_s);
    REQUIRE(ListExport::fromView(nullptr, &table, xlsx, u"قائمة"_s, {0}).ok());
    const QByteArray zip = readAll(xlsx);
    const QByteArray strings = test::zipEntry(zip, u"xl/sharedStrings.xml"_s)
                               + test::zipEntry(zip, u"xl/worksheets/sheet1.xml"_s);
    CHECK(strings.contains(">29005150101235<"));
    CHECK_FALSE(test::zipEntry(zip, u"xl/worksheets/sheet1.xml"_s).contains("<f>"));
}

TEST_CASE("Cancel in the export's progress window stops it and leaves no file", "[ui][export]")
{
    test::App app;
    test::setUp(app);
    HouseholdsPage *page = householdsPage(app);
    const QString path = app.dir.filePath(u"long.xlsx"_s);
    qint64 written = 0;
    const Status s = ListExport::inBackground(
        page, app.dbPath(), 1000000, [&](storage::Database &, const exporting::SheetProgress &progress) -> Status {
            // The person presses Cancel while rows are being written.
            QMetaObject::invokeMethod(
                page,
                [page] {
                    auto *dialog = page->findChild<QProgressDialog *>();
                    REQUIRE(dialog);
                    dialog->show(); // as after its short delay
                    QTest::mouseClick(dialog->findChild<QPushButton *>(), Qt::LeftButton);
                },
                Qt::QueuedConnection);
            exporting::SheetLayout layout{u"x"_s, {{u"a"_s, exporting::CellKind::Text}}, true};
            auto result = exporting::Sheet::write(
                path, layout,
                [&](const exporting::RowSink &sink) -> Status {
                    // Endless rows, until the sink says stop (bounded so a broken Cancel fails, not hangs).
                    for (qint64 i = 0; i < 50'000'000 && sink({QString::number(i)}); ++i) {
                        written = i;
                        if (i % 250 == 0)
                            QThread::yieldCurrentThread();
                    }
                    return {};
                },
                progress);
            if (!result)
                return result.error();
            return {};
        });
    REQUIRE_FALSE(s.ok());
    CHECK(exporting::Sheet::isCancel(s.error()));
    CHECK(written < 50'000'000 - 1);
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("Every list export is in the audit trail with its list, filters and file", "[ui][export][audit]")
{
    test::App app;
    test::setUp(app);
    MainWindow *main = app.controller->mainWindow();
    storage::Database &db = main->database();
    auto exportsLogged = [&db] {
        auto q = db.exec(u"SELECT details FROM audit_log WHERE action = 'export' ORDER BY seq"_s);
        REQUIRE(q);
        QStringList out;
        while (q.value()->next())
            out << q.value()->value(0).toString();
        q.value()->finish();
        return out;
    };
    REQUIRE(exportsLogged().isEmpty());
    auto page = [main](MainWindow::Section s) {
        main->showSection(s);
        test::settle();
        return main->page(s);
    };
    auto *plans = qobject_cast<PlansPage *>(page(MainWindow::Section::Plans));
    REQUIRE(plans);
    REQUIRE(plans->exportTo(app.dir.filePath(u"plans.xlsx"_s)));
    auto *referrals = qobject_cast<ReferralsPage *>(page(MainWindow::Section::Referrals));
    REQUIRE(referrals);
    REQUIRE(referrals->exportTo(app.dir.filePath(u"referrals.csv"_s)));
    auto *followUps = referrals->findChild<ExitFollowUpsView *>();
    REQUIRE(followUps);
    REQUIRE(followUps->exportTo(app.dir.filePath(u"follow-ups.csv"_s)));
    auto *clinic = qobject_cast<ClinicPage *>(page(MainWindow::Section::Clinic));
    REQUIRE(clinic);
    REQUIRE(clinic->exportTo(app.dir.filePath(u"appointments.csv"_s)));
    auto *audit = qobject_cast<AuditPage *>(page(MainWindow::Section::Audit));
    REQUIRE(audit);
    REQUIRE(audit->exportTo(app.dir.filePath(u"audit.xlsx"_s)));
    // A failed export writes nothing, so nothing is logged for it.
    CHECK_FALSE(referrals->exportTo(app.dir.filePath(u"missing/referrals.csv"_s)));

    const QStringList logged = exportsLogged();
    REQUIRE(logged.size() == 5);
    const QStringList names{u"plans.xlsx"_s, u"referrals.csv"_s, u"follow-ups.csv"_s, u"appointments.csv"_s, u"audit.xlsx"_s};
    for (int i = 0; i < 5; ++i) {
        CAPTURE(logged[i]);
        CHECK(logged[i].endsWith(names[i]));
    }
    CHECK(logged[0].startsWith(u"الخطط"_s));
    CHECK(logged[1].startsWith(u"الإحالات"_s));
    // The filters as they were shown: the referrals' status filter reads «all» in the interface.
    CHECK(logged[1].count(u" — "_s) >= 2);
    CHECK(logged[3].contains(QDate::currentDate().toString(Qt::ISODate)));
}
