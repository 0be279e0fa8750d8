#include "storage/ChangeLog.h"

#include "storage/CaptureTriggers.h"
#include "storage/Database.h"
#include "storage/Uuid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Result<QList<ChangeEntry>> changesOf(Database &db, const QString &table, const QByteArray &rowId)
{
    auto q = db.exec(u"SELECT device, seq, hlc, op, author, fields FROM change_log "
                     "WHERE tbl = ? AND row_id = ? ORDER BY hlc, device"_s,
                     {table, rowId});
    if (!q)
        return q.error();
    QList<ChangeEntry> list;
    QSqlQuery *r = q.value();
    while (r->next()) {
        ChangeEntry e;
        e.device = r->value(0).toByteArray();
        e.seq = r->value(1).toLongLong();
        e.hlc = r->value(2).toULongLong();
        e.table = table;
        e.rowId = rowId;
        e.op = r->value(3).toString().at(0);
        e.author = r->value(4).toByteArray();
        for (const QJsonValue &f : QJsonDocument::fromJson(r->value(5).toByteArray()).array())
            e.fields << f.toString();
        list << e;
    }
    r->finish();
    return list;
}

Result<QMap<QString, FieldVersion>> fieldVersions(Database &db, const QString &table, const QByteArray &rowId)
{
    auto entries = changesOf(db, table, rowId);
    if (!entries)
        return entries.error();
    QStringList all;
    auto cols = db.exec(u"SELECT name FROM pragma_table_info(?) WHERE name <> 'id'"_s, {table});
    if (!cols)
        return cols.error();
    while (cols.value()->next())
        all << cols.value()->value(0).toString();
    cols.value()->finish();
    QMap<QString, FieldVersion> versions;
    for (const ChangeEntry &e : entries.value()) { // ordered by (hlc, device): later wins
        for (const QString &f : (e.op == u'I' ? all : e.fields))
            versions[f] = FieldVersion{e.hlc, e.device, e.seq};
    }
    return versions;
}

Result<qint64> changeCount(Database &db)
{
    auto v = db.scalar(u"SELECT count(*) FROM change_log"_s);
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

Result<QStringList> checkChangeLog(Database &db)
{
    QStringList problems;
    // Below this mark, entries of our own that every known device held may
    // have been compacted away (sync/Compaction.h).
    qint64 ownCompacted = 0;
    if (db.schemaVersion() >= 33) {
        auto below = db.scalar(u"SELECT below FROM change_log_compacted WHERE device = ?"_s, {db.deviceId()});
        if (!below)
            return below.error();
        ownCompacted = below.value().toLongLong();
    }
    auto q = db.exec(u"SELECT device, seq, hlc FROM change_log ORDER BY device, seq"_s);
    if (!q)
        return q.error();
    QByteArray device;
    qint64 lastSeq = 0;
    quint64 lastHlc = 0;
    while (q.value()->next()) {
        const QByteArray d = q.value()->value(0).toByteArray();
        const qint64 seq = q.value()->value(1).toLongLong();
        const quint64 hlc = q.value()->value(2).toULongLong();
        if (d != device) {
            device = d;
            lastSeq = 0;
            lastHlc = 0;
        }
        // This copy's own log has no gaps and its times grow. Another device's
        // may have gaps (a package not here yet, a change refused or waiting:
        // sync::sequenceGaps reports those as waiting), and its times are what
        // that device stamped (believed within the clock window, whatever
        // their order): neither is a fault of this copy.
        const bool own = d == db.deviceId();
        if (own && seq != lastSeq + 1 && seq > ownCompacted)
            problems << u"change log of device %1: sequence jumps from %2 to %3"_s.arg(uuidToString(d)).arg(lastSeq).arg(seq);
        if (own && hlc <= lastHlc)
            problems << u"change log of device %1: time does not grow at sequence %2"_s.arg(uuidToString(d)).arg(seq);
        lastSeq = seq;
        lastHlc = hlc;
    }
    q.value()->finish();
    // Rows that came with this copy's enrolment file have no entry until their real one arrives.
    const QString enrolled = db.schemaVersion() >= 9 ? u" AND NOT EXISTS (SELECT 1 FROM sync_enrolled e "
                                                       "WHERE e.tbl = c_tbl AND e.row_id = t.id)"_s
                                                     : QString();
    for (const QString &table : syncedTables(db)) {
        auto missing = db.scalar(u"SELECT count(*) FROM \"%1\" t, (SELECT ? AS c_tbl) WHERE NOT EXISTS "
                                 "(SELECT 1 FROM change_log c WHERE c.tbl = c_tbl AND c.row_id = t.id AND c.op = 'I')%2"_s
                                     .arg(table, enrolled),
                                 {table});
        if (!missing)
            return missing.error();
        if (const qint64 n = missing.value().toLongLong(); n > 0)
            problems << u"table %1: %2 rows have no change-log entry creating them"_s.arg(table).arg(n);
    }
    return problems;
}

} // namespace tamkeen::storage
