#pragma once
// Conflicts a person resolves: the record, the field, both values side by side
// with who and when. A supervisor keeps one or types a combined value; the
// resolution is written as a new change, later than both, so it wins on every
// copy that receives it.
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
};

class Conflicts {
    Q_DECLARE_TR_FUNCTIONS(Conflicts)
public:
    explicit Conflicts(storage::Database &db) : m_db(db) {}

    Result<QList<Conflict>> open(int limit = 500);
    Result<Conflict> conflict(qint64 id);
    Result<qint64> openCount();
    // Supervisors and administrators: `value` becomes the field's value on every copy.
    Status resolve(const security::Session &by, qint64 id, const QVariant &value);

private:
    storage::Database &m_db;
};

} // namespace tamkeen::sync
