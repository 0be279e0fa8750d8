#pragma once
// The main window: navigation on the reading side (right in Arabic), one page per
// section, and a status bar with the user, centre, device and last sync.
#include "org/DeviceInfo.h"
#include "security/Session.h"

#include "registry/IncomeService.h"

#include <QMainWindow>
#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace tamkeen::security {
class UserService;
}
namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;
class BackupRunner;
class FileCheckRunner;
class IndexRebuildRunner;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class Section { Home, Households, Clinic, Plans, Referrals, Sync, Reports, Users, Settings, Audit, Visits, Tasks, Objections, Crisis, Conditions };

    MainWindow(storage::Database &db, security::UserService &users, AppSettings &settings,
               const security::Session &session, const org::DeviceInfo &device, QWidget *parent = nullptr);

    void showSection(Section section);
    // The Sync section, importing `path` there (the file Tamkeen was opened with).
    void importPackage(const QString &path);
    bool hasSection(Section section) const;
    QWidget *page(Section section) const;
    // The section shown (the navigation lists only the role's sections, so a
    // row is not a Section's number).
    Section currentSection() const;
    QListWidget *navigation() const { return m_nav; }
    QStatusBar *statusBarWidget() const;
    QString statusText() const; // all status bar labels, for tests
    storage::Database &database() const { return m_db; }
    QList<Section> sections() const { return m_sections; }
    void showAbout();
    void changePassword();
    BackupRunner *backups() const { return m_backups; }
    FileCheckRunner *fileCheck() const { return m_fileCheck; }
    const security::Session &session() const { return m_session; }
    // The status bar: who, where, the last sync, a clock far ahead, today.
    void refreshStatus();

signals:
    void logoutRequested();
    void lockRequested();
    // The user's own password was changed: they log in again with it.
    void passwordChanged();

private:
    void addSection(Section section, const QString &title, QWidget *page);
    void buildMenus();
    QLabel *indexRebuildLabel();

    storage::Database &m_db;
    security::UserService &m_users;
    AppSettings &m_settings;
    security::Session m_session;
    org::DeviceInfo m_device;
    QString m_databasePath;
    QListWidget *m_nav;
    QStackedWidget *m_pages;
    QList<Section> m_sections;
    QLabel *m_user, *m_centre, *m_deviceLabel, *m_sync, *m_clock, *m_today;
    QLabel *m_backupFailed; // the daily backup's failure, until one succeeds
    BackupRunner *m_backups;
    FileCheckRunner *m_fileCheck; // reads the whole file once, half a minute after login
    IndexRebuildRunner *m_indexRebuild; // after an update that indexes names differently
    std::unique_ptr<registry::IncomeService> m_incomes;
};

} // namespace tamkeen::ui
