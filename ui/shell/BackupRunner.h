#pragma once
// Makes the backups of this computer (docs/backups.md) on a worker thread, so
// the window never waits: «back up now» from Settings, and the daily one,
// checked a few minutes after login and then every hour while someone is
// logged in.
#include <QDateTime>
#include <QObject>

class QThread;
class QTimer;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;

class BackupRunner : public QObject {
    Q_OBJECT
public:
    BackupRunner(const storage::Database &db, AppSettings &settings, QObject *parent = nullptr);
    ~BackupRunner() override; // waits for a backup under way

    // A backup into the settings' folder now; false when one is under way.
    bool backUpNow();
    // The daily backup, when it is on and the latest in the folder is a day old.
    bool backUpIfDue(const QDateTime &now = QDateTime::currentDateTimeUtc());
    bool isRunning() const { return m_thread != nullptr; }
    // The database was found damaged: no more daily backups, which would
    // push the last sound ones out of the folder («back up now» still works).
    void stopDaily() { m_stopped = true; }

signals:
    void started();
    // `path` of the new backup, or the error in the user's language.
    void finished(const QString &path, const QString &error);

private:
    const storage::Database &m_db;
    AppSettings &m_settings;
    QThread *m_thread = nullptr; // the backup under way
    QTimer *m_timer;
    bool m_stopped = false;
};

} // namespace tamkeen::ui
