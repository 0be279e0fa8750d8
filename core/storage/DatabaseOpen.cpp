// Opening a database file (Database.h): the encryption's state, a file
// set aside or refused, a new file made, the connection and its pragmas, the
// migrations, and this installation's identity. Statements and transactions
// on an open connection are Database.cpp's.
#include "storage/Database.h"
#include "storage/SqliteIdentity.h"

#include "storage/CaptureFunctions.h"
#include "storage/CaptureTriggers.h"
#include "storage/FileCheck.h"
#include "storage/Migrations.h"
#include "storage/crypt/CryptFormat.h"
#include "storage/crypt/CryptVfs.h"
#include "storage/crypt/EncryptedFile.h"
#include "security/FileKeys.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace tamkeen::storage {

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    return openAtVersion(path, latestSchemaVersion());
}

Result<std::unique_ptr<Database>> Database::openAtVersion(const QString &path, int version)
{
    return openFile(path, version, true);
}

Result<std::unique_ptr<Database>> Database::openFile(const QString &path, int version, bool convertPlain)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    crypt::ensureVfs();
    using crypt::EncryptedFile;
    if (Status s = EncryptedFile::recover(absolute, &security::FileKeys::slotCount); !s)
        return s.error();
    EncryptedFile::State state = EncryptedFile::stateOf(absolute);
    if (state == EncryptedFile::State::Locked || state == EncryptedFile::State::Encrypted) {
        // The slots are counted (another read of the 1 MiB header) only where they decide something.
        const bool cutShort = QFileInfo(absolute).size() <= crypt::kHeaderSize;
        const int slotCount = state == EncryptedFile::State::Locked || cutShort ? security::FileKeys::slotCount(absolute) : 1;
        if (state == EncryptedFile::State::Locked && slotCount == 0) {
            // Made, but setup never finished (cancelled, a crash): no key
            // slot, so nobody can open it. Set aside, not removed; setup again.
            const QString aside = absolute + u".unfinished"_s;
            QFile::remove(aside);
            if (!QFile::rename(absolute, aside))
                return lockedError(absolute);
            state = EncryptedFile::State::Missing;
        } else if (slotCount > 0 && cutShort) {
            // Key slots but not one page: the file was cut short.
            return makeError(ErrorCode::Corrupt, tr("The database file is damaged. Restore it from a backup or an export."));
        } else if (state == EncryptedFile::State::Locked) {
            return lockedError(absolute);
        }
    }
    auto check = checkExistingFile(absolute, latestSchemaVersion());
    if (!check)
        return check.error();
    if (check.value() == FileState::Missing) {
        const QDir dir = QFileInfo(absolute).absoluteDir();
        if (!dir.exists() && !QDir().mkpath(dir.absolutePath()))
            return makeError(ErrorCode::Io, tr("The folder %1 could not be created.").arg(QChar(0x2066) + QDir::toNativeSeparators(dir.absolutePath()) + QChar(0x2069)));
        if (EncryptedFile::encryptNewFiles())
            if (auto made = EncryptedFile::create(absolute); !made)
                return made.error();
    }
    std::unique_ptr<Database> db(new Database(absolute));
    if (Status s = db->openConnection(false); !s)
        return s.error();
    if (Status s = db->configure(); !s)
        return s.error();
    if (Status s = db->migrate(version); !s)
        return s.error();
    if (Status s = db->loadIdentity(); !s)
        return s.error();
    if (Status s = db->resumeRowNotes(); !s)
        return s.error();
    if (convertPlain && state == EncryptedFile::State::Plain && EncryptedFile::encryptNewFiles()
        && version == latestSchemaVersion()) {
        // A file from a version before encryption, now migrated: encrypted in
        // its place, once, with a slot for each of its users.
        db.reset();
        const Status converted =
            EncryptedFile::convert(absolute, [](::sqlite3 *copy) { return security::FileKeys::writeSlots(copy); });
        if (!converted && converted.error().code != ErrorCode::PermissionDenied)
            return converted.error();
        if (!converted) // no account with a key yet (a blank file): it stays plain until one has
            qCWarning(lcStorage) << converted.error().message;
        auto reopened = openFile(absolute, version, false);
        if (reopened && converted)
            reopened.value()->m_encryptedAtOpen = true;
        return reopened;
    }
    if (state != EncryptedFile::State::Plain && state != EncryptedFile::State::Missing)
        if (Status s = security::FileKeys::refreshSlots(*db); !s) // slots a crash left behind catch up
            qCWarning(lcStorage) << "key slots not refreshed:" << s.error().message;
    return db;
}

Error Database::lockedError(const QString &path)
{
    return makeError(ErrorCode::PermissionDenied,
                     tr("The database %1 is encrypted: log in to open it.")
                         .arg(QChar(0x2066) + QDir::toNativeSeparators(path) + QChar(0x2069)));
}

Result<std::unique_ptr<Database>> Database::openAnother(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo(absolute).isFile())
        return makeError(ErrorCode::Io, tr("The database %1 is no longer there.")
                                            .arg(QChar(0x2066) + QDir::toNativeSeparators(absolute) + QChar(0x2069)));
    crypt::ensureVfs();
    if (crypt::EncryptedFile::stateOf(absolute) == crypt::EncryptedFile::State::Locked)
        return lockedError(absolute);
    std::unique_ptr<Database> db(new Database(absolute));
    if (Status s = db->openConnection(false); !s)
        return s.error();
    if (Status s = db->configure(); !s)
        return s.error();
    if (db->schemaVersion() != latestSchemaVersion())
        return makeError(ErrorCode::Database, tr("The database %1 changed while it was open; open it again.")
                                                  .arg(QChar(0x2066) + QDir::toNativeSeparators(absolute) + QChar(0x2069)));
    if (Status s = db->loadIdentity(); !s)
        return s.error();
    if (Status s = db->resumeRowNotes(); !s)
        return s.error();
    return db;
}

Status Database::openConnection(bool readOnly)
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (!m_db.isValid())
        return makeError(ErrorCode::Database, tr("The SQLite driver for Qt is not installed (package libqt6sql6-sqlite)."));
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(readOnly ? u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s : u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!sqliteIdentity::watch())
        return makeError(ErrorCode::Database, tr("SQLite could not be set up to open the database (out of memory?)."));
    sqliteIdentity::expect();
    if (!m_db.open())
        return errorFor(m_db.lastError());
    // Before any call of our SQLite on the plugin's handle: the plugin opened it with our library.
    if (!sqliteIdentity::openedHere(rawHandle(m_db))) {
        m_db.close();
        return makeError(ErrorCode::Database,
                         tr("Qt's SQLite driver carries its own copy of SQLite, not the library Tamkeen uses: "
                            "Tamkeen cannot run on two SQLite libraries at once. Install Qt's SQLite driver built "
                            "against the system SQLite (docs/architecture.md)."));
    }
    if (sqlite3 *raw = rawHandle(m_db); raw && crypt::modeOf(raw) == crypt::FileMode::Encrypted) {
        // Room at the end of every page for its nonce and tag, from the first page SQLite writes.
        int reserve = crypt::kReserve;
        sqlite3_file_control(raw, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
    }
    if (sqlite3 *raw = rawHandle(m_db); raw && !readOnly) {
        m_checkpointer = Checkpointer::forFile(m_path);
        m_checkpointer->attach(raw);
    }
    return registerCaptureFunctions(m_db, m_capture.get());
}

Status Database::configure()
{
    // WAL lets a reader (a report) run beside a writer; FULL sync makes every
    // committed record survive a power cut, which laptops in the field do see.
    // A 32 MiB page cache (SQLite's default is 2 MiB): the change log and the
    // search index make every write touch more pages than the row alone. A
    // log that grew large while checkpoints ran behind (Checkpointer.h) is
    // cut back to 64 MiB when it starts again.
    return execScript(u"PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; "
                      "PRAGMA cache_size = -32768; PRAGMA journal_size_limit = 67108864;"_s);
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Status Database::migrate(int targetVersion)
{
    const int current = schemaVersion();
    if (current >= targetVersion)
        return {};
    return transaction([&]() -> Status {
        for (const Migration &m : migrations()) {
            if (m.version <= current || m.version > targetVersion)
                continue;
            qCDebug(lcStorage) << "migrating" << m_path << "to version" << m.version << m.title;
            if (Status s = m.apply(*this); !s)
                return s;
        }
        if (Status s = installCaptureTriggers(*this); !s)
            return s;
        // PRAGMA takes no bound values; both numbers are ours, not user input.
        return execScript(u"PRAGMA application_id = %1; PRAGMA user_version = %2;"_s.arg(kApplicationId).arg(targetVersion));
    });
}

Status Database::loadIdentity()
{
    if (schemaVersion() < 1)
        return {};
    auto id = scalar(u"SELECT value FROM local_state WHERE key = 'device_id'"_s);
    if (!id)
        return id.error();
    m_capture->deviceId = id.value().toByteArray();
    return reloadClockState();
}

} // namespace tamkeen::storage
