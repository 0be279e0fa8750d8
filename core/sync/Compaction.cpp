#include "sync/Compaction.h"

#include "storage/Database.h"
#include "storage/PersonalColumns.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace tamkeen::sync::compaction {

namespace {

// Entries of one device looked at per transaction: a few hundred
// milliseconds of write lock, so a save waiting on the window gets in.
constexpr qint64 kEntriesPerStep = 4000;

// Tables whose history is read beyond their current versions (a user's roles
// over time, sync/RoleHistory) or that say which devices may write.
bool keepsHistory(const QString &table)
{
    return table == u"users" || table == u"devices" || table == u"device_revocations";
}

struct LogEntry {
    Version v;
    bool insert = false;
    bool isSigned = false; // a privileged change: its author's signature is read again
    QStringList fields;
};

// The updates of one row that decide nothing any more: under the floor, and
// each of their fields set again, later, by a change under the floor. The
// latest such change of every field stays, so the version a newer change
// replaced is still here; inserts, signed changes and archives stay, and so
// do changes of a person's words: an erasure finds the batches to cut
// through them (registry/Erasure).
QList<Version> removable(const QString &table, const QList<LogEntry> &entries, const Vector &floor)
{
    const auto heldByAll = [&](const Version &v) { return v.seq <= floor.value(v.device, 0); };
    QHash<QString, Version> latest;
    Version latestInsert;
    for (const LogEntry &e : entries) {
        if (!heldByAll(e.v))
            continue;
        if (e.insert) {
            if (latestInsert.isNull() || latestInsert < e.v)
                latestInsert = e.v;
            continue;
        }
        for (const QString &f : e.fields) {
            Version &l = latest[f];
            if (l.isNull() || l < e.v)
                l = e.v;
        }
    }
    QList<Version> out;
    for (const LogEntry &e : entries) {
        // Strictly under: each device's entry at the floor stays, so its
        // sequence and clock always resume from what is here.
        if (e.insert || e.isSigned || e.v.seq >= floor.value(e.v.device, 0) || e.fields.contains(u"deleted"_s)
            || std::any_of(e.fields.begin(), e.fields.end(),
                           [&](const QString &f) { return storage::isPersonal(table, f); }))
            continue;
        bool superseded = true;
        for (const QString &f : e.fields) {
            Version l = latest.value(f);
            if (l.isNull() || (!latestInsert.isNull() && l < latestInsert))
                l = latestInsert;
            superseded = superseded && !l.isNull() && e.v < l;
        }
        if (superseded)
            out << e.v;
    }
    return out;
}

struct Progress {
    qint64 below = 0;
    qint64 examined = 0;
};

Result<QHash<QByteArray, Progress>> progress(storage::Database &db)
{
    QHash<QByteArray, Progress> out;
    Status s = db.read(u"SELECT device, below, examined FROM change_log_compacted"_s, {},
                       [&](const storage::RawRow &r) { out.insert(r.blob(0), {r.integer(1), r.integer(2)}); });
    if (!s)
        return s.error();
    return out;
}

Status compactRow(storage::Database &db, const QString &table, const QByteArray &rowId, const Vector &floor,
                  Summary &summary)
{
    auto open = db.scalar(u"SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL AND tbl = ? AND row_id = ?"_s,
                          {table, rowId});
    if (!open)
        return open.error();
    if (open.value().toLongLong() > 0)
        return {}; // a person still chooses between its versions
    QList<LogEntry> entries;
    Status s = db.read(u"SELECT device, seq, hlc, op, fields, signed IS NOT NULL FROM change_log "
                       "WHERE tbl = ? AND row_id = ?"_s,
                       {table, rowId}, [&](const storage::RawRow &r) {
                           LogEntry e;
                           e.v = Version{quint64(r.integer(2)), r.blob(0), r.integer(1)};
                           e.insert = r.text(3) == u"I";
                           e.isSigned = r.integer(5) != 0;
                           if (!e.insert)
                               e.fields = fieldNames(r.text(4));
                           entries << e;
                       });
    if (!s)
        return s;
    ++summary.rows;
    for (const Version &v : removable(table, entries, floor)) {
        if (Status d = db.write(u"DELETE FROM change_log WHERE device = ? AND seq = ?"_s, {v.device, v.seq}); !d)
            return d;
        ++summary.removed;
    }
    return {};
}

Result<Floor> floorOf(storage::Database &db);

// One device's next run of entries under the floor: the rows they touch
// looked at. False in `more` when every device is done. The floor is read
// again in each step's transaction: a device enrolled meanwhile holds nothing.
Status step(storage::Database &db, Summary &summary, bool *more)
{
    *more = false;
    auto known = floorOf(db);
    if (!known)
        return known.error();
    summary.waitingFor = known.value().waitingFor;
    const Vector &floor = known.value().held;
    auto done = progress(db);
    if (!done)
        return done.error();
    QByteArray device;
    for (auto it = floor.begin(); it != floor.end(); ++it)
        if (done.value().value(it.key()).examined < it.value() && (device.isEmpty() || it.key() < device))
            device = it.key();
    if (device.isEmpty())
        return {};
    const qint64 from = done.value().value(device).examined;
    const qint64 to = std::min(floor.value(device), from + kEntriesPerStep);
    // A row with a later entry of this device still to come under the floor
    // is looked at with that one: a row changed often is read once a run.
    QList<std::pair<QString, QByteArray>> rows;
    Status s = db.read(u"SELECT DISTINCT tbl, row_id FROM change_log c WHERE device = ?1 AND seq >= ?2 AND seq < ?3 "
                       "AND NOT EXISTS (SELECT 1 FROM change_log l WHERE l.tbl = c.tbl AND l.row_id = c.row_id "
                       "AND l.device = ?1 AND l.seq >= ?3 AND l.seq < ?4)"_s,
                       {device, from, to, floor.value(device)}, [&](const storage::RawRow &r) {
                           const QString table = r.text(0);
                           if (!keepsHistory(table))
                               rows.append({table, r.blob(1)});
                       });
    if (!s)
        return s;
    for (const auto &[table, rowId] : rows)
        if (Status c = compactRow(db, table, rowId, floor, summary); !c)
            return c;
    // Entries of any device under its floor may be gone from here on.
    for (auto it = floor.begin(); it != floor.end(); ++it) {
        const Progress p = done.value().value(it.key());
        const qint64 examined = it.key() == device ? to : p.examined;
        if (it.value() <= p.below && examined == p.examined)
            continue;
        if (Status w = db.write(u"INSERT INTO change_log_compacted(device, below, examined) VALUES (?, ?, ?) "
                                "ON CONFLICT(device) DO UPDATE SET below = max(below, excluded.below), "
                                "examined = excluded.examined"_s,
                                {it.key(), std::max(it.value(), p.below), examined});
            !w)
            return w;
    }
    *more = true;
    return {};
}

Result<Floor> floorOf(storage::Database &db)
{
    Floor out;
    auto local = localVector(db);
    if (!local)
        return local.error();
    // Under its latest identity: a copy restored from a backup goes on under
    // a new id with the same key, and its old id never sends again. A
    // revoked device's continuations are revoked with it.
    QList<std::pair<QByteArray, QVariant>> known;
    Status s = db.read(u"SELECT d.id, p.vector FROM devices d LEFT JOIN sync_peers p ON p.device = d.id "
                       "WHERE d.deleted = 0 AND d.public_key IS NOT (SELECT public_key FROM devices WHERE id = ?) "
                       "AND NOT EXISTS (SELECT 1 FROM devices n WHERE n.public_key = d.public_key AND n.id > d.id) "
                       "AND NOT EXISTS (SELECT 1 FROM devices r JOIN device_revocations v ON v.device_id = r.id "
                       "AND v.deleted = 0 WHERE r.public_key = d.public_key) ORDER BY d.id"_s,
                       {db.deviceId()}, [&](const storage::RawRow &r) { known.append({r.blob(0), r.value(1)}); });
    if (!s)
        return s.error();
    // Our own changes leave as sealed batches made from the log: none that
    // is not sealed yet can go, or a batch would skip its number.
    auto sealed = db.scalar(u"SELECT coalesce(max(last_seq), 0) FROM sync_batches WHERE origin = ?"_s, {db.deviceId()});
    if (!sealed)
        return sealed.error();
    const qint64 sealedOwn = sealed.value().toLongLong();
    QList<Vector> vectors;
    for (const auto &[device, vector] : known) {
        if (vector.isNull()) {
            out.waitingFor = device;
            return out;
        }
        vectors << vectorFromJson(vector.toByteArray());
    }
    for (auto it = local.value().begin(); it != local.value().end(); ++it) {
        qint64 least = it.key() == db.deviceId() ? std::min(it.value(), sealedOwn) : it.value();
        for (const Vector &v : std::as_const(vectors))
            least = std::min(least, v.value(it.key(), 0));
        if (least > 0)
            out.held.insert(it.key(), least);
    }
    return out;
}

} // namespace

Result<Floor> floor(storage::Database &db)
{
    return floorOf(db);
}

Result<Summary> run(storage::Database &db, int maxSteps)
{
    Summary summary;
    bool more = true;
    for (int steps = 0; more && (maxSteps <= 0 || steps < maxSteps); ++steps)
        if (Status s = db.transaction([&] { return step(db, summary, &more); }); !s)
            return s.error();
    summary.more = more;
    return summary;
}

Result<Vector> compactedBelow(storage::Database &db)
{
    Vector out;
    if (db.schemaVersion() < 33)
        return out;
    Status s = db.read(u"SELECT device, below FROM change_log_compacted"_s, {},
                       [&](const storage::RawRow &r) { out.insert(r.blob(0), r.integer(1)); });
    if (!s)
        return s.error();
    return out;
}

} // namespace tamkeen::sync::compaction
