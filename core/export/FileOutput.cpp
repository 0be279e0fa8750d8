#include "export/FileOutput.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <cerrno>
#include <cstring>

namespace tamkeen::exporting {

Error FileOutput::writeError(const QString &path, const QString &errorString, int errorNumber)
{
    const QString name = QDir::toNativeSeparators(path);
#ifdef EDQUOT // a quota is full: POSIX, not Windows' C library
    const bool quota = errorNumber == EDQUOT;
#else
    const bool quota = false;
#endif
    const bool full = errorNumber == ENOSPC || quota || errorString == QString::fromLocal8Bit(std::strerror(ENOSPC));
    if (full)
        return makeError(ErrorCode::Io, tr("%1 was not written: the disk is full. Free some space or choose "
                                           "another disk or USB stick, then export again.")
                                            .arg(name));
    const bool denied = errorNumber == EACCES || errorNumber == EPERM || errorNumber == EROFS
                        || errorString == QString::fromLocal8Bit(std::strerror(EACCES))
                        || errorString == QString::fromLocal8Bit(std::strerror(EROFS));
    if (denied)
        return makeError(ErrorCode::Io, tr("%1 was not written: this folder cannot be written to (read-only or "
                                           "no permission). Choose another folder, then export again.")
                                            .arg(name));
    const QString reason = errorString.isEmpty() || errorString == QLatin1String("Unknown error")
                               ? tr("the system gave no reason")
                               : errorString;
    return makeError(ErrorCode::Io, tr("%1 was not written (%2). Check that the disk or USB stick is still there "
                                       "and has free space, or choose another folder, then export again.")
                                        .arg(name, reason));
}

namespace {

// A device or pipe (/dev/full, /dev/stdout) is written in place: a temporary
// file renamed over it would replace the device with a plain file.
Status writeInPlace(const QString &path, const std::function<Status(QIODevice &)> &write)
{
    QFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        return FileOutput::writeError(path, file.errorString(), errno);
    if (Status s = write(file); !s)
        return s;
    errno = 0;
    if (file.error() != QFileDevice::NoError || !file.flush())
        return FileOutput::writeError(path, file.errorString(), errno);
    return {};
}

} // namespace

Status FileOutput::write(const QString &path, const std::function<Status(QIODevice &)> &write)
{
    const QFileInfo target(path);
    if (target.exists() && !target.isFile() && !target.isDir())
        return writeInPlace(path, write);
    QSaveFile file(path);
    // Where no temporary file can be made beside the target (a folder we may
    // write the file in but not create files in), write the existing file directly.
    file.setDirectWriteFallback(true);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString(), errno);
    // Exports hold personal data: other accounts on the laptop may not read them.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (Status s = write(file); !s) {
        file.cancelWriting();
        return s;
    }
    // Flush before commit: commit() closes the file and a failure there loses
    // Qt's reason ("Unknown error"), while flush() keeps it.
    errno = 0;
    if (file.error() != QFileDevice::NoError || !file.flush()) {
        const int number = errno;
        const QString reason = file.errorString();
        file.cancelWriting();
        return writeError(path, reason, number);
    }
    errno = 0;
    if (!file.commit())
        return writeError(path, file.errorString(), errno);
    return {};
}

Status FileOutput::write(const QString &path, const QByteArray &bytes)
{
    return write(path, [&](QIODevice &device) -> Status {
        errno = 0;
        if (device.write(bytes) != bytes.size())
            return writeError(path, device.errorString(), errno);
        return {};
    });
}

} // namespace tamkeen::exporting
