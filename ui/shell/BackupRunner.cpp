#include "shell/BackupRunner.h"

#include "format/AppSettings.h"
#include "storage/BackupFolder.h"
#include "storage/Database.h"

#include <QThread>
#include <QTimer>

namespace tamkeen::ui {

namespace {
constexpr int kFirstCheckMs = 3 * 60 * 1000; // after login's own work, not during it
constexpr int kCheckEveryMs = 60 * 60 * 1000;
} // namespace

BackupRunner::BackupRunner(const storage::Database &db, AppSettings &settings, QObject *parent)
    : QObject(parent), m_db(db), m_settings(settings), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(false);
    m_timer->setInterval(kFirstCheckMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_timer->setInterval(kCheckEveryMs);
        backUpIfDue();
    });
    m_timer->start();
}

BackupRunner::~BackupRunner()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool BackupRunner::backUpIfDue(const QDateTime &now)
{
    if (m_stopped || !m_settings.autoBackup() || !storage::BackupFolder(m_settings.backupFolder()).isDue(now))
        return false;
    return backUpNow();
}

bool BackupRunner::backUpNow()
{
    if (m_thread)
        return false;
    const QString path = m_db.path();
    const QString folder = m_settings.backupFolder();
    const int keep = m_settings.backupsKept();
    // Filled on the worker, read here once it has finished.
    auto result = std::make_shared<std::pair<QString, QString>>();
    m_thread = QThread::create([path, folder, keep, result] {
        // A connection of its own: one never crosses threads.
        auto db = storage::Database::openAnother(path);
        if (!db) {
            result->second = db.error().message;
            return;
        }
        auto made = storage::BackupFolder(folder).backUp(*db.value(), QDateTime::currentDateTimeUtc(), keep);
        if (made)
            result->first = made.value();
        else
            result->second = made.error().message;
    });
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_thread->deleteLater();
        m_thread = nullptr;
        emit finished(result->first, result->second);
    });
    m_thread->start(QThread::LowPriority);
    emit started();
    return true;
}

} // namespace tamkeen::ui
