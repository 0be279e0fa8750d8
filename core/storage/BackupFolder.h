#pragma once
// The automatic backups of one laptop: a folder the user chose (a USB stick,
// a second disk) holding backups named by the time they were made, the newest
// N kept. Settings asks for one a day; "back up now" for one at once.
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace tamkeen::storage {

class Database;

class BackupFolder {
    Q_DECLARE_TR_FUNCTIONS(BackupFolder)
public:
    explicit BackupFolder(QString folder) : m_folder(std::move(folder)) {}

    // tamkeen-backup-YYYYMMDD-HHMMSS.sqlite, in UTC: names sort as times do.
    static QString fileNameAt(const QDateTime &at);
    // The backups in the folder, newest first, by the time in their names
    // (a file's own dates change when it is copied).
    QStringList backups() const;
    QDateTime latest() const; // invalid when there is none
    // No backup yet, or the latest is `interval` seconds old or more (or in
    // the future: a clock set back must not stop the backups).
    bool isDue(const QDateTime &now, qint64 intervalSeconds = 24 * 3600) const;

    // A backup of `db` made now, then the oldest beyond `keep` removed (only
    // once the new one is there). The path of the new backup.
    Result<QString> backUp(Database &db, const QDateTime &now, int keep);

private:
    QString m_folder;
};

} // namespace tamkeen::storage
