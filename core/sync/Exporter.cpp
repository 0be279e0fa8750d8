#include "sync/Exporter.h"

#include "storage/Database.h"
#include "storage/Uuid.h"
#include "sync/Package.h"
#include "sync/SyncKeys.h"
#include "sync/Wire.h"
#include "tamkeen/Version.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace tamkeen::sync {

namespace {

// The entries to send, oldest first, read a device range at a time so the
// sort only ever sees what leaves.
Status loadRanges(storage::Database &db, const Vector &from)
{
    if (Status s = db.execScript(u"CREATE TEMP TABLE IF NOT EXISTS export_from (device BLOB PRIMARY KEY, seq INTEGER); "
                                 "DELETE FROM temp.export_from"_s);
        !s)
        return s;
    auto devices = db.exec(u"SELECT DISTINCT device FROM sync_vector UNION SELECT ?"_s, {db.deviceId()});
    if (!devices)
        return devices.error();
    QList<QByteArray> all;
    while (devices.value()->next())
        all << devices.value()->value(0).toByteArray();
    devices.value()->finish();
    for (const QByteArray &d : all) {
        auto q = db.exec(u"INSERT OR REPLACE INTO temp.export_from(device, seq) VALUES (?, ?)"_s, {d, from.value(d, 0)});
        if (!q)
            return q.error();
    }
    return {};
}

// Resolved conflicts travel this long, to close them on the other copies.
constexpr int kConflictDays = 90;

const QString kSelect = u"SELECT c.device, c.seq, c.hlc, c.tbl, c.row_id, c.op, c.author, c.fields, c.signed "
                        "FROM temp.export_from f JOIN change_log c ON c.device = f.device AND c.seq > f.seq "
                        "ORDER BY c.hlc, c.device"_s;

// A small cache of rows: a row's changes usually come close together.
struct RowCache {
    struct Row {
        RowVersions versions;
        QHash<QString, QVariant> values;
        bool exists = false;
    };
    QHash<QString, QStringList> columns;
    QHash<QByteArray, Row> rows;

    Result<const Row *> get(storage::Database &db, const QString &table, const QByteArray &id)
    {
        const QByteArray key = table.toUtf8() + '\0' + id;
        if (auto it = rows.constFind(key); it != rows.constEnd())
            return &it.value();
        if (rows.size() > 2000)
            rows.clear();
        if (!columns.contains(table)) {
            auto cols = columnsOf(db, table);
            if (!cols)
                return cols.error();
            columns.insert(table, cols.value());
        }
        Row row;
        auto versions = rowVersions(db, table, id);
        if (!versions)
            return versions.error();
        row.versions = versions.value();
        auto values = rowValues(db, table, columns.value(table), id, &row.exists);
        if (!values)
            return values.error();
        row.values = values.value();
        return &rows.insert(key, row).value();
    }
};

QString partPath(const QString &path, int part)
{
    if (part == 1)
        return path;
    const QFileInfo info(path);
    const QString suffix = info.completeSuffix();
    return info.dir().filePath(info.baseName() + u".part%1"_s.arg(part) + (suffix.isEmpty() ? QString() : u"."_s + suffix));
}

} // namespace

Result<Vector> Exporter::receiverVector(const ExportOptions &options)
{
    if (options.all)
        return Vector();
    if (!options.forDevice.isEmpty()) {
        auto v = m_db.scalar(u"SELECT vector FROM sync_peers WHERE device = ?"_s, {options.forDevice});
        if (!v)
            return v.error();
        return vectorFromJson(v.value().toByteArray()); // empty: it never sent us one
    }
    // Every change that any device we know of may lack.
    auto q = m_db.exec(u"SELECT vector FROM sync_peers WHERE vector IS NOT NULL"_s);
    if (!q)
        return q.error();
    QList<Vector> peers;
    while (q.value()->next())
        peers << vectorFromJson(q.value()->value(0).toByteArray());
    q.value()->finish();
    if (peers.isEmpty())
        return Vector();
    auto local = localVector(m_db);
    if (!local)
        return local.error();
    Vector least;
    for (auto it = local.value().begin(); it != local.value().end(); ++it) {
        qint64 m = it.value();
        for (const Vector &p : peers)
            m = std::min(m, p.value(it.key(), 0));
        least.insert(it.key(), m);
    }
    return least;
}

Result<ExportSummary> Exporter::preview(const ExportOptions &options)
{
    auto from = receiverVector(options);
    if (!from)
        return from.error();
    if (Status s = loadRanges(m_db, from.value()); !s)
        return s.error();
    auto q = m_db.exec(u"SELECT c.tbl, count(*) FROM temp.export_from f JOIN change_log c "
                       "ON c.device = f.device AND c.seq > f.seq GROUP BY c.tbl"_s);
    if (!q)
        return q.error();
    ExportSummary summary;
    while (q.value()->next()) {
        const qint64 n = q.value()->value(1).toLongLong();
        summary.perTable.insert(q.value()->value(0).toString(), n);
        summary.entries += n;
    }
    q.value()->finish();
    return summary;
}

Result<ExportSummary> Exporter::write(const QString &path, const ExportOptions &options)
{
    if (m_db.deviceId().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Set up this installation before exporting."));
    auto org = SyncKeys::organisation(m_db);
    if (!org)
        return org.error();
    auto keys = SyncKeys::deviceKeys(m_db);
    if (!keys)
        return keys.error();
    auto from = receiverVector(options);
    if (!from)
        return from.error();
    auto vector = localVector(m_db);
    if (!vector)
        return vector.error();
    if (Status s = loadRanges(m_db, from.value()); !s)
        return s.error();

    PackageHeader header;
    header.orgId = org.value().id;
    header.device = m_db.deviceId();
    header.deviceKey = keys.value().publicKey;
    header.schema = m_db.schemaVersion();
    header.appVersion = QStringLiteral(TAMKEEN_VERSION);
    header.minAppVersion = QStringLiteral(TAMKEEN_VERSION);
    header.created = QDateTime::fromMSecsSinceEpoch(m_db.clock().wallMillis()).toUTC();
    header.hlc = m_db.clock().next();

    ExportSummary summary;
    std::unique_ptr<PackageWriter> writer;
    int part = 0;
    // This device's own row, once it has gone into part 1: every later part
    // carries it too, so a receiver that meets the parts in any order knows
    // the sender from whichever comes first.
    QByteArray senderRow;
    const auto startPart = [&]() -> Status {
        ++part;
        PackageHeader h = header;
        h.packageId = storage::newUuidV7();
        h.part = part;
        writer = std::make_unique<PackageWriter>(partPath(path, part), org.value(), keys.value(), h);
        if (Status s = writer->open(); !s)
            return s;
        // The vector first: what the sender holds, for the receiver's next export to us.
        if (Status s = writer->addRaw(wire::encode(VectorRecord{vector.value()})); !s)
            return s;
        return senderRow.isEmpty() ? Status() : writer->addRaw(senderRow);
    };
    const auto endPart = [&]() -> Status {
        summary.bytes += writer->size() + crypto_sign_BYTES;
        if (Status s = writer->finish(); !s)
            return s;
        summary.files << partPath(path, part);
        return {};
    };
    if (Status s = startPart(); !s)
        return s.error();

    RowCache cache;
    // Read in the one statement; the rows it names are read through others.
    QSqlQuery entries(m_db.connection());
    entries.setForwardOnly(true);
    if (!entries.exec(kSelect))
        return storage::Database::errorFor(entries.lastError());
    while (entries.next()) {
        const Version v{entries.value(2).toULongLong(), entries.value(0).toByteArray(), entries.value(1).toLongLong()};
        const QString table = entries.value(3).toString();
        const QByteArray rowId = entries.value(4).toByteArray();
        const QString op = entries.value(5).toString();
        Entry e;
        e.v = v;
        e.table = table;
        e.rowId = rowId;
        e.op = op;
        e.author = entries.value(6);
        if (op != u"I")
            e.fieldNames = fieldNames(entries.value(7).toString());
        if (!wire::decodeSigned(entries.value(8).toByteArray(), e))
            return makeError(ErrorCode::Corrupt, tr("A change's signature is damaged in this database (%1, %2). Run "
                                                    "tamkeen-cli check.")
                                                     .arg(table, QString::fromLatin1(rowId.toHex())));
        auto row = cache.get(m_db, table, rowId);
        if (!row)
            return row.error();
        const RowCache::Row &r = *row.value();
        const QStringList &changed = op == u"I" ? cache.columns.value(table) : e.fieldNames;
        for (const QString &f : changed) {
            if (!r.exists)
                break;
            const Version current = r.versions.current(f);
            // An insert carries the whole row, so the receiver can create it;
            // an update only the fields whose value it still decides.
            if (!(current == v) && op != u"I")
                continue;
            e.carried.append({f, r.values.value(f), current, r.versions.before(f, current)});
        }
        const QByteArray record = wire::encode(e);
        if (Status s = writer->addRaw(record); !s)
            return s.error();
        if (table == u"devices" && rowId == m_db.deviceId() && op == u"I")
            senderRow = record;
        ++summary.entries;
        summary.fieldChanges += e.carried.size();
        summary.perTable[table] += 1;
        if (options.partBytes > 0 && writer->size() >= options.partBytes) {
            if (Status s = endPart(); !s)
                return s.error();
            if (Status s = startPart(); !s)
                return s.error();
        }
    }
    entries.finish();
    // Conflicts travel too, so every copy shows them whichever saw both sides
    // first, and a resolution closes them everywhere.
    auto conflicts = m_db.exec(u"SELECT tbl, row_id, col, kind, kept_value, kept_hlc, kept_device, kept_author, lost_value, "
                               "lost_hlc, lost_device, lost_author, resolved_at FROM sync_conflicts "
                               "WHERE resolved_at IS NULL OR resolved_at > ? ORDER BY id"_s,
                               {QDateTime::currentDateTimeUtc().addDays(-kConflictDays).toString(Qt::ISODate)});
    if (!conflicts)
        return conflicts.error();
    while (conflicts.value()->next()) {
        const QSqlQuery *c = conflicts.value();
        const ConflictRecord record{c->value(0).toString(), c->value(1).toByteArray(), c->value(2).toString(),
                                    c->value(3).toString(), c->value(4), c->value(5), c->value(6), c->value(7),
                                    c->value(8), c->value(9), c->value(10), c->value(11), c->value(12)};
        if (Status s = writer->addRaw(wire::encode(record)); !s)
            return s.error();
    }
    conflicts.value()->finish();
    if (Status s = endPart(); !s)
        return s.error();
    auto logged = m_db.exec(u"INSERT INTO sync_history(at, direction, file, peer, entries) VALUES (?, 'export', ?, ?, ?)"_s,
                            {QDateTime::currentDateTimeUtc().toString(Qt::ISODate), summary.files.join(u", "_s),
                             options.forDevice.isEmpty() ? QVariant() : QVariant(options.forDevice), summary.entries});
    if (!logged)
        return logged.error();
    return summary;
}

} // namespace tamkeen::sync
