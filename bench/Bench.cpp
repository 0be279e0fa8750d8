#include "Bench.h"

#include "storage/crypt/EncryptedFile.h"
#include "RawSqlite.h"

#include "security/FileKeys.h"
#include "security/UserService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace tamkeen::bench {

QStringList childArguments(QStringList arguments)
{
    if (!storage::crypt::EncryptedFile::encryptNewFiles())
        arguments << QStringLiteral("--plain");
    return arguments;
}

double elapsedMs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.push_back(elapsedMs(t));
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

qint64 peakKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void report(QTextStream &out, const Figure &f)
{
    const QString base = f.baseline > 0 ? QString::number(f.baseline, 'f', 2) : QStringLiteral("—");
    const QString ratio = f.baseline > 0 ? QString::number(f.ours / f.baseline, 'f', 2) + QStringLiteral("×")
                                         : QStringLiteral("—");
    out << "| " << f.what << " | " << QString::number(f.ours, 'f', 2) << ' ' << f.unit << " | " << base << " | "
        << ratio << " | " << f.note << " |\n";
    out.flush();
}

security::Session benchAdmin(storage::Database &db)
{
    auto session = security::UserService(db, security::HashCost::minimal())
                       .login(QStringLiteral("admin"), QStringLiteral("bench-password"));
    if (!session) {
        QTextStream(stderr) << "bench: cannot log in as admin: " << session.error().message << "\n";
        std::exit(1);
    }
    return session.value();
}

} // namespace tamkeen::bench

namespace tamkeen::bench {

void unlockBenchFile(const QString &path)
{
    if (!QFileInfo::exists(path) || !security::FileKeys::isLocked(path))
        return;
    // The registry's administrator, then the sync figures' one.
    if (!security::FileKeys::unlock(path, QStringLiteral("admin"), QStringLiteral("bench-password")))
        must(security::FileKeys::unlock(path, QStringLiteral("admin"), QStringLiteral("correct horse")).ok(), "unlock");
}

void unlockBenchFiles(const QString &dir)
{
    for (const QFileInfo &f : QDir(dir).entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files))
        unlockBenchFile(f.absoluteFilePath());
}

} // namespace tamkeen::bench
