#include "registry/IndexRebuild.h"

#include "registry/IncomeService.h"
#include "registry/IndexRows.h"
#include "storage/Database.h"
#include "storage/LocalState.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace tamkeen::registry {

namespace {

// local_state keys. A rebuild is in progress while kDone is there.
const QString kVersionKey = u"search_index_version"_s;
const QString kDone = u"search_rebuild_done"_s;
const QString kAfter = u"search_rebuild_after"_s; // the last household rebuilt; none before the first step
const QString kTotal = u"search_rebuild_total"_s;

Result<qint64> counted(storage::Database &db, const QString &key)
{
    auto v = storage::localValue(db, key);
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

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
// (from column `first` on); empty when none does.
QString changedColumns(const QVariantList &stored, const QVariantList &fresh, const QStringList &names, int first,
                       QVariantList &values)
{
    QStringList set;
    for (int c = first; c < names.size(); ++c) {
        if (!same(stored.value(c), fresh.value(c))) {
            set << names[c] + u" = ?"_s;
            values << fresh[c];
        }
    }
    return set.join(u", "_s);
}

struct StoredEntry {
    qint64 id = 0;
    QVariantList columns;
    QString text;
    bool kept = false;
};

struct Range {
    QString where; // over household_id
    QVariantList values;
};

// The households in (from, to]: from empty = from the first, to empty = to
// the last. Households archived or gone since have rows here too.
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

// Makes the rows of the households in `range` those of `households`, writing
// only what differs: a row deleted and written again the same rewrites a
// page of every index it is in (the list's table has nine), and a step that
// did so spent most of its time writing unchanged pages out at commit.
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
                              e.text = r.text(9);
                              const QByteArray key = r.blob(1) + '/' + r.blob(2);
                              if (auto twice = entries.constFind(key); twice != entries.cend())
                                  goneEntries << twice->id;
                              entries.insert(key, e);
                          });
    if (!read)
        return read;
    QHash<QByteArray, QVariantList> facts;
    read = db.read(u"SELECT %1 FROM household_facts WHERE %2"_s.arg(indexrows::kFactsColumns.join(u", "_s), range.where),
                   range.values, [&](const storage::RawRow &r) {
                       QVariantList row;
                       for (int c = 0; c < indexrows::kFactsColumns.size(); ++c)
                           row << r.value(c);
                       facts.insert(r.blob(0), row);
                   });
    if (!read)
        return read;

    QList<indexrows::EntryRow> newEntries;
    QList<QVariantList> newFacts;
    QList<indexrows::FtsRow> ftsChanged;
    QSet<QByteArray> touched;
    for (const IndexedHousehold &h : households) {
        const indexrows::HouseholdRows rows = indexrows::rowsOf(h, rule.value(), QDate::currentDate());
        for (const indexrows::EntryRow &fresh : rows.entries) {
            auto at = entries.find(fresh.columns[0].toByteArray() + '/' + fresh.columns[1].toByteArray());
            if (at == entries.end()) {
                newEntries << fresh;
                touched.insert(h.id);
                continue;
            }
            at->kept = true;
            QVariantList values;
            const QString set = changedColumns(at->columns, fresh.columns, indexrows::kEntryColumns, 2, values);
            if (!set.isEmpty()) {
                if (Status s = db.write(u"UPDATE search_entries SET %1 WHERE id = ?"_s.arg(set), values << at->id); !s)
                    return s;
                touched.insert(h.id);
            }
            if (at->text != fresh.text) {
                ftsChanged.append({at->id, fresh.text});
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
        const QString set = changedColumns(stored.value(), rows.facts, indexrows::kFactsColumns, 1, values);
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
        if (Status s = indexrows::insertFacts(db, row); !s)
            return s;
    QList<indexrows::FtsRow> ftsNew;
    for (const indexrows::EntryRow &e : std::as_const(newEntries))
        if (Status s = indexrows::insertEntry(db, e, ftsNew); !s)
            return s;
    // The full-text rows last (IndexRows.h, writeFts).
    for (qint64 id : std::as_const(goneEntries))
        if (Status s = db.write(u"DELETE FROM search_fts WHERE rowid = ?"_s, {id}); !s)
            return s;
    for (const indexrows::FtsRow &r : std::as_const(ftsChanged))
        if (Status s = db.write(u"UPDATE search_fts SET text = ? WHERE rowid = ?"_s, {r.text, r.rowid}); !s)
            return s;
    if (Status s = indexrows::writeFts(db, ftsNew); !s)
        return s;
    if (changed)
        *changed = touched.size();
    return {};
}

Status finish(storage::Database &db)
{
    if (Status s = db.write(u"DELETE FROM local_state WHERE key IN (?, ?, ?)"_s, {kDone, kAfter, kTotal}); !s)
        return s;
    return storage::setLocalValue(db, kVersionKey, IndexRebuild::kVersion);
}

} // namespace

Result<bool> IndexRebuild::due(storage::Database &db)
{
    auto version = storage::localValue(db, kVersionKey);
    auto done = storage::localValue(db, kDone);
    if (!version || !done)
        return !version ? version.error() : done.error();
    const int indexed = version.value().isNull() ? 1 : version.value().toInt();
    return indexed != kVersion || !done.value().isNull();
}

Status IndexRebuild::begin(storage::Database &db)
{
    return db.transaction([&]() -> Status {
        auto total = db.scalar(u"SELECT count(*) FROM households WHERE deleted = 0"_s);
        if (!total)
            return total.error();
        if (Status s = db.write(u"DELETE FROM local_state WHERE key = ?"_s, {kAfter}); !s)
            return s;
        if (Status s = storage::setLocalValue(db, kTotal, total.value()); !s)
            return s;
        return storage::setLocalValue(db, kDone, 0);
    });
}

Result<IndexRebuild::Progress> IndexRebuild::step(storage::Database &db, int households)
{
    Progress p;
    const int n = qMax(1, households);
    Status s = db.transaction([&]() -> Status {
        auto done = storage::localValue(db, kDone);
        if (!done)
            return done.error();
        if (done.value().isNull()) {
            p.finished = true;
            return {};
        }
        auto after = storage::localValue(db, kAfter);
        auto total = counted(db, kTotal);
        if (!after || !total)
            return !after ? after.error() : total.error();
        const QByteArray from = after.value().toByteArray();
        // Read inside the write transaction: a household saved meanwhile on
        // another connection is either before this step or after it, never
        // half in the rows written here.
        auto chunk = from.isEmpty() ? indexrows::load(db, u"1 = 1 ORDER BY id LIMIT ?"_s, {n})
                                    : indexrows::load(db, u"id > ? ORDER BY id LIMIT ?"_s, {from, n});
        if (!chunk)
            return chunk.error();
        p.finished = chunk.value().size() < n;
        const QByteArray to = p.finished ? QByteArray() : chunk.value().last().id;
        if (Status w = rewriteRange(db, rangeOf(from, to), chunk.value(), &p.changed); !w)
            return w;
        p.done = done.value().toLongLong() + chunk.value().size();
        p.total = qMax(total.value(), p.done); // households registered since it began
        if (p.finished)
            return finish(db);
        if (Status w = storage::setLocalValue(db, kAfter, to); !w)
            return w;
        return storage::setLocalValue(db, kDone, p.done);
    });
    if (!s)
        return s.error();
    return p;
}

Status IndexRebuild::run(storage::Database &db, const std::function<bool(const Progress &)> &progress, int perStep)
{
    auto inProgress = storage::localValue(db, kDone);
    if (!inProgress)
        return inProgress.error();
    if (inProgress.value().isNull())
        if (Status s = begin(db); !s)
            return s;
    // Steps sized to hold the write lock about kStepMs: households whose rows
    // are as they should be cost a read (a step of 500: 40 ms at 100,000
    // households); rows that all changed cost a page of every index they
    // are in, written out at commit (500: 0.4-0.8 s).
    int n = perStep > 0 ? perStep : kPerStep;
    for (;;) {
        QElapsedTimer t;
        t.start();
        auto p = step(db, n);
        if (!p)
            return p.error();
        if (progress && !progress(p.value()))
            return {};
        if (p.value().finished)
            return {};
        if (perStep <= 0) {
            const qint64 ms = t.elapsed();
            if (ms > 2 * kStepMs)
                n = qMax(kFewestPerStep, n / 2);
            else if (ms < kStepMs / 2)
                n = qMin(kMostPerStep, n * 2);
        }
    }
}

} // namespace tamkeen::registry
