#include "storage/Backup.h"

#include "security/FileKeys.h"
#include "storage/Database.h"
#include "storage/FileSafety.h"
#include "storage/RawConnection.h"
#include "storage/crypt/CryptFormat.h"
#include "storage/crypt/CryptVfs.h"
#include "storage/crypt/EncryptedFile.h"
#include "storage/crypt/PageCheck.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <optional>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

namespace {

using crypt::EncryptedFile;

Error ioError(const QString &message) { return makeError(ErrorCode::Io, message); }

// The backup API's answer as a sentence about the backup at `out`.
Error copyError(int rc, const QString &out, const QString &detail)
{
    switch (rc & 0xFF) {
    case SQLITE_FULL:
        return ioError(Backup::tr("The disk is full: the backup %1 was not made. Free some space or choose another "
                                  "disk or USB stick.")
                           .arg(shownPath(out)));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return makeError(ErrorCode::Database, Backup::tr("The database is busy in another window or program; the "
                                                         "backup was not made. Try again in a moment."));
    default:
        if (rc == crypt::damagedCode() || (rc & 0xFF) == SQLITE_CORRUPT || (rc & 0xFF) == SQLITE_NOTADB)
            return makeError(ErrorCode::Corrupt, Backup::tr("The database is damaged: the backup %1 was not made. "
                                                            "Keep the earlier backups.")
                                                     .arg(shownPath(out)));
        return ioError(Backup::tr("The backup %1 was not made: %2").arg(shownPath(out), detail));
    }
}

// Every page of `source` into `dest`, in one step: one snapshot of the source
// and one transaction on the destination.
int copyPages(sqlite3 *dest, sqlite3 *source)
{
    sqlite3_backup *backup = sqlite3_backup_init(dest, "main", source, "main");
    if (!backup)
        return sqlite3_extended_errcode(dest);
    const int rc = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    return rc == SQLITE_DONE ? finished : rc;
}

bool isEncrypted(sqlite3 *db) { return crypt::modeOf(db) == crypt::FileMode::Encrypted; }

// The key the backup was made with stays in memory only while it is made.
class KeyOfCopy {
public:
    ~KeyOfCopy()
    {
        if (!fileId.isEmpty())
            crypt::forgetKey(fileId);
    }
    QByteArray fileId;
};

} // namespace

Status Backup::write(Database &db, const QString &out)
{
    ::sqlite3 *raw = Database::rawHandle(db.connection());
    if (!raw)
        return makeError(ErrorCode::Database, tr("The database is not open."));
    return write(raw, out);
}

Status Backup::write(::sqlite3 *source, const QString &out)
{
    crypt::ensureVfs();
    if (QFileInfo::exists(out))
        return ioError(tr("%1 is already there; a backup never replaces a file. Choose another name.").arg(shownPath(out)));
    const QString part = partPath(out);
    // What a crash left of an earlier attempt goes first, its side files too.
    const auto removePart = [&] {
        bool gone = QFile::remove(part) || !QFileInfo::exists(part);
        for (const char *side : {"-wal", "-shm", "-journal"})
            gone = (QFile::remove(part + QLatin1String(side)) || !QFileInfo::exists(part + QLatin1String(side))) && gone;
        return gone;
    };
    if (!removePart())
        return ioError(tr("%1 is in the way and could not be removed.").arg(shownPath(part)));
    const bool encrypted = isEncrypted(source);
    KeyOfCopy key;
    if (encrypted) {
        // A key of its own: a page of the backup means nothing in the database.
        auto made = EncryptedFile::create(part); // owner-only from the start
        if (!made)
            return made.error();
        key.fileId = made.value();
    } else {
        QFile empty(part);
        if (!empty.open(QIODevice::NewOnly | QIODevice::WriteOnly))
            return ioError(tr("The backup %1 could not be created: %2").arg(shownPath(out), empty.errorString()));
        empty.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    // Each step's failure, once its connection is closed (Windows removes no open file).
    std::optional<Error> failed;
    {
        RawConnection dest(part, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        if (!dest.ok()) {
            failed = ioError(tr("The backup %1 could not be created: %2").arg(shownPath(out), dest.error()));
        } else {
            if (encrypted) {
                // Room at the end of each page for its seal, as in the database.
                dest.exec("PRAGMA page_size = 4096");
                int reserve = crypt::kReserve;
                sqlite3_file_control(dest.db(), "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
                crypt::writeBehind(dest.db()); // sealed on a second core while this one copies
            }
            if (const int rc = copyPages(dest.db(), source); rc != SQLITE_OK)
                failed = copyError(rc, out, dest.error());
        }
    }
    if (!failed) {
        // In one file (no write-ahead log beside it), with its key slots, and
        // read back whole before it takes its name.
        RawConnection check(part, SQLITE_OPEN_READWRITE);
        const bool readBack = check.ok() && check.exec("PRAGMA journal_mode = DELETE") == SQLITE_OK
            && (encrypted || check.quickCheck());
        if (readBack && encrypted) {
            auto written = security::FileKeys::writeSlots(check.db());
            if (!written)
                failed = written.error();
            else if (written.value() == 0)
                failed = makeError(ErrorCode::PermissionDenied,
                                   tr("The backup %1 was not kept: no account of the database has a key to open it with.")
                                       .arg(shownPath(out)));
        }
        check.close();
        // An encrypted copy is read back by its seals, which a changed bit
        // fails, on two cores; its b-trees are the source's, checked again
        // before any restore.
        if (!failed && (!readBack || (encrypted && !crypt::allPagesOpen(part))))
            failed = ioError(tr("The backup %1 did not read back whole; it was not kept. Check the disk and try again.")
                                 .arg(shownPath(out)));
    }
    const auto fail = [&](const Error &e) -> Status {
        removePart();
        return e;
    };
    if (failed)
        return fail(*failed);
    makeOwnerOnly(part);
    if (!syncFile(part))
        return fail(ioError(tr("The backup %1 could not be written to the disk.").arg(shownPath(out))));
    // rename() never replaces an existing file: one made meanwhile is kept.
    if (!QFile::rename(part, out))
        return fail(ioError(tr("The backup %1 could not be given its name.").arg(shownPath(out))));
    syncFolderOf(out);
    return {};
}

Result<QString> Backup::restore(const QString &from, const QString &target)
{
    crypt::ensureVfs();
    if (!QFileInfo(from).isFile())
        return ioError(tr("The backup %1 is not there.").arg(shownPath(from)));
    if (EncryptedFile::stateOf(from) == EncryptedFile::State::Locked)
        return Database::lockedError(from);
    RawConnection backup(from, SQLITE_OPEN_READONLY);
    int rc = backup.ok() ? SQLITE_OK : SQLITE_NOTADB;
    const auto intValue = [&](const char *sql) {
        sqlite3_stmt *stmt = nullptr;
        qint64 v = -1;
        if (rc == SQLITE_OK && (rc = sqlite3_prepare_v2(backup.db(), sql, -1, &stmt, nullptr)) == SQLITE_OK) {
            if ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
                v = sqlite3_column_int64(stmt, 0);
                rc = SQLITE_OK;
            }
        }
        sqlite3_finalize(stmt);
        return v;
    };
    const auto damaged = [&] {
        return makeError(ErrorCode::Corrupt, tr("The backup %1 is damaged (it may have been copied only partly). "
                                                "Nothing was changed; use another backup.")
                                                 .arg(shownPath(from)));
    };
    const qint64 applicationId = intValue("PRAGMA application_id");
    if (rc != SQLITE_OK && (rc & 0xFF) != SQLITE_NOTADB)
        return damaged(); // a Tamkeen file whose pages do not read
    if (applicationId != Database::kApplicationId)
        return makeError(ErrorCode::NotTamkeenFile,
                         tr("%1 is not a Tamkeen backup. Nothing was changed.").arg(shownPath(from)));
    if (intValue("PRAGMA user_version") > Database::latestSchemaVersion())
        return makeError(ErrorCode::TooNew, tr("The backup %1 was made by a newer version of Tamkeen. Update "
                                                     "Tamkeen on this computer first; nothing was changed.")
                                                      .arg(shownPath(from)));
    if (!backup.quickCheck())
        return damaged();
    if (!QFileInfo::exists(target)) {
        if (Status s = write(backup.db(), target); !s)
            return s.error();
        return QString();
    }
    if (EncryptedFile::stateOf(target) == EncryptedFile::State::Locked)
        return Database::lockedError(target);
    RawConnection current(target, SQLITE_OPEN_READWRITE);
    if (!current.ok())
        return ioError(tr("The database %1 could not be opened: %2").arg(shownPath(target), current.error()));
    if (isEncrypted(current.db()) != isEncrypted(backup.db()))
        // The pages would not have room for their seals, or would keep it empty.
        return makeError(ErrorCode::Database, tr("The backup %1 and the database %2 are not both encrypted. Restore "
                                                 "it under a new name, open that, and use it instead.")
                                                  .arg(shownPath(from), shownPath(target)));
    // Nobody else writes from here until it is replaced: what is kept aside
    // is exactly what is overwritten (the lock lasts until this connection closes).
    if (current.exec("PRAGMA locking_mode = EXCLUSIVE") != SQLITE_OK || current.exec("BEGIN IMMEDIATE; COMMIT") != SQLITE_OK)
        return makeError(ErrorCode::Database, tr("The database %1 is in use by another program; close Tamkeen "
                                                 "and try again. Nothing was changed.")
                                                  .arg(shownPath(target)));
    // What is there now is kept, as a backup of its own, before it is replaced.
    const QString aside =
        target + u".before-restore-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    if (Status s = write(current.db(), aside); !s)
        return s.error();
    if (const int rc = copyPages(current.db(), backup.db()); rc != SQLITE_OK) {
        if ((rc & 0xFF) == SQLITE_BUSY || (rc & 0xFF) == SQLITE_LOCKED)
            return makeError(ErrorCode::Database, tr("The database %1 is in use by another program; close Tamkeen "
                                                     "and try again. Nothing was changed.")
                                                      .arg(shownPath(target)));
        return copyError(rc, target, current.error());
    }
    return aside;
}

} // namespace tamkeen::storage
