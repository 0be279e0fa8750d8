#include "sync/ImportRun.h"

#include "casework/CareLevels.h"
#include "documents/DocumentStore.h"
#include "sync/ReadAhead.h"

#include "security/Privileges.h"
#include "security/Vault.h"
#include "storage/CaptureTriggers.h"
#include "storage/Database.h"
#include "storage/HybridClock.h"
#include "registry/Erasure.h"
#include "registry/HouseholdList.h"
#include "sync/Batches.h"
#include "sync/Compaction.h"
#include "sync/Refusals.h"
#include "sync/Rotation.h"
#include "sync/SyncKeys.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <utility>

using namespace Qt::StringLiterals;
using tamkeen::storage::HybridClock;

namespace tamkeen::sync {

namespace {

// Sequence numbers beyond this are damage (and would overflow ours).
constexpr qint64 kMaxSeq = qint64(1) << 48;

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

ImportRun::ImportRun(storage::Database &db, const ImportOptions &options, const QString &path)
    : m_db(db), m_options(options), m_path(path), m_reader(path)
{
    m_summary.file = path;
}

ImportSummary ImportRun::refuse(const QString &why)
{
    m_summary.refused = why;
    (void)m_db.exec(u"INSERT INTO sync_history(at, direction, file, peer, refused) VALUES (?, 'import', ?, ?, ?)"_s,
                    {nowIso(), QFileInfo(m_path).fileName(),
                     m_summary.sender.isEmpty() ? QVariant() : QVariant(m_summary.sender), why});
    return m_summary;
}

ImportSummary ImportRun::run()
{
    if (!checkSender())
        return m_summary;
    if (Status s = decryptAll(); !s)
        return refuse(s.error().message);

    const QByteArray deviceBefore = m_db.deviceId(); // a restored copy may move to a new id
    const bool captured = m_db.captureEnabled();
    m_db.setCaptureEnabled(false);
    Status applied;
    {
        // Room for the pages a big package changes: with 64 MiB a package full
        // of conflicts spilled pages to the log mid-way, and wrote some twice.
        storage::Database::BulkCache bulk(m_db, 128 * 1024);
        storage::Database::TriggersOff triggersOff(m_db);   // capture is off, and no key changes or deletes here
        applied = m_db.transaction([this] { return applyAll(); });
    }
    m_db.setCaptureEnabled(captured);
    if (!applied) {
        m_db.setDeviceId(deviceBefore);
        ImportSummary nothing; // nothing was written
        nothing.file = m_path;
        nothing.sender = m_header.device;
        nothing.entries = m_total;
        nothing.retry = applied.error().code == ErrorCode::Io;
        m_summary = nothing;
        return refuse(m_cancelled ? applied.error().message
                                                 : tr("Nothing was imported: %1").arg(applied.error().message));
    }
    m_summary.entries = m_total;
    m_summary.tables = m_tablesChanged;
    logReferralsWithoutConsent();
    // Erased words out of the file's free pages too. The import stands if
    // this fails (a full disk): the next import or erasure compacts again.
    if (auto pending = registry::Erasure::compactPending(m_db); pending && pending.value())
        m_erased = true;
    if (m_erased)
        if (Status compacted = registry::Erasure::compact(m_db); !compacted)
            qWarning("tamkeen: the file could not be compacted after an erasure: %s",
                     qPrintable(compacted.error().message));
    // The package may have brought a key still open to a device we know is
    // revoked (a later epoch made where its revocation was unknown): renew it.
    // It is a help, not part of the import: if it fails, the next import tries again.
    Status renewed = m_db.transaction([this] { return Rotation::renewIfLeaked(m_db); });
    Q_UNUSED(renewed)
    // The kept levels of care of the families the package assessed (marked
    // while it was applied); a help too: reads are right without it.
    if (Status levels = casework::CareLevels::refreshCurrent(m_db); !levels)
        qWarning("tamkeen: the levels of care could not be kept: %s", qPrintable(levels.error().message));
    // Contents nobody named for two weeks leave (DocumentStore::sweepUnnamed). A help too.
    if (Status swept = documents::DocumentStore::sweepUnnamed(m_db); !swept)
        qWarning("tamkeen: unnamed document contents could not be dropped: %s", qPrintable(swept.error().message));
    // What the sender's vector shows every known device now holds leaves the
    // log. A help too: what is not compacted now is the next import's.
    if (m_options.compact)
        if (auto compacted = compaction::run(m_db, compaction::kStepsPerImport); !compacted)
            qWarning("tamkeen: the change log could not be compacted: %s", qPrintable(compacted.error().message));
    return m_summary;
}

// ---------------------------------------------------------------- the transaction

Status ImportRun::applyAll()
{
    const PackageHeader &h = m_header;
    for (const QString &t : storage::syncedTables(m_db))
        m_synced.insert(t);
    m_limitMs = m_db.clock().wallMillis() + qint64(m_options.maxClockAheadDays) * 86'400'000;
    m_limit = HybridClock::fromMillis(m_limitMs);
    if (Status s = loadOpenConflicts(); !s)
        return s;
    m_hasOpenConflicts = !m_openKept.isEmpty();
    auto compacted = compaction::compactedBelow(m_db);
    if (!compacted)
        return compacted.error();
    m_compactedBelow = compacted.value();
    // A time too far ahead flags its device for an administrator to set its
    // clock right; the sender's wall clock too: its changes may be capped
    // where they were made while its clock is still wrong.
    if (h.created.isValid() && h.created.toMSecsSinceEpoch() > m_limitMs)
        m_flagged.insert(h.device);
    // An entry may be ahead of our clock (ours may be wrong) but not by much
    // ahead of the package it came in (the sender's clock has passed every
    // entry it holds), and never by more than a year, whatever the package
    // says: a time beyond is refused, and cannot pin our clock there.
    const quint64 margin = HybridClock::fromMillis(qint64(m_options.maxClockAheadDays) * 86'400'000);
    const quint64 yearAhead = HybridClock::fromMillis(m_limitMs + 366 * qint64(86'400'000));
    m_entryLimit = std::min(std::max(m_limit, h.hlc + margin), yearAhead);
    // The sender's clock when it wrote the package (capped there) moves our
    // floor on even when nothing in it is new: a laptop that syncs with a hub
    // which only relays still learns the time, and its own cap moves with it.
    if (h.device != m_db.deviceId() && h.hlc <= yearAhead)
        m_maxHlc = checkClock(Version{h.hlc, h.device, 0});
    else if (h.hlc > yearAhead)
        m_flagged.insert(h.device);
    if (Status s = m_reader.startDecrypting(m_org); !s)
        return s;
    {
        ReadAhead ahead(m_reader);
        for (qint64 done = 1;; ++done) {
            ReadAhead::Chunk chunk = ahead.next();
            if (chunk.end)
                break;
            for (ReadRecord &r : chunk.records)
                if (Status s = applyRecord(r); !s)
                    return s;
            if (!chunk.plain.isEmpty())
                if (Status s = RecordReader::forEach(chunk.plain, [this](Record &r) {
                        ReadRecord read{r, {}, false};
                        return applyRecord(read);
                    });
                    !s)
                    return s;
            if (!chunk.status)
                return chunk.status;
            ahead.done(std::move(chunk));
            if (m_options.progress && !m_options.progress(done, m_chunks)) {
                m_cancelled = true;
                return makeError(ErrorCode::Invalid, tr("The import was cancelled; nothing was changed."));
            }
        }
    }
    if (Status s = m_reader.verifyWhatWasRead(); !s)
        return s;
    if (Status s = applyLater(); !s)
        return s;
    // The sync records go in the same transaction: all or nothing.
    if (Status s = updateVector(); !s)
        return s;
    if (Status s = recordPeers(); !s)
        return s;
    if (Status s = updateHouseholdsWanted(); !s)
        return s;
    if (Status s = recordPackage(); !s)
        return s;
    if (Status s = dropRemovedContents(); !s)
        return s;
    if (Status s = raiseFileCounter(); !s)
        return s;
    if (m_maxHlc > 0)
        if (Status s = m_db.raiseHlcFloor(m_maxHlc); !s)
            return s;
    // Accounts made, re-keyed or deactivated elsewhere: seals of this copy's
    // keys for the new keys, none left for a deactivated account.
    if (m_tablesChanged.contains(u"users"_s))
        if (Status s = security::Vault::sealForUsers(m_db); !s)
            return s;
    if (Status s = reindexSearch(); !s)
        return s;
    if (Status s = auditReferralsWithoutConsent(); !s)
        return s;
    // Erasures that came in, and words that came for rows erased before.
    if (Status s = registry::Erasure::carryOut(m_db, &m_erased); !s)
        return s;
    // The list's length: its triggers do not run here (TriggersOff).
    return registry::HouseholdList::recount(m_db);
}

Status ImportRun::loadOpenConflicts()
{
    return m_db.read(u"SELECT row_id, col, kept_hlc, kept_device, lost_hlc, lost_device FROM sync_conflicts "
                     "WHERE resolved_at IS NULL"_s,
                     {}, [&](const storage::RawRow &r) {
                         const QByteArray row = r.blob(0);
                         const QString column = r.text(1);
                         m_openKept.insert(conflictKey(row, column, r.integer(2), r.blob(3)));
                         m_openLost.insert(conflictKey(row, column, r.integer(4), r.blob(5)));
                     });
}

Status ImportRun::applyRecord(ReadRecord &read)
{
    const Record &r = read.record;
    switch (r.kind) {
    case wire::VectorKind:
        m_senderVector = r.vector.vector;
        return ownVectorCameBack();
    case wire::ConflictKind:
        return mergeConflict(r.conflict);
    case wire::BatchKind:
    case wire::BatchV2Kind:
    case wire::BatchV3Kind:
        return applyBatch(r.batch, false, read.batchRead ? &read.batch : nullptr);
    case wire::ContentKind:
        return applyContent(r.content);
    case wire::WantedKind:
        if (m_senderWanted || r.wanted.hashes.size() > documents::DocumentStore::kMaxWanted)
            return RecordReader::damaged();
        m_senderWanted = QList<QByteArray>();
        for (const QByteArray &h : r.wanted.hashes)
            if (h.size() == 32) // anything else names no content: left out
                m_senderWanted->append(h);
        return {};
    case wire::HouseholdsWantedKind:
        return takeHouseholdsWanted(r.wanted.hashes);
    case wire::ChangeKind: // a loose entry: nobody vouches for it
        ++m_total;
        refuseChanges(refusal::kNotSealed, 1);
        return {};
    default:
        return RecordReader::damaged();
    }
}

Status ImportRun::checkEntry(const Entry &e)
{
    if (e.v.seq > kMaxSeq)
        return makeError(ErrorCode::Corrupt, tr("The package is damaged: a change has an impossible number."));
    const QStringList &tableColumns = m_columns.value(e.table);
    for (const Entry::Field &f : e.carried) {
        if (!tableColumns.contains(f.column))
            return makeError(ErrorCode::Corrupt,
                             tr("The package is damaged: it names an unknown field (%1.%2).").arg(e.table, f.column));
        // An update decides only the fields it changed, with its own version.
        if (e.op == u"U" && (!f.version.sameChange(e.v) || !e.fieldNames.contains(f.column)))
            return makeError(ErrorCode::Corrupt, tr("The package is damaged: a change does not match its fields."));
    }
    return {};
}

// A batch: believed only when its origin signed it, then its entries apply
// one by one. A refused batch is counted and the rest of the package goes on.
Status ImportRun::applyBatch(const BatchRecord &b, bool lastTry, batches::ReadBatch *readAhead)
{
    const qint64 count = b.lastSeq - b.firstSeq + 1;
    auto key = keyOf(b.origin);
    if (!key)
        return key.error();
    if (key.value().isEmpty()) {
        // A known device going on under a new id opens with its own row.
        auto continued = continuationKey(b);
        if (!continued)
            return continued.error();
        key = continued;
    }
    if (key.value().isEmpty()) {
        if (!lastTry) { // its device's row may come later in this package
            m_deferred << b;
            return {};
        }
        m_total += count;
        refuseChanges(refusal::kUnknownDevice, count);
        return {};
    }
    // A format-2 or 3 body is read once (ahead, when it came in the package):
    // for its signature, its cut words, its entries.
    const bool itemised = b.format >= 2;
    batches::ReadBatch readHere;
    if (itemised && !readAhead)
        readHere = batches::read(b);
    batches::ReadBatch &body = readAhead ? *readAhead : readHere;
    if (itemised ? !batches::verifyRead(m_org.id, key.value(), b, body)
                 : !batches::verify(m_org.id, key.value(), b)) {
        m_total += count;
        refuseChanges(refusal::kBadSignature, count);
        return {};
    }
    // Signed, but not well formed (its origin made it wrong): refused whole,
    // never stored, so an erasure can always cut what it holds.
    const QList<batches::Item> &items = body.items;
    QList<Entry> &entries = body.entries;
    if (itemised && !body.wellFormed) {
        m_total += count;
        refuseChanges(refusal::kDamagedBatch, count);
        return {};
    }
    // Words cut out by an erasure: believed only for rows an erasure here
    // covers, else a relay could blank any name it passes on.
    auto uncovered = erasedWithoutErasure(items, entries);
    if (!uncovered)
        return uncovered.error();
    if (uncovered.value()) {
        if (!lastTry) { // its erasure may come later in this package
            m_deferred << b;
            return {};
        }
        m_total += count;
        refuseChanges(refusal::kErasedUnknown, count);
        return {};
    }
    // What we hold of the run already: skipped without reading its rows.
    // (Refused for good counts as held: judged once.)
    QSet<qint64> held;
    const auto readHeld = [&] {
        return m_db.read(u"SELECT seq FROM change_log WHERE device = ? AND seq BETWEEN ? AND ? "
                         "UNION ALL SELECT seq FROM sync_refused WHERE device = ? AND seq BETWEEN ? AND ?"_s,
                         {b.origin, b.firstSeq, b.lastSeq, b.origin, b.firstSeq, b.lastSeq},
                         [&](const storage::RawRow &r) { held.insert(r.integer(0)); });
    };
    // Below the compacted mark every number was held, its entry kept or not
    // (read after our own batch is looked at: a move to a new id lowers it).
    // Not those left out as beyond our scope: received, never held, and
    // taken whole when they come (a family transferred to us).
    const auto heldBelowMark = [&]() -> Status {
        const qint64 mark = m_compactedBelow.value(b.origin, 0);
        if (b.firstSeq >= mark)
            return {};
        QList<std::pair<qint64, qint64>> beyond;
        Status s = m_db.read(u"SELECT first_seq, last_seq FROM sync_out_of_scope WHERE device = ? AND last_seq >= ? "
                        "AND first_seq <= ?"_s,
                        {b.origin, b.firstSeq, b.lastSeq},
                        [&](const storage::RawRow &r) { beyond.append({r.integer(0), r.integer(1)}); });
        for (qint64 seq = b.firstSeq; s && seq <= b.lastSeq && seq < mark; ++seq)
            if (std::none_of(beyond.begin(), beyond.end(), [&](const auto &run) {
                    return seq >= run.first && seq <= run.second;
                }))
                held.insert(seq);
        return s;
    };
    // Another version of numbers held already: a restored or cloned copy
    // (ImportFork.cpp). Ours: this copy is that one, and moves to a new id.
    if (b.origin == m_db.deviceId()) {
        if (Status s = ownBatchCameBack(b); !s)
            return s;
        if (Status s = readHeld(); !s)
            return s;
        if (Status s = heldBelowMark(); !s)
            return s;
    } else {
        if (Status s = readHeld(); !s)
            return s;
        if (Status s = heldBelowMark(); !s)
            return s;
        // A fork holds an entry of these numbers here: none held, none to look for.
        auto forked = held.isEmpty() ? Result<bool>(false) : isFork(b);
        if (!forked)
            return forked.error();
        if (forked.value())
            return refuseFork(b);
    }
    if (Status s = storeBatch(b, items); !s)
        return s;
    // Its entries, applied as they are read: each is the origin's (signed),
    // and must be the next of the run it claims; the rest of a batch that is
    // not is refused (its origin made it wrong).
    qint64 next = b.firstSeq;
    bool damaged = false;
    const auto apply = [&](Entry &e, bool erased) -> Status {
        if (e.v.device != b.origin || e.v.seq != next || next > b.lastSeq) {
            damaged = true;
            return RecordReader::damaged();
        }
        ++next;
        if (held.contains(e.v.seq)) {
            ++m_total;
            ++m_summary.unchanged;
            return {};
        }
        if (erased)
            if (Status s = takeErased(e); !s)
                return s;
        return applyEntry(e);
    };
    Status read;
    if (b.format == 3) {
        // Items left out (beyond the scope the sender cut it for): received
        // when beyond ours too, else missing (docs/sync-format.md).
        if (Status s = loadMyScope(); !s)
            return s;
        const bool wasCut = std::any_of(items.begin(), items.end(), [](const batches::Item &i) { return i.leftOut(); });
        QList<qint64> beyond;
        for (qsizetype i = 0; i < entries.size() && read; ++i) {
            if (!items[i].leftOut()) {
                const bool fresh = !held.contains(entries[i].v.seq);
                read = apply(entries[i], items[i].erased());
                if (read)
                    noteHousehold(entries[i], items[i].household, fresh, wasCut);
                continue;
            }
            if (next > b.lastSeq) {
                damaged = true;
                break;
            }
            if (held.contains(next)) {
                ++m_total;
                ++m_summary.unchanged;
            } else if (beyondScope(items[i])) {
                ++m_total;
                beyond << next;
            }
            ++next;
        }
        if (Status s = noteOutOfScope(b.origin, beyond); !s)
            return s;
    } else if (b.format == 2) {
        for (qsizetype i = 0; i < entries.size() && read; ++i)
            read = apply(entries[i], items[i].erased());
    } else {
        read = batches::forEachEntry(b, apply);
    }
    if (!read && !damaged && read.error().message != RecordReader::damaged().message)
        return read; // the database, not the batch
    if (next != b.lastSeq + 1) {
        m_total += b.lastSeq + 1 - next;
        refuseChanges(refusal::kDamagedBatch, b.lastSeq + 1 - next);
    }
    return {};
}

// What had to wait for the rest of the package: batches of a device whose
// row came in it, then updates whose row came after them.
Status ImportRun::applyLater()
{
    m_lastTry = true;
    const QList<BatchRecord> deferred = std::exchange(m_deferred, {});
    // A batch may have waited for an erasure that came after it.
    if (!deferred.isEmpty())
        if (Status s = registry::Erasure::carryOut(m_db); !s)
            return s;
    for (const BatchRecord &b : deferred)
        if (Status s = applyBatch(b, true); !s)
            return s;
    QList<Entry> retry = std::exchange(m_retry, {});
    for (Entry &e : retry)
        if (Status s = mergeEntry(e); !s)
            return s;
    return judgeAgain();
}

void ImportRun::refuseChanges(const char *reason, qint64 count)
{
    refuseChanges(QString::fromLatin1(reason), count);
}

// Not before the organisation existed, nor far ahead (docs/trust.md).
bool ImportRun::inClockWindow(const Entry &e) const
{
    return e.v.hlc >= m_orgCreated && e.v.hlc <= m_entryLimit;
}

// Whether any change to `table` can need its author's signature: most
// entries are ordinary and skip the check.
bool ImportRun::mayBePrivileged(const QString &table)
{
    if (auto it = m_privileged.constFind(table); it != m_privileged.constEnd())
        return it.value();
    const bool privileged = security::Privileges::hasPrivilegedFields(table);
    m_privileged.insert(table, privileged);
    return privileged;
}

Status ImportRun::updateVector()
{
    for (auto it = m_touchedDevices.begin(); it != m_touchedDevices.end(); ++it) {
        if (it.key() == m_db.deviceId())
            continue;
        auto current = m_db.scalar(u"SELECT contiguous FROM sync_vector WHERE device = ?"_s, {it.key()});
        if (!current)
            return current.error();
        qint64 contiguous = current.value().toLongLong();
        // What it holds, what it refused for good, and the runs left out of
        // batches as beyond our scope: all were received.
        QList<std::pair<qint64, qint64>> runs;
        if (Status s = m_db.read(u"SELECT seq, seq FROM change_log WHERE device = ?1 AND seq > ?2 UNION "
                                 "SELECT seq, seq FROM sync_refused WHERE device = ?1 AND seq > ?2 UNION "
                                 "SELECT first_seq, last_seq FROM sync_out_of_scope WHERE device = ?1 AND last_seq > ?2 "
                                 "ORDER BY 1"_s,
                                 {it.key(), contiguous},
                                 [&](const storage::RawRow &r) { runs.append({r.integer(0), r.integer(1)}); });
            !s)
            return s;
        qint64 maxSeq = contiguous;
        for (const auto &[first, last] : runs) {
            if (first <= contiguous + 1)
                contiguous = std::max(contiguous, last);
            maxSeq = std::max(maxSeq, last);
        }
        auto w = m_db.exec(u"INSERT INTO sync_vector(device, contiguous, max_seq) VALUES (?, ?, ?) "
                           "ON CONFLICT(device) DO UPDATE SET contiguous = excluded.contiguous, max_seq = excluded.max_seq"_s,
                           {it.key(), contiguous, maxSeq});
        if (!w)
            return w.error();
    }
    return {};
}

Status ImportRun::recordPeers()
{
    const PackageHeader &h = m_header;
    if (h.device != m_db.deviceId()) {
        auto peer = m_db.exec(u"INSERT INTO sync_peers(device, public_key, first_seen, last_package_at, last_package, vector) "
                              "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(device) DO UPDATE SET "
                              "last_package_at = excluded.last_package_at, last_package = excluded.last_package, "
                              "vector = excluded.vector"_s,
                              {h.device, h.deviceKey, nowIso(), nowIso(), QFileInfo(m_path).fileName(),
                               QString::fromUtf8(vectorToJson(m_senderVector))});
        if (!peer)
            return peer.error();
        if (m_senderHouseholdsWanted)
            if (Status w = m_db.write(u"UPDATE sync_peers SET wanted_households = ? WHERE device = ?"_s,
                                      {m_senderHouseholdsWanted->isEmpty() ? QVariant() : QVariant(*m_senderHouseholdsWanted),
                                       h.device});
                !w)
                return w;
        if (m_senderWanted) {
            const QByteArray wanted = m_senderWanted->join();
            if (Status w = m_db.write(u"UPDATE sync_peers SET wanted = ?, wanted_at = ? WHERE device = ?"_s,
                                      {wanted.isEmpty() ? QVariant() : QVariant(wanted), nowIso(), h.device});
                !w)
                return w;
        }
    }
    if (!m_refusedReason.isEmpty()) {
        auto f = m_db.exec(u"INSERT INTO sync_peers(device, public_key, first_seen, refused_at, refused_reason, "
                           "refused_count) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(device) DO UPDATE SET "
                           "refused_at = excluded.refused_at, refused_reason = excluded.refused_reason, "
                           "refused_count = excluded.refused_count"_s,
                           {h.device, h.deviceKey, nowIso(), nowIso(), m_refusedReason, m_summary.refusedChanges});
        if (!f)
            return f.error();
    }
    for (const QByteArray &device : std::as_const(m_flagged)) {
        auto f = m_db.exec(u"INSERT INTO sync_peers(device, public_key, first_seen, clock_ahead_at) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT(device) DO UPDATE SET clock_ahead_at = excluded.clock_ahead_at"_s,
                           {device, device == h.device ? h.deviceKey : QByteArray(""), nowIso(), nowIso()});
        if (!f)
            return f.error();
    }
    return {};
}

// A piece of a document's content: kept, and checked against its hash once
// whole (documents::DocumentStore). Pieces of a content nobody here names may
// be for a row in another part of the same export: they are kept too.
Status ImportRun::applyContent(const ContentRecord &c)
{
    auto whole = documents::DocumentStore::addPiece(m_db, c.hash, c.size, int(std::min<qint64>(c.piece, INT_MAX)), c.bytes,
                                                     &m_piecesInOrder);
    if (!whole)
        return whole.error();
    if (whole.value()) {
        ++m_summary.documents;
        m_tablesChanged.insert(u"documents"_s);
    }
    return {};
}

// Documents this package removed (a supervisor's signed change) or erased:
// their content leaves this copy too.
Status ImportRun::dropRemovedContents()
{
    if (!m_tablesChanged.contains(u"documents"_s))
        return {};
    QList<QByteArray> hashes; // of removed documents, whole or in part here (documents_removed)
    Status s = m_db.read(u"SELECT DISTINCT d.content_hash FROM documents d WHERE d.deleted = 1 AND "
                         "(EXISTS (SELECT 1 FROM document_files f WHERE f.hash = d.content_hash) OR "
                         "EXISTS (SELECT 1 FROM document_pieces p WHERE p.hash = d.content_hash))"_s,
                         {}, [&](const storage::RawRow &r) { hashes << r.blob(0); });
    if (!s)
        return s;
    return documents::DocumentStore::dropUnused(m_db, hashes);
}

Status ImportRun::recordPackage()
{
    auto p = m_db.exec(u"INSERT OR REPLACE INTO sync_packages(package_id, signature, entries, waiting, imported_at) "
                       "VALUES (?, ?, ?, ?, ?)"_s,
                       {m_header.packageId, m_reader.signature(), m_total, m_summary.waiting, nowIso()});
    if (!p)
        return p.error();
    QJsonObject refusals;
    for (auto it = m_summary.refusedReasons.begin(); it != m_summary.refusedReasons.end(); ++it)
        refusals.insert(it.key(), double(it.value()));
    auto hist = m_db.exec(u"INSERT INTO sync_history(at, direction, file, peer, entries, new_rows, updated, unchanged, "
                          "conflicts, waiting, refusals, note) VALUES (?, 'import', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                          {nowIso(), QFileInfo(m_path).fileName(), m_header.device, m_total, m_summary.newRows,
                           m_summary.updated, m_summary.unchanged, m_summary.conflicts, m_summary.waiting,
                           refusals.isEmpty() ? QVariant()
                                              : QVariant(QString::fromUtf8(QJsonDocument(refusals).toJson(QJsonDocument::Compact))),
                           m_summary.identityNote.isEmpty() ? QVariant() : QVariant(m_summary.identityNote)});
    if (!hist)
        return hist.error();
    touch(u"sync_history"_s);
    return {};
}

// Imported families are found by the search like any other.
// ---------------------------------------------------------------- helpers

// A device's signing key: ours, or the one its devices row holds (empty
// when this copy does not know the device).
Result<QByteArray> ImportRun::keyOf(const QByteArray &device)
{
    if (auto it = m_keys.constFind(device); it != m_keys.constEnd())
        return it.value();
    QByteArray key;
    if (device == m_db.deviceId()) {
        auto own = SyncKeys::deviceKeys(m_db);
        if (!own)
            return own.error();
        key = own.value().publicKey;
    } else {
        auto row = m_db.scalar(u"SELECT public_key FROM devices WHERE id = ?"_s, {device});
        if (!row)
            return row.error();
        key = row.value().toByteArray();
    }
    if (!key.isEmpty()) // an unknown device may become known later in the package
        m_keys.insert(device, key);
    return key;
}

// A time too far ahead flags its device for an administrator to set its
// clock right. It is not rewritten here: every copy must compare the same
// versions, and our clock must pass it so that what we change after seeing
// it comes later (docs/sync-format.md, rule 3).
quint64 ImportRun::checkClock(const Version &v)
{
    if (!v.isNull() && v.hlc > m_limit)
        m_flagged.insert(v.device);
    return v.hlc;
}

void ImportRun::touch(const QString &table)
{
    m_tablesChanged.insert(table);
    m_db.touched(table);
}

} // namespace tamkeen::sync
