#include "sync/Snapshot.h"

#include "impact/MaintainedFacts.h"
#include "registry/IndexRebuild.h"
#include "security/Vault.h"
#include "storage/CaptureTriggers.h"
#include "documents/DocumentStore.h"
#include "storage/Database.h"
#include "storage/HybridClock.h"
#include "storage/LocalState.h"
#include "storage/Uuid.h"
#include "sync/Enrolment.h"
#include "sync/Package.h"
#include "sync/Rotation.h"
#include "sync/SyncKeys.h"
#include "sync/Wire.h"
#include "tamkeen/Version.h"

#include <QCborArray>
#include <QCborStreamReader>
#include <QDateTime>
#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace tamkeen::sync {

namespace {

// The records of a snapshot, each a CBOR array whose first item is its kind
// (docs/sync-format.md, "Snapshots").
enum Kind {
    VectorKind = 0,
    ColumnsKind = 1,
    RowKind = 2,
    EntryKind = 3,
    ConflictKind = 4,
    EndKind = 5,
    BatchKind = 6, // a stored batch's run and signature, without its body: forks are still seen
    ForkKind = 7,  // a device seen in two versions (sync_forks)
    ContentKind = 8, // a piece of a document's content, as in a package (wire::ContentRecord)
    LeftOutKind = 9, // [device, seq]: a scoped snapshot left out its entries up to seq, beyond the scope
};

// How far ahead of the snapshot's own time (and of this clock) an entry may
// be: as an import allows (ImportOptions::maxClockAheadDays), never a year.
constexpr qint64 kAheadMs = 2 * qint64(86'400'000);
constexpr qint64 kYearMs = 366 * qint64(86'400'000);

// Resolved conflicts travel this long, as in packages (Exporter.cpp).
constexpr int kConflictDays = 90;

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

Error damaged(const QString &path)
{
    return makeError(ErrorCode::Corrupt, Snapshot::tr("The snapshot %1 is damaged or incomplete; nothing was changed. "
                                                      "Copy it again from the computer that made it.")
                                             .arg(QFileInfo(path).fileName()));
}

// What a snapshot being read has so far, and the statements it writes with.
struct Reading {
    QSet<QString> synced;
    QByteArray own;
    QString table;            // of the last columns record
    QStringList columns;      // id first
    QString upsert;           // for `table`
    Vector vector;
    bool vectorSeen = false, ended = false;
    QHash<QByteArray, qint64> maxSeq; // per device, in the entries
    quint64 maxHlc = 0;
    quint64 oldest = 0, newest = 0; // the times an entry may have
    SnapshotSummary summary;
};

Status readColumns(storage::Database &db, const QCborArray &a, Reading &r, const QString &path)
{
    const QString table = a.at(1).toString();
    if (!r.synced.contains(table) || !a.at(2).isArray())
        return damaged(path);
    auto known = columnsOf(db, table);
    if (!known)
        return known.error();
    QStringList columns;
    for (const QCborValue &c : a.at(2).toArray())
        columns << c.toString();
    if (columns.value(0) != u"id" || QSet<QString>(columns.begin(), columns.end()).size() != columns.size())
        return damaged(path);
    for (const QString &c : columns.mid(1))
        if (!known.value().contains(c))
            return makeError(ErrorCode::TooNew, Snapshot::tr("The snapshot was made by a newer version of Tamkeen. "
                                                             "Install the same version as the computer that made it."));
    QStringList updates;
    for (const QString &c : columns) {
        if (c != u"id")
            updates << u"\"%1\" = excluded.\"%1\""_s.arg(c);
    }
    r.table = table;
    r.columns = columns;
    // The identity rows the enrolment file gave are replaced by the same
    // rows as they stand, with their history.
    r.upsert = u"INSERT INTO \"%1\" (%2) VALUES (%3) ON CONFLICT(id) DO UPDATE SET %4"_s.arg(
        table, quotedColumns(columns), QStringList(columns.size(), u"?"_s).join(u", "_s), updates.join(u", "_s));
    db.touched(table);
    return {};
}

Status readRow(storage::Database &db, const QCborArray &a, Reading &r, const QString &path)
{
    if (r.table.isEmpty() || a.size() != r.columns.size() + 1 || a.at(1).toByteArray().size() != 16)
        return damaged(path);
    QVariantList values;
    values.reserve(r.columns.size());
    for (qsizetype i = 1; i < a.size(); ++i)
        values << fromCbor(a.at(i));
    if (Status s = db.write(r.upsert, values); !s)
        return s;
    ++r.summary.rows;
    return {};
}

Status readEntry(storage::Database &db, const QCborArray &a, Reading &r, const QString &path)
{
    if (a.size() != 10)
        return damaged(path);
    const QByteArray device = a.at(1).toByteArray();
    const qint64 seq = a.at(2).toInteger();
    const quint64 hlc = quint64(a.at(3).toInteger());
    const QString table = a.at(4).toString(), op = a.at(6).toString();
    // This laptop's own numbers are its own to give: a snapshot holding any is not of a new laptop.
    // Times outside the organisation's life or far ahead would pin this
    // laptop's clock there: refused, as an import refuses them.
    if (device.size() != 16 || device == r.own || seq <= 0 || !r.synced.contains(table) || (op != u"I" && op != u"U")
        || a.at(5).toByteArray().size() != 16 || hlc < r.oldest || hlc > r.newest)
        return damaged(path);
    if (Status s = db.write(u"INSERT INTO change_log(device, seq, hlc, tbl, row_id, op, author, fields, signed) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                            {device, seq, qint64(hlc), table, a.at(5).toByteArray(), op, fromCbor(a.at(7)),
                             fromCbor(a.at(8)), fromCbor(a.at(9))});
        !s)
        return db.sqliteInTransaction() ? Status(damaged(path)) : s; // a number twice: not a snapshot we wrote
    r.maxSeq[device] = std::max(r.maxSeq.value(device), seq);
    r.maxHlc = std::max(r.maxHlc, hlc);
    ++r.summary.entries;
    return {};
}

Status readConflict(storage::Database &db, const QCborArray &a, Reading &r, const QString &path)
{
    const QByteArray bytes = a.at(1).toByteArray();
    wire::Record record;
    if (wire::decode(bytes.constData(), bytes.size(), record) != bytes.size() || record.kind != wire::ConflictKind)
        return damaged(path);
    const ConflictRecord &c = record.conflict;
    if (!r.synced.contains(c.table))
        return damaged(path);
    if (Status s = db.write(u"INSERT INTO sync_conflicts(tbl, row_id, col, kind, kept_value, kept_hlc, kept_device, "
                            "kept_author, lost_value, lost_hlc, lost_device, lost_author, detected_at, resolved_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"_s,
                            {c.table, c.rowId, c.column, c.kind, c.keptValue, c.keptHlc, c.keptDevice, c.keptAuthor,
                             c.lostValue, c.lostHlc, c.lostDevice, c.lostAuthor, nowIso(), c.resolvedAt});
        !s)
        return db.sqliteInTransaction() ? Status(damaged(path)) : s;
    ++r.summary.conflicts;
    return {};
}

Status readBatch(storage::Database &db, const QCborArray &a, Reading &r, const QString &path)
{
    const QByteArray origin = a.at(1).toByteArray();
    const qint64 first = a.at(2).toInteger(), last = a.at(3).toInteger();
    if (a.size() != 5 || origin.size() != 16 || first <= 0 || last < first || last > r.vector.value(origin, 0))
        return damaged(path);
    if (Status s = db.write(u"INSERT INTO sync_batches(origin, first_seq, last_seq, body, signature, format) "
                            "VALUES (?, ?, ?, x'', ?, 0)"_s,
                            {origin, first, last, a.at(4).toByteArray()});
        !s)
        return db.sqliteInTransaction() ? Status(damaged(path)) : s;
    return {};
}

Status readFork(storage::Database &db, const QCborArray &a, const QString &path)
{
    if (a.size() != 3 || a.at(1).toByteArray().size() != 16 || a.at(2).toInteger() <= 0)
        return damaged(path);
    return db.write(u"INSERT INTO sync_forks(origin, from_seq, detected_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"_s,
                    {a.at(1).toByteArray(), a.at(2).toInteger(), nowIso()});
}

// Checked against its hash as in an import: once whole (documents::DocumentStore).
Status readContent(storage::Database &db, const QCborArray &a, const QString &path)
{
    if (a.size() != 5 || !a.at(1).isByteArray() || !a.at(2).isInteger() || !a.at(3).isInteger()
        || !a.at(4).isByteArray() || a.at(3).toInteger() > INT_MAX)
        return damaged(path);
    auto added = documents::DocumentStore::addPiece(db, a.at(1).toByteArray(), a.at(2).toInteger(),
                                                    int(a.at(3).toInteger()), a.at(4).toByteArray());
    if (!added)
        return added.error().code == ErrorCode::Corrupt ? Status(damaged(path)) : Status(added.error());
    return {};
}

Status readRecords(storage::Database &db, const QByteArray &plain, Reading &r, const QString &path)
{
    qsizetype offset = 0, count = 0;
    while (offset < plain.size()) {
        if (r.ended || ++count > PackageReader::kMaxRecords)
            return damaged(path); // nothing after the end; memory bounded on hostile input
        // One top-level item at a time: a sequence of them ends a reader's stream.
        QCborStreamReader reader(QByteArray::fromRawData(plain.constData() + offset, plain.size() - offset));
        const QCborValue value = QCborValue::fromCbor(reader);
        if (reader.lastError() != QCborError::NoError || !value.isArray() || value.toArray().isEmpty()
            || reader.currentOffset() <= 0)
            return damaged(path);
        offset += reader.currentOffset();
        const QCborArray a = value.toArray();
        Status s;
        switch (a.at(0).toInteger(-1)) {
        case VectorKind:
            if (r.vectorSeen || !a.at(1).isMap())
                return damaged(path);
            r.vector = vectorFromCbor(a.at(1));
            r.vectorSeen = true;
            break;
        case ColumnsKind:
            s = readColumns(db, a, r, path);
            break;
        case RowKind:
            s = readRow(db, a, r, path);
            break;
        case EntryKind:
            s = readEntry(db, a, r, path);
            break;
        case ConflictKind:
            s = readConflict(db, a, r, path);
            break;
        case BatchKind:
            s = readBatch(db, a, r, path);
            break;
        case ForkKind:
            s = readFork(db, a, path);
            break;
        case ContentKind:
            s = readContent(db, a, path);
            break;
        case LeftOutKind: // received all the same: the vector may name them; taken whole if they come
            if (a.size() != 3 || a.at(1).toByteArray().size() != 16 || a.at(2).toInteger() <= 0)
                return damaged(path);
            r.maxSeq[a.at(1).toByteArray()] = std::max(r.maxSeq.value(a.at(1).toByteArray()), a.at(2).toInteger());
            s = db.write(u"INSERT OR REPLACE INTO sync_out_of_scope(device, first_seq, last_seq) VALUES (?, 1, ?)"_s,
                         {a.at(1).toByteArray(), a.at(2).toInteger()});
            break;
        case EndKind:
            if (a.size() != 4 || a.at(1).toInteger() != r.summary.rows || a.at(2).toInteger() != r.summary.entries
                || a.at(3).toInteger() != r.summary.conflicts)
                return damaged(path);
            r.ended = true;
            break;
        default:
            return damaged(path);
        }
        if (!s)
            return s;
    }
    return {};
}

// What the laptop holds from now on: every number the snapshot's vector
// names, from the copy that made it (its peer, with that vector).
Status keepHolding(storage::Database &db, Reading &r, const PackageHeader &h, const QString &path)
{
    // A number held is one the snapshot has an entry at or beyond (a device's
    // latest entry is never compacted away), of a device of the organisation:
    // a vector claiming more would have this laptop skip real changes for good.
    for (auto it = r.vector.begin(); it != r.vector.end(); ++it) {
        if (it.key() == r.own || it.value() < 0 || it.value() > r.maxSeq.value(it.key()))
            return damaged(path);
        auto known = db.scalar(u"SELECT count(*) FROM devices WHERE id = ?"_s, {it.key()});
        if (!known)
            return known.error();
        if (known.value().toLongLong() == 0)
            return damaged(path);
    }
    for (auto it = r.maxSeq.begin(); it != r.maxSeq.end(); ++it) {
        const qint64 held = r.vector.value(it.key(), 0);
        if (Status s = db.write(u"INSERT INTO sync_vector(device, contiguous, max_seq) VALUES (?, ?, ?)"_s,
                                {it.key(), held, it.value()});
            !s)
            return s;
        if (held <= 0)
            continue;
        // Below it everything was held: a batch that brings it again is skipped.
        if (Status s = db.write(u"INSERT INTO change_log_compacted(device, below, examined) VALUES (?, ?, 0)"_s,
                                {it.key(), held + 1});
            !s)
            return s;
    }
    if (Status s = db.write(u"INSERT INTO sync_peers(device, public_key, first_seen, last_package_at, last_package, "
                            "vector) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(device) DO UPDATE SET "
                            "last_package_at = excluded.last_package_at, last_package = excluded.last_package, "
                            "vector = excluded.vector"_s,
                            {h.device, h.deviceKey, nowIso(), nowIso(), QFileInfo(path).fileName(),
                             QString::fromUtf8(vectorToJson(r.vector))});
        !s)
        return s;
    // The enrolment's identity rows that now have their history.
    if (Status s = db.write(u"DELETE FROM sync_enrolled WHERE EXISTS (SELECT 1 FROM change_log c "
                            "WHERE c.tbl = sync_enrolled.tbl AND c.row_id = sync_enrolled.row_id AND c.op = 'I')"_s,
                            {});
        !s)
        return s;
    if (Status s = db.write(u"INSERT INTO sync_history(at, direction, file, peer, entries, new_rows, conflicts, note) "
                            "VALUES (?, 'import', ?, ?, ?, ?, ?, 'snapshot')"_s,
                            {nowIso(), QFileInfo(path).fileName(), h.device, r.summary.entries, r.summary.rows,
                             r.summary.conflicts});
        !s)
        return s;
    if (r.maxHlc > 0)
        if (Status s = db.raiseHlcFloor(r.maxHlc); !s)
            return s;
    if (Status s = Enrolment::raiseFileCounter(db); !s)
        return s;
    // Seals of this copy's keys for accounts made since the enrolment file.
    if (Status s = security::Vault::sealForUsers(db); !s)
        return s;
    // The dashboard's kept facts now; the search index and the list behind
    // the user (the window's rebuild, or tamkeen-cli).
    if (auto facts = impact::maintained::rebuildAll(db); !facts)
        return facts.error();
    return registry::IndexRebuild::begin(db);
}

// The file a snapshot is believed from: the copy that enrolled this laptop.
Result<Organisation> checkSender(storage::Database &db, PackageReader &reader, const PackageHeader &h,
                                 const QString &path)
{
    if (!h.snapshot)
        return makeError(ErrorCode::NotTamkeenFile,
                         Snapshot::tr("%1 is a sync package, not a snapshot: import it once this laptop has started.")
                             .arg(QFileInfo(path).fileName()));
    auto org = SyncKeys::organisation(db);
    if (!org)
        return org.error();
    if (h.orgId != org.value().id)
        return makeError(ErrorCode::Invalid, Snapshot::tr("The snapshot belongs to another organisation."));
    auto enrolledBy = storage::localValue(db, u"enrolled_by"_s);
    if (!enrolledBy)
        return enrolledBy.error();
    if (enrolledBy.value().toByteArray().isEmpty())
        return makeError(ErrorCode::Invalid, Snapshot::tr("This laptop was set up by an earlier version of Tamkeen: "
                                                          "it receives the organisation's data by sync packages."));
    auto enrolledAt = storage::localValue(db, u"enrolled_hlc"_s);
    if (!enrolledAt)
        return enrolledAt.error();
    if (h.device != enrolledBy.value().toByteArray())
        return makeError(ErrorCode::PermissionDenied,
                         Snapshot::tr("The snapshot was made on another computer than the one that enrolled this "
                                      "laptop. A snapshot is believed only from that computer: ask its "
                                      "administrator for one."));
    auto key = db.scalar(u"SELECT public_key FROM devices WHERE id = ? AND NOT EXISTS (SELECT 1 FROM "
                         "device_revocations WHERE device_id = devices.id AND deleted = 0)"_s,
                         {h.device});
    if (!key)
        return key.error();
    if (key.value().toByteArray() != h.deviceKey)
        return makeError(ErrorCode::PermissionDenied,
                         Snapshot::tr("The snapshot is not signed with the key of the computer that enrolled this "
                                      "laptop, or that computer was revoked: it was not used."));
    // Made after this laptop was enrolled: an older one (left on a stick) may
    // hold accounts since deactivated, or a key since replaced.
    if (h.hlc <= enrolledAt.value().toULongLong())
        return makeError(ErrorCode::Invalid, Snapshot::tr("The snapshot is older than this laptop's enrolment. Ask the "
                                                          "administrator for a new one, made after the enrolment."));
    if (h.schema > db.schemaVersion())
        return makeError(ErrorCode::TooNew, Snapshot::tr("The snapshot was made by a newer version of Tamkeen. "
                                                         "Install the same version as the computer that made it."));
    if (Status s = reader.verifySignature(); !s)
        return s.error();
    auto name = db.scalar(u"SELECT name FROM devices WHERE id = ?"_s, {h.device});
    return Rotation::forPackage(db, h.epoch, h.rotation, name ? name.value().toString() : QString());
}

} // namespace

Result<SnapshotSummary> Snapshot::write(storage::Database &db, const security::Session &by, const QString &path,
                                         const Scope &scope)
{
    if (by.role != security::Role::Administrator)
        return makeError(ErrorCode::PermissionDenied,
                         tr("Only an administrator writes a snapshot: it holds everything this copy holds."));
    auto org = SyncKeys::organisation(db);
    if (!org)
        return org.error();
    auto keys = SyncKeys::deviceKeys(db);
    if (!keys)
        return keys.error();
    PackageHeader h;
    h.orgId = org.value().id;
    h.device = db.deviceId();
    h.deviceKey = keys.value().publicKey;
    h.packageId = storage::newUuidV7();
    h.schema = db.schemaVersion();
    h.appVersion = h.minAppVersion = QStringLiteral(TAMKEEN_VERSION);
    h.created = QDateTime::fromMSecsSinceEpoch(db.clock().wallMillis()).toUTC();
    h.hlc = db.clock().next();
    h.snapshot = true;
    PackageWriter writer(path, org.value(), keys.value(), h);
    if (Status s = writer.open(); !s)
        return s.error();
    SnapshotSummary summary;
    Status failed;
    const auto add = [&](const QCborArray &record) {
        if (failed)
            failed = writer.add(record.toCborValue());
    };
    // In one read transaction (a save elsewhere goes on meanwhile): rows,
    // entries and conflicts as of one moment.
    if (Status s = db.execScript(u"BEGIN DEFERRED"_s); !s)
        return s.error();
    Status read = [&]() -> Status {
        // Scoped: only the rows of the scope's households go, and what names them.
        const bool scoped = !scope.everything;
        QSet<QByteArray> written;
        QHash<QByteArray, qint64> leftOut; // device → the last of its entries left out
        HouseholdOf householdOf(db);
        if (scoped)
            if (Status s = scope.intoTempTable(db); !s)
                return s;
        auto held = localVector(db);
        if (!held)
            return held.error();
        // Not past a change refused here: the laptop judges it for itself
        // when its batch comes (a role that arrives later may admit it).
        Vector vector = held.value();
        Status s = db.read(u"SELECT device, min(seq) FROM sync_refused GROUP BY device"_s, {},
                           [&](const storage::RawRow &r) {
                               if (vector.contains(r.blob(0)))
                                   vector[r.blob(0)] = std::min(vector.value(r.blob(0)), r.integer(1) - 1);
                           });
        if (!s)
            return s;
        add({VectorKind, vectorToCbor(vector)});
        for (const QString &table : storage::syncedTables(db)) {
            auto columns = columnsOf(db, table);
            if (!columns)
                return columns.error();
            const QStringList all = QStringList{u"id"_s} + columns.value();
            add({ColumnsKind, table, QCborArray::fromStringList(all)});
            auto condition = scoped ? householdOf.rowsCondition(table) : Result<QString>(u"1"_s);
            if (!condition)
                return condition.error();
            s = db.read(u"SELECT %1 FROM \"%2\" t WHERE %3"_s.arg(quotedColumns(all), table, condition.value()), {},
                               [&](const storage::RawRow &r) {
                                   if (scoped)
                                       written.insert(r.blob(0));
                                   QCborArray row{RowKind};
                                   for (int i = 0; i < all.size(); ++i)
                                       row.append(toCbor(r.value(i)));
                                   add(row);
                                   ++summary.rows;
                               });
            if (!s)
                return s;
        }
        s = db.read(u"SELECT device, seq, hlc, tbl, row_id, op, author, fields, signed FROM change_log "
                    "ORDER BY device, seq"_s,
                           {}, [&](const storage::RawRow &r) {
                               if (scoped && !written.contains(r.blob(4))) {
                                   // A row beyond the scope: its entries count as received.
                                   leftOut[r.blob(0)] = std::max(leftOut.value(r.blob(0)), r.integer(1));
                                   return;
                               }
                               QCborArray entry{EntryKind};
                               for (int i = 0; i < 9; ++i)
                                   entry.append(toCbor(r.value(i)));
                               add(entry);
                               ++summary.entries;
                           });
        if (!s)
            return s;
        for (auto it = leftOut.cbegin(); it != leftOut.cend(); ++it)
            add({LeftOutKind, it.key(), it.value()});
        // The runs the laptop holds, without their bodies: a second version
        // of their numbers (a restored copy) is seen there as here.
        s = db.read(u"SELECT origin, first_seq, last_seq, signature FROM sync_batches"_s, {},
                    [&](const storage::RawRow &r) {
                        if (r.integer(2) <= vector.value(r.blob(0), 0))
                            add({BatchKind, r.blob(0), r.integer(1), r.integer(2), r.blob(3)});
                    });
        if (!s)
            return s;
        s = db.read(u"SELECT origin, from_seq FROM sync_forks"_s, {},
                    [&](const storage::RawRow &r) { add({ForkKind, r.blob(0), r.integer(1)}); });
        if (!s)
            return s;
        // Every live document's content here (the laptop needs them as much as the rows).
        QList<QByteArray> contents;
        s = db.read(u"SELECT f.hash, d.id FROM document_files f JOIN documents d ON d.content_hash = f.hash "
                    "WHERE d.deleted = 0 AND NOT EXISTS (SELECT 1 FROM erased_rows e WHERE e.row_id = d.id) "
                    "ORDER BY f.hash"_s,
                    {}, [&](const storage::RawRow &r) {
                        if ((!scoped || written.contains(r.blob(1))) && (contents.isEmpty() || contents.last() != r.blob(0)))
                            contents << r.blob(0);
                    });
        if (!s)
            return s;
        for (const QByteArray &hash : std::as_const(contents))
            if (s = documents::DocumentStore::forEachPiece(db, hash, [&](int piece, qint64 size, const QByteArray &bytes) {
                    add({ContentKind, hash, size, piece, bytes});
                    return failed;
                });
                !s)
                return s;
        return db.read(u"SELECT tbl, row_id, col, kind, kept_value, kept_hlc, kept_device, kept_author, lost_value, "
                       "lost_hlc, lost_device, lost_author, resolved_at FROM sync_conflicts "
                       "WHERE resolved_at IS NULL OR resolved_at > ? ORDER BY id"_s,
                       {QDateTime::currentDateTimeUtc().addDays(-kConflictDays).toString(Qt::ISODate)},
                       [&](const storage::RawRow &r) {
                           if (scoped && !written.contains(r.blob(1)))
                               return;
                           const ConflictRecord c{r.text(0), r.blob(1), r.text(2), r.text(3), r.value(4),
                                                  r.value(5), r.value(6), r.value(7), r.value(8), r.value(9),
                                                  r.value(10), r.value(11), r.value(12)};
                           add({ConflictKind, wire::encode(c)});
                           ++summary.conflicts;
                       });
    }();
    Status ended = db.execScript(read ? u"COMMIT"_s : u"ROLLBACK"_s);
    if (!read)
        return read.error();
    if (!ended)
        return ended.error();
    add({EndKind, summary.rows, summary.entries, summary.conflicts});
    if (!failed)
        return failed.error();
    summary.bytes = writer.size() + crypto_sign_BYTES;
    if (Status s = writer.finish(); !s)
        return s.error();
    return summary;
}

Result<SnapshotSummary> Snapshot::start(storage::Database &db, const QString &path,
                                        const std::function<bool(qint64, qint64)> &progress)
{
    if (db.deviceId().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Set this laptop up from its enrolment file first."));
    auto used = db.scalar(u"SELECT (SELECT count(*) FROM change_log) + (SELECT count(*) FROM sync_packages) "
                          "+ (SELECT count(*) FROM sync_vector)"_s);
    if (!used)
        return used.error();
    if (used.value().toLongLong() > 0)
        return makeError(ErrorCode::Conflict, tr("This laptop has already begun: it holds changes or packages. A "
                                                 "snapshot only starts a laptop just set up from its enrolment file."));
    PackageReader reader(path);
    auto header = reader.readHeader();
    if (!header)
        return header.error();
    auto org = checkSender(db, reader, header.value(), path);
    if (!org)
        return org.error();
    // How many chunks, for the progress: a first pass that decrypts only.
    qint64 chunks = 0;
    if (Status s = reader.startDecrypting(org.value(), false); !s)
        return s.error();
    for (QByteArray plain;;) {
        auto more = reader.nextPlain(plain);
        if (!more)
            return Error(damaged(path));
        if (!more.value())
            break;
        ++chunks;
    }
    Reading r;
    r.own = db.deviceId();
    auto created = storage::localValue(db, u"org_created"_s);
    if (!created)
        return created.error();
    const qint64 now = db.clock().wallMillis();
    r.oldest = created.value().toULongLong();
    r.newest = std::min(std::max(storage::HybridClock::fromMillis(now + kAheadMs), header.value().hlc
                                                                                         + storage::HybridClock::fromMillis(kAheadMs)),
                        storage::HybridClock::fromMillis(now + kYearMs));
    for (const QString &t : storage::syncedTables(db))
        r.synced.insert(t);
    const bool captured = db.captureEnabled();
    db.setCaptureEnabled(false);
    Status applied;
    {
        storage::Database::BulkCache bulk(db, 64 * 1024);
        storage::Database::TriggersOff triggersOff(db); // the rows as they stand: no capture, no marks
        applied = db.transaction([&]() -> Status {
            // Again under the write lock: nothing began meanwhile.
            auto begun = db.scalar(u"SELECT (SELECT count(*) FROM change_log) + (SELECT count(*) FROM sync_packages) "
                                   "+ (SELECT count(*) FROM sync_vector)"_s);
            if (!begun)
                return begun.error();
            if (begun.value().toLongLong() > 0)
                return makeError(ErrorCode::Conflict, tr("This laptop has already begun: it holds changes or packages. "
                                                         "A snapshot only starts a laptop just set up from its "
                                                         "enrolment file."));
            if (Status s = reader.startDecrypting(org.value()); !s)
                return s;
            QByteArray plain;
            for (qint64 done = 1;; ++done) {
                auto more = reader.nextPlain(plain);
                if (!more)
                    return Status(damaged(path));
                if (!more.value())
                    break;
                if (Status s = readRecords(db, plain, r, path); !s)
                    return s;
                if (progress && !progress(done, chunks))
                    return makeError(ErrorCode::Invalid, tr("Starting from the snapshot was cancelled; nothing was "
                                                            "changed."));
            }
            if (Status s = reader.verifyWhatWasRead(); !s)
                return s;
            if (!r.vectorSeen || !r.ended)
                return Status(damaged(path));
            return keepHolding(db, r, header.value(), path);
        });
    }
    db.setCaptureEnabled(captured);
    if (!applied)
        return applied.error();
    r.summary.bytes = QFileInfo(path).size();
    return r.summary;
}

} // namespace tamkeen::sync
