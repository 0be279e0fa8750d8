#include "storage/FileSafety.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace tamkeen::storage {

QString shownPath(const QString &path) { return QChar(0x2066) + QDir::toNativeSeparators(path) + QChar(0x2069); }

bool wipeFile(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return true;
    if (f.open(QIODevice::ReadWrite)) {
        const QByteArray zeros(1 << 20, '\0');
        qint64 left = f.size();
        while (left > 0) {
            const qint64 n = std::min<qint64>(left, zeros.size());
            if (f.write(zeros.constData(), n) != n)
                break;
            left -= n;
        }
        f.flush();
        f.close();
    }
    return QFile::remove(path);
}

void syncFolderOf(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

bool syncFile(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
#else
    QFile f(path);
    return f.open(QIODevice::ReadWrite) && f.flush(); // Windows: FlushFileBuffers is done by the close
#endif
}

bool makeOwnerOnly(const QString &path)
{
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace tamkeen::storage
