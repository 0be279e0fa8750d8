#include "registry/IndexRange.h"

#include "registry/IncomeService.h"
#include "registry/IndexRows.h"
#include "storage/Database.h"

#include <QHash>

#include <algorithm>
#include <QSet>

using namespace Qt::StringLiterals;

namespace tamkeen::registry::indexrows {

namespace {

// A value as the database gives it back once bound (Database::write binds
// integers as INTEGER, floats as REAL; the columns' affinities keep them).
QVariant asStored(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return QVariant();
    case QMetaType::QByteArray:
        return v;
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return v.toLongLong();
    case QMetaType::Double:
    case QMetaType::Float:
        return v.toDouble();
    default:
        return v.isNull() ? QVariant() : QVariant(v.toString());
    }
}

bool same(const QVariant &stored, const QVariant &fresh)
{
    const QVariant f = asStored(fresh);
    if (stored.isNull() || f.isNull())
        return stored.isNull() && f.isNull();
    return stored.typeId() == f.typeId() && stored == f;
}

// SET a = ?, b = ? … for the columns of `fresh` that differ from `stored`
// (from column `first` on); empty when none does. More than two: every
// column, so that the statements cached stay few.
QString changedColumns(const QVariantList &stored, const QVariantList &fresh, const QStringList &names, int first,
                       QVariantList &values)
{
    QList<int> changed;
    for (int c = first; c < names.size(); ++c)
        if (!same(stored.value(c), fresh.value(c)))
            changed << c;
    if (changed.size() > 2) {
        changed.clear();
        for (int c = first; c < names.size(); ++c)
            changed << c;
    }
    QStringList set;
    for (int c : std::as_const(changed)) {
        set << names[c] + u" = ?"_s;
        values << fresh[c];
    }
    return set.join(u", "_s);
}

struct StoredEntry {
    qint64 id = 0;
    QVariantList columns;
    QString text;
    bool hasText = false; // its search_fts row is there
    bool kept = false;
};

} // namespace

Range rangeOf(const QByteArray &from, const QByteArray &to)
{
    Range r;
    QStringList where;
    if (!from.isEmpty()) {
        where << u"household_id > ?"_s;
        r.values << from;
    }
    if (!to.isEmpty()) {
        where << u"household_id <= ?"_s;
        r.values << to;
    }
    r.where = where.isEmpty() ? u"1 = 1"_s : where.join(u" AND "_s);
    return r;
}

Status rewriteRange(storage::Database &db, const Range &range, const QList<IndexedHousehold> &households,
                    qint64 *changed)
{
    auto rule = IncomeService(db).rule();
    if (!rule)
        return rule.error();
    QHash<QByteArray, StoredEntry> entries; // by household and member id
    QList<qint64> goneEntries;               // theirs no longer, or a member's second entry
    Status read = db.read(u"SELECT e.id, e.household_id, e.member_id, e.given_key, e.father_key, e.grandfather_key, "
                          "e.family_key, e.name_key, e.birth_year, (SELECT text FROM search_fts WHERE rowid = e.id) "
                          "FROM search_entries e WHERE "_s
                              + range.where,
                          range.values, [&](const storage::RawRow &r) {
                              StoredEntry e;
                              e.id = r.integer(0);
                              for (int c = 1; c <= 8; ++c)
                                  e.columns << r.value(c);
                              e.hasText = !r.isNull(9);
                              e.text = r.text(9);
                              const QByteArray key = r.blob(1) + '/' + r.blob(2);
                              if (auto twice = entries.constFind(key); twice != entries.cend())
                                  goneEntries << twice->id;
                              entries.insert(key, e);
                          });
    if (!read)
        return read;
    QHash<QByteArray, QVariantList> facts;
    read = db.read(u"SELECT %1 FROM household_facts WHERE %2"_s.arg(kFactsColumns.join(u", "_s), range.where),
                   range.values, [&](const storage::RawRow &r) {
                       QVariantList row;
                       for (int c = 0; c < kFactsColumns.size(); ++c)
                           row << r.value(c);
                       facts.insert(r.blob(0), row);
                   });
    if (!read)
        return read;

    QList<EntryRow> newEntries;
    QList<QVariantList> newFacts;
    QList<FtsRow> ftsChanged, ftsMissing;
    QSet<QByteArray> touched;
    for (const IndexedHousehold &h : households) {
        const HouseholdRows rows = rowsOf(h, rule.value(), QDate::currentDate());
        for (const EntryRow &fresh : rows.entries) {
            auto at = entries.find(fresh.columns[0].toByteArray() + '/' + fresh.columns[1].toByteArray());
            if (at == entries.end()) {
                newEntries << fresh;
                touched.insert(h.id);
                continue;
            }
            at->kept = true;
            QVariantList values;
            const QString set = changedColumns(at->columns, fresh.columns, kEntryColumns, 2, values);
            if (!set.isEmpty()) {
                if (Status s = db.write(u"UPDATE search_entries SET %1 WHERE id = ?"_s.arg(set), values << at->id); !s)
                    return s;
                touched.insert(h.id);
            }
            if (!at->hasText || at->text != fresh.text) {
                (at->hasText ? ftsChanged : ftsMissing).append({at->id, fresh.text});
                touched.insert(h.id);
            }
        }
        auto stored = facts.find(h.id);
        if (stored == facts.end()) {
            newFacts << rows.facts;
            touched.insert(h.id);
            continue;
        }
        QVariantList values;
        const QString set = changedColumns(stored.value(), rows.facts, kFactsColumns, 1, values);
        if (!set.isEmpty()) {
            if (Status s = db.write(u"UPDATE household_facts SET %1 WHERE household_id = ?"_s.arg(set), values << h.id); !s)
                return s;
            touched.insert(h.id);
        }
        facts.erase(stored);
    }
    // Rows of households no longer listed (archived, merged away), and of members gone.
    for (const StoredEntry &e : std::as_const(entries))
        if (!e.kept) {
            goneEntries << e.id;
            touched.insert(e.columns[0].toByteArray());
        }
    for (qint64 id : std::as_const(goneEntries))
        if (Status s = db.write(u"DELETE FROM search_entries WHERE id = ?"_s, {id}); !s)
            return s;
    for (auto it = facts.cbegin(); it != facts.cend(); ++it) {
        if (Status s = db.write(u"DELETE FROM household_facts WHERE household_id = ?"_s, {it.key()}); !s)
            return s;
        touched.insert(it.key());
    }
    for (const QVariantList &row : std::as_const(newFacts))
        if (Status s = insertFacts(db, row); !s)
            return s;
    QList<FtsRow> ftsNew = ftsMissing;
    for (const EntryRow &e : std::as_const(newEntries))
        if (Status s = insertEntry(db, e, ftsNew); !s)
            return s;
    // The full-text rows last (IndexRows.h, writeFts), each kind in rowid
    // order: FTS5 writes its pending terms out as a segment whenever a rowid
    // comes lower than the one before.
    const auto byRowid = [](const FtsRow &a, const FtsRow &b) { return a.rowid < b.rowid; };
    std::sort(goneEntries.begin(), goneEntries.end());
    std::sort(ftsChanged.begin(), ftsChanged.end(), byRowid);
    std::sort(ftsNew.begin(), ftsNew.end(), byRowid);
    for (qint64 id : std::as_const(goneEntries))
        if (Status s = db.write(u"DELETE FROM search_fts WHERE rowid = ?"_s, {id}); !s)
            return s;
    for (const FtsRow &r : std::as_const(ftsChanged))
        if (Status s = db.write(u"UPDATE search_fts SET text = ? WHERE rowid = ?"_s, {r.text, r.rowid}); !s)
            return s;
    // A full-text row left at a number a new entry took (its entry deleted
    // by a faulty build) would refuse the new one: gone first.
    for (const FtsRow &r : std::as_const(ftsNew))
        if (Status s = db.write(u"DELETE FROM search_fts WHERE rowid = ?"_s, {r.rowid}); !s)
            return s;
    if (Status s = writeFts(db, ftsNew); !s)
        return s;
    if (changed)
        *changed = touched.size();
    return {};
}

namespace {

// SQLite's varint: big-endian groups of 7 bits, the ninth byte whole.
bool readVarint(const QByteArray &b, qsizetype &at, qint64 &value)
{
    quint64 v = 0;
    for (int i = 0; i < 9; ++i) {
        if (at >= b.size())
            return false;
        const quint8 c = quint8(b[at++]);
        if (i == 8) {
            value = qint64((v << 8) | c);
            return true;
        }
        v = (v << 7) | (c & 0x7f);
        if (!(c & 0x80)) {
            value = qint64(v);
            return true;
        }
    }
    return false;
}

} // namespace

Result<int> ftsSegments(storage::Database &db)
{
    auto block = db.scalar(u"SELECT block FROM search_fts_data WHERE id = 10"_s);
    if (!block)
        return block.error();
    const QByteArray b = block.value().toByteArray();
    if (b.isEmpty())
        return 0; // nothing written yet
    qsizetype at = 4; // the cookie
    qint64 levels = 0, segments = 0;
    if (!readVarint(b, at, levels) || !readVarint(b, at, segments) || segments < 0 || segments > 1000000)
        return 2;
    return int(segments);
}

Result<QList<qint64>> orphanTextRows(storage::Database &db)
{
    // FTS5 keeps each row's text in its shadow table search_fts_content (id = rowid).
    QList<qint64> ids;
    Status s = db.read(u"SELECT c.id FROM search_fts_content c WHERE NOT EXISTS "
                       "(SELECT 1 FROM search_entries e WHERE e.id = c.id)"_s,
                       {}, [&](const storage::RawRow &r) { ids << r.integer(0); });
    if (!s)
        return s.error();
    return ids;
}

Status removeOrphanTextRows(storage::Database &db, const QList<qint64> &ids)
{
    for (qint64 id : ids)
        if (Status s = db.write(u"DELETE FROM search_fts WHERE rowid = ?1 AND NOT EXISTS "
                                "(SELECT 1 FROM search_entries WHERE id = ?1)"_s,
                                {id});
            !s)
            return s;
    return {};
}

} // namespace tamkeen::registry::indexrows
