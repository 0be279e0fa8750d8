#pragma once
// Conflicts a person resolves: the record, the field, both values side by side
// with who and when. A supervisor keeps one or types a combined value; the
// resolution is written as a new change, later than both, so it wins on every
// copy that receives it. Confidential values (clinic/ConfidentialFields.h) are
// withheld here, in core, from every reader who may not read them.
#include "common/Result.h"
#include "security/Session.h"
#include "sync/SyncLog.h"

#include <QCoreApplication>
#include <QDateTime>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::sync {

struct ConflictSide {
    QVariant value;
    Version version;
    QByteArray author;
    QString authorName;
    QDateTime at; // from the version's clock
};

struct Conflict {
    qint64 id = 0;
    QString table;
    QByteArray rowId;
    QString column;
    QString kind; // field: both changed it; archive: archived (or restored) while edited elsewhere
    ConflictSide kept, lost;
    QDateTime detectedAt;
    QDateTime resolvedAt;
    bool confidential = false; // a confidential field (a psychological note, …)
    bool hidden = false;       // confidential and not for this reader: both values are empty
};

class Conflicts {
    Q_DECLARE_TR_FUNCTIONS(Conflicts)
public:
    explicit Conflicts(storage::Database &db) : m_db(db) {}

    // What `reader` may see: a confidential field's values only for those who
    // may read it (else both are empty and `hidden` is set).
    Result<QList<Conflict>> open(const security::Session &reader, int limit = 500);
    Result<Conflict> conflict(const security::Session &reader, qint64 id);
    Result<qint64> openCount();
    // Supervisors and administrators: `value` becomes the field's value on every
    // copy. A confidential field's conflict: only those who may also read it
    // (supervisors).
    Status resolve(const security::Session &by, qint64 id, const QVariant &value);
    // Whether `by` may resolve `c` (the GUI offers the buttons only then).
    static bool mayResolve(const security::Session &by, const Conflict &c);

private:
    Result<Conflict> raw(qint64 id);
    Status classify(const security::Session &reader, Conflict &c);

    storage::Database &m_db;
};

} // namespace tamkeen::sync
