#include "sync/Importer.h"

#include "registry/SearchIndex.h"
#include "storage/CaptureTriggers.h"
#include "storage/Database.h"
#include "storage/HybridClock.h"
#include "storage/Uuid.h"
#include "sync/Package.h"
#include "sync/Records.h"
#include "sync/SyncKeys.h"
#include "tamkeen/Version.h"

#include <QCborArray>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <QVersionNumber>

using namespace Qt::StringLiterals;
using tamkeen::storage::HybridClock;

namespace tamkeen::sync {

namespace {

// Sequence numbers beyond this are damage (and would overflow ours).
constexpr qint64 kMaxSeq = qint64(1) << 48;
constexpr qsizetype kCachedRows = 2000;

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString shortId(const QByteArray &device)
{
    return storage::uuidToString(device).left(8);
}

// What the merge knows of a local row. Its values are read only when a
// conflict needs them: most changes are decided by versions alone.
struct RowState {
    bool exists = false;
    bool valuesRead = false;
    RowVersions versions;
    QHash<QString, QVariant> values;
};

} // namespace

Importer::Importer(storage::Database &db, ImportOptions options) : m_db(db), m_options(std::move(options)) {}

QStringList Importer::packagesIn(const QString &folder)
{
    QStringList files;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({u"*.tamkeen"_s}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

ImportSummary Importer::importFile(const QString &path)
{
    ImportSummary summary;
    summary.file = path;
    const auto refuse = [&](const QString &why) {
        summary.refused = why;
        (void)m_db.exec(u"INSERT INTO sync_history(at, direction, file, peer, refused) VALUES (?, 'import', ?, ?, ?)"_s,
                        {nowIso(), QFileInfo(path).fileName(),
                         summary.sender.isEmpty() ? QVariant() : QVariant(summary.sender), why});
        return summary;
    };

    PackageReader reader(path);
    auto header = reader.readHeader();
    if (!header)
        return refuse(header.error().message);
    const PackageHeader &h = header.value();
    summary.sender = h.device;

    // The same file again: recognised by its id and signature, nothing to do.
    // (Unless some of its changes were held back waiting for their rows: then it goes again.)
    auto seen = m_db.exec(u"SELECT signature, entries FROM sync_packages WHERE package_id = ? AND waiting = 0"_s,
                          {h.packageId});
    if (!seen)
        return refuse(seen.error().message);
    if (seen.value()->next() && seen.value()->value(0).toByteArray() == reader.signature()) {
        summary.alreadyImported = true;
        summary.entries = summary.unchanged = seen.value()->value(1).toLongLong();
        seen.value()->finish();
        return summary;
    }
    seen.value()->finish();

    auto org = SyncKeys::organisation(m_db);
    if (!org)
        return refuse(org.error().message);
    if (h.orgId != org.value().id)
        return refuse(tr("The package belongs to another organisation, or this installation has not joined yours. "
                         "Ask an administrator for the organisation key file."));
    if (Status s = reader.verifySignature(); !s)
        return refuse(s.error().message);

    // The sender: the key it signed with must be the one first seen for it.
    auto known = m_db.scalar(u"SELECT public_key FROM sync_peers WHERE device = ?"_s, {h.device});
    if (!known)
        return refuse(known.error().message);
    QByteArray expectedKey = known.value().toByteArray();
    if (h.device == m_db.deviceId()) {
        auto own = SyncKeys::deviceKeys(m_db);
        if (!own)
            return refuse(own.error().message);
        expectedKey = own.value().publicKey;
    }
    if (!expectedKey.isEmpty() && expectedKey != h.deviceKey)
        return refuse(tr("The package claims to come from device %1 but is signed with another key: it was not made "
                         "by that device. It was not imported.")
                          .arg(shortId(h.device)));
    QHash<QByteArray, quint64> revoked;
    {
        auto q = m_db.exec(u"SELECT device_id, min(revoked_hlc) FROM device_revocations WHERE deleted = 0 GROUP BY device_id"_s);
        if (!q)
            return refuse(q.error().message);
        while (q.value()->next())
            revoked.insert(q.value()->value(0).toByteArray(), q.value()->value(1).toULongLong());
        q.value()->finish();
    }
    if (revoked.contains(h.device) && h.hlc > revoked.value(h.device))
        return refuse(tr("Device %1 was revoked by an administrator; packages it made after that are refused.")
                          .arg(shortId(h.device)));

    const bool newerApp = QVersionNumber::fromString(h.minAppVersion) > QVersionNumber::fromString(QStringLiteral(TAMKEEN_VERSION));
    if (h.schema > m_db.schemaVersion() || newerApp) {
        const QString folder = m_options.asideFolder.isEmpty()
                                   ? QFileInfo(m_db.path()).dir().filePath(u"sync-waiting"_s)
                                   : m_options.asideFolder;
        QDir().mkpath(folder);
        const QString target = QDir(folder).filePath(QFileInfo(path).fileName());
        if (QFileInfo(target).canonicalFilePath() == QFileInfo(path).canonicalFilePath()) {
            summary.setAside = true; // imported from the waiting folder itself: it stays there
        } else {
            QFile::remove(target);
            summary.setAside = QFile::copy(path, target);
        }
        return refuse(tr("The package was made by a newer version of Tamkeen (data version %1; this one has %2). "
                         "Update Tamkeen, then import it again; a copy waits in %3.")
                          .arg(h.schema)
                          .arg(m_db.schemaVersion())
                          .arg(QDir::toNativeSeparators(folder)));
    }

    // First pass: the whole stream decrypts to its final tag (records are
    // read in the transaction below, which undoes everything on damage).
    if (Status s = reader.startDecrypting(org.value(), false); !s)
        return refuse(s.error().message);
    qint64 chunks = 0;
    {
        QByteArray plain;
        for (;;) {
            auto more = reader.nextPlain(plain);
            if (!more)
                return refuse(more.error().message);
            if (!more.value())
                break;
            ++chunks;
        }
    }

    // Second pass, one transaction: merge.
    QSet<QString> synced;
    for (const QString &t : storage::syncedTables(m_db))
        synced.insert(t);
    QHash<QString, QStringList> columns;
    QHash<QByteArray, RowState> rows;
    Vector senderVector;
    QHash<QByteArray, qint64> touchedDevices;
    QSet<QByteArray> flagged;
    QSet<QByteArray> householdsToIndex, membersToIndex;
    // Tables whose rows changed: the database announces their areas when the
    // package commits; the summary tells them to a connection on another thread.
    QSet<QString> tablesChanged;
    const auto touch = [&](const QString &table) {
        tablesChanged.insert(table);
        m_db.touched(table);
    };
    quint64 maxHlc = 0;
    const qint64 limitMs = m_db.clock().wallMillis() + qint64(m_options.maxClockAheadDays) * 86'400'000;
    const quint64 limit = HybridClock::fromMillis(limitMs);
    bool cancelled = false, notMember = false;
    qint64 total = 0;
    auto openConflicts = m_db.scalar(u"SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL"_s);
    if (!openConflicts)
        return refuse(openConflicts.error().message);
    const bool hasOpenConflicts = openConflicts.value().toLongLong() > 0;

    const auto rowState = [&](const QString &table, const QByteArray &id) -> Result<RowState *> {
        const QByteArray key = id + table.toUtf8();
        if (auto it = rows.find(key); it != rows.end())
            return &it.value();
        if (rows.size() > kCachedRows) // small: a row's changes come close together
            rows.clear();
        RowState state;
        auto versions = rowVersions(m_db, table, id);
        if (!versions)
            return versions.error();
        state.versions = versions.value();
        // A row with a history is here (synced rows are archived, never deleted).
        state.exists = !state.versions.held.isEmpty();
        if (!state.exists) {
            Status s = m_db.read(u"SELECT 1 FROM \"%1\" WHERE id = ?"_s.arg(table), {id},
                                 [&](const storage::RawRow &) { state.exists = true; });
            if (!s)
                return s.error();
        }
        return &rows.insert(key, state).value();
    };
    // A row's value as it stands, with what the entry being merged has taken so far.
    const auto valueOf = [&](RowState &row, const Entry &e, const QString &column, const QStringList &takenNames,
                             const QVariantList &taken) -> Result<QVariant> {
        if (const qsizetype at = takenNames.indexOf(column); at >= 0)
            return taken[at];
        if (!row.valuesRead) {
            bool exists = false;
            auto values = rowValues(m_db, e.table, columns.value(e.table), e.rowId, &exists);
            if (!values)
                return values.error();
            row.values = values.value();
            row.valuesRead = true;
        }
        return row.values.value(column);
    };
    const auto authorOf = [&](const Version &v) -> QVariant {
        auto a = m_db.scalar(u"SELECT author FROM change_log WHERE device = ? AND seq = ?"_s, {v.device, v.seq});
        return a ? a.value() : QVariant();
    };
    const auto conflict = [&](const Entry &e, const QString &column, const QString &kind, const QVariant &keptValue,
                              const Version &kept, const QVariant &keptAuthor, const QVariant &lostValue,
                              const Version &lost, const QVariant &lostAuthor) -> Status {
        QVariant id;
        Status s = m_db.write(u"INSERT INTO sync_conflicts(tbl, row_id, col, kind, kept_value, kept_hlc, kept_device, "
                              "kept_author, lost_value, lost_hlc, lost_device, lost_author, detected_at) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id"_s,
                              {e.table, e.rowId, column, kind, keptValue, qint64(kept.hlc), kept.device, keptAuthor,
                               lostValue, qint64(lost.hlc), lost.device, lostAuthor, nowIso()},
                              nullptr, &id);
        if (s && !id.isNull())
            ++summary.conflicts;
        return s;
    };
    // A time too far ahead flags its device for an administrator to set its
    // clock right. It is not rewritten here: every copy must compare the same
    // versions, and our clock must pass it so that what we change after
    // seeing it comes later (docs/sync-format.md, rule 3). The sender's wall
    // clock too: its changes may be capped where they were made while its
    // clock is still wrong.
    if (h.created.isValid() && h.created.toMSecsSinceEpoch() > limitMs)
        flagged.insert(h.device);
    const auto checkClock = [&](const Version &v) {
        if (!v.isNull() && v.hlc > limit)
            flagged.insert(v.device);
        return v.hlc;
    };
    // The sender's clock when it wrote the package (capped there) moves our
    // floor on even when nothing in it is new: a laptop that syncs with a hub
    // which only relays still learns the time, and its own cap moves with it.
    if (h.device != m_db.deviceId())
        maxHlc = checkClock(Version{h.hlc, h.device, 0});

    const auto apply = [&](Entry &e) -> Status {
        ++total;
        if (!synced.contains(e.table))
            return makeError(ErrorCode::Corrupt, tr("The package is damaged: it names an unknown table (%1).").arg(e.table));
        if (!columns.contains(e.table)) {
            auto cols = columnsOf(m_db, e.table);
            if (!cols)
                return cols.error();
            columns.insert(e.table, cols.value());
        }
        // The row's history says whether this entry is held already.
        auto state = rowState(e.table, e.rowId);
        if (!state)
            return state.error();
        RowState &row = *state.value();
        if (row.versions.holds(e.v.device, e.v.seq)) {
            ++summary.unchanged;
            return {};
        }
        if (revoked.contains(e.v.device) && e.v.hlc > revoked.value(e.v.device)) {
            ++summary.refusedChanges;
            return {};
        }
        maxHlc = std::max(maxHlc, checkClock(e.v));
        if (e.v.seq > kMaxSeq)
            return makeError(ErrorCode::Corrupt, tr("The package is damaged: a change has an impossible number."));
        const QStringList &tableColumns = columns.value(e.table);
        for (const Entry::Field &f : e.carried) {
            if (!tableColumns.contains(f.column))
                return makeError(ErrorCode::Corrupt,
                                 tr("The package is damaged: it names an unknown field (%1.%2).").arg(e.table, f.column));
            // An update decides only the fields it changed, with its own version.
            if (e.op == u"U" && (!f.version.sameChange(e.v) || !e.fieldNames.contains(f.column)))
                return makeError(ErrorCode::Corrupt, tr("The package is damaged: a change does not match its fields."));
        }
        if (!row.exists) {
            if (e.op != u"I") { // its row has not come yet: held back, sent again next time
                ++summary.waiting;
                return {};
            }
            QStringList names{u"id"_s};
            QVariantList values{e.rowId};
            for (const Entry::Field &f : e.carried) {
                if (!tableColumns.contains(f.column))
                    continue;
                names << u"\"%1\""_s.arg(f.column);
                values << f.value;
            }
            const QString sql = u"INSERT INTO \"%1\" (%2) VALUES (%3)"_s.arg(e.table, names.join(u", "_s),
                                                                                QStringList(names.size(), u"?"_s).join(u", "_s));
            // A row the schema refuses (a constraint) is held back, the rest goes
            // on: SQLite undoes just the failed statement.
            Status inserted = m_db.write(sql, values);
            if (!inserted) {
                if (!m_db.sqliteInTransaction())
                    return inserted; // disk full or I/O: the whole import stops
                ++summary.waiting;
                return {};
            }
            row.exists = true;
            row.values.clear();
            for (const Entry::Field &f : e.carried)
                row.values.insert(f.column, f.value);
            row.valuesRead = true;
            ++summary.newRows;
            touch(e.table);
        } else {
            QStringList set, takenNames;
            QVariantList values;
            const bool touchesDeleted = e.fieldNames.contains(u"deleted"_s);
            for (const Entry::Field &f : e.carried) {
                if (!tableColumns.contains(f.column))
                    continue;
                const Version local = row.versions.current(f.column);
                bool take = false;
                const bool basedOnOurs = !local.isNull() && f.prev.sameChange(local);
                if (f.version.sameChange(local) || row.versions.contains(f.column, f.version)) {
                    take = false; // held already, or we are past it
                } else if (local.isNull() || basedOnOurs || covers(senderVector, local)) {
                    take = local.isNull() || basedOnOurs || local < f.version;
                } else if (isBookkeeping(f.column)) {
                    take = local < f.version;
                } else {
                    // Both sides changed the field: the later wins, the other is kept for a person.
                    take = local < f.version;
                    auto current = valueOf(row, e, f.column, takenNames, values);
                    if (!current)
                        return current.error();
                    const QVariant localValue = current.value();
                    if (localValue != f.value || localValue.isNull() != f.value.isNull()) {
                        Status s = take ? conflict(e, f.column, u"field"_s, f.value, f.version, e.author, localValue, local,
                                                   authorOf(local))
                                        : conflict(e, f.column, u"field"_s, localValue, local, authorOf(local), f.value,
                                                   f.version, e.author);
                        if (!s)
                            return s;
                    }
                }
                if (take && hasOpenConflicts && basedOnOurs) {
                    // A change made on top of a conflict's winner settles it here too.
                    auto settled = m_db.exec(u"UPDATE sync_conflicts SET resolved_at = ?, resolved_by = ? WHERE resolved_at IS NULL "
                                             "AND tbl = ? AND row_id = ? AND col = ? AND kept_hlc = ? AND kept_device = ?"_s,
                                             {nowIso(), e.author, e.table, e.rowId, f.column, qint64(local.hlc), local.device});
                    if (!settled)
                        return settled.error();
                }
                if (take) {
                    set << u"\"%1\" = ?"_s.arg(f.column);
                    takenNames << f.column;
                    values << f.value;
                }
            }
            // An archive (or restore) against an edit the sender never saw, and
            // the other way round: always for a person to look at.
            if (e.table != u"device_revocations") {
                const Version deletedNow = row.versions.current(u"deleted"_s);
                if (touchesDeleted) {
                    QSet<QByteArray> edits;
                    for (const QString &column : tableColumns) {
                        const Version edit = row.versions.current(column);
                        if (column == u"deleted" || isBookkeeping(column) || edit.isNull())
                            continue;
                        const QByteArray key = edit.device + QByteArray::number(edit.hlc);
                        if (covers(senderVector, edit) || edits.contains(key) || edit.seq == 0)
                            continue;
                        edits.insert(key);
                        auto deleted = valueOf(row, e, u"deleted"_s, takenNames, values);
                        if (!deleted)
                            return deleted.error();
                        if (Status s = conflict(e, u"deleted"_s, u"archive"_s, deleted.value(), e.v,
                                                e.author, QString(), edit, authorOf(edit));
                            !s)
                            return s;
                    }
                } else {
                    const QList<Version> history = row.versions.history(u"deleted"_s);
                    bool concurrentArchive = false;
                    for (qsizetype i = 1; i < history.size(); ++i) // [0] is the insert
                        concurrentArchive = concurrentArchive || !covers(senderVector, history[i]);
                    bool edits = false;
                    for (const Entry::Field &f : e.carried)
                        edits = edits || (!isBookkeeping(f.column) && f.column != u"deleted");
                    if (concurrentArchive && edits) {
                        auto deleted = valueOf(row, e, u"deleted"_s, takenNames, values);
                        if (!deleted)
                            return deleted.error();
                        if (Status s = conflict(e, u"deleted"_s, u"archive"_s, deleted.value(), deletedNow,
                                                authorOf(deletedNow), QString(), e.v, e.author);
                            !s)
                            return s;
                    }
                }
            }
            if (row.valuesRead)
                for (qsizetype i = 0; i < takenNames.size(); ++i)
                    row.values.insert(takenNames[i], values[i]);
            if (!set.isEmpty()) {
                values << e.rowId;
                if (Status s = m_db.write(u"UPDATE \"%1\" SET %2 WHERE id = ?"_s.arg(e.table, set.join(u", "_s)), values); !s)
                    return s;
                ++summary.updated;
                touch(e.table);
            } else {
                ++summary.unchanged;
            }
        }

        // Held now: logged under its own device and sequence, so it is never applied twice.
        // An update is logged with the fields it carried: the ones it changed
        // and that nobody has changed since at the sender. The others come
        // with the later change that set them, so our versions never run
        // ahead of our values.
        QVariant fields;
        QStringList decided;
        if (e.op == u"U") {
            for (const Entry::Field &f : e.carried)
                decided << f.column;
            // Checked against the table's columns above: names need no escapes.
            fields = decided.isEmpty() ? u"[]"_s : u"[\""_s + decided.join(u"\",\""_s) + u"\"]"_s;
        }
        if (Status s = m_db.write(u"INSERT INTO change_log(device, seq, hlc, tbl, row_id, op, author, fields) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                  {e.v.device, e.v.seq, qint64(e.v.hlc), e.table, e.rowId, e.op, e.author, fields});
            !s)
            return s;
        if (e.op == u"I")
            row.versions.addInsert(e.v);
        else
            row.versions.add(decided, e.v);
        row.versions.held.append({e.v.device, e.v.seq});
        touchedDevices[e.v.device] = std::max(touchedDevices.value(e.v.device), e.v.seq);
        if (e.table == u"households")
            householdsToIndex.insert(e.rowId);
        else if (e.table == u"members")
            membersToIndex.insert(e.rowId);
        return {};
    };

    // A conflict the sender holds: kept here too (once); its resolution closes ours.
    const auto mergeConflict = [&](const QCborArray &a) -> Status {
        const QString table = a[1].toString();
        const QString column = a[3].toString();
        if (!synced.contains(table))
            return {};
        if (!columns.contains(table)) {
            auto cols = columnsOf(m_db, table);
            if (!cols)
                return cols.error();
            columns.insert(table, cols.value());
        }
        if (!columns.value(table).contains(column) || (a[4].toString() != u"field" && a[4].toString() != u"archive"))
            return {};
        QVariant id;
        Status s = m_db.write(u"INSERT INTO sync_conflicts(tbl, row_id, col, kind, kept_value, kept_hlc, kept_device, "
                              "kept_author, lost_value, lost_hlc, lost_device, lost_author, detected_at, resolved_at) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id"_s,
                              {table, a[2].toByteArray(), column, a[4].toString(), fromCbor(a[5]), fromCbor(a[6]),
                               fromCbor(a[7]), fromCbor(a[8]), fromCbor(a[9]), fromCbor(a[10]), fromCbor(a[11]),
                               fromCbor(a[12]), nowIso(), fromCbor(a[13])},
                              nullptr, &id);
        if (!s)
            return s;
        if (!id.isNull() && a[13].isNull())
            ++summary.conflicts;
        if (id.isNull() && !a[13].isNull()) {
            auto closed = m_db.exec(u"UPDATE sync_conflicts SET resolved_at = ? WHERE resolved_at IS NULL AND tbl = ? "
                                    "AND row_id = ? AND col = ? AND lost_hlc = ? AND lost_device = ?"_s,
                                    {fromCbor(a[13]), table, a[2].toByteArray(), column, fromCbor(a[10]), fromCbor(a[11])});
            if (!closed)
                return closed.error();
        }
        return {};
    };

    const bool captured = m_db.captureEnabled();
    m_db.setCaptureEnabled(false);
    storage::Database::BulkCache bulk(m_db, 64 * 1024); // more only piles up pages until the commit
    storage::Database::TriggersOff triggersOff(m_db);   // capture is off, and no key changes or deletes here
    Status applied = m_db.transaction([&]() -> Status {
        if (Status s = reader.startDecrypting(org.value()); !s)
            return s;
        QByteArray plain;
        for (qint64 done = 1;; ++done) {
            auto more = reader.nextPlain(plain);
            if (!more)
                return more.error();
            if (!more.value())
                break;
            Status read = RecordReader::forEach(plain, [&](Record &r) -> Status {
                if (r.kind == Record::Vector)
                    senderVector = vectorFromCbor(r.fields[1]);
                else if (r.kind == Record::Conflict)
                    return mergeConflict(r.fields);
                else
                    return apply(r.entry);
                return {};
            });
            if (!read)
                return read;
            if (m_options.progress && !m_options.progress(done, chunks)) {
                cancelled = true;
                return makeError(ErrorCode::Invalid, tr("The import was cancelled; nothing was changed."));
            }
        }
        if (Status s = reader.verifyWhatWasRead(); !s)
            return s;
        // Only devices of the organisation send packages: the sender's row
        // is here already or came in this one.
        if (h.device != m_db.deviceId()) {
            auto registered = m_db.scalar(u"SELECT count(*) FROM devices WHERE id = ?"_s, {h.device});
            if (!registered)
                return registered.error();
            if (registered.value().toLongLong() == 0) {
                notMember = true;
                return makeError(ErrorCode::Invalid, tr("The package comes from device %1, which is not a device of "
                                                        "this organisation.")
                                                         .arg(shortId(h.device)));
            }
        }
        // The sync records go in the same transaction: all or nothing.
        for (auto it = touchedDevices.begin(); it != touchedDevices.end(); ++it) {
            if (it.key() == m_db.deviceId())
                continue;
            auto current = m_db.scalar(u"SELECT contiguous FROM sync_vector WHERE device = ?"_s, {it.key()});
            if (!current)
                return current.error();
            qint64 contiguous = current.value().toLongLong();
            auto q = m_db.exec(u"SELECT seq FROM change_log WHERE device = ? AND seq > ? ORDER BY seq"_s, {it.key(), contiguous});
            if (!q)
                return q.error();
            qint64 maxSeq = contiguous;
            while (q.value()->next()) {
                const qint64 seq = q.value()->value(0).toLongLong();
                if (seq == contiguous + 1)
                    contiguous = seq;
                maxSeq = seq;
            }
            q.value()->finish();
            auto w = m_db.exec(u"INSERT INTO sync_vector(device, contiguous, max_seq) VALUES (?, ?, ?) "
                               "ON CONFLICT(device) DO UPDATE SET contiguous = excluded.contiguous, max_seq = excluded.max_seq"_s,
                               {it.key(), contiguous, maxSeq});
            if (!w)
                return w.error();
        }
        if (h.device != m_db.deviceId()) {
            auto peer = m_db.exec(u"INSERT INTO sync_peers(device, public_key, first_seen, last_package_at, last_package, vector) "
                                  "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(device) DO UPDATE SET "
                                  "last_package_at = excluded.last_package_at, last_package = excluded.last_package, "
                                  "vector = excluded.vector"_s,
                                  {h.device, h.deviceKey, nowIso(), nowIso(), QFileInfo(path).fileName(),
                                   QString::fromUtf8(vectorToJson(senderVector))});
            if (!peer)
                return peer.error();
        }
        for (const QByteArray &device : flagged) {
            auto f = m_db.exec(u"INSERT INTO sync_peers(device, public_key, first_seen, clock_ahead_at) VALUES (?, ?, ?, ?) "
                               "ON CONFLICT(device) DO UPDATE SET clock_ahead_at = excluded.clock_ahead_at"_s,
                               {device, device == h.device ? h.deviceKey : QByteArray(""), nowIso(), nowIso()});
            if (!f)
                return f.error();
        }
        auto p = m_db.exec(u"INSERT OR REPLACE INTO sync_packages(package_id, signature, entries, waiting, imported_at) "
                           "VALUES (?, ?, ?, ?, ?)"_s,
                           {h.packageId, reader.signature(), total, summary.waiting, nowIso()});
        if (!p)
            return p.error();
        auto hist = m_db.exec(u"INSERT INTO sync_history(at, direction, file, peer, entries, new_rows, updated, unchanged, "
                              "conflicts, waiting) VALUES (?, 'import', ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                              {nowIso(), QFileInfo(path).fileName(), h.device, total, summary.newRows, summary.updated,
                               summary.unchanged, summary.conflicts, summary.waiting});
        if (!hist)
            return hist.error();
        touch(u"sync_history"_s);
        if (maxHlc > 0)
            if (Status s = m_db.raiseHlcFloor(maxHlc); !s)
                return s;
        // Imported families are found by the search like any other.
        QList<QByteArray> households(householdsToIndex.begin(), householdsToIndex.end());
        for (const QByteArray &member : membersToIndex) {
            auto hh = m_db.scalar(u"SELECT household_id FROM members WHERE id = ?"_s, {member});
            if (hh && !hh.value().isNull() && !householdsToIndex.contains(hh.value().toByteArray())) {
                householdsToIndex.insert(hh.value().toByteArray());
                households << hh.value().toByteArray();
            }
        }
        return registry::SearchIndex::reindexHouseholds(m_db, households);
    });
    m_db.setCaptureEnabled(captured);
    if (!applied) {
        summary = ImportSummary{path, {}, false, false, h.device, total, 0, 0, 0, 0, 0, 0, {}};
        return refuse(cancelled || notMember ? applied.error().message : tr("Nothing was imported: %1").arg(applied.error().message));
    }
    summary.entries = total;
    summary.tables = tablesChanged;
    return summary;
}

} // namespace tamkeen::sync
