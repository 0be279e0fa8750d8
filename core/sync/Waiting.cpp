// What `tamkeen-cli check` reports as waiting after imports: stretches of a
// device's sequence not arrived yet, and rows whose parent has not come.
#include "sync/Importer.h"

#include "storage/CaptureTriggers.h"
#include "storage/Database.h"
#include "storage/Uuid.h"
#include "sync/SyncLog.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tamkeen::sync {

Result<QStringList> sequenceGaps(storage::Database &db)
{
    QStringList gaps;
    auto q = db.exec(u"SELECT device, contiguous FROM sync_vector WHERE max_seq > contiguous ORDER BY device"_s);
    if (!q)
        return q.error();
    QList<QPair<QByteArray, qint64>> devices;
    while (q.value()->next())
        devices.append({q.value()->value(0).toByteArray(), q.value()->value(1).toLongLong()});
    q.value()->finish();
    for (const auto &[device, contiguous] : devices) {
        // What was received: held, refused for good, or left out of its batch
        // as beyond this copy's scope (sync_out_of_scope); the rest is missing.
        QList<std::pair<qint64, qint64>> runs;
        Status s = db.read(u"SELECT seq, seq FROM change_log WHERE device = ?1 AND seq >= ?2 UNION ALL "
                           "SELECT seq, seq FROM sync_refused WHERE device = ?1 AND seq >= ?2 UNION ALL "
                           "SELECT first_seq, last_seq FROM sync_out_of_scope WHERE device = ?1 AND last_seq >= ?2 "
                           "ORDER BY 1"_s,
                           {device, contiguous}, [&](const storage::RawRow &r) { runs.append({r.integer(0), r.integer(1)}); });
        if (!s)
            return s.error();
        qint64 reached = contiguous;
        for (const auto &[first, last] : runs) {
            if (first > reached + 1)
                gaps << Importer::tr("device %1: changes %2–%3 are missing")
                            .arg(storage::uuidToString(device))
                            .arg(reached + 1)
                            .arg(first - 1);
            reached = std::max(reached, last);
        }
    }
    return gaps;
}

Result<QStringList> orphanRows(storage::Database &db)
{
    // Children name their parent as <parent>_id; a few parents are named otherwise.
    const QHash<QString, QString> named = {{u"goal_id"_s, u"plan_goals"_s},
                                           {u"exit_id"_s, u"household_exits"_s},
                                           {u"request_id"_s, u"graduation_requests"_s}};
    const QStringList tables = storage::syncedTables(db);
    QStringList orphans;
    for (const QString &table : tables) {
        auto cols = columnsOf(db, table);
        if (!cols)
            return cols.error();
        for (const QString &col : cols.value()) {
            if (!col.endsWith(u"_id"))
                continue;
            QString parent = named.value(col, col.chopped(3) + u"s"_s);
            if (!tables.contains(parent))
                continue;
            auto n = db.scalar(u"SELECT count(*) FROM \"%1\" c WHERE c.\"%2\" IS NOT NULL AND NOT EXISTS "
                               "(SELECT 1 FROM \"%3\" p WHERE p.id = c.\"%2\")"_s
                                   .arg(table, col, parent));
            if (!n)
                return n.error();
            if (const qint64 count = n.value().toLongLong(); count > 0)
                orphans << Importer::tr("%1: %2 rows wait for their %3 (not arrived yet)").arg(table).arg(count).arg(parent);
        }
    }
    return orphans;
}

} // namespace tamkeen::sync
