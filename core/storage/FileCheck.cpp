#include "storage/FileCheck.h"

#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

namespace {

// Paths read left to right even inside an Arabic sentence (Unicode isolates).
QString shown(const QString &path)
{
    return QChar(0x2066) + QDir::toNativeSeparators(path) + QChar(0x2069);
}

Error notOurs(const QString &path)
{
    return makeError(ErrorCode::NotTamkeenFile,
                     Database::tr("%1 is not a Tamkeen database. Choose another file; this one was not changed.").arg(shown(path)));
}

Error corrupt(const QString &path)
{
    return makeError(ErrorCode::Corrupt,
                     Database::tr("%1 is damaged (it may have been copied only partly). Restore it from a backup or "
                                  "an export; the file was not changed.")
                         .arg(shown(path)));
}

// A read-only connection that closes itself.
struct ReadOnly {
    sqlite3 *db = nullptr;
    ~ReadOnly() { sqlite3_close_v2(db); }

    bool intValue(const char *sql, qint64 *out)
    {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
            return false;
        const bool ok = sqlite3_step(stmt) == SQLITE_ROW;
        if (ok)
            *out = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
        return ok;
    }

    bool quickCheckOk()
    {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &stmt, nullptr) != SQLITE_OK)
            return false;
        const bool ok = sqlite3_step(stmt) == SQLITE_ROW
                        && qstrcmp(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)), "ok") == 0;
        sqlite3_finalize(stmt);
        return ok;
    }
};

} // namespace

Result<FileState> checkExistingFile(const QString &path, int latestSchemaVersion)
{
    const QFileInfo info(path);
    if (!info.exists())
        return FileState::Missing;
    if (!info.isFile())
        return notOurs(path);

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Database::tr("%1 cannot be read: %2").arg(shown(path), file.errorString()));
    const QByteArray header = file.read(100);
    file.close();
    if (header.isEmpty())
        return makeError(ErrorCode::NotTamkeenFile,
                         Database::tr("%1 is empty. It is not a Tamkeen database; if it was copied, copy it again.").arg(shown(path)));
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return notOurs(path);

    // The header alone may be stale while changes wait in the -wal file, so the
    // identity is read through SQLite, on a read-only connection.
    ReadOnly ro;
    const QByteArray native = QFile::encodeName(path);
    if (sqlite3_open_v2(native.constData(), &ro.db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return corrupt(path);
    qint64 appId = 0, userVersion = 0, objects = 0;
    if (!ro.intValue("PRAGMA application_id", &appId) || !ro.intValue("PRAGMA user_version", &userVersion)
        || !ro.intValue("SELECT count(*) FROM sqlite_master", &objects))
        return corrupt(path);
    if (appId == 0 && userVersion == 0 && objects == 0)
        return FileState::Blank;
    if (quint32(appId) != Database::kApplicationId)
        return notOurs(path);
    if (userVersion > latestSchemaVersion)
        return makeError(ErrorCode::TooNew,
                         Database::tr("%1 was written by a newer version of Tamkeen. Update Tamkeen on this computer "
                                      "to open it; the file was not changed.")
                             .arg(shown(path)));
    if (!ro.quickCheckOk())
        return corrupt(path);
    return FileState::Tamkeen;
}

} // namespace tamkeen::storage
