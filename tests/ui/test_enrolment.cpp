// Enrolment as users meet it (issue 13 §1): a new laptop joins with its
// enrolment file from the first-run dialog, an administrator enrols a laptop
// on the Devices screen, and a number two administrators gave twice is flagged.
#include "dialogs/LoginDialog.h"
#include "dialogs/SetupDialog.h"
#include "security/UserService.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "support/Gui.h"
#include "support/Shell.h"
#include "support/TestDb.h"
#include "support/catch.h"
#include "sync/DevicesView.h"
#include "sync/EnrolDialog.h"
#include "sync/Enrolment.h"
#include "sync/Exporter.h"
#include "sync/SyncPage.h"
#include "widgets/MessageBanner.h"

#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace tamkeen;
using namespace tamkeen::ui;
using Section = MainWindow::Section;

namespace {

const QString kPassphrase = QStringLiteral("عبارة مرور طويلة للجهة");

QString notesOf(DevicesView *view, const QByteArray &device)
{
    const QList<sync::SyncDevice> &rows = view->devices();
    for (int r = 0; r < rows.size(); ++r)
        if (rows[r].id == device)
            return view->table()->item(r, view->table()->columnCount() - 1)->text();
    return {};
}

} // namespace

TEST_CASE("A new laptop joins with its enrolment file from the first-run dialog - people then log in with their "
          "organisation accounts",
          "[ui][setup][enrol]")
{
    auto root = test::makeSetUpDb(1);
    QTemporaryDir usb;
    const QString file = usb.filePath(QStringLiteral("laptop7.tamkeen-enrol"));
    auto enrolled = sync::Enrolment::enrol(*root->db, root->admin, {QStringLiteral("حاسوب ٧"), QStringLiteral("RUH"), 0},
                                           file, kPassphrase, sync::KdfCost::Minimal);
    REQUIRE(enrolled.ok());

    test::App app;
    app.start();
    SetupDialog *setup = app.controller->setupDialog();
    REQUIRE(setup);
    setup->joinChoice()->click();
    test::settle();
    CHECK(setup->findChild<QLineEdit *>(QStringLiteral("enrolmentFile"))->isVisible());
    CHECK_FALSE(setup->findChild<QLineEdit *>(QStringLiteral("centreCode"))->isVisible());
    CHECK(setup->layoutDirection() == Qt::RightToLeft);

    test::type(setup, "enrolmentFile", file);
    test::type(setup, "passphrase", QStringLiteral("ليست هي العبارة"));
    test::clickSubmit(setup);
    CHECK(setup->isVisible());
    CHECK(setup->banner()->kind() == MessageBanner::Kind::Error);
    CHECK(QApplication::focusWidget() == setup->findChild<QLineEdit *>(QStringLiteral("passphrase")));
    test::screenshot(setup, QStringLiteral("enrol-01-join-wrong-passphrase"));
    CHECK(app.controller->loginDialog() == nullptr);

    test::type(setup, "passphrase", kPassphrase);
    test::clickSubmit(setup);
    LoginDialog *login = app.controller->loginDialog();
    REQUIRE(login);
    CHECK(login->isVisible());
    test::screenshot(login, QStringLiteral("enrol-02-login-after-join"));
    // The organisation's administrator logs in; the laptop made no account of its own.
    test::login(app, QStringLiteral("admin"), QStringLiteral("correct horse"));
    MainWindow *main = app.controller->mainWindow();
    REQUIRE(main);
    CHECK(main->statusText().contains(QStringLiteral("RUH")));
    CHECK(main->database().deviceId() == enrolled.value().id);
    CHECK(main->database().scalar(QStringLiteral("SELECT count(*) FROM users")).value().toInt() == 1);
}

TEST_CASE("The Devices screen enrols a laptop, and flags a number two administrators gave offline on both rows",
          "[ui][sync][enrol]")
{
    test::App app;
    test::setUp(app);
    MainWindow *main = app.controller->mainWindow();
    REQUIRE(main);
    storage::Database &here = main->database();
    // Logged in: the session carries the key that signs what it enrols.
    auto login = security::UserService(here, security::HashCost::minimal())
                     .login(QStringLiteral("noura"), QStringLiteral("kalimat-sir-1"));
    REQUIRE(login.ok());
    const security::Session noura = login.value();
    main->showSection(Section::Sync);
    auto *page = qobject_cast<SyncPage *>(main->page(Section::Sync));
    REQUIRE(page);
    page->tabs()->setCurrentIndex(2);
    DevicesView *devices = page->devices();
    REQUIRE(devices);
    devices->refresh();
    test::settle();

    // «Enrol a laptop…»: the next free number is offered; the passphrase twice.
    QTemporaryDir usb;
    EnrolDialog *dialog = devices->openEnrolDialog();
    REQUIRE(dialog);
    dialog->setKdfCost(sync::KdfCost::Minimal);
    CHECK(dialog->findChild<QSpinBox *>(QStringLiteral("number"))->value() == 2);
    test::type(dialog, "name", QStringLiteral("حاسوب فرع الدرعية"));
    test::type(dialog, "passphrase", kPassphrase);
    test::type(dialog, "confirm", QStringLiteral("عبارة أخرى مختلفة"));
    test::type(dialog, "file", usb.filePath(QStringLiteral("diriyah.tamkeen-enrol")));
    test::clickSubmit(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->banner()->kind() == MessageBanner::Kind::Error);
    test::type(dialog, "confirm", kPassphrase);
    test::screenshot(dialog, QStringLiteral("enrol-03-enrol-dialog"));
    test::clickSubmit(dialog);
    test::settle();
    CHECK(page->banner()->kind() == MessageBanner::Kind::Success);
    CHECK(page->banner()->text().contains(QStringLiteral("حاسوب فرع الدرعية")));
    CHECK(QFile::exists(usb.filePath(QStringLiteral("diriyah.tamkeen-enrol"))));
    REQUIRE(devices->devices().size() == 2);
    CHECK(devices->duplicateWarning()->isHidden());
    // What each receives: this computer every family (no scope in its row), the new laptop its centre's.
    for (int r = 0; r < devices->table()->rowCount(); ++r)
        CHECK(devices->table()->item(r, 3)->text()
              == (devices->devices()[r].thisDevice ? QStringLiteral("كل الأسر") : QStringLiteral("أسر مركزه")));

    // That laptop joins; offline, its administrator and the one here each give number 5.
    auto branch = test::makeEnrolledDb(here, noura);
    auto x = sync::Enrolment::enrol(here, noura, {QStringLiteral("حاسوب المعرض"), QStringLiteral("RUH"), 5},
                                    usb.filePath(QStringLiteral("x.tamkeen-enrol")), kPassphrase, sync::KdfCost::Minimal);
    REQUIRE(x.ok());
    auto y = sync::Enrolment::enrol(*branch->db, noura, {QStringLiteral("حاسوب القافلة"), QStringLiteral("RUH"), 5},
                                    usb.filePath(QStringLiteral("y.tamkeen-enrol")), kPassphrase, sync::KdfCost::Minimal);
    REQUIRE(y.ok());
    REQUIRE(x.value().id < y.value().id);
    const QString fromBranch = usb.filePath(QStringLiteral("branch.tamkeen"));
    REQUIRE(sync::Exporter(*branch->db).write(fromBranch, {}).ok());
    const QList<sync::ImportSummary> imported = page->importFiles({fromBranch});
    REQUIRE(imported.size() == 1);
    REQUIRE(imported[0].ok());
    page->tabs()->setCurrentIndex(2);
    devices->refresh();
    test::settle();
    CHECK(devices->duplicateWarning()->isVisible());
    // Both rows flagged: the first enrolled keeps 05, the other numbers new files 05B.
    const QString xNotes = notesOf(devices, x.value().id), yNotes = notesOf(devices, y.value().id);
    CHECK_FALSE(xNotes.isEmpty());
    CHECK_FALSE(xNotes.contains(QStringLiteral("05B")));
    CHECK(yNotes.contains(QStringLiteral("05B")));

    main->resize(1366, 768);
    test::screenshot(main, QStringLiteral("enrol-04-devices-duplicate-number"));
}
