#include "storage/Database.h"
#include "storage/RowNotes.h"

#include "storage/CaptureFunctions.h"
#include "storage/CaptureTriggers.h"
#include "storage/Migrations.h"
#include "storage/crypt/CryptVfs.h"
#include "security/FileKeys.h"

#include <QAtomicInt>
#include <QDir>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <limits>
#include <utility>
#include <sodium.h>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStorage, "tamkeen.storage", QtInfoMsg)

namespace tamkeen::storage {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return u"tamkeen-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

Error sqliteError(int code, const QString &detail)
{
    // The encryption's own answers (storage/crypt): a page that does not open is damage.
    if (code == crypt::damagedCode())
        return makeError(ErrorCode::Corrupt,
                         Database::tr("The database file is damaged. Restore it from a backup or an export."));
    if (code == crypt::lockedCode())
        return makeError(ErrorCode::PermissionDenied, Database::tr("The database is encrypted: log in to open it."));
    switch (code & 0xFF) {
    case SQLITE_FULL:
        return makeError(ErrorCode::Io, Database::tr("The disk is full. Nothing was saved; free some space and try again."));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return makeError(ErrorCode::Database,
                         Database::tr("The database is busy in another window or program. Nothing was saved; try again in a moment."));
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return makeError(ErrorCode::Io, Database::tr("The database file cannot be written (it is read-only or on a protected drive)."));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return makeError(ErrorCode::Corrupt,
                         Database::tr("The database file is damaged. Restore it from a backup or an export."));
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        return makeError(ErrorCode::Io, Database::tr("The database file could not be read or written: %1").arg(detail));
    default:
        return makeError(ErrorCode::Database, Database::tr("A database operation failed: %1").arg(detail));
    }
}

} // namespace

sqlite3 *Database::rawHandle(const QSqlDatabase &db)
{
    const QVariant h = db.driver()->handle();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(h.constData());
}

int Database::latestSchemaVersion()
{
    return migrations().back().version;
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(u"tamkeen.sqlite"_s);
}

Database::Database(QString path)
    : m_path(std::move(path)), m_connectionName(nextConnectionName()), m_capture(std::make_unique<CaptureState>())
{
}

Database::~Database()
{
    m_rowNotes.reset(); // its hook goes before the connection
    forgetSigningKeys();
    if (m_checkpointer) {
        // Before the connection closes: a checkpoint under way finishes first,
        // so that closing the last connection can empty the log.
        if (sqlite3 *raw = rawHandle(m_db))
            Checkpointer::detach(raw);
        m_checkpointer.reset();
    }
    for (sqlite3_stmt *s : std::as_const(m_writes))
        sqlite3_finalize(s);
    m_writes.clear();
    m_statements.clear();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::setQueryOnly(bool on)
{
    if (auto q = exec(on ? u"PRAGMA query_only = 1"_s : u"PRAGMA query_only = 0"_s))
        q.value()->finish();
}

Status Database::reloadClockState()
{
    auto floor = scalar(u"SELECT value FROM local_state WHERE key = 'hlc_floor'"_s);
    if (!floor)
        return floor.error();
    m_capture->hlcFloor = std::max(m_capture->hlcFloor, quint64(floor.value().toULongLong()));
    auto cap = scalar(u"SELECT value FROM local_state WHERE key = 'clock_cap_days'"_s);
    if (!cap)
        return cap.error();
    bool valid = false;
    const int days = cap.value().toInt(&valid);
    m_clockCapDays = valid && days >= 1 && days <= 365 ? days : kDefaultClockCapDays;
    updateClockCeiling();
    return {};
}

// The ceiling is computed here, where this device's changes are stamped, from
// numbers stored with them: every copy then compares the same times.
void Database::updateClockCeiling()
{
    const quint64 floor = m_capture->hlcFloor;
    const quint64 span = HybridClock::fromMillis(qint64(m_clockCapDays) * 86'400'000);
    quint64 ceiling = 0; // none while this copy has not heard from another device
    if (floor != 0)
        ceiling = floor > std::numeric_limits<quint64>::max() - span ? std::numeric_limits<quint64>::max() : floor + span;
    m_capture->clock.setCeiling(ceiling);
}

int Database::clockCapDays() const { return m_clockCapDays; }

Status Database::setClockCapDays(int days)
{
    if (days < 1 || days > 365)
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("Database", "The number of days this computer's clock may run ahead "
                                                                 "must be from 1 to 365."),
                         u"clock_cap_days"_s);
    auto q = exec(u"INSERT INTO local_state(key, value) VALUES ('clock_cap_days', ?) "
                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s,
                  {days});
    if (!q)
        return q.error();
    m_clockCapDays = days;
    updateClockCeiling();
    return {};
}

QByteArray Database::deviceId() const { return m_capture->deviceId; }
void Database::setDeviceId(const QByteArray &id) { m_capture->deviceId = id; }
QByteArray Database::currentUser() const { return m_capture->userId; }
void Database::setCurrentUser(const QByteArray &userId) { m_capture->userId = userId; }
void Database::setSigningKey(const QByteArray &userId, const QByteArray &secretKey)
{
    if (auto it = m_signingKeys.find(userId); it != m_signingKeys.end()) {
        sodium_memzero(it->data(), size_t(it->size()));
        m_signingKeys.erase(it);
    }
    if (!secretKey.isEmpty())
        m_signingKeys.insert(userId, secretKey);
}

QByteArray Database::signingKey() const
{
    return m_signingKeys.value(m_capture->userId);
}

void Database::forgetSigningKeys()
{
    for (QByteArray &key : m_signingKeys)
        sodium_memzero(key.data(), size_t(key.size()));
    m_signingKeys.clear();
    setVaultKey({});
    for (auto &keys : m_clinicalKeys) // best effort, as for the vault key: copies shared elsewhere keep theirs
        for (QByteArray &key : keys)
            sodium_memzero(key.data(), size_t(key.size()));
    m_clinicalKeys.clear();
}

void Database::setClinicalKeys(const QByteArray &userId, const QHash<QByteArray, QByteArray> &keys)
{
    if (keys.isEmpty())
        m_clinicalKeys.remove(userId);
    else
        m_clinicalKeys.insert(userId, keys);
}

QHash<QByteArray, QByteArray> Database::allClinicalKeys() const
{
    QHash<QByteArray, QByteArray> all;
    for (const auto &keys : m_clinicalKeys)
        all.insert(keys);
    return all;
}

QHash<QByteArray, QByteArray> Database::clinicalKeys(const QByteArray &userId) const
{
    return m_clinicalKeys.value(userId);
}

void Database::setVaultKey(const QByteArray &key)
{
    if (!m_vaultKey.isEmpty() && !m_vaultKey.isSharedWith(key)) {
        m_vaultKey.detach();
        sodium_memzero(m_vaultKey.data(), size_t(m_vaultKey.size()));
    }
    m_vaultKey = key;
}

void Database::setCaptureEnabled(bool enabled) { m_capture->enabled = enabled; }
Database::BulkCache::BulkCache(Database &db, int kib, bool exactly) : m_db(db)
{
    auto previous = db.scalar(u"PRAGMA cache_size"_s);
    m_previous = previous ? previous.value().toInt() : -32768;
    if (exactly || (m_previous < 0 && -m_previous < kib))
        (void)db.execScript(u"PRAGMA cache_size = -%1"_s.arg(kib));
}

Database::BulkCache::~BulkCache()
{
    (void)m_db.execScript(u"PRAGMA cache_size = %1"_s.arg(m_previous));
}

Database::TriggersOff::TriggersOff(Database &db) : m_db(db)
{
    if (sqlite3 *raw = rawHandle(db.m_db)) {
        // -1 only reads the setting: the out value is the state after the call.
        sqlite3_db_config(raw, SQLITE_DBCONFIG_ENABLE_TRIGGER, -1, &m_previous);
        sqlite3_db_config(raw, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    }
}

Database::TriggersOff::~TriggersOff()
{
    if (sqlite3 *raw = rawHandle(m_db.m_db))
        sqlite3_db_config(raw, SQLITE_DBCONFIG_ENABLE_TRIGGER, m_previous, nullptr);
}

bool Database::captureEnabled() const { return m_capture->enabled; }
HybridClock &Database::clock() { return m_capture->clock; }

Status Database::raiseHlcFloor(quint64 hlc)
{
    if (hlc <= m_capture->hlcFloor)
        return {};
    auto q = exec(u"INSERT INTO local_state(key, value) VALUES ('hlc_floor', ?) "
                  "ON CONFLICT(key) DO UPDATE SET value = max(value, excluded.value)"_s,
                  {QVariant::fromValue(qint64(hlc))});
    if (!q)
        return q.error();
    m_capture->hlcFloor = hlc;
    updateClockCeiling();
    return {};
}

void Database::touched(const QString &table)
{
    if (m_transactionDepth > 0)
        m_touched.insert(table);
    else
        m_notifier.announce(Notifier::areaOf(table));
}

Status Database::atOneMoment(const std::function<Status()> &work)
{
    const bool own = !inTransaction() && !sqliteInTransaction();
    if (own)
        if (Status s = execScript(u"BEGIN"_s); !s)
            return s;
    Status result = work();
    if (own && m_rowNotes) { // reads, but a write in it is noted with it or not at all
        if (result && m_rowNotes->any())
            result = m_rowNotes->flush(*this);
        if (!result)
            m_rowNotes->forget();
    }
    if (own) {
        Status ended = execScript(result ? u"COMMIT"_s : u"ROLLBACK"_s);
        if (result && !ended)
            return ended;
    }
    return result;
}

Status Database::transaction(const std::function<Status()> &work)
{
    const bool outer = m_transactionDepth == 0;
    const quint64 floorBefore = m_capture->hlcFloor; // raised in memory by an import that may roll back
    const QString savepoint = u"sp%1"_s.arg(m_transactionDepth);
    const QSet<QString> touchedBefore = m_touched; // what a rollback of this savepoint keeps
    if (Status s = execScript(outer ? u"BEGIN IMMEDIATE"_s : u"SAVEPOINT "_s + savepoint); !s)
        return s;
    ++m_transactionDepth;
    Status result = work();
    --m_transactionDepth;
    if (result && outer && m_rowNotes && m_rowNotes->any())
        result = m_rowNotes->flush(*this); // in the transaction, with the writes it notes
    if (result) {
        result = execScript(outer ? u"COMMIT"_s : u"RELEASE "_s + savepoint);
        if (result) {
            if (outer) {
                const bool users = m_touched.contains(u"users"_s) || m_touched.contains(u"org_settings"_s);
                m_notifier.announce(Notifier::areasOf(std::exchange(m_touched, {})));
                // Who may open the file follows the users: a new account, a new
                // password, a deactivation (docs/encryption.md, "Key slots").
                if (users)
                    if (Status refreshed = security::FileKeys::refreshSlots(*this); !refreshed)
                        qCWarning(lcStorage) << "key slots not refreshed:" << refreshed.error().message;
            }
            return result;
        }
    }
    // Notes of rows rolled back are dropped before the ROLLBACK, which would
    // otherwise write them out as an autocommit statement's.
    if (outer && m_rowNotes)
        m_rowNotes->forget();
    // Reset cached statements first: an unfinished SELECT would block ROLLBACK.
    for (auto &[sql, q] : m_statements)
        q.finish();
    const Status rollback = execScript(outer ? u"ROLLBACK"_s : u"ROLLBACK TO "_s + savepoint + u"; RELEASE "_s + savepoint);
    if (!rollback)
        qCWarning(lcStorage) << "rollback failed:" << rollback.error().message;
    m_touched = touchedBefore;
    if (m_capture->hlcFloor != floorBefore) {
        m_capture->hlcFloor = floorBefore;
        updateClockCeiling();
    }
    return result;
}

void Database::finishStatements()
{
    for (auto &[sql, q] : m_statements)
        q.finish();
    for (::sqlite3_stmt *s : std::as_const(m_writes))
        sqlite3_reset(s);
}

Result<QSqlQuery *> Database::exec(const QString &sql, const QVariantList &values)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return errorFor(q.lastError());
        it = m_statements.emplace(sql, q).first;
    }
    QSqlQuery &q = it->second;
    q.finish();
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec())
        return errorFor(q.lastError());
    if (Status s = flushRowNotesOutsideTransaction(); !s)
        return s.error();
    return &q;
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &values)
{
    auto q = exec(sql, values);
    if (!q)
        return q.error();
    QVariant v = q.value()->next() ? q.value()->value(0) : QVariant();
    q.value()->finish();
    return v;
}

bool Database::sqliteInTransaction() const
{
    sqlite3 *raw = rawHandle(m_db);
    return raw && sqlite3_get_autocommit(raw) == 0;
}

// Values are bound without a copy (SQLITE_STATIC): the bytes belong to
// `values` or `text`, both alive until the statement is reset. Copying every
// value made a tenth of an import's work.
Result<sqlite3_stmt *> Database::prepared(const QString &sql, const QVariantList &values, BoundText &text)
{
    sqlite3 *raw = rawHandle(m_db);
    if (!raw)
        return makeError(ErrorCode::Database, tr("The database is not open."));
    sqlite3_stmt *stmt = m_writes.value(sql);
    if (!stmt) {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v3(raw, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr)
            != SQLITE_OK)
            return sqliteError(sqlite3_extended_errcode(raw), QString::fromUtf8(sqlite3_errmsg(raw)));
        m_writes.insert(sql, stmt);
    }
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values[i];
        const int at = i + 1;
        switch (v.typeId()) {
        case QMetaType::UnknownType:
        case QMetaType::Nullptr:
            sqlite3_bind_null(stmt, at);
            break;
        case QMetaType::QByteArray: {
            // Shares the QVariant's bytes: valid while `values` lives.
            const QByteArray b = v.toByteArray();
            sqlite3_bind_blob64(stmt, at, b.constData(), sqlite3_uint64(b.size()), SQLITE_STATIC);
            break;
        }
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            sqlite3_bind_int64(stmt, at, v.toLongLong());
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            sqlite3_bind_double(stmt, at, v.toDouble());
            break;
        default:
            if (v.isNull()) {
                sqlite3_bind_null(stmt, at);
            } else {
                text.append(v.toString().toUtf8());
                const QByteArray &s = text.last();
                sqlite3_bind_text64(stmt, at, s.constData(), sqlite3_uint64(s.size()), SQLITE_STATIC, SQLITE_UTF8);
            }
        }
    }
    return stmt;
}

Status Database::write(const QString &sql, const QVariantList &values, qint64 *rowid, QVariant *returned)
{
    BoundText text;
    auto stmt = prepared(sql, values, text);
    if (!stmt)
        return stmt.error();
    sqlite3 *raw = rawHandle(m_db);
    const int rc = sqlite3_step(stmt.value());
    if (returned)
        *returned = rc == SQLITE_ROW ? QVariant(sqlite3_column_int64(stmt.value(), 0)) : QVariant();
    sqlite3_reset(stmt.value());
    sqlite3_clear_bindings(stmt.value());
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return sqliteError(sqlite3_extended_errcode(raw), QString::fromUtf8(sqlite3_errmsg(raw)));
    if (rowid)
        *rowid = sqlite3_last_insert_rowid(raw);
    return flushRowNotesOutsideTransaction();
}

qint64 Database::lastChanges() const
{
    sqlite3 *raw = rawHandle(m_db);
    return raw ? qint64(sqlite3_changes64(raw)) : 0;
}

Status Database::read(const QString &sql, const QVariantList &values, const std::function<void(const RawRow &)> &row)
{
    return readWhile(sql, values, [&](const RawRow &r) {
        row(r);
        return true;
    });
}

Status Database::readWhile(const QString &sql, const QVariantList &values,
                           const std::function<bool(const RawRow &)> &row)
{
    BoundText text;
    auto stmt = prepared(sql, values, text);
    if (!stmt)
        return stmt.error();
    const RawRow current(stmt.value());
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt.value())) == SQLITE_ROW)
        if (!row(current)) {
            rc = SQLITE_DONE;
            break;
        }
    sqlite3_reset(stmt.value());
    sqlite3_clear_bindings(stmt.value());
    if (rc != SQLITE_DONE) {
        sqlite3 *raw = rawHandle(m_db);
        return sqliteError(sqlite3_extended_errcode(raw), QString::fromUtf8(sqlite3_errmsg(raw)));
    }
    return {};
}

bool RawRow::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 RawRow::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QByteArray RawRow::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    return QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column));
}

QByteArray RawRow::rawBytes(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    return QByteArray::fromRawData(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column));
}

QString RawRow::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QVariant RawRow::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return integer(column);
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_stmt, column);
    case SQLITE_TEXT:
        return text(column);
    case SQLITE_BLOB:
        return blob(column);
    default:
        return QVariant();
    }
}

Status Database::execScript(const QString &script)
{
    sqlite3 *raw = rawHandle(m_db);
    if (!raw)
        return makeError(ErrorCode::Database, tr("The database is not open."));
    char *message = nullptr;
    const int rc = sqlite3_exec(raw, script.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return flushRowNotesOutsideTransaction();
    const QString detail = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
    sqlite3_free(message);
    qCWarning(lcStorage) << "SQL failed:" << detail;
    return sqliteError(sqlite3_extended_errcode(raw), detail);
}

Error Database::errorFor(const QSqlError &error)
{
    qCWarning(lcStorage) << "SQL failed:" << error.text();
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return sqliteError(ok ? code : SQLITE_ERROR, error.databaseText());
}

} // namespace tamkeen::storage

namespace tamkeen::storage {

Status Database::noteWrittenRows()
{
    if (Status s = execScript(u"CREATE TABLE IF NOT EXISTS hub_pending (tbl TEXT NOT NULL, row_id BLOB NOT NULL, "
                              "PRIMARY KEY (tbl, row_id)) WITHOUT ROWID"_s);
        !s)
        return s;
    return resumeRowNotes();
}

Status Database::resumeRowNotes()
{
    auto ledger = scalar(u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'hub_pending'"_s);
    if (!ledger)
        return ledger.error();
    if (ledger.value().toInt() == 0 || m_rowNotes)
        return {};
    QSet<QByteArray> synced;
    for (const QString &table : syncedTables(*this))
        synced.insert(table.toUtf8());
    if (synced.isEmpty()) // syncedTables() says nothing of an error: watching nothing would miss every row
        return makeError(ErrorCode::Database, tr("The list of synced tables could not be read."));
    m_rowNotes = std::make_unique<RowNotes>(rawHandle(m_db), std::move(synced));
    return {};
}

// A write outside any transaction committed on its own: its notes follow at once.
Status Database::flushRowNotesOutsideTransaction()
{
    if (!m_rowNotes || !m_rowNotes->any() || sqliteInTransaction())
        return {};
    return m_rowNotes->flush(*this);
}

} // namespace tamkeen::storage
