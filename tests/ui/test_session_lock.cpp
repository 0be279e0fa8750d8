// Sessions (issue 15 §3): the screen locks when idle or on «lock now» and
// keeps what was being typed; «switch user»; a user changes their own
// password; backups from Settings.
#include "dialogs/ChangePasswordDialog.h"
#include "dialogs/LoginDialog.h"
#include "pages/AuditPage.h"
#include "pages/BackupSettingsBox.h"
#include "registry/HouseholdsPage.h"
#include "security/AuditLog.h"
#include "security/UserService.h"
#include "shell/AppController.h"
#include "shell/BackupRunner.h"
#include "shell/FileCheckRunner.h"
#include "shell/MainWindow.h"
#include "storage/BackupFolder.h"
#include "storage/Database.h"
#include "support/Gui.h"
#include "support/Shell.h"
#include "support/TestDb.h"
#include "support/catch.h"

#include <QDateTime>
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QVBoxLayout>
#include <sqlite3.h>

using namespace tamkeen;
using namespace tamkeen::ui;
using test::App;

namespace {

const QString kPassword = QStringLiteral("kalimat-sir-1");

// A form being filled in when the lock comes: a dialog of the main window.
QLineEdit *openForm(MainWindow *main)
{
    auto *form = new QDialog(main);
    form->setObjectName(QStringLiteral("formBeingFilled"));
    form->setWindowTitle(QStringLiteral("form"));
    auto *edit = new QLineEdit(form);
    (new QVBoxLayout(form))->addWidget(edit);
    form->open();
    test::settle();
    edit->insert(QStringLiteral("أسرة سالم العتيبي، زيارة يوم الأحد")); // as an input method types it
    return edit;
}

bool covered(QWidget *window)
{
    for (QWidget *child : window->findChildren<QWidget *>(QStringLiteral("lockCover"), Qt::FindDirectChildrenOnly))
        if (child->isVisible() && child->geometry() == window->rect())
            return true;
    return false;
}

void unlockWith(LoginDialog *lock, const QString &password)
{
    lock->passwordField()->setText(password);
    test::clickSubmit(lock);
    test::settle();
}

} // namespace

TEST_CASE("Idle time locks every window behind the login, and what was typed comes back", "[ui][lock]")
{
    App app;
    test::setUp(app);
    MainWindow *main = app.controller->mainWindow();
    QLineEdit *edit = openForm(main);
    QWidget *form = edit->window();
    const QString typed = edit->text();
    REQUIRE_FALSE(typed.isEmpty());

    // Input keeps the count from running out.
    IdleWatcher *idle = app.controller->idleWatcher();
    REQUIRE(idle->remainingMs() > 9 * 60 * 1000); // 10 minutes by default
    emit idle->idle();
    test::settle();
    LoginDialog *lock = app.controller->lockDialog();
    REQUIRE(lock);
    CHECK(lock->isVisible());
    CHECK(lock->isLockMode());
    for (QPushButton *b : lock->findChildren<QPushButton *>()) // no way out but the password or switching user
        CHECK((!b->isVisible() || b == lock->loginButton() || b == lock->switchUserButton()));
    CHECK(covered(main));
    CHECK(covered(form));
    CHECK(main->database().signingKey().isEmpty()); // the user's keys are not held while locked
    test::screenshot(lock, QStringLiteral("lock-01-dialog"));
    test::screenshot(main, QStringLiteral("lock-02-main-covered"));

    // A window that opens while locked is covered too.
    auto *late = new QDialog(main);
    late->setAttribute(Qt::WA_DeleteOnClose);
    late->show();
    test::settle();
    CHECK(covered(late));
    late->close();
    // The lock dialog's own pop-ups (a field's context menu) are not.
    auto *menu = new QMenu(lock);
    menu->addAction(QStringLiteral("x"));
    menu->popup(lock->mapToGlobal(QPoint(10, 10)));
    test::settle();
    CHECK_FALSE(covered(menu));
    menu->close();
    delete menu;
    // Escape does not dismiss it, a wrong password does not open it.
    QTest::keyClick(lock, Qt::Key_Escape);
    test::settle();
    CHECK(lock->isVisible());
    unlockWith(lock, QStringLiteral("not-my-password"));
    CHECK(lock->isVisible());
    CHECK(lock->banner()->kind() == MessageBanner::Kind::Error);
    CHECK(covered(main));

    unlockWith(lock, kPassword);
    CHECK_FALSE(app.controller->lockDialog());
    CHECK_FALSE(covered(main));
    CHECK_FALSE(covered(form));
    CHECK(form->isVisible());
    CHECK(edit->text() == typed);
    CHECK_FALSE(main->database().signingKey().isEmpty());
    CHECK(app.controller->idleWatcher()->remainingMs() > 9 * 60 * 1000);
}

TEST_CASE("Lock now, then switch user: the next person logs in with their own account", "[ui][lock]")
{
    App app;
    test::setUp(app);
    emit app.controller->mainWindow()->lockRequested();
    test::settle();
    LoginDialog *lock = app.controller->lockDialog();
    REQUIRE(lock);
    REQUIRE(lock->switchUserButton());
    lock->switchUserButton()->click();
    test::settle();
    test::settle();
    CHECK_FALSE(app.controller->mainWindow());
    LoginDialog *login = app.controller->loginDialog();
    REQUIRE(login);
    CHECK(login->isVisible());
    CHECK_FALSE(login->isLockMode());
    test::login(app, QStringLiteral("noura"), kPassword);
    REQUIRE(app.controller->mainWindow());
    CHECK(app.controller->mainWindow()->isVisible());
}

TEST_CASE("A user changes their own password and logs in with the new one", "[ui][lock][passwords]")
{
    App app;
    test::setUp(app);
    MainWindow *main = app.controller->mainWindow();
    security::UserService users(main->database(), security::HashCost::minimal());
    // Without a parent: logging out below deletes the main window before this dialog.
    ChangePasswordDialog dialog(users, main->session());
    dialog.show();
    test::settle();

    dialog.currentField()->setText(QStringLiteral("not-my-password"));
    dialog.newField()->setText(QStringLiteral("olive trees by the well"));
    dialog.repeatField()->setText(QStringLiteral("olive trees by the well"));
    CHECK_FALSE(dialog.submit());
    CHECK(dialog.banner()->kind() == MessageBanner::Kind::Error);

    dialog.currentField()->setText(kPassword);
    dialog.newField()->setText(QStringLiteral("1234567890"));
    dialog.repeatField()->setText(QStringLiteral("1234567890"));
    CHECK_FALSE(dialog.submit());
    test::screenshot(&dialog, QStringLiteral("lock-03-change-password-refused"));

    dialog.currentField()->setText(kPassword);
    dialog.newField()->setText(QStringLiteral("olive trees by the well"));
    dialog.repeatField()->setText(QStringLiteral("olive trees by the wall"));
    CHECK_FALSE(dialog.submit());

    dialog.repeatField()->setText(QStringLiteral("olive trees by the well"));
    REQUIRE(dialog.submit());
    emit main->passwordChanged();
    test::settle();
    LoginDialog *login = app.controller->loginDialog();
    REQUIRE(login);
    CHECK(login->banner()->kind() == MessageBanner::Kind::Success);
    test::login(app, QStringLiteral("noura"), kPassword);
    CHECK_FALSE(app.controller->mainWindow()); // the old password no longer opens
    test::login(app, QStringLiteral("noura"), QStringLiteral("olive trees by the well"));
    CHECK(app.controller->mainWindow());
}

TEST_CASE("Back up now from Settings, and a backup that fails is said so", "[ui][backup]")
{
    App app;
    test::setUp(app);
    MainWindow *main = app.controller->mainWindow();
    main->showSection(MainWindow::Section::Settings);
    auto *box = main->findChild<BackupSettingsBox *>();
    REQUIRE(box);
    CHECK(box->dailyBox()->isChecked()); // on by default
    const QString folder = app.dir.filePath(QStringLiteral("usb/backups"));
    box->chooseFolder(folder);
    const QString none = box->latestLabel()->text();
    QSignalSpy done(main->backups(), &BackupRunner::finished);
    box->backUpNowButton()->click();
    CHECK_FALSE(box->backUpNowButton()->isEnabled()); // one at a time
    REQUIRE(done.wait(30000));
    CHECK(done.at(0).at(1).toString().isEmpty());
    CHECK(storage::BackupFolder(folder).backups().size() == 1);
    CHECK(box->backUpNowButton()->isEnabled());
    CHECK(box->latestLabel()->text() != none);
    for (QWidget *w = box->parentWidget(); w; w = w->parentWidget())
        if (auto *scroll = qobject_cast<QScrollArea *>(w))
            scroll->ensureWidgetVisible(box);
    test::settle();
    test::screenshot(main, QStringLiteral("lock-04-settings-backups"));
    // Not due again the same day.
    CHECK_FALSE(main->backups()->backUpIfDue());

    box->chooseFolder(QStringLiteral("/proc/no-usb-stick"));
    done.clear();
    box->backUpNowButton()->click();
    REQUIRE(done.wait(30000));
    CHECK_FALSE(done.at(0).at(1).toString().isEmpty());
    auto *failed = main->findChild<QLabel *>(QStringLiteral("backupFailedLabel"));
    REQUIRE(failed);
    CHECK(failed->isVisible());
}

TEST_CASE("The audit trail screen lists opened files and says the chains hold", "[ui][audit]")
{
    App app;
    test::setUp(app);
    MainWindow *main = app.controller->mainWindow();
    REQUIRE(main->hasSection(MainWindow::Section::Audit)); // an administrator
    // A real export of the households list: its entry reads in Arabic, with the file.
    main->showSection(MainWindow::Section::Households);
    auto *households = qobject_cast<HouseholdsPage *>(main->page(MainWindow::Section::Households));
    REQUIRE(households);
    const QString exported = app.dir.filePath(QStringLiteral("households.xlsx"));
    REQUIRE(households->exportTo(exported));
    main->showSection(MainWindow::Section::Audit);
    auto *page = qobject_cast<AuditPage *>(main->page(MainWindow::Section::Audit));
    REQUIRE(page);
    page->refresh();
    REQUIRE(page->table()->rowCount() >= 1);
    const QString details = page->table()->item(0, 4)->text();
    CHECK(details.startsWith(QStringLiteral("الأسر — ")));
    CHECK(details.contains(QStringLiteral("households.xlsx")));
    CHECK(page->table()->item(0, 2)->text() == QStringLiteral("صدّر بيانات"));
    CHECK(page->verify());
    CHECK(page->banner()->kind() == MessageBanner::Kind::Success);
    test::screenshot(main, QStringLiteral("audit-01-page"));
    // An entry altered behind Tamkeen's back is found.
    REQUIRE(main->database().exec(QStringLiteral("UPDATE audit_log SET details = 'nothing' WHERE action = 'export'")));
    CHECK_FALSE(page->verify());
    CHECK(page->banner()->kind() == MessageBanner::Kind::Error);
}

TEST_CASE("A page damaged on the disk after login is reported by the whole-file check", "[ui][backup]")
{
    App app;
    test::setUp(app);
    MainWindow *main = app.controller->mainWindow();
    auto *label = main->findChild<QLabel *>(QStringLiteral("fileDamagedLabel"));
    REQUIRE(label);
    // A healthy file: nothing said.
    QSignalSpy damaged(main->fileCheck(), &FileCheckRunner::damaged);
    main->fileCheck()->checkNow();
    QTRY_COMPARE_WITH_TIMEOUT(main->fileCheck()->isRunning(), false, 30000);
    CHECK(damaged.isEmpty());
    CHECK_FALSE(label->isVisible());

    // Everything written into the file itself, then a bit of its last page flipped.
    {
        const auto hold = main->database().holdCheckpoints();
        sqlite3 *raw = nullptr;
        REQUIRE(sqlite3_open_v2(QFile::encodeName(app.dbPath()).constData(), &raw, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
        CHECK(sqlite3_exec(raw, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(raw);
    }
    test::flipBit(app.dbPath(), QFileInfo(app.dbPath()).size() - 1000);
    main->fileCheck()->checkNow();
    REQUIRE(damaged.wait(30000));
    CHECK(damaged.at(0).at(0).toString().contains(QStringLiteral("tamkeen.sqlite")));
    CHECK(label->isVisible());
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = main->findChild<QMessageBox *>()) && box->isVisible(), 5000);
    CHECK(box->text() == damaged.at(0).at(0).toString());
    // Nothing more is written to it: reads go on, a save is refused.
    CHECK(main->database().scalar(QStringLiteral("SELECT count(*) FROM users")));
    CHECK_FALSE(main->database().exec(QStringLiteral("UPDATE users SET full_name = full_name")));
    // Daily backups stop: copies of a damaged file would push the sound ones out of the folder.
    CHECK_FALSE(main->backups()->backUpIfDue(QDateTime::currentDateTimeUtc().addYears(1)));
    test::screenshot(box, QStringLiteral("file-damaged"));
    test::screenshot(main, QStringLiteral("file-damaged-status"));
    box->close();
}
