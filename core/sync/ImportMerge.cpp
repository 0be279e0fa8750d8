// The field-by-field merge of one entry (docs/sync-format.md, rules 4-8): its
// row created or its fields compared with ours, conflicts kept for a person,
// and the entry logged under its own device and sequence. ImportChecks.cpp
// has the checks before it, ImportRun.cpp the bookkeeping after.
#include "sync/ImportRun.h"
#include "impact/MaintainedFacts.h"

#include "registry/SearchIndex.h"
#include "documents/Documents.h"
#include "security/Privileges.h"
#include "storage/Database.h"
#include "storage/HybridClock.h"
#include "storage/Uuid.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace tamkeen::sync {

namespace {

// Rows whose versions are kept while an import goes on: a row's changes in a
// package mostly come close together, and a small cache is dropped while its
// memory is still hot (dropping 2,000 at once cost a twentieth of an import).
constexpr qsizetype kCachedRows = 256;

} // namespace

Status ImportRun::applyEntry(Entry &e)
{
    ++m_total;
    return mergeEntry(e);
}

Status ImportRun::mergeEntry(Entry &e)
{
    if (!m_synced.contains(e.table))
        return makeError(ErrorCode::Corrupt, tr("The package is damaged: it names an unknown table (%1).").arg(e.table));
    if (auto cols = columnsOfTable(e.table); !cols)
        return cols.error();
    // The row's history says whether this entry is held already.
    auto state = rowState(e.table, e.rowId);
    if (!state)
        return state.error();
    RowState &row = *state.value();
    if (row.versions.holds(e.v.device, e.v.seq)) {
        ++m_summary.unchanged;
        return {};
    }
    if (m_revoked.contains(e.v.device) && e.v.hlc > m_revoked.value(e.v.device))
        return refuseEntry(e, QString::fromLatin1(refusal::kRevoked), true);
    if (!inClockWindow(e)) {
        m_flagged.insert(m_header.device);
        // For good when no copy ever takes it: before the organisation, or a
        // year ahead. Only far ahead, it may be taken once our clock gets there.
        const quint64 yearAhead = storage::HybridClock::fromMillis(m_limitMs + 366 * qint64(86'400'000));
        return refuseEntry(e, QString::fromLatin1(refusal::kClock), e.v.hlc < m_orgCreated || e.v.hlc > yearAhead);
    }
    m_maxHlc = std::max(m_maxHlc, checkClock(e.v));
    if (Status s = checkEntry(e); !s)
        return s;
    if (m_options.checkAuthors && (e.isSigned() || mayBePrivileged(e.table)) && !isContinuationRow(e)) {
        auto why = admission(e);
        if (!why)
            return why.error();
        if (!why.value().isEmpty())
            return refuseEntry(e, why.value(), true);
    }
    if (m_options.checkAuthors && e.table == u"households" && e.op == u"I") {
        auto why = registeredCentre(e, row.exists);
        if (!why)
            return why.error();
        if (!why.value().isEmpty())
            return refuseEntry(e, why.value(), true);
    }
    if (auto fixed = changesFixed(e, row); !fixed)
        return fixed.error();
    else if (fixed.value())
        return refuseEntry(e, QString::fromLatin1(security::Privileges::kFixed), true);
    // The dashboard's kept facts of the row's household before and after (the
    // import runs with the triggers that mark them off): a row moved to
    // another household changes both.
    if (row.exists)
        if (Status s = impact::maintained::markRow(m_db, e.table, e.rowId); !s)
            return s;
    if (!row.exists) {
        if (e.op != u"I") {
            if (!m_lastTry) // its insert may come later in this package
                m_retry << e;
            else // held back, sent again next time
                ++m_summary.waiting;
            return {};
        }
        if (Status s = insertRow(e, row); !s)
            return s;
        if (!row.exists) // refused by the schema: held back
            return {};
    } else if (Status s = mergeFields(e, row); !s) {
        return s;
    }
    if (Status s = impact::maintained::markRow(m_db, e.table, e.rowId); !s)
        return s;
    return logEntry(e, row);
}

// Whether `e` changes a column fixed once the row is made (a document's
// content and what it is about): an update naming one, an insert carrying one
// set later, or an insert whose fixed values do not make its id.
Result<bool> ImportRun::changesFixed(const Entry &e, const RowState &row)
{
    const QStringList &fixed = security::Privileges::fixedColumns(e.table);
    if (fixed.isEmpty())
        return false;
    if (e.op != u"I")
        return std::any_of(e.fieldNames.cbegin(), e.fieldNames.cend(), [&](const QString &f) { return fixed.contains(f); });
    Q_UNUSED(row)
    QVariantMap carried;
    for (const Entry::Field &f : e.carried) {
        if (!fixed.contains(f.column))
            continue;
        if (!f.version.sameChange(e.v))
            return true;
        carried.insert(f.column, f.value);
    }
    // The id is made from the fixed values: another content under a known
    // id, or a row not whole and well formed, cannot match it.
    return e.table == u"documents" && !documents::Documents::wellFormed(e.rowId, carried);
}

// A new row: created with the values the insert carries. A row the schema
// refuses (a constraint) is held back and the rest goes on: SQLite undoes
// just the failed statement.
Status ImportRun::insertRow(const Entry &e, RowState &row)
{
    const QStringList &tableColumns = m_columns.value(e.table);
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
    Status inserted = m_db.write(sql, values);
    if (!inserted) {
        if (!m_db.sqliteInTransaction())
            return inserted; // disk full or I/O: the whole import stops
        ++m_summary.waiting;
        return {};
    }
    row.exists = true;
    row.values = QVariantList(tableColumns.size());
    for (const Entry::Field &f : e.carried)
        if (const qsizetype at = tableColumns.indexOf(f.column); at >= 0)
            row.values[at] = f.value;
    row.valuesRead = true;
    ++m_summary.newRows;
    touch(e.table);
    if (e.table == u"referrals")
        m_newReferrals << e.rowId; // its consent is looked at when the package is in (ImportErased.cpp)
    return {};
}

Status ImportRun::mergeFields(const Entry &e, RowState &row)
{
    Taken taken;
    const QStringList &tableColumns = m_columns.value(e.table);
    for (const Entry::Field &f : e.carried) {
        if (!tableColumns.contains(f.column))
            continue;
        if (Status s = mergeField(e, f, row, taken); !s)
            return s;
    }
    if (Status s = archiveConflicts(e, row, taken); !s)
        return s;
    if (row.valuesRead) {
        row.values.resize(tableColumns.size()); // a row missing from its table read as none
        for (qsizetype i = 0; i < taken.names.size(); ++i)
            if (const qsizetype at = tableColumns.indexOf(taken.names[i]); at >= 0)
                row.values[at] = taken.values[i];
    }
    if (taken.names.isEmpty()) {
        ++m_summary.unchanged;
        return {};
    }
    QVariantList values = taken.values;
    values << e.rowId;
    if (e.table != m_updateTable || taken.names != m_updateColumns) {
        QStringList set;
        for (const QString &name : std::as_const(taken.names))
            set << u"\"%1\" = ?"_s.arg(name);
        m_updateSql = u"UPDATE \"%1\" SET %2 WHERE id = ?"_s.arg(e.table, set.join(u", "_s));
        m_updateTable = e.table;
        m_updateColumns = taken.names;
    }
    if (Status s = m_db.write(m_updateSql, values); !s)
        return s;
    ++m_summary.updated;
    touch(e.table);
    return {};
}

// One carried field against our current version (docs/sync-format.md, rule 5).
Status ImportRun::mergeField(const Entry &e, const Entry::Field &f, RowState &row, Taken &taken)
{
    const Version local = row.versions.current(f.column);
    bool take = false;
    const bool basedOnOurs = !local.isNull() && f.prev.sameChange(local);
    bool held = f.version.sameChange(local);
    if (!held) {
        auto h = heldHere(row, f.column, f.version);
        if (!h)
            return h.error();
        held = h.value();
    }
    if (held) {
        take = false; // held already, or we are past it
    } else if (local.isNull() || basedOnOurs || covers(m_senderVector, local)) {
        take = local.isNull() || basedOnOurs || local < f.version;
    } else if (isBookkeeping(f.column)) {
        take = local < f.version;
    } else {
        // Both sides changed the field: the later wins, the other is kept for a person.
        take = local < f.version;
        auto current = valueOf(row, e, f.column, taken);
        if (!current)
            return current.error();
        const QVariant localValue = current.value();
        if (localValue != f.value || localValue.isNull() != f.value.isNull()) {
            Status s = take ? conflict(e, f.column, u"field"_s, f.value, f.version, e.author, localValue, local,
                                       authorOf(local))
                            : conflict(e, f.column, u"field"_s, localValue, local, authorOf(local), f.value, f.version,
                                       e.author);
            if (!s)
                return s;
        }
    }
    bool prevHeld = false;
    if (!basedOnOurs && !f.prev.isNull()
        && m_openLost.contains(conflictKey(e.rowId, f.column, qint64(f.prev.hlc), f.prev.device))) {
        auto h = heldHere(row, f.column, f.prev);
        if (!h)
            return h.error();
        prevHeld = h.value();
    }
    if (prevHeld) {
        // A change made on top of a conflict's losing value replaces it: that
        // value is no longer for a person to choose (its sender saw it). A
        // device seals its entries when it first sends them, so a value
        // overwritten since still travels with its own entry.
        if (Status s = m_db.write(u"UPDATE sync_conflicts SET resolved_at = ?, resolved_by = ? WHERE resolved_at IS NULL "
                                  "AND tbl = ? AND row_id = ? AND col = ? AND lost_hlc = ? AND lost_device = ?"_s,
                                  {m_now, e.author, e.table, e.rowId, f.column, qint64(f.prev.hlc), f.prev.device});
            !s)
            return s;
    }
    if (take && m_hasOpenConflicts && basedOnOurs
        && m_openKept.contains(conflictKey(e.rowId, f.column, qint64(local.hlc), local.device))) {
        // A change made on top of a conflict's winner settles it here too.
        if (Status s = m_db.write(u"UPDATE sync_conflicts SET resolved_at = ?, resolved_by = ? WHERE resolved_at IS NULL "
                                  "AND tbl = ? AND row_id = ? AND col = ? AND kept_hlc = ? AND kept_device = ?"_s,
                                  {m_now, e.author, e.table, e.rowId, f.column, qint64(local.hlc), local.device});
            !s)
            return s;
    }
    if (take) {
        taken.names << f.column;
        taken.values << f.value;
    }
    return {};
}

// An archive (or restore) against an edit the sender never saw, and the other
// way round: always for a person to look at (rule 6).
Status ImportRun::archiveConflicts(const Entry &e, RowState &row, const Taken &taken)
{
    if (e.table == u"device_revocations")
        return {};
    const Version deletedNow = row.versions.current(u"deleted"_s);
    if (e.fieldNames.contains(u"deleted"_s)) {
        QSet<QByteArray> edits;
        for (const QString &column : m_columns.value(e.table)) {
            const Version edit = row.versions.current(column);
            if (column == u"deleted" || isBookkeeping(column) || edit.isNull())
                continue;
            const QByteArray key = edit.device + QByteArray::number(edit.hlc);
            if (covers(m_senderVector, edit) || edits.contains(key) || edit.seq == 0)
                continue;
            edits.insert(key);
            auto deleted = valueOf(row, e, u"deleted"_s, taken);
            if (!deleted)
                return deleted.error();
            if (Status s = conflict(e, u"deleted"_s, u"archive"_s, deleted.value(), e.v, e.author, QString(), edit,
                                    authorOf(edit));
                !s)
                return s;
        }
        return {};
    }
    const QList<Version> history = row.versions.history(u"deleted"_s);
    bool concurrentArchive = false;
    for (qsizetype i = 1; i < history.size(); ++i) // [0] is the insert
        concurrentArchive = concurrentArchive || !covers(m_senderVector, history[i]);
    bool edits = false;
    for (const Entry::Field &f : e.carried)
        edits = edits || (!isBookkeeping(f.column) && f.column != u"deleted");
    if (!concurrentArchive || !edits)
        return {};
    auto deleted = valueOf(row, e, u"deleted"_s, taken);
    if (!deleted)
        return deleted.error();
    return conflict(e, u"deleted"_s, u"archive"_s, deleted.value(), deletedNow, authorOf(deletedNow), QString(), e.v,
                    e.author);
}

// Held now: logged under its own device and sequence, so it is never applied
// twice. An update is logged with the fields it carried: the ones it changed
// and that nobody has changed since at the sender. The others come with the
// later change that set them, so our versions never run ahead of our values.
Status ImportRun::logEntry(const Entry &e, RowState &row)
{
    QVariant fields;
    QStringList decided;
    if (e.op == u"U") {
        for (const Entry::Field &f : e.carried)
            decided << f.column;
        // Checked against the table's columns: names need no escapes.
        fields = decided.isEmpty() ? u"[]"_s : u"[\""_s + decided.join(u"\",\""_s) + u"\"]"_s;
    }
    const QByteArray signedBlob = wire::encodeSigned(e);
    if (Status s = m_db.write(u"INSERT INTO change_log(device, seq, hlc, tbl, row_id, op, author, fields, signed) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                              {e.v.device, e.v.seq, qint64(e.v.hlc), e.table, e.rowId, e.op, e.author, fields,
                               signedBlob.isEmpty() ? QVariant() : QVariant(signedBlob)});
        !s)
        return s;
    if (e.op == u"I")
        row.versions.addInsert(e.v);
    else
        row.versions.add(decided, e.v);
    row.versions.held.append({e.v.device, e.v.seq});
    m_touchedDevices[e.v.device] = std::max(m_touchedDevices.value(e.v.device), e.v.seq);
    if (e.table == u"users")
        m_authorsChanged.insert(e.rowId); // their refused entries are judged again
    if (e.table == u"households")
        m_householdsToIndex.insert(e.rowId);
    else if (e.table == u"members")
        m_membersToIndex.insert(e.rowId);
    else if (e.table == u"incomes") // the list shows the income in force and the eligibility it gives
        m_incomesToIndex.insert(e.rowId);
    return {};
}

// A conflict the sender holds: kept here too (once); its resolution closes ours.
Status ImportRun::mergeConflict(const ConflictRecord &c)
{
    if (!m_synced.contains(c.table))
        return {};
    auto cols = columnsOfTable(c.table);
    if (!cols)
        return cols.error();
    if (!cols.value()->contains(c.column) || (c.kind != u"field" && c.kind != u"archive"))
        return {};
    Status s = m_db.write(u"INSERT INTO sync_conflicts(tbl, row_id, col, kind, kept_value, kept_hlc, kept_device, "
                          "kept_author, lost_value, lost_hlc, lost_device, lost_author, detected_at, resolved_at) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"_s,
                          {c.table, c.rowId, c.column, c.kind, c.keptValue, c.keptHlc, c.keptDevice, c.keptAuthor,
                           c.lostValue, c.lostHlc, c.lostDevice, c.lostAuthor, m_now, c.resolvedAt});
    if (!s)
        return s;
    const bool added = m_db.lastChanges() > 0;
    if (added && c.resolvedAt.isNull()) {
        ++m_summary.conflicts;
        m_openKept.insert(conflictKey(c.rowId, c.column, c.keptHlc.toLongLong(), c.keptDevice.toByteArray()));
        m_openLost.insert(conflictKey(c.rowId, c.column, c.lostHlc.toLongLong(), c.lostDevice.toByteArray()));
    }
    if (!added && !c.resolvedAt.isNull()) {
        auto closed = m_db.exec(u"UPDATE sync_conflicts SET resolved_at = ? WHERE resolved_at IS NULL AND tbl = ? "
                                "AND row_id = ? AND col = ? AND lost_hlc = ? AND lost_device = ?"_s,
                                {c.resolvedAt, c.table, c.rowId, c.column, c.lostHlc, c.lostDevice});
        if (!closed)
            return closed.error();
    }
    return {};
}

// ---------------------------------------------------------------- bookkeeping

Result<const QStringList *> ImportRun::columnsOfTable(const QString &table)
{
    if (auto it = m_columns.constFind(table); it != m_columns.constEnd())
        return &it.value();
    auto cols = columnsOf(m_db, table);
    if (!cols)
        return cols.error();
    return &m_columns.insert(table, cols.value()).value();
}

Result<ImportRun::RowState *> ImportRun::rowState(const QString &table, const QByteArray &id)
{
    // By id alone (no key to build for each entry): ids are unique across
    // tables, and a row of another table under the same id is read afresh.
    if (auto it = m_rows.find(id); it != m_rows.end() && it.value().table == table)
        return &it.value();
    if (m_rows.size() > kCachedRows) // small: a row's changes come close together
        m_rows.clear();
    RowState state;
    state.table = table;
    auto versions = rowVersions(m_db, table, id, m_columns.value(table));
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
    return &m_rows.insert(id, std::move(state)).value();
}

// A row's value as it stands, with what the entry being merged has taken so far.
Result<QVariant> ImportRun::valueOf(RowState &row, const Entry &e, const QString &column, const Taken &taken)
{
    if (const qsizetype at = taken.names.indexOf(column); at >= 0)
        return taken.values[at];
    const QStringList &columns = m_columns.value(e.table);
    if (!row.valuesRead) {
        bool exists = false;
        auto values = rowValueList(m_db, e.table, columns, e.rowId, &exists);
        if (!values)
            return values.error();
        row.values = values.value();
        row.valuesRead = true;
    }
    const qsizetype at = columns.indexOf(column);
    return at >= 0 && at < row.values.size() ? row.values[at] : QVariant();
}

// A version of the field this copy holds: in the row's history, or below
// what was compacted (every number there was held, unless refused).
Result<bool> ImportRun::heldHere(const RowState &row, const QString &column, const Version &v)
{
    if (row.versions.contains(column, v))
        return true;
    if (v.isNull() || v.seq <= 0 || v.seq >= m_compactedBelow.value(v.device, 0))
        return false;
    auto refused = m_db.scalar(u"SELECT count(*) FROM sync_refused WHERE device = ? AND seq = ?"_s, {v.device, v.seq});
    if (!refused)
        return refused.error();
    return refused.value().toLongLong() == 0;
}

QByteArray ImportRun::conflictKey(const QByteArray &row, const QString &column, qint64 hlc, const QByteArray &device)
{
    QByteArray key = row;
    key += device;
    key += QByteArray::number(hlc);
    key += column.toUtf8();
    return key;
}

QVariant ImportRun::authorOf(const Version &v)
{
    if (!m_authorOf.isNull() && v.sameChange(m_authorOf) && v.seq > 0)
        return m_author;
    auto a = m_db.scalar(u"SELECT author FROM change_log WHERE device = ? AND seq = ?"_s, {v.device, v.seq});
    m_authorOf = v;
    m_author = a ? a.value() : QVariant();
    return m_author;
}

Status ImportRun::conflict(const Entry &e, const QString &column, const QString &kind, const QVariant &keptValue,
                           const Version &kept, const QVariant &keptAuthor, const QVariant &lostValue,
                           const Version &lost, const QVariant &lostAuthor)
{
    Status s = m_db.write(u"INSERT INTO sync_conflicts(tbl, row_id, col, kind, kept_value, kept_hlc, kept_device, "
                          "kept_author, lost_value, lost_hlc, lost_device, lost_author, detected_at) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"_s,
                          {e.table, e.rowId, column, kind, keptValue, qint64(kept.hlc), kept.device, keptAuthor,
                           lostValue, qint64(lost.hlc), lost.device, lostAuthor, m_now});
    if (s && m_db.lastChanges() > 0) {
        ++m_summary.conflicts;
        m_openKept.insert(conflictKey(e.rowId, column, qint64(kept.hlc), kept.device));
        m_openLost.insert(conflictKey(e.rowId, column, qint64(lost.hlc), lost.device));
    }
    return s;
}

// The search index and the list rows of the households the package touched:
// their own rows, their members' or their incomes'.
Status ImportRun::reindexSearch()
{
    QList<QByteArray> households(m_householdsToIndex.begin(), m_householdsToIndex.end());
    const auto addHouseholdOf = [&](const QString &table, const QByteArray &row) {
        auto hh = m_db.scalar(u"SELECT household_id FROM %1 WHERE id = ?"_s.arg(table), {row});
        if (hh && !hh.value().isNull() && !m_householdsToIndex.contains(hh.value().toByteArray())) {
            m_householdsToIndex.insert(hh.value().toByteArray());
            households << hh.value().toByteArray();
        }
    };
    for (const QByteArray &member : std::as_const(m_membersToIndex))
        addHouseholdOf(u"members"_s, member);
    for (const QByteArray &income : std::as_const(m_incomesToIndex))
        addHouseholdOf(u"incomes"_s, income);
    if (Status s = registry::SearchIndex::reindexHouseholds(m_db, households); !s)
        return s;
    // An eligibility rule an administrator changed elsewhere: every list row judged by it.
    if (m_tablesChanged.contains(u"org_settings"_s))
        return registry::SearchIndex::refreshEligibility(m_db);
    return {};
}

} // namespace tamkeen::sync
