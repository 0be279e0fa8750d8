#include "storage/FileCheck.h"

#include "storage/Database.h"
#include "storage/crypt/CryptFormat.h"
#include "storage/crypt/CryptVfs.h"
#include "storage/crypt/EncryptedFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>
#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

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

// Whether this process (its effective user, as SQLite will act) may write `path`.
bool writable(const QString &path)
{
#ifdef Q_OS_UNIX
    return faccessat(AT_FDCWD, QFile::encodeName(path).constData(), W_OK, AT_EACCESS) == 0;
#else
    return QFileInfo(path).isWritable();
#endif
}

// Tamkeen writes beside its database (the -wal and -shm files of WAL mode), so
// a healthy file in a folder it cannot write to cannot be opened: say so, and
// never call it damaged, which would invite replacing good data.
Error notWritable(const QString &path, bool folder)
{
    return makeError(ErrorCode::Io,
                     folder ? Database::tr("%1 is in a folder Tamkeen cannot write to (it is read-only), and Tamkeen "
                                           "needs to write beside its database. The file is fine and was not changed: "
                                           "copy it to a folder you can write to, or ask for write permission.")
                                  .arg(shown(path))
                            : Database::tr("%1 is read-only. The file is fine and was not changed: allow writing to "
                                           "it (or copy it to a folder you can write to) and open it again.")
                                  .arg(shown(path)));
}

// A -wal file beside the database holds changes not yet written into it; one
// that belongs to another database (copied from elsewhere) makes the pair
// unreadable, while the database file itself is ours.
Error foreignWal(const QString &path)
{
    return makeError(ErrorCode::Corrupt,
                     Database::tr("Beside %1 lies %2, a file of pending changes that does not belong to this "
                                  "database (it may have been copied from another computer). The database itself "
                                  "was not changed: move %2 and %3 to another folder, then open it again.")
                         .arg(shown(path), shown(QFileInfo(path).fileName() + u"-wal"_s),
                              shown(QFileInfo(path).fileName() + u"-shm"_s)));
}

// The application id in the file's own header (offset 68, big-endian), before
// any -wal file is applied.
quint32 headerApplicationId(const QByteArray &header)
{
    const auto *b = reinterpret_cast<const uchar *>(header.constData() + 68);
    return quint32(b[0]) << 24 | quint32(b[1]) << 16 | quint32(b[2]) << 8 | quint32(b[3]);
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
    // An encrypted file starts with our own header; SQLite's is inside its first sealed page.
    const bool encrypted = crypt::hasMagic(header.constData(), header.size());
    if (!encrypted && (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))))
        return notOurs(path);

    const bool oursByHeader = encrypted || headerApplicationId(header) == Database::kApplicationId;
    const bool walBeside = QFileInfo::exists(path + u"-wal"_s);
    if (oursByHeader) {
        if (!writable(info.absolutePath()))
            return notWritable(path, true);
        if (!writable(path))
            return notWritable(path, false);
    }
    // A failure to read what the header says is ours, with a -wal beside it,
    // comes from that -wal file.
    auto unreadable = [&](const Error &otherwise) {
        if (!writable(info.absolutePath()))
            return notWritable(path, true);
        return oursByHeader && walBeside ? foreignWal(path) : otherwise;
    };

    // The header alone may be stale while changes wait in the -wal file, so the
    // identity is read through SQLite, on a read-only connection.
    ReadOnly ro;
    const QByteArray native = QFile::encodeName(path);
    if (sqlite3_open_v2(native.constData(), &ro.db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return unreadable(corrupt(path));
    // Another connection to the file (the app's own, a report counted on a
    // worker thread, a checkpoint) may hold a lock for a moment: wait for it,
    // as every other connection does, rather than call the file damaged.
    sqlite3_busy_timeout(ro.db, 5000);
    // The two header values need no schema (parsing ours takes milliseconds):
    // the schema is counted only when they say the file may be blank. Reading
    // them checks the page count in the header against the file's size.
    qint64 appId = 0, userVersion = 0, objects = 0;
    if (!ro.intValue("PRAGMA application_id", &appId) || !ro.intValue("PRAGMA user_version", &userVersion)) {
        // Held by another program for longer than the wait (an encryption in
        // progress holds it for a while): busy, never "damaged".
        const int code = sqlite3_errcode(ro.db) & 0xFF;
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            return makeError(ErrorCode::Database, Database::tr("The database is busy in another window or program. Nothing was saved; try again in a moment."));
        return unreadable(corrupt(path));
    }
    if (appId == 0 && userVersion == 0) {
        if (!ro.intValue("SELECT count(*) FROM sqlite_master", &objects))
            return unreadable(corrupt(path));
        if (objects == 0)
            return FileState::Blank;
    }
    if (quint32(appId) != Database::kApplicationId)
        return unreadable(notOurs(path));
    if (userVersion > latestSchemaVersion)
        return makeError(ErrorCode::TooNew,
                         Database::tr("%1 was written by a newer version of Tamkeen. Update Tamkeen on this computer "
                                      "to open it; the file was not changed.")
                             .arg(shown(path)));
    // A plain file (an earlier version's) that a migration will write to, and
    // then encrypt, is checked whole first: nothing is written to a damaged one.
    if (!encrypted && userVersion < latestSchemaVersion) {
        sqlite3_stmt *stmt = nullptr;
        const bool ok = sqlite3_prepare_v2(ro.db, "PRAGMA quick_check", -1, &stmt, nullptr) == SQLITE_OK
                        && sqlite3_step(stmt) == SQLITE_ROW
                        && qstrcmp(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)), "ok") == 0;
        sqlite3_finalize(stmt);
        if (!ok)
            return unreadable(corrupt(path));
    }
    // Otherwise no quick_check here: it reads every page, which made opening cost as much
    // as the file is large (2.6 times as much once encrypted, seconds at a
    // million households). A file copied only partly is refused above (SQLite
    // checks the page count in its header against the file's size); a page
    // damaged inside is refused when it is read (an encrypted page is
    // authenticated, a plain one checked by SQLite as it reads it), and the
    // window checks the whole file on a worker thread (checkWholeFile).
    return FileState::Tamkeen;
}

Status checkWholeFile(const QString &path, const std::atomic_bool *cancel)
{
    ReadOnly ro;
    const QByteArray native = QFile::encodeName(QFileInfo(path).absoluteFilePath());
    if (sqlite3_open_v2(native.constData(), &ro.db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return makeError(ErrorCode::Io, Database::tr("%1 cannot be read: %2").arg(shown(path), QString::fromUtf8(sqlite3_errmsg(ro.db))));
    sqlite3_busy_timeout(ro.db, 5000);
    if (cancel)
        sqlite3_progress_handler(
            ro.db, 10000, [](void *flag) { return static_cast<const std::atomic_bool *>(flag)->load() ? 1 : 0; },
            const_cast<std::atomic_bool *>(cancel));
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(ro.db, "PRAGMA quick_check", -1, &stmt, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(stmt);
    const bool ok = rc == SQLITE_ROW && qstrcmp(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)), "ok") == 0;
    sqlite3_finalize(stmt);
    if (ok)
        return {};
    if ((rc & 0xFF) == SQLITE_INTERRUPT)
        return makeError(ErrorCode::Database, Database::tr("The check of the database was stopped."));
    // Busy for longer than the timeout (a long write elsewhere) is not damage: try another time.
    if ((rc & 0xFF) == SQLITE_BUSY || (rc & 0xFF) == SQLITE_LOCKED)
        return makeError(ErrorCode::Database, Database::tr("The database is busy in another window or program. Nothing was saved; try again in a moment."));
    return makeError(ErrorCode::Corrupt,
                     Database::tr("Part of %1 is damaged (a fault of the disk, or a copy that was cut short). "
                                  "Close Tamkeen, keep a copy of the file, and restore it from the latest backup "
                                  "or an export.")
                         .arg(shown(path)));
}

// Here rather than in Database.cpp: it is the look before opening.
bool Database::willEncryptAtOpen(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    crypt::ensureVfs();
    if (!crypt::EncryptedFile::encryptNewFiles() || crypt::EncryptedFile::stateOf(absolute) != crypt::EncryptedFile::State::Plain)
        return false;
    // Our header is enough to choose the path; the full look (and, for a file
    // to migrate, quick_check: seconds on a large one) runs in the open itself,
    // on the worker, which refuses a damaged file there.
    QFile file(absolute);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(100);
    return header.size() == 100 && header.startsWith(QByteArrayLiteral("SQLite format 3\0"))
           && headerApplicationId(header) == kApplicationId;
}

} // namespace tamkeen::storage
