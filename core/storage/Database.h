#pragma once
// One Tamkeen database file: opening with all the refusals (not ours, corrupt,
// newer), migrations, the change-capture functions on the connection, and
// transactions. Each thread that touches the file opens its own Database.
#include "common/Notifier.h"
#include "common/Result.h"
#include "storage/Checkpointer.h"
#include "storage/HybridClock.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVarLengthArray>
#include <QVariantList>
#include <functional>
#include <memory>
#include <unordered_map>

struct sqlite3_stmt;
struct sqlite3;

namespace tamkeen::storage {

// One row of Database::read(), valid only inside its callback.
class RawRow {
public:
    explicit RawRow(sqlite3_stmt *stmt) : m_stmt(stmt) {}
    bool isNull(int column) const;
    qint64 integer(int column) const;
    QByteArray blob(int column) const;
    // The same bytes without a copy: valid until the callback returns.
    QByteArray rawBytes(int column) const;
    QString text(int column) const;
    QVariant value(int column) const; // null, integer, float, text or bytes, as stored

private:
    sqlite3_stmt *m_stmt;
};

struct CaptureState; // what the SQL functions registered on the connection read
class RowNotes;

class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    static constexpr quint32 kApplicationId = 0x54414D4B; // "TAMK" in PRAGMA application_id

    static int latestSchemaVersion();
    // <AppDataLocation>/tamkeen.sqlite
    static QString defaultPath();

    // Opens or creates the file and migrates it to the latest schema. Refuses,
    // without modifying the file, anything that is not a Tamkeen database, is
    // cut short, or was written by a newer version of Tamkeen, and a plain file
    // to migrate that is damaged anywhere. Otherwise only the pages it reads are
    // checked: a page damaged elsewhere is refused when read (never returned as
    // data), and the whole file is read by checkWholeFile (FileCheck.h).
    static Result<std::unique_ptr<Database>> open(const QString &path);
    // A second connection, for a worker thread, to a file that a connection of
    // this process opened with open(): the file was checked and migrated then,
    // so neither is done again (the check reads the whole file: about 0.4 s at
    // 20,000 households, on every refresh of a page read off the UI thread).
    // Refuses a file whose schema is not the latest.
    static Result<std::unique_ptr<Database>> openAnother(const QString &path);
    // For migration tests: stops at `version` instead of the latest schema.
    static Result<std::unique_ptr<Database>> openAtVersion(const QString &path, int version);
    // The refusal of an encrypted file whose key no login has opened yet.
    static Error lockedError(const QString &path);
    // This open encrypted a file from a version before encryption (its plain
    // copy overwritten and removed): the user is told once.
    bool encryptedAtOpen() const { return m_encryptedAtOpen; }
    // No checkpoint on the background thread (Checkpointer.h) while the
    // returned hold lives: for a checkpoint that must empty the log.
    Checkpointer::Hold holdCheckpoints() { return Checkpointer::Hold(m_checkpointer.get()); }
    // Tests: the thread that checkpoints this file; null for a read-only connection.
    Checkpointer *checkpointer() const { return m_checkpointer.get(); }
    // PRAGMA query_only on this connection: every write is refused (a file
    // found damaged is read, never written, until it is restored).
    void setQueryOnly(bool on);
    // Whether opening `path` will first encrypt it: an intact Tamkeen file an
    // earlier version left in clear (the window does that on a worker thread).
    static bool willEncryptAtOpen(const QString &path);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    QSqlDatabase connection() const { return m_db; }
    // SQLite's handle under a Qt connection (null when it is not SQLite's).
    static ::sqlite3 *rawHandle(const QSqlDatabase &db);
    int schemaVersion() const;

    // This installation's device id (16 bytes); empty until setup has run.
    QByteArray deviceId() const;
    void setDeviceId(const QByteArray &id);
    // The user recorded as author of changes made through this connection.
    QByteArray currentUser() const;
    void setCurrentUser(const QByteArray &userId);
    // The Ed25519 secret keys (64 bytes) of the users who logged in through
    // this connection, in memory only: SyncedWriter signs a privileged change
    // with the current user's (docs/trust.md). An empty key forgets the user's.
    void setSigningKey(const QByteArray &userId, const QByteArray &secretKey);
    QByteArray signingKey() const; // the current user's; empty when none
    QList<QByteArray> keyHolders() const { return m_signingKeys.keys(); } // who logged in here
    // Forgets every key unlocked at login: the signing keys and the vault key.
    void forgetSigningKeys();
    // The key of this file's vault (security::Vault: the organisation key and
    // the device's signing key are stored sealed with it), in memory only,
    // while someone who could open it is logged in. Empty: locked.
    void setVaultKey(const QByteArray &key);
    QByteArray vaultKey() const { return m_vaultKey; }
    // The clinic's secret keys (clinic::ClinicalKeys, by key id) that each
    // counsellor or supervisor opened at login: memory only, forgotten with
    // the signing keys.
    void setClinicalKeys(const QByteArray &userId, const QHash<QByteArray, QByteArray> &keys);
    QHash<QByteArray, QByteArray> clinicalKeys(const QByteArray &userId) const;
    QHash<QByteArray, QByteArray> allClinicalKeys() const; // of everyone logged in here
    // Change capture is switched off only while applying imported changes.
    void setCaptureEnabled(bool enabled);
    bool captureEnabled() const;
    // All triggers of this connection off while it lives (SQLite's
    // SQLITE_DBCONFIG_ENABLE_TRIGGER): for an import that writes only what
    // the triggers would let through (no key changes, no deletes) and logs
    // its changes itself, as invoking them for every row costs a third of it.
    class TriggersOff {
    public:
        explicit TriggersOff(Database &db);
        ~TriggersOff();
        TriggersOff(const TriggersOff &) = delete;
        TriggersOff &operator=(const TriggersOff &) = delete;

    private:
        Database &m_db;
        int m_previous = 1;
    };
    HybridClock &clock();
    // Hybrid-clock receive rule: after seeing `hlc` from another device, every
    // later local change gets a greater time. Kept in the file across restarts;
    // a transaction that rolls back takes the raise back too.
    Status raiseHlcFloor(quint64 hlc);
    // Reads the floor and the cap days from the file again: after another
    // connection (an import on a worker thread) has raised them.
    Status reloadClockState();
    // How many days past the latest time seen from other devices (the floor
    // above) this copy's own changes may be stamped: a clock further ahead is
    // capped there (clock().capped() says so), so one laptop with a wrong clock
    // cannot win every later conflict. No cap until this copy has heard from
    // another device. Kept in the file (local_state); docs/sync-format.md, rule 3.
    static constexpr int kDefaultClockCapDays = 7;
    int clockCapDays() const;
    Status setClockCapDays(int days); // 1 to 365
    Notifier &notifier() { return m_notifier; }
    // A table was written through this connection: its area is announced on
    // the notifier once the outermost transaction commits (at once outside
    // one); a rollback forgets it. SyncedWriter and the importer call it.
    void touched(const QString &table);
    // The tables written by the transaction now open, so far.
    const QSet<QString> &touchedTables() const { return m_touched; }

    // Makes this file a hub's ledger (storage/RowNotes.h): from now on, on
    // every connection that opens it, each synced row written is noted for
    // tamkeen-hub to publish. Idempotent.
    Status noteWrittenRows();

    // Runs `work` in one transaction (a savepoint when nested); any failure,
    // returned or thrown by SQLite, rolls back everything it wrote.
    Status transaction(const std::function<Status()> &work);
    bool inTransaction() const { return m_transactionDepth > 0; }
    // Runs `work`'s reads in one read transaction, so they see one moment (a
    // save elsewhere goes on meanwhile), unless the connection is in one already.
    Status atOneMoment(const std::function<Status()> &work);

    // A larger page cache while it lives, for bulk work (imports, generation,
    // rebuilding the search index): the indexes of a large registry are written
    // all over, and with the everyday cache SQLite writes the same pages out to
    // the WAL again and again within one transaction. Never smaller than the
    // connection's own, unless `exactly` (a read of pages each read once, where
    // the cache would only hold memory: the dashboard of a very large file).
    class BulkCache {
    public:
        static constexpr int kKiB = 256 * 1024;
        explicit BulkCache(Database &db, int kib = kKiB, bool exactly = false);
        ~BulkCache();
        BulkCache(const BulkCache &) = delete;
        BulkCache &operator=(const BulkCache &) = delete;

    private:
        Database &m_db;
        int m_previous = 0;
    };

    // Prepares (cached), binds positionally and executes.
    Result<QSqlQuery *> exec(const QString &sql, const QVariantList &values = {});
    // Executes and returns the first column of the first row (null when no row).
    Result<QVariant> scalar(const QString &sql, const QVariantList &values = {});
    // Executes a write (no result rows) straight on SQLite with a cached
    // statement: the hot path of SyncedWriter, without Qt Sql's per-call cost.
    // `rowid`, when given, receives the new row's rowid.
    // `returned`, when given, receives the first column of a RETURNING row.
    Status write(const QString &sql, const QVariantList &values, qint64 *rowid = nullptr, QVariant *returned = nullptr);
    // Rows the last write changed (0 for an INSERT that ON CONFLICT DO NOTHING
    // skipped): cheaper than RETURNING, which builds a table for its rows.
    qint64 lastChanges() const;
    // Reads straight from SQLite with a cached statement, handing each row to
    // `row`: for hot paths (sync), where a QSqlRecord per row costs more than
    // the read. `row` must not run the same statement again.
    Status read(const QString &sql, const QVariantList &values, const std::function<void(const RawRow &)> &row);
    // The same, until `row` returns false (the statement then stops: no more rows are read).
    Status readWhile(const QString &sql, const QVariantList &values, const std::function<bool(const RawRow &)> &row);
    // SQLite's own view: false after an error that rolled the whole
    // transaction back (disk full, I/O error), whatever our nesting says.
    bool sqliteInTransaction() const;
    // Finishes every cached statement: VACUUM refuses to run while one is open.
    void finishStatements();
    // Runs a script of statements without bound values (schema only).
    Status execScript(const QString &script);

    // A user-facing error for a failed statement (disk full, busy, corrupt, …).
    static Error errorFor(const QSqlError &error);

private:
    explicit Database(QString path);
    // `convertPlain`: a plain file is encrypted after its migration (once).
    static Result<std::unique_ptr<Database>> openFile(const QString &path, int version, bool convertPlain);
    // Text converted to UTF-8 for one statement: bound without a copy, so it
    // lives in the caller until the statement is reset.
    using BoundText = QVarLengthArray<QByteArray, 8>;
    Result<::sqlite3_stmt *> prepared(const QString &sql, const QVariantList &values, BoundText &text);
    Status openConnection(bool readOnly);
    Status configure();
    Status migrate(int targetVersion);
    Status loadIdentity();
    Status resumeRowNotes(); // noting on when the file is a hub's ledger
    Status flushRowNotesOutsideTransaction();
    void updateClockCeiling();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<CaptureState> m_capture;
    std::unique_ptr<RowNotes> m_rowNotes; // a hub's ledger only
    QHash<QByteArray, QByteArray> m_signingKeys; // user id -> secret key
    QByteArray m_vaultKey;
    QHash<QByteArray, QHash<QByteArray, QByteArray>> m_clinicalKeys; // user id -> key id -> secret
    bool m_encryptedAtOpen = false;
    std::shared_ptr<Checkpointer> m_checkpointer; // the commits' checkpoints, off this thread
    int m_clockCapDays = kDefaultClockCapDays;
    // Node-based: a returned QSqlQuery* stays valid while other statements are
    // cached (QHash moves its values when it grows, which broke nested queries).
    std::unordered_map<QString, QSqlQuery> m_statements;
    QHash<QString, ::sqlite3_stmt *> m_writes;
    int m_transactionDepth = 0;
    Notifier m_notifier;
    QSet<QString> m_touched; // by the open transaction, announced on its commit
};

} // namespace tamkeen::storage
