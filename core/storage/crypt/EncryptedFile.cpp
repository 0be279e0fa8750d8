#include "storage/crypt/EncryptedFile.h"

#include "storage/crypt/CryptFormat.h"
#include "storage/crypt/CryptVfs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <atomic>
#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif
#include <sodium.h>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace tamkeen::storage::crypt {

namespace {

std::atomic<bool> g_encryptNew{true};

QByteArray native(const QString &path) { return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()).toUtf8(); }

QString shown(const QString &path) { return QChar(0x2066) + QDir::toNativeSeparators(path) + QChar(0x2069); }

// A connection for the conversion's own statements.
class Raw {
public:
    explicit Raw(const QString &path, int flags)
    {
        m_rc = sqlite3_open_v2(native(path).constData(), &m_db, flags, nullptr);
    }
    ~Raw() { sqlite3_close(m_db); }
    bool ok() const { return m_rc == SQLITE_OK; }
    sqlite3 *db() const { return m_db; }
    int exec(const char *sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr); }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

private:
    sqlite3 *m_db = nullptr;
    int m_rc = SQLITE_ERROR;
};

// Overwrites the file with zeros before removing it, so that the plain
// bytes do not stay in its blocks (best effort: a flash drive may keep copies).
bool wipe(const QString &path)
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

Error ioError(const QString &message) { return makeError(ErrorCode::Io, message); }

// Makes the renames in the file's folder durable (POSIX: fsync of the
// folder); Windows journals them itself.
void syncDirectory(const QString &path)
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
        return ioError(tr("The database %1 could not be created: %2").arg(shown(path), f.errorString()));
    // Owner only: other accounts on the laptop have no business with it.
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray header = makeHeader(fileId, key);
    // The slot areas are left as zeros (no slot yet): the file grows to the
    // header's size so that SQLite's first page starts where the VFS expects it.
    if (f.write(header) != header.size() || !f.resize(kHeaderSize) || !f.flush()) {
        f.close();
        QFile::remove(path);
        return ioError(tr("The database %1 could not be created: %2").arg(shown(path), f.errorString()));
    }
    f.close();
    addKey(fileId, key);
    sodium_memzero(key.data(), size_t(key.size()));
    return fileId;
}

Status EncryptedFile::convert(const QString &path, const SlotWriter &writeSlots)
{
    ensureVfs();
    const QString target = convertingPath(path);
    if (QFileInfo::exists(target) && !QFile::remove(target))
        return ioError(tr("%1 is in the way and could not be removed.").arg(shown(target)));
    Raw source(path, SQLITE_OPEN_READWRITE);
    if (!source.ok())
        return ioError(tr("The database %1 could not be opened to encrypt it: %2").arg(shown(path), source.error()));
    // Nobody else writes to the plain file from here until it has stepped
    // aside: its lock is held until this connection closes.
    const auto inUse = [&] {
        return ioError(tr("The database %1 is in use by another program; close it and try again.").arg(shown(path)));
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
    char *vacuum = sqlite3_mprintf("VACUUM INTO %Q", native(target).constData());
    const int rc = source.exec(vacuum);
    sqlite3_free(vacuum);
    if (rc != SQLITE_OK) {
        const Error e = (rc & 0xFF) == SQLITE_FULL
            ? ioError(tr("The disk is full: the database could not be encrypted. Nothing was changed; free "
                         "some space and start again."))
            : ioError(tr("The database %1 could not be encrypted: %2").arg(shown(path), source.error()));
        QFile::remove(target);
        return e;
    }
    {
        // The copy reads back whole, and has its key slots before it takes the
        // database's name: a file nobody could open never replaces one.
        Raw copy(target, SQLITE_OPEN_READWRITE);
        sqlite3_stmt *check = nullptr;
        bool ok = copy.ok() && sqlite3_prepare_v2(copy.db(), "PRAGMA quick_check", -1, &check, nullptr) == SQLITE_OK
            && sqlite3_step(check) == SQLITE_ROW
            && qstrcmp(reinterpret_cast<const char *>(sqlite3_column_text(check, 0)), "ok") == 0;
        sqlite3_finalize(check);
        if (!ok) {
            QFile::remove(target);
            return ioError(tr("The encrypted copy of %1 did not read back whole; the database was left as it was.")
                               .arg(shown(path)));
        }
        auto written = writeSlots(copy.db());
        if (!written || written.value() == 0) {
            QFile::remove(target);
            if (!written)
                return written.error();
            return makeError(ErrorCode::PermissionDenied,
                             tr("The database %1 was not encrypted: none of its accounts has a key to open it with. "
                                "An administrator resets a password, then Tamkeen encrypts it.")
                                 .arg(shown(path)));
        }
    }
    // The plain file steps aside before the encrypted one takes its name: at
    // every moment one whole copy has a known name (recover() finishes).
    const QString plain = plainPath(path);
    if (QFileInfo::exists(plain))
        wipe(plain);
    if (!QFile::rename(path, plain))
        return ioError(tr("The database %1 could not be replaced by its encrypted copy.").arg(shown(path)));
    if (!QFile::rename(target, path)) {
        QFile::rename(plain, path);
        return ioError(tr("The database %1 could not be replaced by its encrypted copy.").arg(shown(path)));
    }
    syncDirectory(path); // the renames reach the disk before the plain bytes are overwritten
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
            return ioError(tr("The database %1 could not be put back after an interrupted encryption.").arg(shown(path)));
        return {};
    }
    if (hasMain && QFileInfo::exists(target))
        QFile::remove(target); // an encryption that did not finish: it starts again
    // The plain copy goes only once the encrypted file has a key slot to open it by.
    if (hasMain && QFileInfo::exists(plain) && stateOf(path) != State::Plain && slotCount && slotCount(path) > 0) {
        for (const QString &side : {plain, plain + u"-wal"_s, plain + u"-shm"_s, plain + u"-journal"_s})
            if (!wipe(side))
                return ioError(tr("The unencrypted copy %1 could not be removed; remove it by hand.").arg(shown(side)));
    }
    return {};
}

} // namespace tamkeen::storage::crypt
