#include "storage/crypt/EncryptedFile.h"

#include "storage/crypt/CryptFormat.h"
#include "storage/crypt/CryptVfs.h"
#include "storage/FileSafety.h"
#include "storage/RawConnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <atomic>
#include <sodium.h>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace tamkeen::storage::crypt {

namespace {

using Raw = RawConnection;

std::atomic<bool> g_encryptNew{true};

Error ioError(const QString &message) { return makeError(ErrorCode::Io, message); }

} // namespace

void EncryptedFile::setEncryptNewFiles(bool encrypt) { g_encryptNew = encrypt; }
bool EncryptedFile::encryptNewFiles() { return g_encryptNew; }

EncryptedFile::State EncryptedFile::stateOf(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return State::Missing;
    ensureVfs();
    Raw raw(path, SQLITE_OPEN_READONLY);
    if (!raw.ok())
        return State::Plain; // SQLite's own refusal follows when it is opened
    switch (modeOf(raw.db())) {
    case FileMode::Encrypted:
        return State::Encrypted;
    case FileMode::Locked:
        return State::Locked;
    case FileMode::Plain:
        break;
    }
    return State::Plain;
}

Result<QByteArray> EncryptedFile::create(const QString &path)
{
    ensureVfs();
    QByteArray key(kKeyBytes, '\0'), fileId(kFileIdBytes, '\0');
    randombytes_buf(key.data(), size_t(key.size()));
    randombytes_buf(fileId.data(), size_t(fileId.size()));
    QFile f(path);
    if (!f.open(QIODevice::NewOnly | QIODevice::WriteOnly))
        return ioError(tr("The database %1 could not be created: %2").arg(shownPath(path), f.errorString()));
    // Owner only: other accounts on the laptop have no business with it.
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const Cipher cipher = preferredCipher();
    const QByteArray header = makeHeader(fileId, key, cipher);
    // The slot areas are left as zeros (no slot yet): the file grows to the
    // header's size so that SQLite's first page starts where the VFS expects it.
    if (f.write(header) != header.size() || !f.resize(kHeaderSize) || !f.flush()) {
        f.close();
        QFile::remove(path);
        return ioError(tr("The database %1 could not be created: %2").arg(shownPath(path), f.errorString()));
    }
    f.close();
    const bool added = addKey(fileId, key, cipher);
    sodium_memzero(key.data(), size_t(key.size()));
    if (!added) { // not expected: the preferred cipher is one this processor runs
        QFile::remove(path);
        return ioError(tr("The database %1 could not be created: its cipher is not available.").arg(shownPath(path)));
    }
    return fileId;
}

Status EncryptedFile::convert(const QString &path, const SlotWriter &writeSlots)
{
    ensureVfs();
    const QString target = convertingPath(path);
    if (QFileInfo::exists(target) && !QFile::remove(target))
        return ioError(tr("%1 is in the way and could not be removed.").arg(shownPath(target)));
    Raw source(path, SQLITE_OPEN_READWRITE);
    if (!source.ok())
        return ioError(tr("The database %1 could not be opened to encrypt it: %2").arg(shownPath(path), source.error()));
    // Nobody else writes to the plain file from here until it has stepped
    // aside: its lock is held until this connection closes.
    const auto inUse = [&] {
        return ioError(tr("The database %1 is in use by another program; close it and try again.").arg(shownPath(path)));
    };
    if (source.exec("PRAGMA locking_mode = EXCLUSIVE") != SQLITE_OK || source.exec("BEGIN IMMEDIATE; COMMIT") != SQLITE_OK)
        return inUse();
    // Everything in the write-ahead log goes into the file first: the copy reads the file.
    sqlite3_stmt *stmt = nullptr;
    bool checkpointed = sqlite3_prepare_v2(source.db(), "PRAGMA wal_checkpoint(TRUNCATE)", -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_int(stmt, 0) == 0;
    sqlite3_finalize(stmt);
    if (!checkpointed)
        return inUse();
    auto made = create(target);
    if (!made)
        return made.error();
    // Pages of the size the seal expects, with room at their end for it.
    // (The page size first: setting it forgets the reserve asked for before.)
    source.exec("PRAGMA page_size = 4096; PRAGMA synchronous = FULL");
    int reserve = kReserve;
    sqlite3_file_control(source.db(), "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
    char *vacuum = sqlite3_mprintf("VACUUM INTO %Q", QDir::toNativeSeparators(QFileInfo(target).absoluteFilePath()).toUtf8().constData());
    const int rc = source.exec(vacuum);
    sqlite3_free(vacuum);
    if (rc != SQLITE_OK) {
        const Error e = (rc & 0xFF) == SQLITE_FULL
            ? ioError(tr("The disk is full: the database could not be encrypted. Nothing was changed; free "
                         "some space and start again."))
            : ioError(tr("The database %1 could not be encrypted: %2").arg(shownPath(path), source.error()));
        QFile::remove(target);
        return e;
    }
    {
        // The copy reads back whole, and has its key slots before it takes the
        // database's name: a file nobody could open never replaces one.
        Raw copy(target, SQLITE_OPEN_READWRITE);
        const bool ok = copy.ok() && copy.quickCheck();
        if (!ok) {
            QFile::remove(target);
            return ioError(tr("The encrypted copy of %1 did not read back whole; the database was left as it was.")
                               .arg(shownPath(path)));
        }
        auto written = writeSlots(copy.db());
        if (!written || written.value() == 0) {
            QFile::remove(target);
            if (!written)
                return written.error();
            return makeError(ErrorCode::PermissionDenied,
                             tr("The database %1 was not encrypted: none of its accounts has a key to open it with. "
                                "An administrator resets a password, then Tamkeen encrypts it.")
                                 .arg(shownPath(path)));
        }
    }
    // The plain file steps aside before the encrypted one takes its name: at
    // every moment one whole copy has a known name (recover() finishes).
    const QString plain = plainPath(path);
    if (QFileInfo::exists(plain))
        wipeFile(plain);
    if (!QFile::rename(path, plain))
        return ioError(tr("The database %1 could not be replaced by its encrypted copy.").arg(shownPath(path)));
    if (!QFile::rename(target, path)) {
        QFile::rename(plain, path);
        return ioError(tr("The database %1 could not be replaced by its encrypted copy.").arg(shownPath(path)));
    }
    syncFolderOf(path); // the renames reach the disk before the plain bytes are overwritten
    return {};
}

Status EncryptedFile::recover(const QString &path, const SlotCounter &slotCount)
{
    const QString target = convertingPath(path);
    const QString plain = plainPath(path);
    const bool hasMain = QFileInfo::exists(path);
    if (!hasMain && QFileInfo::exists(plain)) {
        // Cut between the two renames: the encrypted copy was complete (it is
        // renamed only after its check), else the plain one goes back.
        if (QFileInfo::exists(target) && QFile::rename(target, path))
            return recover(path, slotCount);
        if (!QFile::rename(plain, path))
            return ioError(tr("The database %1 could not be put back after an interrupted encryption.").arg(shownPath(path)));
        return {};
    }
    if (hasMain && QFileInfo::exists(target))
        QFile::remove(target); // an encryption that did not finish: it starts again
    // The plain copy goes only once the encrypted file has a key slot to open it by.
    if (hasMain && QFileInfo::exists(plain) && stateOf(path) != State::Plain && slotCount && slotCount(path) > 0) {
        for (const QString &side : {plain, plain + u"-wal"_s, plain + u"-shm"_s, plain + u"-journal"_s})
            if (!wipeFile(side))
                return ioError(tr("The unencrypted copy %1 could not be removed; remove it by hand.").arg(shownPath(side)));
    }
    return {};
}

} // namespace tamkeen::storage::crypt
