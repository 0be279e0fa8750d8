// The desktop shell as a user meets it: first-run setup, login, the sections,
// settings, users, logging out, and a file that cannot be opened.
#include "dialogs/LoginDialog.h"
#include "dialogs/RecoveryKeyDialog.h"
#include "dialogs/SetupDialog.h"
#include "format/AppSettings.h"
#include "format/Translations.h"
#include "pages/SettingsPage.h"
#include "security/FileKeys.h"
#include "pages/UsersModel.h"
#include "pages/UsersPage.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "org/Setup.h"
#include "storage/Database.h"
#include "storage/crypt/EncryptedFile.h"
#include "format/Display.h"
#include "format/PdfDocument.h"
#include "support/Gui.h"
#include "support/PdfText.h"
#include "support/Shell.h"
#include "support/TestDb.h"
#include "support/catch.h"
#include "widgets/DateField.h"
#include "widgets/MessageBanner.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QRegularExpression>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tamkeen;
using namespace tamkeen::ui;
using Section = MainWindow::Section;

using test::App;
using test::clickSubmit;
using test::login;
using test::setUp;
using test::type;

TEST_CASE("First-run setup through the dialog keeps what was typed when something is wrong", "[ui][setup]")
{
    App app;
    app.start();
    SetupDialog *setup = app.controller->setupDialog();
    REQUIRE(setup);
    CHECK(setup->layoutDirection() == Qt::RightToLeft);
    test::screenshot(setup, QStringLiteral("01-setup"));

    type(setup, "centreCode", QStringLiteral("ruh"));
    type(setup, "centreName", QStringLiteral("مركز الرياض"));
    type(setup, "deviceName", QStringLiteral("حاسوب"));
    type(setup, "username", QStringLiteral("noura"));
    type(setup, "fullName", QStringLiteral("نورة"));
    type(setup, "password", QStringLiteral("kalimat-sir-1"));
    type(setup, "confirm", QStringLiteral("kalimat-sir-2"));
    clickSubmit(setup);
    CHECK(setup->isVisible());
    CHECK(setup->banner()->kind() == MessageBanner::Kind::Error);
    CHECK(setup->banner()->text().contains(QStringLiteral("كلمت")));
    CHECK(setup->findChild<QLineEdit *>(QStringLiteral("centreName"))->text() == QStringLiteral("مركز الرياض"));
    test::screenshot(setup, QStringLiteral("01-setup-error"));

    type(setup, "confirm", QStringLiteral("kalimat-sir-1"));
    type(setup, "centreCode", QStringLiteral("r"));
    clickSubmit(setup);
    CHECK(setup->isVisible());
    CHECK(setup->banner()->text().contains(QStringLiteral("رمز المركز")));
    CHECK(QApplication::focusWidget() == setup->findChild<QLineEdit *>(QStringLiteral("centreCode")));

    type(setup, "centreCode", QStringLiteral("ruh"));
    clickSubmit(setup);
    // The organisation's recovery key, shown once: Escape does not close it unkept.
    RecoveryKeyDialog *recovery = setup->recoveryDialog();
    REQUIRE(recovery);
    CHECK(recovery->layoutDirection() == Qt::RightToLeft);
    const QString key = recovery->findChild<QLabel *>(QStringLiteral("recoveryKey"))->text();
    CHECK(QRegularExpression(QStringLiteral("^([0-9A-F]{4}-){15}[0-9A-F]{4}$")).match(key).hasMatch());
    test::screenshot(recovery, QStringLiteral("01-setup-recovery-key"));
    recovery->reject();
    CHECK(recovery->isVisible());
    CHECK_FALSE(app.controller->mainWindow());
    // The printed sheet: the key as shown, on an Arabic page.
    auto printed = RecoveryKeyDialog::sheet(key, {});
    const QString pdf = QDir(QStringLiteral(TAMKEEN_SCREENSHOT_DIR)).filePath(QStringLiteral("01-setup-recovery-key.pdf"));
    REQUIRE(PdfDocument::write(pdf, printed, tamkeen::ui::Display(app.settings), [](const QString &reason) { return reason; }));
    const QString text = test::pdfText(pdf);
    CHECK(text.contains(key.left(39))); // two lines of eight groups
    CHECK(text.contains(key.mid(40)));
    CHECK(test::hasText(text, QStringLiteral("مفتاح الاسترداد")));
    test::keepRecoveryKey(setup);
    REQUIRE(app.controller->mainWindow());
    CHECK(app.controller->mainWindow()->statusText().contains(QStringLiteral("RUH")));
}

TEST_CASE("An encrypted database opens with the first login, and a wrong password leaves it closed", "[ui][encryption]")
{
    App app;
    setUp(app);
    app.controller.reset(); // Tamkeen closed, as after a restart: the key is forgotten
    tamkeen::security::FileKeys::lock(app.dbPath());
    REQUIRE(tamkeen::security::FileKeys::isLocked(app.dbPath()));
    app.start();
    LoginDialog *dialog = app.controller->loginDialog();
    REQUIRE(dialog);
    CHECK(dialog->layoutDirection() == Qt::RightToLeft);
    login(app, QStringLiteral("noura"), QStringLiteral("not-her-password"));
    CHECK_FALSE(app.controller->mainWindow());
    CHECK(dialog->banner()->kind() == MessageBanner::Kind::Error);
    CHECK(dialog->banner()->text() == QStringLiteral("اسم المستخدم أو كلمة المرور خاطئة."));
    CHECK(tamkeen::security::FileKeys::isLocked(app.dbPath()));
    login(app, QStringLiteral("noura"), QStringLiteral("kalimat-sir-1"));
    REQUIRE(app.controller->mainWindow());
    CHECK(app.controller->mainWindow()->statusText().contains(QStringLiteral("RUH")));
}

TEST_CASE("The main window reads right to left with the navigation on the right", "[ui][shell]")
{
    App app;
    setUp(app);
    MainWindow *main = app.controller->mainWindow();
    CHECK(QApplication::layoutDirection() == Qt::RightToLeft);
    CHECK(main->layoutDirection() == Qt::RightToLeft);
    test::settle();
    const int navX = main->navigation()->mapTo(main, QPoint(0, 0)).x();
    CHECK(navX > main->width() / 2);
    CHECK(main->navigation()->count() == 15); // an administrator's: the audit trail, home visits and conditional support too
    CHECK(main->navigation()->item(0)->text() == QStringLiteral("الرئيسية"));
    CHECK(main->navigation()->item(1)->text().startsWith(QStringLiteral("مهامي"))); // with the count once read
    CHECK(main->navigation()->item(2)->text() == QStringLiteral("الأسر"));

    const QList<QPair<Section, QString>> screens = {
        {Section::Home, QStringLiteral("02-home")}, {Section::Tasks, QStringLiteral("02a-tasks")},
        {Section::Households, QStringLiteral("02-households")}, {Section::Clinic, QStringLiteral("03-clinic")},
        {Section::Plans, QStringLiteral("04-plans")},           {Section::Visits, QStringLiteral("04b-visits")},
        {Section::Referrals, QStringLiteral("05-referrals")},   {Section::Objections, QStringLiteral("05b-objections")},
        {Section::Conditions, QStringLiteral("05d-conditions")},
        {Section::Crisis, QStringLiteral("05c-crisis")},
        {Section::Sync, QStringLiteral("06-sync")},             {Section::Reports, QStringLiteral("07-reports")},
        {Section::Users, QStringLiteral("08-users")},           {Section::Settings, QStringLiteral("09-settings")},
        {Section::Audit, QStringLiteral("10-audit")},
    };
    for (const auto &[section, name] : screens) {
        main->showSection(section);
        test::settle();
        REQUIRE(main->page(section));
        CHECK(main->page(section)->isVisible());
        CHECK(test::screenshot(main, name));
    }
    main->showAbout();
    test::settle();
    auto *about = main->findChild<QDialog *>(QStringLiteral("aboutDialog"));
    REQUIRE(about);
    CHECK(test::screenshot(about, QStringLiteral("10-about")));
    about->close();
}

TEST_CASE("Digits and calendar settings apply at once", "[ui][settings]")
{
    App app;
    setUp(app);
    MainWindow *main = app.controller->mainWindow();
    main->showSection(Section::Settings);
    auto *page = qobject_cast<SettingsPage *>(main->page(Section::Settings));
    REQUIRE(page);

    page->digitsBox()->setCurrentIndex(1); // Latin
    const QString year = QString::number(QDate::currentDate().year());
    CHECK(main->statusText().contains(year));
    page->digitsBox()->setCurrentIndex(0); // Arabic-Indic
    CHECK_FALSE(main->statusText().contains(year));
    CHECK(main->statusText().contains(text::toDigitStyle(year, text::DigitStyle::ArabicIndic)));

    CHECK_FALSE(page->sampleDate()->spelledOut().contains(QStringLiteral("هـ")));
    page->calendarBox()->setCurrentIndex(1); // with Hijri
    CHECK(page->sampleDate()->spelledOut().contains(QStringLiteral("هـ")));
    CHECK(main->statusText().contains(QStringLiteral("هـ")));
    CHECK(app.settings.showHijri());
    test::screenshot(main, QStringLiteral("09-settings-hijri"));

    page->languageBox()->setCurrentIndex(1);
    CHECK(app.settings.language() == QStringLiteral("en"));
    CHECK(page->banner()->isVisible());
}

TEST_CASE("Logging out, a failed login and logging in again", "[ui][login]")
{
    App app;
    setUp(app);
    app.controller->logout();
    test::settle();
    LoginDialog *dialog = app.controller->loginDialog();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK_FALSE(app.controller->mainWindow());

    login(app, QStringLiteral("noura"), QStringLiteral("wrong-password"));
    CHECK(dialog->isVisible());
    CHECK(dialog->banner()->kind() == MessageBanner::Kind::Error);
    CHECK(dialog->banner()->text().contains(QStringLiteral("خاطئة")));
    CHECK(dialog->findChild<QLineEdit *>(QStringLiteral("password"))->text().isEmpty());
    test::screenshot(dialog, QStringLiteral("11-login-failed"));

    login(app, QStringLiteral("noura"), QStringLiteral("kalimat-sir-1"));
    REQUIRE(app.controller->mainWindow());
    CHECK(app.controller->mainWindow()->isVisible());
    CHECK(app.controller->mainWindow()->statusText().contains(QStringLiteral("نورة القحطاني")));
}

TEST_CASE("Repeated failed logins lock the button for a while", "[ui][login]")
{
    App app;
    setUp(app);
    app.controller->logout();
    test::settle();
    for (int i = 0; i < 3; ++i)
        login(app, QStringLiteral("noura"), QStringLiteral("guess-%1").arg(i));
    LoginDialog *dialog = app.controller->loginDialog();
    CHECK_FALSE(dialog->loginButton()->isEnabled());
    CHECK(dialog->banner()->text().contains(QStringLiteral("ثوان")));
    test::screenshot(dialog, QStringLiteral("12-login-locked"));
}

TEST_CASE("An administrator adds and deactivates a user in the Users screen", "[ui][users]")
{
    App app;
    setUp(app);
    MainWindow *main = app.controller->mainWindow();
    main->showSection(Section::Users);
    auto *page = qobject_cast<UsersPage *>(main->page(Section::Users));
    REQUIRE(page);
    CHECK(page->model()->rowCount() == 1);

    QDialog *dialog = page->openAddDialog();
    test::settle();
    type(dialog, "username", QStringLiteral("sara"));
    type(dialog, "fullName", QStringLiteral("سارة الشمري"));
    type(dialog, "password", QStringLiteral("short"));
    type(dialog, "confirm", QStringLiteral("short"));
    test::screenshot(dialog, QStringLiteral("13-add-user"));
    clickSubmit(dialog);
    CHECK(dialog->isVisible()); // too short: stays open, nothing lost
    CHECK(dialog->findChild<QLineEdit *>(QStringLiteral("fullName"))->text() == QStringLiteral("سارة الشمري"));
    type(dialog, "password", QStringLiteral("long-enough-1"));
    type(dialog, "confirm", QStringLiteral("long-enough-1"));
    clickSubmit(dialog);
    CHECK(page->model()->rowCount() == 2);
    CHECK(page->banner()->kind() == MessageBanner::Kind::Success);

    const int saraRow = page->model()->userAt(0)->username == QStringLiteral("sara") ? 0 : 1;
    REQUIRE(page->selectUser(QStringLiteral("sara")));
    page->toggleActive();
    INFO(page->banner()->text().toStdString());
    REQUIRE(page->model()->userAt(saraRow));
    CHECK_FALSE(page->model()->userAt(saraRow)->active);
    test::screenshot(main, QStringLiteral("08-users-deactivated"));

    // A reset password works at once (after reactivating her).
    page->toggleActive();
    REQUIRE(page->model()->userAt(saraRow)->active);
    QDialog *reset = page->openResetDialog();
    REQUIRE(reset);
    test::settle();
    type(reset, "password", QStringLiteral("fresh-pass-22"));
    type(reset, "confirm", QStringLiteral("fresh-pass-22"));
    test::screenshot(reset, QStringLiteral("13-reset-password"));
    clickSubmit(reset);
    CHECK(page->banner()->kind() == MessageBanner::Kind::Success);
    app.controller->logout();
    test::settle();
    login(app, QStringLiteral("sara"), QStringLiteral("fresh-pass-22"));
    REQUIRE(app.controller->mainWindow());
    CHECK(app.controller->mainWindow()->statusText().contains(QStringLiteral("سارة الشمري")));
    app.controller->logout();
    test::settle();
    login(app, QStringLiteral("noura"), QStringLiteral("kalimat-sir-1"));
    REQUIRE(app.controller->mainWindow());
    main = app.controller->mainWindow();
    main->showSection(Section::Users);
    page = qobject_cast<UsersPage *>(main->page(Section::Users));
    REQUIRE(page->selectUser(QStringLiteral("sara")));
    page->toggleActive();
    REQUIRE_FALSE(page->model()->userAt(saraRow)->active);

    // Sara cannot log in any more.
    app.controller->logout();
    test::settle();
    login(app, QStringLiteral("sara"), QStringLiteral("fresh-pass-22"));
    CHECK(app.controller->loginDialog()->isVisible());
    INFO(app.controller->loginDialog()->banner()->text().toStdString());
    CHECK(app.controller->loginDialog()->banner()->text().contains(QStringLiteral("تعطيل")));
}

TEST_CASE("A counsellor sees no Users section", "[ui][users]")
{
    App app;
    setUp(app);
    MainWindow *main = app.controller->mainWindow();
    auto *page = qobject_cast<UsersPage *>(main->page(Section::Users));
    REQUIRE(page);
    QDialog *dialog = page->openAddDialog();
    test::settle();
    type(dialog, "username", QStringLiteral("omar"));
    type(dialog, "fullName", QStringLiteral("عمر"));
    type(dialog, "password", QStringLiteral("long-enough-2"));
    type(dialog, "confirm", QStringLiteral("long-enough-2"));
    clickSubmit(dialog); // role: the first in the list, field social worker
    app.controller->logout();
    test::settle();
    login(app, QStringLiteral("omar"), QStringLiteral("long-enough-2"));
    REQUIRE(app.controller->mainWindow());
    CHECK_FALSE(app.controller->mainWindow()->hasSection(Section::Users));
    CHECK(app.controller->mainWindow()->navigation()->count() == 12); // a field worker's: their tasks, home visits, objections, crisis lists, no users
}

TEST_CASE("A file that is not a Tamkeen database is explained and left alone", "[ui][storage]")
{
    App app;
    QFile f(app.dbPath());
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("this is a letter, not a database\n");
    f.close();
    app.controller = std::make_unique<AppController>(app.settings, app.dbPath(), security::HashCost::minimal());
    CHECK_FALSE(app.controller->start());
    test::settle();
    QMessageBox *box = app.controller->errorBox();
    REQUIRE(box);
    CHECK(box->isVisible());
    CHECK(box->text().contains(QStringLiteral("ليس قاعدة بيانات")));
    test::screenshot(box, QStringLiteral("14-not-a-database"));
    CHECK(test::fileBytes(app.dbPath()) == QByteArray("this is a letter, not a database\n"));
    box->disconnect(); // closing it would end the test program
    box->close();
}

TEST_CASE("In English the window reads left to right with the navigation on the left", "[ui][shell]")
{
    REQUIRE(installTranslations(QStringLiteral("en")));
    test::settle();
    {
        App app;
        setUp(app);
        MainWindow *main = app.controller->mainWindow();
        CHECK(main->layoutDirection() == Qt::LeftToRight);
        test::settle();
        CHECK(main->navigation()->mapTo(main, QPoint(0, 0)).x() < main->width() / 2);
        CHECK(main->navigation()->item(0)->text() == QStringLiteral("Home"));
        CHECK(main->navigation()->item(1)->text().startsWith(QStringLiteral("My tasks")));
        CHECK(main->navigation()->item(2)->text() == QStringLiteral("Households"));
        main->showSection(MainWindow::Section::Tasks);
        test::settle();
        test::screenshot(main, QStringLiteral("15-english-tasks"));
        main->showSection(MainWindow::Section::Households);
        test::settle();
        test::screenshot(main, QStringLiteral("15-english"));
    }
    REQUIRE(installTranslations(QStringLiteral("ar")));
    test::settle();
    CHECK(QApplication::layoutDirection() == Qt::RightToLeft);
}

TEST_CASE("A foreign -wal file beside the database is named at start-up, the database not blamed", "[ui][storage][entry]")
{
    App app;
    test::setUp(app);
    app.controller.reset(); // closed: its own -wal is checkpointed away
    test::settle();
    REQUIRE_FALSE(QFile::exists(app.dbPath() + QStringLiteral("-wal")));
    const QByteArray before = test::fileBytes(app.dbPath());
    // Another program's WAL database, its -wal copied beside ours while it was open.
    const QString other = app.dir.filePath(QStringLiteral("other.sqlite"));
    test::copyForeignWal(other, app.dbPath());

    app.controller = std::make_unique<AppController>(app.settings, app.dbPath(), security::HashCost::minimal());
    CHECK_FALSE(app.controller->start());
    test::settle();
    QMessageBox *box = app.controller->errorBox();
    REQUIRE(box);
    INFO(box->text().toStdString());
    CHECK(box->text().contains(QStringLiteral("tamkeen.sqlite-wal")));
    CHECK_FALSE(box->text().contains(QStringLiteral("ليس قاعدة بيانات")));
    CHECK(test::fileBytes(app.dbPath()) == before);
    test::screenshot(box, QStringLiteral("entry-foreign-wal"));
    box->disconnect(); // closing it would end the test program
    box->close();
}

TEST_CASE("A database left in clear by an earlier version is encrypted behind a progress dialog, then opens as before", "[ui][storage][encryption]")
{
    App app;
    {
        test::PlainFiles plain;
        auto db = storage::Database::open(app.dbPath());
        REQUIRE(db);
        REQUIRE(org::Setup::run(*db.value(), test::sampleSetup(), security::HashCost::minimal()));
    }
    REQUIRE(storage::crypt::EncryptedFile::stateOf(app.dbPath()) == storage::crypt::EncryptedFile::State::Plain);
    app.controller = std::make_unique<AppController>(app.settings, app.dbPath(), security::HashCost::minimal());
    REQUIRE(app.controller->start());
    // The window is not held: the copy runs on a worker thread behind a dialog.
    QPointer<QProgressDialog> progress = app.controller->conversionDialog();
    REQUIRE(progress);
    CHECK(progress->labelText().contains(QStringLiteral("تشفير")));
    progress->show();
    CHECK(progress->grab().save(QDir(QStringLiteral(TAMKEEN_SCREENSHOT_DIR)).filePath(QStringLiteral("entry-encrypting.png"))));
    QTRY_VERIFY_WITH_TIMEOUT(app.controller->loginDialog() != nullptr, 30000);
    CHECK_FALSE(progress);
    CHECK(storage::crypt::EncryptedFile::stateOf(app.dbPath()) != storage::crypt::EncryptedFile::State::Plain);
    bool noticeShown = false;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->objectName() == QStringLiteral("encryptedNotice") && w->isVisible())
            noticeShown = true;
    CHECK(noticeShown);
    login(app, QStringLiteral("admin"), QStringLiteral("correct horse"));
    CHECK(app.controller->mainWindow());
}

TEST_CASE("A damaged database left in clear by an earlier version is refused at start, not encrypted, and left as it was",
          "[ui][storage][encryption]")
{
    App app;
    {
        test::PlainFiles plain;
        auto db = storage::Database::openAtVersion(app.dbPath(), storage::Database::latestSchemaVersion() - 1);
        REQUIRE(db);
        REQUIRE(db.value()->execScript(QStringLiteral(
            "CREATE TABLE filler(x); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
            "INSERT INTO filler SELECT randomblob(200) FROM n;")));
    }
    const qint64 size = QFileInfo(app.dbPath()).size();
    QFile f(app.dbPath());
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek(size - 4096));
    REQUIRE(f.write(QByteArray(8, '\xff')) == 8);
    f.close();
    const QByteArray before = test::fileBytes(app.dbPath());
    app.controller = std::make_unique<AppController>(app.settings, app.dbPath(), security::HashCost::minimal());
    REQUIRE(app.controller->start()); // the check runs on the worker, behind the progress dialog
    QTRY_VERIFY_WITH_TIMEOUT(app.controller->errorBox() != nullptr, 30000);
    QMessageBox *box = app.controller->errorBox();
    CHECK(box->text().contains(QStringLiteral("تالف")));
    CHECK_FALSE(app.controller->loginDialog());
    CHECK(test::fileBytes(app.dbPath()) == before);
    box->disconnect(); // closing it would end the test program
    box->close();
}
