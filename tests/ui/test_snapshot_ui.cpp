// A new laptop started from a snapshot as users meet it (issue 16): set up
// from its enrolment file, the administrator imports the snapshot the
// enrolling computer saved beside it on the Sync screen; the window builds
// the search index behind the user, and the families are found by name.
#include "dialogs/SetupDialog.h"
#include "registry/HouseholdService.h"
#include "registry/Identity.h"
#include "registry/IndexRebuild.h"
#include "registry/SearchIndex.h"
#include "security/UserService.h"
#include "shell/IndexRebuildRunner.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "support/Gui.h"
#include "support/Shell.h"
#include "support/TestDb.h"
#include "support/catch.h"
#include "sync/DevicesView.h"
#include "sync/EnrolDialog.h"
#include "sync/Enrolment.h"
#include "sync/Snapshot.h"
#include "sync/SyncPage.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QFile>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace tamkeen;
using namespace tamkeen::ui;
using namespace Qt::StringLiterals;

TEST_CASE("A laptop enrolled with a snapshot starts from it on the Sync screen, its index built behind the window",
          "[ui][sync][snapshot]")
{
    const QString passphrase = u"عبارة مرور طويلة للجهة"_s;
    auto root = test::makeSetUpDb(1);
    registry::HouseholdData h;
    h.region = u"منطقة الرياض"_s;
    h.city = u"الخرج"_s;
    h.registrationDate = QDate::currentDate().addYears(-1);
    registry::MemberData m;
    m.givenName = u"وداد"_s;
    m.fatherName = u"سالم"_s;
    m.familyName = u"العتيبي"_s;
    m.relation = u"head"_s;
    m.sex = u"female"_s;
    m.birthDate = QDate(1984, 9, 12);
    m.idType = u"sa_national"_s;
    m.idNumber = u"104455667"_s + QString::number(registry::Identity::luhnCheckDigit(u"104455667"_s));
    REQUIRE(registry::HouseholdService(*root->db).create(root->admin, h, m).ok());
    QTemporaryDir usb;
    const QString enrolment = usb.filePath(u"laptop7.tamkeen-enrol"_s), snapshot = usb.filePath(u"laptop7.tamkeen-snapshot"_s);
    REQUIRE(sync::Enrolment::enrol(*root->db, root->admin, {u"حاسوب ٧"_s, u"RUH"_s, 0}, enrolment, passphrase,
                                   sync::KdfCost::Minimal)
                .ok());
    REQUIRE(sync::Snapshot::write(*root->db, root->admin, snapshot).ok());

    test::App app;
    app.settings.setDigitStyle(text::DigitStyle::ArabicIndic);
    app.start();
    SetupDialog *setup = app.controller->setupDialog();
    REQUIRE(setup);
    setup->joinChoice()->click();
    test::type(setup, "enrolmentFile", enrolment);
    test::type(setup, "passphrase", passphrase);
    test::clickSubmit(setup);
    test::login(app, u"admin"_s, u"correct horse"_s);
    MainWindow *window = app.controller->mainWindow();
    REQUIRE(window);
    window->resize(1366, 728);
    window->showSection(MainWindow::Section::Sync);
    auto *page = qobject_cast<SyncPage *>(window->page(MainWindow::Section::Sync));
    REQUIRE(page);
    const QList<sync::ImportSummary> imported = page->importFiles({snapshot});
    REQUIRE(imported.size() == 1);
    INFO(imported[0].refused.toStdString());
    REQUIRE(imported[0].ok());
    CHECK(imported[0].snapshot);
    CHECK(page->banner()->kind() == MessageBanner::Kind::Success);
    auto *results = page->findChild<QTableWidget *>(u"importResults"_s);
    REQUIRE(results);
    CHECK(results->item(0, 5)->text().contains(u"لقطة"_s));

    // The index is built behind the window; then the family is found by name.
    auto *runner = window->findChild<IndexRebuildRunner *>();
    REQUIRE(runner);
    REQUIRE(test::waitUntil([&] { return !runner->isRunning() && !registry::IndexRebuild::due(window->database()).value(); },
                            60000));
    test::settle();
    CHECK(registry::SearchIndex::search(window->database(), u"وداد العتيبي"_s).value().size() == 1);
    CHECK(test::screenshot(window, u"snapshot-01-started"_s));

    // The same file again: refused, with the reason in the list.
    const QList<sync::ImportSummary> again = page->importFiles({snapshot});
    REQUIRE(again.size() == 1);
    CHECK_FALSE(again[0].ok());
    CHECK(page->banner()->kind() == MessageBanner::Kind::Error);
    CHECK(results->item(0, 5)->text().contains(u"بدأ هذا الحاسوب العمل بالفعل"_s));
    app.controller->logout();
    test::settle();
}

TEST_CASE("Enrolling a laptop can save this computer's snapshot beside the enrolment file", "[ui][sync][snapshot]")
{
    test::App app;
    test::setUp(app);
    MainWindow *window = app.controller->mainWindow();
    REQUIRE(window);
    storage::Database &here = window->database();
    REQUIRE(security::UserService(here, security::HashCost::minimal()).login(u"noura"_s, u"kalimat-sir-1"_s).ok());
    window->showSection(MainWindow::Section::Sync);
    auto *page = qobject_cast<SyncPage *>(window->page(MainWindow::Section::Sync));
    REQUIRE(page);
    page->tabs()->setCurrentIndex(2);
    QTemporaryDir usb;
    EnrolDialog *dialog = page->devices()->openEnrolDialog();
    REQUIRE(dialog);
    dialog->setKdfCost(sync::KdfCost::Minimal);
    test::type(dialog, "name", u"حاسوب فرع الدرعية"_s);
    test::type(dialog, "passphrase", u"عبارة مرور طويلة للجهة"_s);
    test::type(dialog, "confirm", u"عبارة مرور طويلة للجهة"_s);
    test::type(dialog, "file", usb.filePath(u"diriyah.tamkeen-enrol"_s));
    dialog->findChild<QCheckBox *>(u"snapshot"_s)->setChecked(true);
    test::clickSubmit(dialog);
    test::settle();
    CHECK(QFile::exists(usb.filePath(u"diriyah.tamkeen-enrol"_s)));
    CHECK(QFile::exists(usb.filePath(u"diriyah.tamkeen-snapshot"_s)));
    CHECK(page->banner()->kind() == MessageBanner::Kind::Success);
    CHECK(page->banner()->text().contains(u"diriyah.tamkeen-snapshot"_s));
    app.controller->logout();
    test::settle();
}
