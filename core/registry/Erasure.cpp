#include "registry/Erasure.h"

#include "documents/DocumentStore.h"

#include "org/OrgSettings.h"
#include "registry/SearchIndex.h"
#include "security/AuditLog.h"
#include "security/Privileges.h"
#include "storage/CaptureTriggers.h"
#include "storage/Database.h"
#include "storage/KeptFactsMarks.h"
#include "storage/LocalState.h"
#include "storage/PersonalColumns.h"
#include "storage/SyncedWriter.h"
#include "sync/Batches.h"
#include "sync/Wire.h"

#include <QDateTime>
#include <optional>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSet>

using namespace Qt::StringLiterals;

namespace tamkeen::registry {

namespace {

const QString kRetentionKey = u"retention_years"_s;
const QString kBatchesChecked = u"erasure_batches_checked"_s; // local_state: sync_batches' rowid
const QString kCompactPending = u"erasure_compact_pending"_s;   // local_state: 1 until compacted

// The row a column links to, for coverage: by column, or "table.column".
const QHash<QString, QString> kParentOf = {
    {u"member_id"_s, u"members"_s},           {u"household_id"_s, u"households"_s},
    {u"plan_id"_s, u"plans"_s},               {u"referral_id"_s, u"referrals"_s},
    {u"appointment_id"_s, u"appointments"_s}, {u"session_id"_s, u"sessions"_s},
    {u"other_member_id"_s, u"members"_s},     {u"source_household_id"_s, u"households"_s},
    {u"target_household_id"_s, u"households"_s}};

// Rows that belong to a covered row without naming the member or household.
const QList<std::pair<QString, QString>> kChildLinks = {
    {u"plan_goals"_s, u"plan_id"_s},          {u"plan_tasks"_s, u"plan_id"_s},
    {u"plan_events"_s, u"plan_id"_s},         {u"referral_status"_s, u"referral_id"_s},
    {u"appointment_status"_s, u"appointment_id"_s}, {u"session_amendments"_s, u"session_id"_s},
    {u"duplicate_decisions"_s, u"other_member_id"_s}, {u"household_merges"_s, u"source_household_id"_s},
    {u"household_merges"_s, u"target_household_id"_s}};

// Whether an erasure covers entry `e`, as every copy judges it (`listed`:
// whether a row of a table is listed in erased_rows): its own row is, or it
// inserts a row that links to one. A member or a household is covered only
// by name (cover(): a member moved in since is not erased).
template <typename Listed>
bool coveredBy(const sync::Entry &e, Listed listed)
{
    if (listed(e.rowId, e.table))
        return true;
    if (e.op != u"I" || e.table == u"members" || e.table == u"households")
        return false;
    for (const sync::Entry::Field &f : e.carried) {
        const auto parent = kParentOf.constFind(f.column);
        if (parent != kParentOf.constEnd() && f.value.typeId() == QMetaType::QByteArray
            && listed(f.value.toByteArray(), parent.value()))
            return true;
    }
    return false;
}

// Lists in erased_rows the rows erasure `id` covers on this copy now: the
// members it names (as the administrator's copy held them: a member moved
// into the household since is not erased, one moved out still is), their
// rows, the household's own rows when it erases the household, and the rows
// belonging to those.
Status cover(storage::Database &db, const QByteArray &id, const QString &targetTable, const QByteArray &targetId,
             const QByteArray &members)
{
    const auto add = [&](const QString &table, const QString &where, const QVariantList &values) {
        return db.write(u"INSERT OR IGNORE INTO erased_rows(row_id, tbl, erasure_id) SELECT id, '%1', ? FROM \"%1\" "
                        "WHERE %2"_s.arg(table, where),
                        QVariantList{id} + values);
    };
    const auto mark = [&](const QByteArray &row, const QString &table) {
        return db.write(u"INSERT OR IGNORE INTO erased_rows(row_id, tbl, erasure_id) VALUES (?, ?, ?)"_s,
                        {row, table, id});
    };
    // The target and its members, even before their rows are here: the
    // entries that make them may come with their words cut out.
    if (Status s = mark(targetId, targetTable); !s)
        return s;
    for (qsizetype at = 0; at + 16 <= members.size(); at += 16)
        if (Status s = mark(members.mid(at, 16), u"members"_s); !s)
            return s;
    const QString ofErasure = u"(SELECT row_id FROM erased_rows WHERE erasure_id = ? AND tbl = '%1')"_s;
    for (const QString &table : storage::syncedTables(db)) {
        if (table == u"members" || table == u"households" || storage::personalColumns(table).isEmpty())
            continue;
        auto cols = storage::tableColumns(db, table);
        if (!cols)
            return cols.error();
        if (cols.value().contains(u"member_id"_s))
            if (Status s = add(table, u"member_id IN "_s + ofErasure.arg(u"members"_s), {id}); !s)
                return s;
        if (targetTable == u"households" && cols.value().contains(u"household_id"_s))
            if (Status s = add(table, u"household_id = ?"_s, {targetId}); !s)
                return s;
    }
    for (const auto &[table, column] : kChildLinks)
        if (Status s = add(table, u"%1 IN (SELECT row_id FROM erased_rows WHERE erasure_id = ?)"_s.arg(column), {id});
            !s)
            return s;
    return {};
}

// Blanks the personal columns of the covered rows; true when any was not blank.
Result<bool> blankRows(storage::Database &db, QSet<QByteArray> *households)
{
    bool changed = false;
    const QStringList tables = storage::syncedTables(db);
    for (const QString &table : tables) {
        const QStringList &personal = storage::personalColumns(table);
        if (personal.isEmpty())
            continue;
        QStringList sets, differs;
        QVariantList setValues, differValues;
        for (const QString &c : personal) {
            sets << u"\"%1\" = ?"_s.arg(c);
            setValues << storage::blankValue(table, c);
            differs << u"\"%1\" IS NOT ?"_s.arg(c);
            differValues << storage::blankValue(table, c);
        }
        const QString covered = u"id IN (SELECT row_id FROM erased_rows WHERE tbl = '%1')"_s.arg(table);
        if (table == u"members" || table == u"households") {
            const QString household = table == u"members" ? u"household_id"_s : u"id"_s;
            const Status s = db.read(u"SELECT %1 FROM \"%2\" WHERE %3 AND (%4)"_s.arg(household, table, covered,
                                                                                  differs.join(u" OR "_s)),
                                     differValues, [&](const storage::RawRow &r) { households->insert(r.blob(0)); });
            if (!s)
                return s.error();
        }
        // Run by the import with the triggers off: the kept facts of what
        // changes (a referral's outcome) are marked here instead.
        if (Status s = storage::markKeptFacts(db, table, u"%1 AND (%2)"_s.arg(covered, differs.join(u" OR "_s)),
                                              differValues);
            !s)
            return s.error();
        auto done = db.exec(u"UPDATE \"%1\" SET %2 WHERE %3 AND (%4)"_s.arg(table, sets.join(u", "_s), covered,
                                                                         differs.join(u" OR "_s)),
                            setValues + differValues);
        if (!done)
            return done.error();
        changed = changed || done.value()->numRowsAffected() > 0;
        // The values kept in conflicts.
        for (const QString &c : personal) {
            const QVariant blank = storage::blankValue(table, c);
            auto kept = db.exec(u"UPDATE sync_conflicts SET kept_value = ?, lost_value = ? WHERE tbl = ? AND col = ? "
                                "AND row_id IN (SELECT row_id FROM erased_rows WHERE tbl = ?) "
                                "AND (kept_value IS NOT ? OR lost_value IS NOT ?)"_s,
                                {blank, blank, table, c, table, blank, blank});
            if (!kept)
                return kept.error();
            changed = changed || kept.value()->numRowsAffected() > 0;
        }
    }
    return changed;
}

// Cuts the covered rows' words out of the stored batches; true when any was.
// The batches stored before `after` (rowid) were cut already: only a new
// erasure sends it back to the start.
Result<bool> redactBatches(storage::Database &db, qint64 after)
{
    QHash<QByteArray, QString> erased; // row -> its table
    if (Status s = db.read(u"SELECT row_id, tbl FROM erased_rows"_s, {},
                           [&](const storage::RawRow &r) { erased.insert(r.blob(0), r.text(1)); });
        !s)
        return s.error();
    QList<std::pair<qint64, int>> batches;
    // The entries held (change_log) and those refused for good (sync_refused):
    // both stay in their batches. The log's entries are found from the erased
    // rows through change_log_row (CROSS JOIN keeps that order; a join on a
    // UNION ALL copied the whole log to a temporary table every erasure).
    // A batch stored since `after` that holds a refused entry is read whole:
    // a refused insert made no row here to list, only its links name the
    // erased person.
    if (Status s = db.read(u"SELECT b.rowid, b.format FROM erased_rows r "
                           "CROSS JOIN change_log c ON c.tbl = r.tbl AND c.row_id = r.row_id "
                           "CROSS JOIN sync_batches b ON b.origin = c.device AND b.last_seq >= c.seq "
                           "AND b.first_seq <= c.seq WHERE b.format > 0 AND b.rowid > ?1 "
                           "UNION SELECT b.rowid, b.format FROM sync_batches b WHERE b.format > 0 AND b.rowid > ?1 "
                           "AND EXISTS (SELECT 1 FROM sync_refused c WHERE c.device = b.origin "
                           "AND c.seq BETWEEN b.first_seq AND b.last_seq)"_s,
                           {after}, [&](const storage::RawRow &r) { batches.append({r.integer(0), int(r.integer(1))}); });
        !s)
        return s.error();
    // Cut only what every copy that receives the batch accepts as cut
    // (ImportRun::erasedWithoutErasure): the rule of Erasure::covers, and
    // the row of an insert cut earlier in the same batch. (Changes to a
    // refused row in a later batch keep their words: no copy lists the row.)
    QSet<QByteArray> cutInserts;
    const auto hasWords = [&](const sync::Entry &e) {
        if (!cutInserts.contains(e.rowId)
            && !coveredBy(e, [&](const QByteArray &row, const QString &table) { return erased.value(row) == table; }))
            return false;
        bool words = false;
        for (const sync::Entry::Field &f : e.carried)
            words = words || (storage::isPersonal(e.table, f.column) && !storage::isBlank(e.table, f.column, f.value));
        for (const auto &[column, value] : e.signedPairs)
            words = words || (storage::isPersonal(e.table, column) && !storage::isBlank(e.table, column, value));
        if (words && e.op == u"I")
            cutInserts.insert(e.rowId);
        return words;
    };
    bool changed = false;
    for (const auto &[rowid, format] : batches) {
        cutInserts.clear();
        auto body = db.scalar(u"SELECT body FROM sync_batches WHERE rowid = ?"_s, {rowid});
        if (!body)
            return body.error();
        if (format == 1) {
            // Sealed whole by an older version: it cannot be cut, so it goes
            // (its run and signature stay, to recognise it if it comes again).
            bool words = false;
            sync::BatchRecord b;
            b.body = body.value().toByteArray();
            (void)sync::batches::forEachEntry(b, [&](sync::Entry &e, bool) -> Status {
                words = words || hasWords(e);
                return {};
            });
            if (!words)
                continue;
            if (Status s = db.write(u"UPDATE sync_batches SET body = x'', format = 0 WHERE rowid = ?"_s, {rowid}); !s)
                return s.error();
            changed = true;
            continue;
        }
        bool cut = false;
        auto redacted = sync::batches::redact(body.value().toByteArray(), hasWords, &cut, format);
        if (!redacted) {
            // Unreadable (stored by an older build): it goes, as a format-1 one.
            if (Status s = db.write(u"UPDATE sync_batches SET body = x'', format = 0 WHERE rowid = ?"_s, {rowid}); !s)
                return s.error();
            changed = true;
            continue;
        }
        if (!cut)
            continue;
        if (Status s = db.write(u"UPDATE sync_batches SET body = ? WHERE rowid = ?"_s, {redacted.value(), rowid}); !s)
            return s.error();
        changed = true;
    }
    return changed;
}

// Switches capture off (nothing of this travels: every copy does it from the
// erasure) and secure_delete on (freed cells and pages are zeroed) for a while.
// The contents still here of documents an erasure covers.
Result<QList<QByteArray>> erasedContents(storage::Database &db)
{
    QList<QByteArray> hashes;
    Status s = db.read(u"SELECT DISTINCT d.content_hash FROM erased_rows r JOIN documents d ON d.id = r.row_id "
                       "WHERE r.tbl = 'documents' AND (EXISTS (SELECT 1 FROM document_files f WHERE f.hash = "
                       "d.content_hash) OR EXISTS (SELECT 1 FROM document_pieces p WHERE p.hash = d.content_hash))"_s,
                       {}, [&](const storage::RawRow &r) { hashes << r.blob(0); });
    if (!s)
        return s.error();
    return hashes;
}

struct QuietWrites {
    storage::Database &db;
    bool capture;
    explicit QuietWrites(storage::Database &d) : db(d), capture(d.captureEnabled())
    {
        db.setCaptureEnabled(false);
        secureDelete(true);
    }
    ~QuietWrites()
    {
        db.setCaptureEnabled(capture);
        secureDelete(false);
    }
    void secureDelete(bool on)
    {
        // The pragma answers with a row: finished, or the commit would wait on it.
        if (auto q = db.exec(on ? u"PRAGMA secure_delete = ON"_s : u"PRAGMA secure_delete = OFF"_s))
            q.value()->finish();
    }
};

Result<QByteArray> erase(storage::Database &db, const security::Session &by, const QString &table,
                         const QByteArray &targetId, const QByteArray &householdId, const QString &reason)
{
    if (!Erasure::mayErase(by))
        return makeError(ErrorCode::PermissionDenied, Erasure::tr("Only an administrator erases a person's data."));
    if (reason.trimmed().size() < 10)
        return makeError(ErrorCode::Invalid, Erasure::tr("Give the reason for the erasure (at least ten characters)."),
                         u"reason"_s);
    auto already = db.scalar(u"SELECT count(*) FROM erasures WHERE target_id IN (?, ?) AND deleted = 0"_s,
                             {targetId, householdId});
    if (!already)
        return already.error();
    if (already.value().toLongLong() > 0)
        return makeError(ErrorCode::Invalid, Erasure::tr("This data has already been erased."));
    // The members it erases, named in the erasure: every copy erases these.
    QByteArray members;
    if (table == u"members") {
        members = targetId;
    } else if (Status s = db.read(u"SELECT id FROM members WHERE household_id = ? ORDER BY id"_s, {householdId},
                                  [&](const storage::RawRow &r) { members += r.blob(0); });
               !s) {
        return s.error();
    }
    QByteArray id;
    const Status done = db.transaction([&]() -> Status {
        db.setCurrentUser(by.userId);
        auto made = storage::SyncedWriter(db).insert(u"erasures"_s, {{u"target_table"_s, table},
                                                                    {u"target_id"_s, targetId},
                                                                    {u"household_id"_s, householdId},
                                                                    {u"members"_s, members},
                                                                    {u"reason"_s, reason.trimmed()},
                                                                    {u"erased_on"_s, QDate::currentDate().toString(Qt::ISODate)}});
        if (!made)
            return made.error();
        id = made.value();
        // In the trail with the change: the ids, never the words erased.
        const QString what = table == u"members" ? u"member "_s + QString::fromLatin1(targetId.toHex()) : u"household"_s;
        if (Status s = security::AuditLog(db).record(by, u"erase"_s, householdId, what); !s)
            return s;
        return Erasure::carryOut(db);
    });
    if (!done)
        return done.error();
    // Done and committed; what is left are freed pages (zeroed already:
    // secure_delete) and the WAL. A file busy elsewhere compacts next time.
    if (Status s = Erasure::compact(db); !s)
        qWarning("tamkeen: the file could not be compacted after an erasure: %s", qPrintable(s.error().message));
    return id;
}

} // namespace

bool Erasure::mayErase(const security::Session &who)
{
    return who.role == security::Role::Administrator;
}

Result<QByteArray> Erasure::eraseMember(storage::Database &db, const security::Session &by, const QByteArray &memberId,
                                        const QString &reason)
{
    auto household = db.scalar(u"SELECT household_id FROM members WHERE id = ?"_s, {memberId});
    if (!household)
        return household.error();
    if (household.value().isNull())
        return makeError(ErrorCode::NotFound, tr("This family member no longer exists."));
    return erase(db, by, u"members"_s, memberId, household.value().toByteArray(), reason);
}

Result<QByteArray> Erasure::eraseHousehold(storage::Database &db, const security::Session &by,
                                           const QByteArray &householdId, const QString &reason)
{
    auto exists = db.scalar(u"SELECT count(*) FROM households WHERE id = ?"_s, {householdId});
    if (!exists)
        return exists.error();
    if (exists.value().toLongLong() == 0)
        return makeError(ErrorCode::NotFound, tr("This household no longer exists."));
    return erase(db, by, u"households"_s, householdId, householdId, reason);
}

Status Erasure::carryOut(storage::Database &db, bool *changed)
{
    if (changed)
        *changed = false;
    auto any = db.scalar(u"SELECT count(*) FROM erasures WHERE deleted = 0"_s);
    if (!any)
        return any.error();
    if (any.value().toLongLong() == 0)
        return {};
    QuietWrites quiet(db);
    return db.transaction([&]() -> Status {
        // Every erasure covers again the rows that came since (a plan made
        // on a laptop that had not seen it); the new ones are marked done.
        QList<std::tuple<QByteArray, QString, QByteArray, QByteArray>> all;
        if (Status s = db.read(u"SELECT id, target_table, target_id, members FROM erasures WHERE deleted = 0"_s, {},
                               [&](const storage::RawRow &r) {
                                   all.append({r.blob(0), r.text(1), r.blob(2), r.blob(3)});
                               });
            !s)
            return s;
        auto before = db.scalar(u"SELECT count(*) FROM erasures_done"_s);
        if (!before)
            return before.error();
        for (const auto &[id, table, target, members] : all) {
            if (Status s = cover(db, id, table, target, members); !s)
                return s;
            if (Status s = db.write(u"INSERT OR IGNORE INTO erasures_done(id, done_at) VALUES (?, ?)"_s,
                                    {id, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
                !s)
                return s;
        }
        auto after = db.scalar(u"SELECT count(*) FROM erasures_done"_s);
        if (!after)
            return after.error();
        // Every import comes here once an erasure exists: only the batches
        // stored since the last time are read, unless a new erasure came.
        auto checked = storage::localValue(db, kBatchesChecked);
        if (!checked)
            return checked.error();
        const qint64 from = after.value() != before.value() ? 0 : checked.value().toLongLong();
        QSet<QByteArray> households;
        auto blanked = blankRows(db, &households);
        if (!blanked)
            return blanked.error();
        // An author's signature keeps the values it signed (change_log.signed):
        // for a covered row they go too. (A change of this device not sealed
        // yet then leaves unsigned: refused elsewhere, and the row is erased.)
        // Found through the erased rows (change_log_row), never by reading
        // the whole log: CROSS JOIN keeps that order.
        auto unsigned_ = db.exec(u"UPDATE change_log SET signed = NULL WHERE (device, seq) IN "
                                 "(SELECT c.device, c.seq FROM erased_rows r CROSS JOIN change_log c "
                                 " ON c.tbl = r.tbl AND c.row_id = r.row_id WHERE c.signed IS NOT NULL)"_s);
        if (!unsigned_)
            return unsigned_.error();
        const bool signatures = unsigned_.value()->numRowsAffected() > 0;
        // The scans and photos of the people erased: their content goes,
        // unless a document not erased holds the same bytes.
        auto contents = erasedContents(db);
        if (!contents)
            return contents.error();
        if (Status s = documents::DocumentStore::dropUnused(db, contents.value()); !s)
            return s;
        auto redacted = redactBatches(db, from);
        if (!redacted)
            return redacted.error();
        auto last = db.scalar(u"SELECT coalesce(max(rowid), 0) FROM sync_batches"_s);
        if (!last)
            return last.error();
        if (Status s = storage::setLocalValue(db, kBatchesChecked, last.value()); !s)
            return s;
        if (!households.isEmpty()) {
            if (Status s = SearchIndex::reindexHouseholds(db, QList<QByteArray>(households.begin(), households.end()));
                !s)
                return s;
            // Merged into one segment, the full-text index keeps no word of a
            // deleted entry (FTS5 otherwise keeps them until segments merge).
            if (Status s = db.write(u"INSERT INTO search_fts(search_fts) VALUES ('optimize')"_s, {}); !s)
                return s;
        }
        const bool any = blanked.value() || redacted.value() || signatures || !households.isEmpty()
                         || !contents.value().isEmpty();
        if (changed)
            *changed = any;
        // Remembered until the file is compacted: a busy file or a full disk
        // leaves it for the next import or erasure.
        if (any)
            if (Status s = storage::setLocalValue(db, kCompactPending, 1); !s)
                return s;
        return {};
    });
}

Result<bool> Erasure::covers(storage::Database &db, const sync::Entry &e)
{
    std::optional<Error> failed;
    const bool covered = coveredBy(e, [&](const QByteArray &row, const QString &table) {
        if (failed)
            return false;
        auto n = db.scalar(u"SELECT count(*) FROM erased_rows WHERE row_id = ? AND tbl = ?"_s, {row, table});
        if (!n)
            failed = n.error();
        return n && n.value().toLongLong() > 0;
    });
    if (failed)
        return *failed;
    return covered;
}

Result<bool> Erasure::compactPending(storage::Database &db)
{
    auto v = storage::localValue(db, kCompactPending);
    if (!v)
        return v.error();
    return v.value().toInt() == 1;
}

Status Erasure::compact(storage::Database &db)
{
    db.finishStatements();
    // No VACUUM: with secure_delete on, every freed cell and page was zeroed
    // as it was freed (tests/core/test_erasure.cpp searches the bytes), and a
    // VACUUM would rewrite a 1 GB file for one family (15 s at 100,000
    // households). The checkpoint writes the zeroed pages over the old ones
    // and empties the WAL, whose frames still held them.
    const auto hold = db.holdCheckpoints();
    QSqlQuery q(db.connection());
    if (!q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s))
        return storage::Database::errorFor(q.lastError());
    // Busy (a reader or another program's checkpoint): the log still holds
    // the old pages, so it stays pending for the next import or erasure.
    const bool emptied = q.next() && q.value(0).toInt() == 0;
    q.finish();
    if (!emptied)
        return {};
    return storage::setLocalValue(db, kCompactPending, 0);
}

Result<QList<DueForErasure>> Erasure::due(storage::Database &db, int years, const QDate &today)
{
    QList<DueForErasure> out;
    if (years <= 0)
        return out;
    const Status s = db.read(
        u"SELECT h.id, h.file_number, h.status_date FROM households h "
        "WHERE h.deleted = 0 AND h.status = 'exited' AND h.status_date <= ? "
        "AND NOT EXISTS (SELECT 1 FROM erasures e WHERE e.household_id = h.id AND e.target_table = 'households' "
        "AND e.deleted = 0) "
        "ORDER BY h.status_date, h.file_number"_s,
        {today.addYears(-years).toString(Qt::ISODate)}, [&](const storage::RawRow &r) {
            out.append({r.blob(0), r.text(1), QDate::fromString(r.text(2), Qt::ISODate)});
        });
    if (!s)
        return s.error();
    return out;
}

Result<int> Erasure::retentionYears(storage::Database &db)
{
    auto v = org::OrgSettings::value(db, kRetentionKey);
    if (!v)
        return v.error();
    return v.value().isNull() ? 0 : v.value().toInt();
}

Status Erasure::setRetentionYears(storage::Database &db, const security::Session &by, int years)
{
    if (!mayErase(by))
        return makeError(ErrorCode::PermissionDenied, tr("Only an administrator sets how long data is kept."));
    if (years < 0 || years > 100)
        return makeError(ErrorCode::Invalid, tr("Keep data between 1 and 100 years after exit, or 0 for no limit."));
    return org::OrgSettings::setValue(db, by, kRetentionKey, QString::number(years));
}

} // namespace tamkeen::registry
