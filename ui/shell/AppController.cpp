#include "shell/AppController.h"

#include "clinic/ClinicVocabulary.h"
#include "clinic/ClinicalKeys.h"

#include "dialogs/LoginDialog.h"
#include "dialogs/SetupDialog.h"
#include "format/AppSettings.h"
#include "format/EditorDigits.h"
#include "org/DeviceInfo.h"
#include "org/Setup.h"
#include "registry/SearchIndex.h"
#include "security/FileKeys.h"
#include "security/UserService.h"
#include "shell/MainWindow.h"
#include "widgets/DayWatch.h"
#include "widgets/MessageBanner.h"
#include "storage/Database.h"
#include "widgets/FileDialogLocale.h"

#include <QApplication>
#include <QMessageBox>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <utility>

namespace tamkeen::ui {

AppController::AppController(AppSettings &settings, QString databasePath, security::HashCost cost, QObject *parent)
    : QObject(parent), m_settings(settings), m_path(std::move(databasePath)), m_cost(cost),
      m_idle(new IdleWatcher([&settings] { return settings.lockAfterMinutes(); }, this))
{
    connect(m_idle, &IdleWatcher::idle, this, &AppController::lock);
    new EditorDigits(settings, this); // every number and date editor in the user's digits
    MessageBanner::setDigitStyle(settings.digitStyle());
    connect(&settings, &AppSettings::displayChanged, this,
            [this] { MessageBanner::setDigitStyle(m_settings.digitStyle()); });
    localiseFileDialogs(settings);
    // A window left open past midnight: incomes dated today come into the list.
    connect(new DayWatch(this), &DayWatch::dayChanged, this, [this] {
        if (m_main && !m_lockDialog)
            catchUpList();
    });
}

AppController::~AppController()
{
    if (m_noteSealer) {
        m_noteSealer->wait();
        delete m_noteSealer;
    }
    delete m_lockDialog;
    delete m_main;
    delete m_login;
    delete m_setup;
    delete m_error;
}

void AppController::importAfterLogin(const QString &path)
{
    m_packageToImport = path;
}

bool AppController::start()
{
    // An encrypted file opens with the first login: its key is in the slot of
    // the user who logs in (docs/encryption.md).
    if (security::FileKeys::isLocked(m_path)) {
        showLogin();
        return true;
    }
    if (storage::Database::willEncryptAtOpen(m_path)) {
        convertThenOpen();
        return true;
    }
    return openAndContinue(false);
}

// A file left in clear by an earlier version is encrypted by its first open:
// a copy of the whole file (17 s at 100,000 households), so on a worker thread
// behind a progress dialog instead of a start that shows nothing.
void AppController::convertThenOpen()
{
    m_converting = new QProgressDialog(tr("Encrypting the database on this computer. This is done once and can take a "
                                          "minute or more for a large database; do not switch the computer off."),
                                       QString(), 0, 0);
    m_converting->setObjectName(QStringLiteral("convertingProgress"));
    m_converting->setWindowTitle(tr("Tamkeen"));
    m_converting->setMinimumDuration(500); // a blank or small file: no dialog at all
    m_converting->setAutoClose(false);
    // Closing the dialog (Esc, its title bar) must not end the program under
    // the copy: the worker finishes and the login follows.
    qApp->setQuitOnLastWindowClosed(false);
    auto result = std::make_shared<std::pair<bool, Error>>(false, Error{});
    const QString path = m_path;
    QThread *worker = QThread::create([path, result] {
        // Opened (and so converted) here and closed again: a connection never
        // crosses threads, and the window's own opens the encrypted file at once.
        auto db = storage::Database::open(path);
        if (db)
            result->first = db.value()->encryptedAtOpen();
        else
            result->second = db.error();
    });
    connect(worker, &QThread::finished, this, [this, worker, result] {
        worker->deleteLater();
        delete m_converting;
        qApp->setQuitOnLastWindowClosed(true);
        if (!result->second.message.isEmpty()) {
            showError(result->second.message, result->second.code != ErrorCode::Io);
            return;
        }
        openAndContinue(result->first);
    });
    worker->start();
}

bool AppController::openAndContinue(bool encryptedJustNow)
{
    auto db = storage::Database::open(m_path);
    if (!db) {
        showError(db.error().message, db.error().code != ErrorCode::Io);
        return false;
    }
    m_db = std::move(db).value();
    m_users = std::make_unique<security::UserService>(*m_db, m_cost);
    if (encryptedJustNow || m_db->encryptedAtOpen())
        showEncryptedNotice();
    if (org::Setup::isDone(*m_db)) {
        showLogin();
        return true;
    }
    m_setup = new SetupDialog(*m_db, m_settings, m_cost);
    m_setup->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_setup, &SetupDialog::completed, this, &AppController::showMain);
    connect(m_setup, &SetupDialog::joined, this, &AppController::showLogin); // with an organisation account
    connect(m_setup, &QDialog::rejected, qApp, &QCoreApplication::quit);
    m_setup->show();
    return true;
}

void AppController::showError(const QString &message, bool offerAnother)
{
    m_error = new QMessageBox(QMessageBox::Critical, tr("Tamkeen cannot open the database"), message, QMessageBox::Close);
    m_error->setObjectName(QStringLiteral("startError"));
    // A file that is fine but cannot be written needs permission, not another file.
    if (offerAnother)
        m_error->setInformativeText(
            tr("Nothing was changed. To use another database, start Tamkeen with --db and the path of the file, or ask "
               "your administrator."));
    m_error->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_error, &QMessageBox::finished, qApp, [] { QCoreApplication::exit(1); });
    m_error->show();
}

// Once, when this version encrypted a file an earlier one had left in clear.
void AppController::showEncryptedNotice()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("The database is now encrypted"),
                                tr("This version of Tamkeen encrypted the database on this computer. Each user opens it "
                                   "with their own password, as before; the unencrypted copy was overwritten and "
                                   "removed."),
                                QMessageBox::Ok);
    box->setObjectName(QStringLiteral("encryptedNotice"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->show();
}

void AppController::showLogin()
{
    QString centre;
    if (m_db)
        if (auto device = org::Devices::thisDevice(*m_db))
            centre = device.value().centreName;
    LoginActions actions;
    actions.login = [this](const QString &user, const QString &password) -> Result<security::Session> {
        QByteArray openedKey, openedWrapped;
        if (!m_db) {
            auto unlocked = security::FileKeys::unlock(m_path, user, password);
            if (!unlocked)
                return unlocked.error();
            auto db = storage::Database::open(m_path);
            if (!db)
                return db.error();
            m_db = std::move(db).value();
            m_users = std::make_unique<security::UserService>(*m_db, m_cost);
            openedKey = unlocked.value().userSecretKey;
            openedWrapped = unlocked.value().wrappedKey;
        }
        return m_users->login(user, password, openedKey, openedWrapped);
    };
    actions.lockoutRemaining = [this](const QString &user) { return m_users ? m_users->lockoutRemaining(user) : 0; };
    m_login = new LoginDialog(std::move(actions), centre, m_settings.digitStyle());
    m_login->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_login, &LoginDialog::loggedIn, this, &AppController::showMain);
    connect(m_login, &QDialog::rejected, qApp, &QCoreApplication::quit);
    m_login->show();
}

void AppController::showMain(const security::Session &session)
{
    catchUpList();
    auto device = org::Devices::thisDevice(*m_db);
    m_main = new MainWindow(*m_db, *m_users, m_settings, session, device ? device.value() : org::DeviceInfo{});
    m_main->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_main, &MainWindow::logoutRequested, this, &AppController::logout);
    connect(m_main, &MainWindow::lockRequested, this, &AppController::lock);
    connect(m_main, &MainWindow::passwordChanged, this, [this] {
        logout();
        if (m_login)
            m_login->banner()->showSuccess(tr("Your password was changed. Log in with the new one."));
    });
    m_main->show();
    m_idle->restart();
    // Once the login's signal has returned: the import waits in an event loop of its own.
    if (!m_packageToImport.isEmpty())
        QTimer::singleShot(0, m_main.data(), [main = m_main.data(), path = std::exchange(m_packageToImport, {})] {
            main->importPackage(path);
        });
    // The clinic's key for confidential notes: made, or sealed for newly
    // arrived counsellors, and old notes sealed (a counsellor's login only).
    if (Status k = clinic::ClinicalKeys::maintain(*m_db, session); !k)
        QMessageBox::warning(m_main, tr("Confidential notes"),
                             tr("The keys of confidential notes could not be updated: %1").arg(k.error().message));
    else
        sealNotesFromBefore(session);
}

// This laptop's notes written in clear by an earlier version, sealed once:
// it reads every session (4 to 8 s at a million), so on a worker thread with a
// connection of its own that signs as the counsellor; the window goes on. A
// failure is left for the next login.
void AppController::sealNotesFromBefore(const security::Session &session)
{
    if (m_noteSealer || !clinic::mayReadConfidential(session))
        return;
    m_noteSealer = QThread::create([path = m_db->path(), session] {
        auto db = storage::Database::openAnother(path);
        // The keys opened on this connection too, so that the notes are
        // sealed in the format that opens without X25519.
        Status s = db ? clinic::ClinicalKeys::unlock(*db.value(), session) : Status(db.error());
        if (s)
            s = clinic::ClinicalKeys::sealNotesFromBefore(*db.value(), session);
        if (!s)
            qWarning("tamkeen: notes from before the clinic's key were not sealed: %s", qUtf8Printable(s.error().message));
    });
    connect(m_noteSealer, &QThread::finished, this, [this] {
        m_noteSealer->deleteLater();
        m_noteSealer = nullptr;
    });
    m_noteSealer->start(QThread::LowPriority);
}

// Incomes recorded ahead of their date that came into force since the list
// last caught up (once a day: at the first login or unlock of the day).
void AppController::catchUpList()
{
    if (Status s = registry::SearchIndex::catchUpIncomes(*m_db, QDate::currentDate()); !s)
        qWarning("tamkeen: the household list's incomes were not brought up to date: %s",
                 qUtf8Printable(s.error().message));
}

void AppController::lock()
{
    if (!m_main || m_lockDialog)
        return;
    m_idle->stop();
    const security::Session session = m_main->session();
    m_db->setCurrentUser({});
    m_db->forgetSigningKeys();
    LoginActions actions;
    // Only the user who locked goes on from here; anyone else switches user.
    actions.login = [this, name = session.username](const QString &, const QString &password) {
        return m_users->login(name, password);
    };
    actions.lockoutRemaining = [this](const QString &user) { return m_users->lockoutRemaining(user); };
    m_lockDialog = new LoginDialog(std::move(actions), QString(), m_settings.digitStyle());
    m_lockDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_lockDialog->lockFor(session.username, session.fullName);
    m_lockDialog->setWindowModality(Qt::ApplicationModal);
    connect(m_lockDialog, &LoginDialog::loggedIn, this, &AppController::unlocked);
    connect(m_lockDialog, &LoginDialog::switchUserRequested, this, &AppController::switchUser);
    m_screenLock.cover(m_lockDialog);
    m_lockDialog->show();
    m_lockDialog->raise();
    m_lockDialog->activateWindow();
}

void AppController::unlocked()
{
    catchUpList();
    m_screenLock.uncover();
    m_idle->restart();
}

void AppController::switchUser()
{
    // Dialogs left open under the lock end first (their unsaved input with
    // them), so that nothing waits on a window that logging out closes.
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *dialog = qobject_cast<QDialog *>(w); dialog && dialog != m_lockDialog && dialog->isVisible())
            dialog->done(QDialog::Rejected);
    if (m_lockDialog) {
        m_lockDialog->disconnect(this);
        m_lockDialog->hide();
        m_lockDialog->deleteLater();
    }
    m_screenLock.uncover();
    QTimer::singleShot(0, this, &AppController::logout);
}

void AppController::logout()
{
    m_idle->stop();
    m_db->setCurrentUser({});
    m_db->forgetSigningKeys();
    // The login window opens first, so the application never has no window.
    showLogin();
    if (m_main) {
        m_main->disconnect(this);
        m_main->close();
    }
}

} // namespace tamkeen::ui
