#include "sync/Exporter.h"

#include "documents/DocumentStore.h"
#include "storage/CaptureTriggers.h"
#include "storage/Database.h"
#include "storage/Uuid.h"
#include "sync/Batches.h"
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
    // A device seen in two versions (a restored or cloned copy): the version
    // held here goes from the first number in question to everyone, so the
    // copy that forked learns it (docs/sync-format.md).
    auto forks = db.exec(u"UPDATE temp.export_from SET seq = min(seq, (SELECT f.from_seq - 1 FROM sync_forks f "
                         "WHERE f.origin = device)) WHERE device IN (SELECT origin FROM sync_forks)"_s);
    if (!forks)
        return forks.error();
    return {};
}

// Resolved conflicts travel this long, to close them on the other copies.
constexpr int kConflictDays = 90;
// At most this many households a package asks the history of (record kind 8).
constexpr int kMaxHouseholdsWanted = 4096;
// A peer's list of the contents it lacks counts this long, for this much an export.
constexpr int kWantedDays = 30;
constexpr qint64 kWantedBytes = 256LL * 1024 * 1024;

const QString kSelectBatches =
    u"SELECT b.origin, b.first_seq, b.last_seq, b.body, b.signature, f.seq, b.format, b.rowid "
    "FROM sync_batches b JOIN temp.export_from f ON f.device = b.origin AND b.last_seq > f.seq "
    "WHERE b.format > 0 " // a dropped batch (an erasure) cannot go: its body is gone
    // In time order, by the batch's first entry still in the log (an update
    // compacted away leaves the next one, whose time follows it).
    "ORDER BY (SELECT c.hlc FROM change_log c WHERE c.device = b.origin AND c.seq >= b.first_seq ORDER BY c.seq "
    "LIMIT 1), b.origin, b.first_seq"_s;

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

// One entry of the log as it travels: with the current value of each field
// it still decides (an insert: the whole row, so the receiver can create it).
Result<Entry> entryAt(storage::Database &db, const QSqlQuery &q, RowCache &cache)
{
    Entry e;
    e.v = Version{q.value(2).toULongLong(), q.value(0).toByteArray(), q.value(1).toLongLong()};
    e.table = q.value(3).toString();
    e.rowId = q.value(4).toByteArray();
    e.op = q.value(5).toString();
    e.author = q.value(6);
    if (e.op != u"I")
        e.fieldNames = fieldNames(q.value(7).toString());
    if (!wire::decodeSigned(q.value(8).toByteArray(), e))
        return makeError(ErrorCode::Corrupt, Exporter::tr("A change's signature is damaged in this database (%1, %2). "
                                                          "Run tamkeen-cli check.")
                                                 .arg(e.table, QString::fromLatin1(e.rowId.toHex())));
    auto row = cache.get(db, e.table, e.rowId);
    if (!row)
        return row.error();
    const RowCache::Row &r = *row.value();
    if (!r.exists)
        return e;
    const QStringList &changed = e.op == u"I" ? cache.columns.value(e.table) : e.fieldNames;
    for (const QString &f : changed) {
        const Version current = r.versions.current(f);
        if (!(current == e.v) && e.op != u"I")
            continue; // overwritten since: it travels with the later change
        e.carried.append({f, r.values.value(f), current, r.versions.before(f, current)});
    }
    return e;
}

} // namespace

// This device's entries not sealed yet go into batches of consecutive
// sequence numbers, each signed with the device key and kept (sync_batches).
Status Exporter::sealOwn(const Organisation &org, const DeviceKeys &keys)
{
    return m_db.transaction([&]() -> Status {
        auto sealed = m_db.scalar(u"SELECT max(last_seq) FROM sync_batches WHERE origin = ?"_s, {m_db.deviceId()});
        if (!sealed)
            return sealed.error();
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(u"SELECT device, seq, hlc, tbl, row_id, op, author, fields, signed FROM change_log "
                  "WHERE device = ? AND seq > ? ORDER BY seq"_s);
        q.addBindValue(m_db.deviceId());
        q.addBindValue(sealed.value().toLongLong());
        if (!q.exec())
            return storage::Database::errorFor(q.lastError());
        RowCache cache;
        HouseholdOf householdOf(m_db);
        QByteArray body;
        qint64 first = 0, last = 0;
        const auto flush = [&]() -> Status {
            if (first == 0)
                return {};
            const BatchRecord b = batches::seal(org.id, keys, m_db.deviceId(), first, last, body, 3);
            auto w = m_db.exec(u"INSERT INTO sync_batches(origin, first_seq, last_seq, body, signature, format) "
                               "VALUES (?, ?, ?, ?, ?, 3)"_s,
                               {b.origin, b.firstSeq, b.lastSeq, b.body, b.signature});
            if (!w)
                return w.error();
            body.clear();
            first = 0;
            return {};
        };
        while (q.next()) {
            auto e = entryAt(m_db, q, cache);
            if (!e)
                return e.error();
            if (first != 0 && (e.value().v.seq != last + 1 || last - first + 1 >= batches::kMaxEntries
                               || body.size() >= batches::kMaxBodyBytes))
                if (Status s = flush(); !s)
                    return s;
            if (first == 0)
                first = e.value().v.seq;
            last = e.value().v.seq;
            // Each entry under its row's household and centre now, for scoped exports.
            auto tag = householdOf.withCentre(e.value().table, e.value().rowId);
            if (!tag)
                return tag.error();
            body += batches::itemOf(e.value(), 3, tag.value().first, tag.value().second);
        }
        q.finish();
        return flush();
    });
}

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
    auto scope = receiverScope(options);
    if (!scope)
        return scope.error();
    ExportSummary summary;
    if (scope.value().everything) {
        Status s = m_db.read(u"SELECT c.tbl, count(*) FROM temp.export_from f JOIN change_log c "
                             "ON c.device = f.device AND c.seq > f.seq GROUP BY c.tbl"_s,
                             {}, [&](const storage::RawRow &r) {
                                 summary.perTable.insert(r.text(0), r.integer(1));
                                 summary.entries += r.integer(1);
                             });
        if (!s)
            return s.error();
        return summary;
    }
    // For a scoped receiver, the entries of the rows it receives (as this
    // copy files them now; the batches' own tags decide what leaves).
    if (Status s = scope.value().intoTempTable(m_db); !s)
        return s.error();
    HouseholdOf householdOf(m_db);
    for (const QString &table : storage::syncedTables(m_db)) {
        auto condition = householdOf.rowsCondition(table);
        if (!condition)
            return condition.error();
        auto n = m_db.scalar(u"SELECT count(*) FROM temp.export_from f JOIN change_log c ON c.device = f.device "
                             "AND c.seq > f.seq AND c.tbl = ? JOIN \"%1\" t ON t.id = c.row_id WHERE %2"_s.arg(
                                 table, condition.value()),
                             {table});
        if (!n)
            return n.error();
        if (n.value().toLongLong() > 0) {
            summary.perTable.insert(table, n.value().toLongLong());
            summary.entries += n.value().toLongLong();
        }
    }
    return summary;
}

// What the batches sent hold that the receiver lacks: the entries by their
// runs, tables and fields from the log (decoding the batches again to count
// them cost a third of the export; an update compacted out of the log is
// counted among the entries only). An insert counts every column of its
// row; an update the fields it changed.
Status Exporter::countSent(ExportSummary &summary)
{
    auto runs = m_db.scalar(u"SELECT total(b.last_seq - max(b.first_seq, f.seq + 1) + 1) FROM sync_batches b "
                            "JOIN temp.export_from f ON f.device = b.origin AND b.last_seq > f.seq WHERE b.format > 0"_s);
    if (!runs)
        return runs.error();
    auto q = m_db.exec(u"SELECT c.tbl, count(*), sum(c.fields IS NULL), total(json_array_length(c.fields)) "
                       "FROM temp.export_from f JOIN change_log c ON c.device = f.device AND c.seq > f.seq "
                       "GROUP BY c.tbl"_s);
    if (!q)
        return q.error();
    QList<std::pair<QString, qint64>> inserts;
    while (q.value()->next()) {
        const QString table = q.value()->value(0).toString();
        const qint64 n = q.value()->value(1).toLongLong();
        summary.perTable[table] += n;
        summary.fieldChanges += qint64(q.value()->value(3).toDouble());
        inserts.append({table, q.value()->value(2).toLongLong()});
    }
    q.value()->finish();
    summary.entries = qint64(runs.value().toDouble());
    for (const auto &[table, n] : inserts) {
        if (n == 0)
            continue;
        auto columns = columnsOf(m_db, table);
        if (!columns)
            return columns.error();
        summary.fieldChanges += n * columns.value().size();
    }
    return {};
}

// The contents to send: every one here for --all; else those of documents
// made in changes the receiver lacks, and those it said it lacks (each
// receiver's, for an export to every device we know).
Result<QList<QByteArray>> Exporter::contentsToSend(const ExportOptions &options)
{
    QList<QByteArray> hashes;
    QSet<QByteArray> seen;
    const auto take = [&](const QByteArray &h) {
        if (!seen.contains(h)) {
            seen.insert(h);
            hashes << h;
        }
    };
    const QString live = u"d.deleted = 0 AND NOT EXISTS (SELECT 1 FROM erased_rows e WHERE e.row_id = d.id) AND "
                         "EXISTS (SELECT 1 FROM document_files f WHERE f.hash = d.content_hash)"_s;
    Status s = options.all
                   ? m_db.read(u"SELECT d.content_hash FROM documents d WHERE "_s + live + u" ORDER BY d.created_at"_s, {},
                               [&](const storage::RawRow &r) { take(r.blob(0)); })
                   : m_db.read(u"SELECT d.content_hash FROM temp.export_from x JOIN change_log c ON c.device = x.device "
                               "AND c.seq > x.seq JOIN documents d ON d.id = c.row_id WHERE c.tbl = 'documents' AND "
                               "c.op = 'I' AND "_s + live + u" ORDER BY c.hlc"_s,
                               {}, [&](const storage::RawRow &r) { take(r.blob(0)); });
    if (!s)
        return s.error();
    if (options.all)
        return hashes;
    // What peers said they lack, in the last 30 days, up to 256 MiB an export:
    // a list a peer never renews cannot make every export carry everything.
    QList<QByteArray> wanted;
    const QString since = QDateTime::currentDateTimeUtc().addDays(-kWantedDays).toString(Qt::ISODate);
    s = options.forDevice.isEmpty()
            ? m_db.read(u"SELECT wanted FROM sync_peers WHERE wanted IS NOT NULL AND wanted_at > ?"_s, {since},
                        [&](const storage::RawRow &r) { wanted << r.blob(0); })
            : m_db.read(u"SELECT wanted FROM sync_peers WHERE device = ? AND wanted IS NOT NULL AND wanted_at > ?"_s,
                        {options.forDevice, since}, [&](const storage::RawRow &r) { wanted << r.blob(0); });
    if (!s)
        return s.error();
    qint64 bytes = 0;
    for (const QByteArray &list : std::as_const(wanted))
        for (qsizetype i = 0; i + 32 <= list.size() && bytes < kWantedBytes; i += 32) {
            const QByteArray h = list.mid(i, 32);
            if (seen.contains(h))
                continue;
            auto size = m_db.scalar(u"SELECT size FROM document_files WHERE hash = ?"_s, {h});
            if (!size)
                return size.error();
            if (size.value().isNull())
                continue;
            bytes += size.value().toLongLong();
            take(h);
        }
    return hashes;
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
    if (Status s = sealOwn(org.value(), keys.value()); !s)
        return s.error();
    auto from = receiverVector(options);
    if (!from)
        return from.error();
    auto vector = localVector(m_db);
    if (!vector)
        return vector.error();
    if (Status s = loadRanges(m_db, from.value()); !s)
        return s.error();
    if (Status s = prepareScope(options); !s)
        return s.error();
    auto history = historyWanted(options);
    if (!history)
        return history.error();
    // The households whose earlier entries this copy lacks (record kind 8).
    WantedRecord householdsWanted;
    if (Status s = m_db.read(u"SELECT household FROM sync_households_wanted ORDER BY since DESC, household LIMIT ?"_s,
                             {kMaxHouseholdsWanted},
                             [&](const storage::RawRow &r) { householdsWanted.hashes << r.blob(0); });
        !s)
        return s.error();

    auto wanted = documents::DocumentStore::wanted(m_db);
    if (!wanted)
        return wanted.error();

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
        // Then, once, the contents of documents this copy still lacks, and
        // the households whose history it lacks.
        if (part != 1)
            return {};
        if (Status s = writer->addRaw(wire::encode(WantedRecord{wanted.value()})); !s)
            return s;
        return writer->addRaw(wire::encode(householdsWanted, wire::HouseholdsWantedKind));
    };
    const auto endPart = [&]() -> Status {
        summary.bytes += writer->size() + crypto_sign_BYTES;
        if (Status s = writer->finish(); !s)
            return s;
        summary.files << partPath(path, part);
        return {};
    };
    const auto nextPartIfFull = [&]() -> Status {
        if (options.partBytes <= 0 || writer->size() < options.partBytes)
            return {};
        if (Status s = endPart(); !s)
            return s;
        return startPart();
    };
    if (Status s = startPart(); !s)
        return s.error();

    // Every stored batch (this device's own, and those it relays unchanged)
    // whose run the receiver may lack, oldest first.
    QSet<qint64> sent;
    QSqlQuery batches(m_db.connection());
    batches.setForwardOnly(true);
    if (!batches.exec(kSelectBatches))
        return storage::Database::errorFor(batches.lastError());
    while (batches.next()) {
        const BatchRecord batch{batches.value(0).toByteArray(), batches.value(1).toLongLong(),
                                batches.value(2).toLongLong(), batches.value(3).toByteArray(),
                                batches.value(4).toByteArray(), batches.value(6).toInt()};
        sent.insert(batches.value(7).toLongLong());
        if (Status s = writeBatch(*writer, batch, summary); !s)
            return s.error();
        if (Status s = nextPartIfFull(); !s)
            return s.error();
    }
    batches.finish();
    // Then the batches of households a receiver said it lacks the history of.
    for (qint64 rowid : history.value()) {
        if (sent.contains(rowid))
            continue;
        BatchRecord batch;
        if (Status s = m_db.read(u"SELECT origin, first_seq, last_seq, body, signature, format FROM sync_batches "
                                 "WHERE rowid = ?"_s,
                                 {rowid},
                                 [&](const storage::RawRow &r) {
                                     batch = {r.blob(0), r.integer(1), r.integer(2), r.blob(3), r.blob(4), int(r.integer(5))};
                                 });
            !s)
            return s.error();
        if (Status s = writeBatch(*writer, batch, summary); !s)
            return s.error();
        if (Status s = nextPartIfFull(); !s)
            return s.error();
    }
    // The documents' contents, a piece at a time (a part may end between two
    // pieces of one content: its parts import in any order).
    auto contents = contentsToSend(options);
    if (!contents)
        return contents.error();
    if (Status s = keepInScope(contents.value()); !s)
        return s.error();
    for (const QByteArray &hash : contents.value()) {
        Status s = documents::DocumentStore::forEachPiece(m_db, hash, [&](int piece, qint64 size, const QByteArray &bytes) {
            if (Status w = writer->addRaw(wire::encode(ContentRecord{hash, size, piece, bytes})); !w)
                return w;
            return nextPartIfFull();
        });
        if (!s)
            return s.error();
        ++summary.documents;
    }
    if (Status s = countSent(summary); !s)
        return s.error();
    summary.entries -= summary.leftOut;
    // Conflicts travel too, so every copy shows them whichever saw both sides
    // first, and a resolution closes them everywhere.
    auto conflicts = m_db.exec(u"SELECT tbl, row_id, col, kind, kept_value, kept_hlc, kept_device, kept_author, lost_value, "
                               "lost_hlc, lost_device, lost_author, resolved_at FROM sync_conflicts "
                               "WHERE resolved_at IS NULL OR resolved_at > ? ORDER BY id"_s,
                               {QDateTime::currentDateTimeUtc().addDays(-kConflictDays).toString(Qt::ISODate)});
    if (!conflicts)
        return conflicts.error();
    HouseholdOf householdOf(m_db);
    while (conflicts.value()->next()) {
        const QSqlQuery *c = conflicts.value();
        if (!m_scope.everything) { // a conflict holds the row's values: only for its scope
            auto household = householdOf.of(c->value(0).toString(), c->value(1).toByteArray());
            if (!household)
                return household.error();
            auto expression = householdOf.expression(c->value(0).toString());
            if (!expression)
                return expression.error();
            if (household.value().isEmpty() && !expression.value().isEmpty())
                continue; // the row of a household, not here: cannot be judged
            Status failed;
            const bool goes = this->goes(household.value(), failed);
            if (!failed)
                return failed.error();
            if (!goes)
                continue;
        }
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
