#pragma once
// The rows a household has in the search index and the household list's table
// (search_entries, search_fts, household_facts): read from the registry and
// written, for SearchIndex and IndexRebuild. Callers hold the transaction.
#include "common/Result.h"
#include "registry/SearchIndex.h"

#include <QDate>
#include <QStringList>

namespace tamkeen::registry {
struct EligibilityRule;
}

namespace tamkeen::registry::indexrows {

// search_entries' columns but its id, in the order EntryRow::columns holds them.
extern const QStringList kEntryColumns;
// household_facts' columns, in the order HouseholdRows::facts holds them.
extern const QStringList kFactsColumns;

struct EntryRow {
    QVariantList columns;
    QString text; // its search_fts row
};

// What one household's rows hold, as they are bound (IndexRebuild compares).
struct HouseholdRows {
    QList<EntryRow> entries; // the household's own (file number, phone), then each member's
    QVariantList facts;
};

struct FtsRow {
    qint64 rowid;
    QString text;
};

HouseholdRows rowsOf(const IndexedHousehold &h, const EligibilityRule &rule, const QDate &today);
// A new search entry; its full-text row is appended to `fts`, for writeFts.
Status insertEntry(storage::Database &db, const EntryRow &entry, QList<FtsRow> &fts);
Status insertFacts(storage::Database &db, const QVariantList &facts);
// A batch's full-text rows are written after all its other rows. FTS5 writes
// its pending terms out as a new segment whenever a statement of the same
// transaction opens a statement journal (an INSERT … SELECT, a DELETE of several
// rows, an upsert): interleaved with those, the index of 100,000 households was
// written as 100,000 small segments and merged again and again.
Status writeFts(storage::Database &db, const QList<FtsRow> &rows);

// Households that are not archived, with their members and incomes: `where`
// selects them from `households` (bound to `values`), in key order.
Result<QList<IndexedHousehold>> load(storage::Database &db, const QString &where, const QVariantList &values);
// One household's rows, whatever state it is in.
Status removeRows(storage::Database &db, const QByteArray &householdId);
// The rows of `households`, with the incomes in force on `today`.
Status writeAll(storage::Database &db, const QList<IndexedHousehold> &households, const QDate &today);

} // namespace tamkeen::registry::indexrows
