#include "storage/FileSafety.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#ifndef NOMINMAX
#define NOMINMAX // std::min below, not the macro
#endif
#include <windows.h>
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
#elif defined(Q_OS_WIN)
    // Closing a file does not put it on the disk: FlushFileBuffers does (it
    // needs write access). Not compiled here: no Windows build is run (docs/building-on-windows.md).
    const QString native = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    const HANDLE h = CreateFileW(reinterpret_cast<LPCWSTR>(native.utf16()), GENERIC_READ | GENERIC_WRITE,
                                 FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h == INVALID_HANDLE_VALUE)
        return false;
    const bool synced = FlushFileBuffers(h) != 0;
    CloseHandle(h);
    return synced;
#else
    QFile f(path);
    return f.open(QIODevice::ReadWrite) && f.flush();
#endif
}

bool makeOwnerOnly(const QString &path)
{
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace tamkeen::storage
