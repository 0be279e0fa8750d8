#pragma once
// Applying sync packages. Before anything is written: the signature over the
// whole file, the sender (known key, not revoked, a device of the
// organisation), decryption to the final tag, format and schema. Then one
// transaction per package merges field by field: a change based on our
// current version applies; when both sides changed a field the later (HLC,
// device) wins everywhere and the other value goes to sync_conflicts; an
// archive against a concurrent edit is always a conflict. Changes already
// held are skipped, so importing twice changes nothing.
#include "common/Result.h"
#include "sync/Refusals.h"
#include "sync/SyncLog.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <functional>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::sync {

struct ImportOptions {
    int maxClockAheadDays = 2; // a sender's time further ahead flags its device (the sender caps its own clock)
    QString asideFolder;       // newer-schema packages wait here; default: beside the database
    // Called after each part of the file (about 64 KiB) with the parts done
    // and in all; false cancels (nothing is kept).
    std::function<bool(qint64, qint64)> progress;
    // Privileged changes need their author's signature and role (docs/trust.md).
    bool checkAuthors = true;
    // Afterwards, what every known device holds leaves the log (sync/Compaction.h).
    bool compact = true;
};

struct ImportSummary {
    QString file;
    QString refused; // why, when the package was refused (nothing was written)
    bool retry = false; // refused for this copy's sake (a full disk, an I/O error), not the package's: try it again
    bool setAside = false;
    bool alreadyImported = false;
    QByteArray sender;
    qint64 entries = 0;
    qint64 newRows = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 conflicts = 0;
    qint64 waiting = 0;        // changes to rows not here yet: held back, sent again later
    qint64 refusedChanges = 0; // not believed, for any of the reasons below
    qint64 documents = 0;      // documents whose content came whole with this package
    qint64 outOfScope = 0;     // entries left out of their batches, of households beyond this copy's scope
    QSet<QString> tables;      // whose rows it changed (Notifier::areasOf tells their areas)
    // Changes refused, by reason: a code (refusal::k…, security::Privileges::k…;
    // Refusals::text translates it).
    QMap<QString, qint64> refusedReasons = {};
    // This copy was found to be restored from a backup or cloned: its new
    // changes now go under this new device identity (empty otherwise), and
    // the message that says so (translated; the CLI prints it as is).
    QByteArray newDeviceId;
    QString identityNote;
    // A snapshot this new laptop started from (sync/Snapshot.h): the search
    // index is then due to be rebuilt (registry/IndexRebuild).
    bool snapshot = false;
    bool ok() const { return refused.isEmpty(); }
    // "2 × made by a revoked device …", in the user's language (the CLI line).
    QString refusalsText() const;
};


class Importer {
    Q_DECLARE_TR_FUNCTIONS(Importer)
public:
    explicit Importer(storage::Database &db, ImportOptions options = {});

    ImportSummary importFile(const QString &path);
    // The packages of a folder, by name.
    static QStringList packagesIn(const QString &folder);

private:
    storage::Database &m_db;
    ImportOptions m_options;
};

// Missing stretches of other devices' sequences ("device …: 12–15 missing").
Result<QStringList> sequenceGaps(storage::Database &db);
// Rows whose parent has not arrived (yet): "members …: household … is missing".
Result<QStringList> orphanRows(storage::Database &db);

} // namespace tamkeen::sync
