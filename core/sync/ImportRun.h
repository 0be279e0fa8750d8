#pragma once
// One package being imported (Importer::importFile makes one and runs it).
// Its state is members and its steps are methods, in the order they run:
// the sender checks, the decryption pass, then in one transaction each record
// (entries: the row, the field merge, archive conflicts, the log; the
// sender's conflicts), and the bookkeeping (vector, peers, packages, history,
// clock floor, search index). docs/sync-format.md has the rules.
#include "documents/DocumentStore.h"
#include "sync/Batches.h"
#include "sync/Importer.h"
#include "sync/Package.h"
#include "sync/Records.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

namespace tamkeen::sync {

struct ReadRecord;

class ImportRun {
    // The messages are the importer's (one translation context).
    Q_DECLARE_TR_FUNCTIONS(Importer)
public:
    ImportRun(storage::Database &db, const ImportOptions &options, const QString &path);
    ImportSummary run();

private:
    // What the merge knows of a local row. Its values are read only when a
    // conflict needs them: most changes are decided by versions alone.
    struct RowState {
        QString table;
        bool exists = false;
        bool valuesRead = false;
        RowVersions versions;
        QVariantList values; // in the order of the table's columns (m_columns)
    };
    // The fields an update takes, in the order it takes them.
    struct Taken {
        QStringList names;
        QVariantList values;
    };

    // Before anything is written. False when the run ends here (summary says why).
    bool checkSender();
    bool checkKeyEpoch();
    bool setAsideIfNewer();
    Status decryptAll();

    // The transaction.
    Status applyAll();
    Status applyRecord(ReadRecord &read);
    Status applyBatch(const BatchRecord &b, bool lastTry, batches::ReadBatch *readAhead = nullptr);
    Result<bool> erasedWithoutErasure(const QList<batches::Item> &items, const QList<Entry> &entries);
    Status takeErased(Entry &e);
    Status auditReferralsWithoutConsent();
    void logReferralsWithoutConsent();
    Status applyLater();
    Status applyEntry(Entry &e);
    Status mergeEntry(Entry &e);
    bool inClockWindow(const Entry &e) const;
    void refuseChanges(const char *reason, qint64 count);
    Status checkEntry(const Entry &e);
    bool mayBePrivileged(const QString &table);
    Result<bool> changesFixed(const Entry &e, const RowState &row);
    Status insertRow(const Entry &e, RowState &row);
    Status mergeFields(const Entry &e, RowState &row);
    Status mergeField(const Entry &e, const Entry::Field &f, RowState &row, Taken &taken);
    Status archiveConflicts(const Entry &e, RowState &row, const Taken &taken);
    Status logEntry(const Entry &e, RowState &row);
    Status mergeConflict(const ConflictRecord &c);
    Status loadOpenConflicts(); // into m_openKept and m_openLost (added to what is there)

    // The author, and the refused entries (ImportRefused.cpp, docs/trust.md).
    Result<QString> admission(Entry &e);
    static void leaveLaterPrivilegedFields(Entry &e);
    void refuseChanges(const QString &reason, qint64 count);
    Status refuseEntry(const Entry &e, const QString &reason, bool forGood);
    Status judgeAgain();

    // Restored and cloned copies (ImportFork.cpp, docs/sync-format.md).
    Result<bool> isFork(const BatchRecord &b);
    Result<bool> heldHere(const RowState &row, const QString &column, const Version &v);
    Status refuseFork(const BatchRecord &b);
    Status ownBatchCameBack(const BatchRecord &b);
    Status ownVectorCameBack();
    Status continueAsNewDevice(qint64 fromSeq);
    Result<QByteArray> continuationKey(const BatchRecord &b);
    bool isContinuationRow(const Entry &e);
    Status revokeContinuations();
    Status raiseFileCounter();

    // Scoped exports (ImportScope.cpp, docs/sync-format.md "Scoped exports").
    Status storeBatch(const BatchRecord &b, const QList<batches::Item> &items);
    Status loadMyScope();
    bool beyondScope(const batches::Item &item) const;
    Status noteOutOfScope(const QByteArray &origin, const QList<qint64> &seqs);
    void noteHousehold(const Entry &e, const QByteArray &household, bool applied, bool batchWasCut);
    Status takeHouseholdsWanted(const QList<QByteArray> &households);
    Status updateHouseholdsWanted();
    Result<QString> registeredCentre(Entry &e, bool held);

    // Bookkeeping, in the same transaction.
    Status updateVector();
    Status recordPeers();
    Status applyContent(const ContentRecord &c);
    Status dropRemovedContents();
    Status recordPackage();
    Status reindexSearch();

    // Helpers.
    ImportSummary refuse(const QString &why);
    Result<QByteArray> keyOf(const QByteArray &device);
    Result<const QStringList *> columnsOfTable(const QString &table);
    Result<RowState *> rowState(const QString &table, const QByteArray &id);
    Result<QVariant> valueOf(RowState &row, const Entry &e, const QString &column, const Taken &taken);
    static QByteArray conflictKey(const QByteArray &row, const QString &column, qint64 hlc, const QByteArray &device);
    QVariant authorOf(const Version &v);
    Status conflict(const Entry &e, const QString &column, const QString &kind, const QVariant &keptValue,
                    const Version &kept, const QVariant &keptAuthor, const QVariant &lostValue, const Version &lost,
                    const QVariant &lostAuthor);
    quint64 checkClock(const Version &v);
    void touch(const QString &table);

    storage::Database &m_db;
    const ImportOptions &m_options;
    QString m_path;
    ImportSummary m_summary;
    PackageReader m_reader;
    PackageHeader m_header;
    Organisation m_org;
    QHash<QByteArray, quint64> m_revoked; // device → when it was revoked
    QHash<QByteArray, QByteArray> m_keys; // device → its Ed25519 public key (devices.public_key)
    quint64 m_orgCreated = 0;             // local_state org_created: nothing is older
    qint64 m_chunks = 0;

    QSet<QString> m_synced;
    QHash<QString, QStringList> m_columns;
    QHash<QString, bool> m_privileged; // tables where a change may need its author's signature
    // The last UPDATE made, for its table and columns: entries in a row
    // mostly change the same fields of the same table.
    QString m_updateTable, m_updateSql;
    QStringList m_updateColumns;
    QHash<QByteArray, RowState> m_rows;
    Vector m_senderVector;
    Vector m_compactedBelow; // entries below may have left the log here (sync/Compaction.h), all held
    QHash<QByteArray, qint64> m_touchedDevices; // device → highest sequence applied
    QSet<QByteArray> m_flagged;                 // clocks too far ahead
    QSet<QByteArray> m_householdsToIndex, m_membersToIndex, m_incomesToIndex;
    // Tables whose rows changed: the database announces their areas when the
    // package commits; the summary tells them to a connection on another thread.
    QSet<QString> m_tablesChanged;
    quint64 m_maxHlc = 0;
    quint64 m_limit = 0;      // an hlc beyond this flags its device
    qint64 m_limitMs = 0;
    quint64 m_entryLimit = 0; // an entry's hlc beyond this is refused
    QList<BatchRecord> m_deferred; // batches of an origin not known yet: once more at the end
    QList<Entry> m_retry;          // updates whose row had not come: once more at the end
    bool m_lastTry = false;
    documents::PiecesInOrder m_piecesInOrder; // the content whose pieces are coming
    std::optional<QList<QByteArray>> m_senderWanted; // the contents the sender lacks (record kind 6)
    bool m_erased = false; // an erasure blanked or redacted something: compact after the commit
    QList<QByteArray> m_newReferrals; // made by this package
    QList<std::pair<QByteArray, QString>> m_withoutConsent; // household, audit details
    QString m_refusedReason;       // the sender is flagged with it (a code)
    QSet<QByteArray> m_authorsChanged; // users whose rows this package changed: their refused entries are judged again
    bool m_hasOpenConflicts = false; // when the import began
    // Scoped exports: this copy's scope and the households in it (read at the
    // first left-out item), and what this package showed of households.
    std::optional<QSet<QByteArray>> m_myHouseholds; // read once (loadMyScope)
    bool m_myScopeAll = false;
    QList<QByteArray> m_myCentres;
    QSet<QByteArray> m_householdsSeen;  // whole items of a batch cut for us: ours by the sender's judgement
    QSet<QByteArray> m_historyCame;     // households whose own insert came whole
    QSet<QByteArray> m_transferredIn;   // households a change moved to our centre
    std::optional<QByteArray> m_senderHouseholdsWanted; // record kind 8: the households' ids back to back
    QHash<QByteArray, QByteArray> m_deviceCentres;       // device → its centre, for registeredCentre
    // Open conflicts by row, column and kept or lost version (conflictKey):
    // open when the import began, made or received since (closed ones stay:
    // a key here only lets the UPDATE run, which decides). A change settles
    // or replaces one only when its version is there, so the others skip
    // those statements (a package full of conflicts ran one per field).
    QSet<QByteArray> m_openKept, m_openLost;
    Version m_authorOf;  // the last version whose author was read,
    QVariant m_author;   // and that author: a row's conflicts share their kept version
    bool m_cancelled = false;
    QSet<QByteArray> m_continuations; // devices believed through their continuation row (this package)
    qint64 m_total = 0;
    // When the import began: the time its conflicts were found and settled
    // (one transaction), formatted once.
    QString m_now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
};

} // namespace tamkeen::sync
