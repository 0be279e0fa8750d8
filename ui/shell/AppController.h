#pragma once
// Runs the application's flow: open the database (or explain why not), first-run
// setup or login, the main window, and logging out again.
#include "security/PasswordHasher.h"
#include "dialogs/LoginDialog.h"
#include "dialogs/SetupDialog.h"
#include "security/Session.h"
#include "shell/MainWindow.h"
#include "shell/ScreenLock.h"

#include <QObject>
#include <QPointer>
#include <memory>

#include <QMessageBox>
#include <QProgressDialog>

class QThread;

namespace tamkeen::storage {
class Database;
}
namespace tamkeen::security {
class UserService;
}

namespace tamkeen::ui {

class AppSettings;

class AppController : public QObject {
    Q_OBJECT
public:
    AppController(AppSettings &settings, QString databasePath,
                  security::HashCost cost = security::HashCost::standard(), QObject *parent = nullptr);
    ~AppController() override;

    // Returns false when the database cannot be opened; the error box is shown
    // and the application quits with status 1 when it is closed.
    bool start();
    // A package to import in the Sync section once someone has logged in (the
    // file a double-click opened Tamkeen with): at the first login only.
    void importAfterLogin(const QString &path);

    SetupDialog *setupDialog() const { return m_setup; }
    LoginDialog *loginDialog() const { return m_login; }
    MainWindow *mainWindow() const { return m_main; }
    QMessageBox *errorBox() const { return m_error; }
    QProgressDialog *conversionDialog() const { return m_converting; } // null when no file is being encrypted
    LoginDialog *lockDialog() const { return m_lockDialog; }
    IdleWatcher *idleWatcher() const { return m_idle; }
    QString databasePath() const { return m_path; }

public slots:
    void logout();
    // Covers every window and asks the same user's password again; what was
    // typed stays (ScreenLock). The connection forgets the user's signing
    // keys meanwhile (copies in the pages' sessions stay in memory).
    void lock();

private:
    void convertThenOpen();
    bool openAndContinue(bool encryptedJustNow);
    void showLogin();
    void showMain(const security::Session &session);
    void showEncryptedNotice();
    void showError(const QString &message, bool offerAnother);
    void unlocked();
    void catchUpList();
    void sealNotesFromBefore(const security::Session &session);
    void switchUser();

    AppSettings &m_settings;
    QString m_path;
    QString m_packageToImport; // until the first login
    security::HashCost m_cost;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<security::UserService> m_users;
    QPointer<SetupDialog> m_setup;
    QPointer<LoginDialog> m_login;
    QPointer<MainWindow> m_main;
    QPointer<QMessageBox> m_error;
    QPointer<QProgressDialog> m_converting; // while a plain file is encrypted
    QPointer<LoginDialog> m_lockDialog;
    QThread *m_noteSealer = nullptr; // sealNotesFromBefore, while it runs
    IdleWatcher *m_idle;
    ScreenLock m_screenLock;
};

} // namespace tamkeen::ui
