// Restored and cloned copies (docs/sync-format.md, "Restored and cloned
// copies"). A device seals each run of its sequence numbers once; two signed
// versions of the same numbers mean that two copies of one database went on
// writing (a backup restored, a disk cloned). A copy that holds another
// device's version refuses the other one (a fork) and from then sends its own
// version to everyone; the copy that finds another version of its *own*
// numbers knows it is the restored or cloned one and continues under a new
// device identity, keeping every change it made.
#include "sync/ImportRun.h"

#include "org/DeviceInfo.h"
#include "storage/Database.h"
#include "storage/Uuid.h"
#include "sync/Batches.h"
#include "sync/Enrolment.h"

using namespace Qt::StringLiterals;

namespace tamkeen::sync {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

// Another version of numbers of `b.origin` this copy holds: an entry of the
// run is in our log, or compacted out of it, from a stored batch overlapping
// it that is not this very batch. (A batch whose entries were all refused
// holds nothing here.)
Result<bool> ImportRun::isFork(const BatchRecord &b)
{
    // By where runs end (sync_batches_end): most of an origin's runs end before this one starts.
    auto q = m_db.scalar(u"SELECT count(*) FROM sync_batches s WHERE origin = ? AND +first_seq <= ? AND last_seq >= ? "
                         "AND NOT (first_seq = ? AND last_seq = ? AND signature = ?) AND (max(s.first_seq, ?) < ? "
                         "OR EXISTS (SELECT 1 FROM change_log c WHERE c.device = s.origin "
                         "AND c.seq BETWEEN max(s.first_seq, ?) AND min(s.last_seq, ?)))"_s,
                         {b.origin, b.lastSeq, b.firstSeq, b.firstSeq, b.lastSeq, b.signature, b.firstSeq,
                          m_compactedBelow.value(b.origin, 0), b.firstSeq, b.lastSeq});
    if (!q)
        return q.error();
    return q.value().toLongLong() > 0;
}

// The version held first stays here; the other is refused, its device is
// flagged, and from now on our version goes to every copy we send to, so the
// copy that forked sees it and moves to a new identity.
Status ImportRun::refuseFork(const BatchRecord &b)
{
    const qint64 count = b.lastSeq - b.firstSeq + 1;
    m_total += count;
    refuseChanges(refusal::kForked, count);
    auto f = m_db.exec(u"INSERT INTO sync_forks(origin, from_seq, detected_at) VALUES (?, ?, ?) ON CONFLICT(origin) "
                       "DO UPDATE SET from_seq = min(from_seq, excluded.from_seq)"_s,
                       {b.origin, b.firstSeq, now()});
    if (!f)
        return f.error();
    auto key = keyOf(b.origin);
    if (!key)
        return key.error();
    auto p = m_db.exec(u"INSERT INTO sync_peers(device, public_key, first_seen, refused_at, refused_reason) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT(device) DO UPDATE SET refused_at = excluded.refused_at, "
                       "refused_reason = excluded.refused_reason, refused_count = NULL"_s, // not counted in changes
                       {b.origin, key.value(), now(), now(), QString::fromLatin1(refusal::kForked)});
    if (!p)
        return p.error();
    touch(u"sync_peers"_s);
    return {};
}

// A batch of our own device id: the one we sealed (sent back by a relay), or
// another version of our numbers. Then this database was restored from a
// backup or copied: what we wrote from the first number in question on moves
// to a new identity, and the other version applies as another device's.
Status ImportRun::ownBatchCameBack(const BatchRecord &b)
{
    const QByteArray own = m_db.deviceId();
    auto same = m_db.scalar(u"SELECT count(*) FROM sync_batches WHERE origin = ? AND first_seq = ? AND last_seq = ? "
                            "AND signature = ?"_s,
                            {own, b.firstSeq, b.lastSeq, b.signature});
    if (!same)
        return same.error();
    if (same.value().toLongLong() > 0)
        return {};
    // The first number that may differ: the batch's, or the start of our
    // batch that holds it, or our first number never sealed (never sent, so
    // the other copy's version of it cannot be ours).
    auto from = m_db.scalar(u"SELECT min(?, coalesce((SELECT min(first_seq) FROM sync_batches WHERE origin = ? "
                            "AND +first_seq <= ? AND last_seq >= ?), ?), coalesce((SELECT max(last_seq) "
                            "FROM sync_batches WHERE origin = ?), 0) + 1)"_s,
                            {b.firstSeq, own, b.firstSeq, b.firstSeq, b.firstSeq, own});
    if (!from)
        return from.error();
    qint64 fromSeq = from.value().toLongLong();
    // Entries the two versions share (made before the backup or the copy,
    // sent by neither yet) stay: the same number and time is the same change.
    if (b.firstSeq <= fromSeq) {
        QHash<qint64, QByteArray> theirs;
        (void)batches::forEachEntry(b, [&](Entry &e, bool) -> Status {
            theirs.insert(e.v.seq, QByteArray::number(e.v.hlc) + e.table.toUtf8() + e.rowId);
            return {};
        });
        for (;; ++fromSeq) {
            auto q = m_db.exec(u"SELECT hlc, tbl, row_id FROM change_log WHERE device = ? AND seq = ?"_s, {own, fromSeq});
            if (!q)
                return q.error();
            const bool here = q.value()->next();
            // An update compacted out of our log (replaced by a later change
            // of ours or held everywhere): nothing of it left to move.
            const bool compacted = !here && fromSeq < m_compactedBelow.value(own, 0);
            const bool same = theirs.contains(fromSeq)
                              && (compacted
                                  || (here && theirs.value(fromSeq) == QByteArray::number(q.value()->value(0).toULongLong())
                                                                           + q.value()->value(1).toString().toUtf8()
                                                                           + q.value()->value(2).toByteArray()));
            q.value()->finish();
            if (!same)
                break;
        }
    }
    auto mine = m_db.scalar(u"SELECT count(*) FROM change_log WHERE device = ? AND seq >= ?"_s, {own, fromSeq});
    if (!mine)
        return mine.error();
    if (mine.value().toLongLong() == 0)
        return {}; // nothing of ours there: the other version simply applies
    return continueAsNewDevice(fromSeq);
}

// The sender holds more of our own numbers than we do: what we wrote and
// never sent (not sealed yet) is not what it holds under those numbers.
Status ImportRun::ownVectorCameBack()
{
    const QByteArray own = m_db.deviceId();
    const qint64 theirs = m_senderVector.value(own, 0);
    if (theirs == 0 || m_header.device == own)
        return {};
    auto ours = m_db.scalar(u"SELECT coalesce(max(seq), 0) FROM change_log WHERE device = ?"_s, {own});
    if (!ours)
        return ours.error();
    if (theirs <= ours.value().toLongLong())
        return {};
    auto sealed = m_db.scalar(u"SELECT coalesce(max(last_seq), 0) FROM sync_batches WHERE origin = ?"_s, {own});
    if (!sealed)
        return sealed.error();
    const qint64 fromSeq = sealed.value().toLongLong() + 1;
    if (fromSeq > ours.value().toLongLong())
        return {}; // nothing of ours unsent: their version simply applies when it comes
    return continueAsNewDevice(fromSeq);
}

// The same enrolled device goes on under a new id: its devices row copied
// (same number, same key), logged as the first entry of the new id so that
// every copy learns the id from the device's own signed batch; then our own
// entries from `fromSeq` on, renumbered after it, unchanged otherwise.
Status ImportRun::continueAsNewDevice(qint64 fromSeq)
{
    const QByteArray old = m_db.deviceId();
    const QByteArray id = storage::newUuidV7();
    auto first = m_db.scalar(u"SELECT min(hlc) FROM change_log WHERE device = ? AND seq >= ?"_s, {old, fromSeq});
    if (!first)
        return first.error();
    auto cols = columnsOfTable(u"devices"_s);
    if (!cols)
        return cols.error();
    const QString list = quotedColumns(*cols.value());
    if (Status s = m_db.write(u"INSERT INTO devices(id, %1) SELECT ?, %1 FROM devices WHERE id = ?"_s.arg(list), {id, old});
        !s)
        return s;
    // Renumbered 2, 3, … in order: updates compacted out of the run leave no
    // gap (each was replaced by a later change, which moves or stays).
    if (Status s = m_db.execScript(u"DROP TABLE IF EXISTS temp.renumbered; CREATE TEMP TABLE renumbered "
                                   "(old_seq INTEGER PRIMARY KEY, new_seq INTEGER NOT NULL)"_s);
        !s)
        return s;
    if (Status s = m_db.write(u"INSERT INTO temp.renumbered(old_seq, new_seq) SELECT seq, 1 + row_number() OVER "
                              "(ORDER BY seq) FROM change_log WHERE device = ? AND seq >= ?"_s,
                              {old, fromSeq});
        !s)
        return s;
    if (Status s = m_db.write(u"UPDATE change_log SET device = ?, seq = (SELECT new_seq FROM temp.renumbered "
                              "WHERE old_seq = change_log.seq) WHERE device = ? AND seq >= ?"_s,
                              {id, old, fromSeq});
        !s)
        return s;
    // Numbers of the old id from here on are the other version's now: not held.
    if (Status s = m_db.write(u"UPDATE change_log_compacted SET below = min(below, ?), examined = min(examined, ?) "
                              "WHERE device = ?"_s,
                              {fromSeq, fromSeq, old});
        !s)
        return s;
    m_compactedBelow.insert(old, std::min(m_compactedBelow.value(old, 0), fromSeq));
    // Just before the first change it takes over: its sequence keeps growing in time.
    if (Status s = m_db.write(u"INSERT INTO change_log(device, seq, hlc, tbl, row_id, op, author, fields, signed) "
                              "VALUES (?, 1, ?, 'devices', ?, 'I', NULL, NULL, NULL)"_s,
                              {id, first.value().toLongLong() - 1, id});
        !s)
        return s;
    for (const char *side : {"kept", "lost"}) {
        const QString sql = u"UPDATE sync_conflicts SET %1_device = ? WHERE %1_device = ? AND %1_hlc IN "
                            "(SELECT hlc FROM change_log WHERE device = ?)"_s.arg(QString::fromLatin1(side));
        if (Status s = m_db.write(sql, {id, old, id}); !s)
            return s;
    }
    // Our batches from there were another version: the new id seals its own.
    if (Status s = m_db.write(u"DELETE FROM sync_batches WHERE origin = ? AND last_seq >= ?"_s, {old, fromSeq}); !s)
        return s;
    // Their rowids may be taken again: erasures read every batch once more
    // (registry::Erasure keeps the last rowid it read).
    if (Status s = m_db.write(u"DELETE FROM local_state WHERE key = 'erasure_batches_checked'"_s, {}); !s)
        return s;
    if (Status s = m_db.write(u"INSERT INTO sync_vector(device, contiguous, max_seq) VALUES (?, ?, ?) "
                              "ON CONFLICT(device) DO UPDATE SET contiguous = excluded.contiguous, "
                              "max_seq = excluded.max_seq"_s,
                              {old, fromSeq - 1, fromSeq - 1});
        !s)
        return s;
    if (Status s = m_db.write(u"UPDATE local_state SET value = ? WHERE key = 'device_id'"_s, {id}); !s)
        return s;
    m_db.setDeviceId(id);
    m_rows.clear(); // versions moved to the new id
    if (Status s = loadOpenConflicts(); !s) // their devices too
        return s;
    m_summary.newDeviceId = id;
    m_summary.identityNote = tr("This laptop was restored from a backup or copied from another: its new changes now "
                                "go under a new identity; nothing was lost.");
    touch(u"devices"_s);
    return {};
}

// A device unknown here whose first batch opens with its own devices row,
// carrying the number and key of a device we know (not revoked): the same
// enrolled device going on under a new id. Believed when that key signed the
// batch: only the holder of the device's secret key can make it.
Result<QByteArray> ImportRun::continuationKey(const BatchRecord &b)
{
    if (b.firstSeq != 1)
        return QByteArray();
    Entry first;
    bool found = false;
    Status read = batches::forEachEntry(b, [&](Entry &e, bool) -> Status {
        if (!found) {
            first = e;
            found = true;
        }
        return {};
    });
    if (!read || !found || first.v.device != b.origin || first.v.seq != 1 || first.table != u"devices"
        || first.op != u"I" || first.rowId != b.origin)
        return QByteArray();
    QVariant key, number, centre, scope;
    for (const Entry::Field &f : first.carried) {
        if (f.column == u"public_key")
            key = f.value;
        else if (f.column == u"number")
            number = f.value;
        else if (f.column == u"centre_id")
            centre = f.value;
        else if (f.column == u"scope")
            scope = f.value;
    }
    if (key.toByteArray().isEmpty() || number.isNull())
        return QByteArray();
    // The same centre and scope too: what a device receives is its
    // administrator's choice, never its own (docs/sync-format.md).
    auto parent = m_db.exec(u"SELECT id FROM devices WHERE public_key = ? AND number = ? AND id <> ? AND centre_id IS ? "
                            "AND scope IS ?"_s,
                            {key.toByteArray(), number, b.origin, centre, scope});
    if (!parent)
        return parent.error();
    bool known = false, revoked = false;
    while (parent.value()->next()) {
        known = true;
        revoked = revoked || m_revoked.contains(parent.value()->value(0).toByteArray());
    }
    parent.value()->finish();
    if (!known || revoked || !batches::verify(m_org.id, key.toByteArray(), b))
        return QByteArray();
    m_keys.insert(b.origin, key.toByteArray());
    m_continuations.insert(b.origin);
    return key.toByteArray();
}

// Its row needs no administrator: its device's key vouched for it (the batch
// it opens was verified with the key it carries, which another row of the
// same number holds). Also when this copy already had the row without its
// entry (an enrolment's snapshot).
bool ImportRun::isContinuationRow(const Entry &e)
{
    if (e.table != u"devices" || e.op != u"I" || e.v.seq != 1 || e.rowId != e.v.device)
        return false;
    if (m_continuations.contains(e.v.device))
        return true;
    QVariant key, number, centre, scope;
    for (const Entry::Field &f : e.carried) {
        if (f.column == u"public_key")
            key = f.value;
        else if (f.column == u"number")
            number = f.value;
        else if (f.column == u"centre_id")
            centre = f.value;
        else if (f.column == u"scope")
            scope = f.value;
    }
    if (key.toByteArray().isEmpty() || key.toByteArray() != m_keys.value(e.v.device))
        return false;
    auto parent = m_db.scalar(u"SELECT count(*) FROM devices WHERE public_key = ? AND number = ? AND id <> ? "
                              "AND centre_id IS ? AND scope IS ?"_s,
                              {key.toByteArray(), number, e.v.device, centre, scope});
    return parent && parent.value().toLongLong() > 0;
}

// A revoked device's continuations are revoked with it (the same key).
Status ImportRun::revokeContinuations()
{
    if (m_revoked.isEmpty())
        return {};
    auto q = m_db.exec(u"SELECT c.id, min(r.revoked_hlc) FROM devices c JOIN devices p ON p.public_key = c.public_key "
                       "AND p.id <> c.id JOIN device_revocations r ON r.device_id = p.id AND r.deleted = 0 "
                       "GROUP BY c.id"_s);
    if (!q)
        return q.error();
    while (q.value()->next()) {
        const QByteArray device = q.value()->value(0).toByteArray();
        const quint64 at = q.value()->value(1).toULongLong();
        if (!m_revoked.contains(device) || m_revoked.value(device) > at)
            m_revoked.insert(device, at);
    }
    q.value()->finish();
    return {};
}

// Files numbered by another copy of this device (before a restore, or on a
// clone) hold numbers our counter may not have passed: new files start after
// every number of ours we hold.
Status ImportRun::raiseFileCounter()
{
    if (m_householdsToIndex.isEmpty())
        return {};
    return Enrolment::raiseFileCounter(m_db);
}

} // namespace tamkeen::sync
