#include "storage/BackupFolder.h"

#include "storage/Backup.h"
#include "storage/FileSafety.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

namespace {

const QString kPrefix = u"tamkeen-backup-"_s;
const QString kSuffix = u".sqlite"_s;
const QString kStamp = u"yyyyMMdd-HHmmss"_s;

QDateTime timeOf(const QString &fileName)
{
    static const QRegularExpression pattern(u"^tamkeen-backup-(\\d{8}-\\d{6})\\.sqlite$"_s);
    const auto match = pattern.match(fileName);
    if (!match.hasMatch())
        return {};
    const QDateTime local = QDateTime::fromString(match.captured(1), kStamp);
    return local.isValid() ? QDateTime(local.date(), local.time(), QTimeZone::utc()) : QDateTime();
}

} // namespace

QString BackupFolder::fileNameAt(const QDateTime &at) { return kPrefix + at.toUTC().toString(kStamp) + kSuffix; }

QStringList BackupFolder::backups() const
{
    QStringList found;
    const QStringList names = QDir(m_folder).entryList({kPrefix + u"*"_s + kSuffix}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString &name : names)
        if (timeOf(name).isValid())
            found.append(QDir(m_folder).filePath(name));
    return found;
}

QDateTime BackupFolder::latest() const
{
    const QStringList all = backups();
    return all.isEmpty() ? QDateTime() : timeOf(QFileInfo(all.first()).fileName());
}

bool BackupFolder::isDue(const QDateTime &now, qint64 intervalSeconds) const
{
    const QDateTime last = latest();
    if (!last.isValid() || last > now)
        return true;
    return last.secsTo(now) >= intervalSeconds;
}

Result<QString> BackupFolder::backUp(Database &db, const QDateTime &now, int keep)
{
    if (m_folder.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Choose a folder for the backups first."));
    if (!QDir().mkpath(m_folder))
        return makeError(ErrorCode::Io, tr("The backup folder %1 could not be created. Is the USB stick or disk "
                                           "plugged in?")
                                            .arg(shownPath(m_folder)));
    const QString out = QDir(m_folder).filePath(fileNameAt(now));
    if (Status s = Backup::write(db, out); !s)
        return s.error();
    // The new one is never pruned, even when a file dated in the future
    // (a clock set back since) sorts before it.
    QStringList others = backups();
    others.removeAll(out);
    for (qsizetype i = std::max(keep, 1) - 1; i < others.size(); ++i)
        QFile::remove(others.at(i));
    return out;
}

} // namespace tamkeen::storage
