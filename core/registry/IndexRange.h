#pragma once
// A range of households' rows in the search index and the household list
// made what they should be (IndexRebuild's steps), writing only what
// differs: a row deleted and written again the same rewrites a page of every
// index it is in (the list's table has nine), and a step that did so spent
// most of its time writing unchanged pages out at commit.
#include "common/Result.h"
#include "registry/SearchIndex.h"

namespace tamkeen::registry::indexrows {

struct Range {
    QString where; // over household_id
    QVariantList values;
};

// The households in (from, to]: from empty = from the first, to empty = to
// the last. Households archived or gone since have rows here too.
Range rangeOf(const QByteArray &from, const QByteArray &to);
// Makes the rows of the households in `range` those of `households` (the
// range's listed households, in key order); `changed` receives how many
// households' rows were written. In the caller's transaction.
Status rewriteRange(storage::Database &db, const Range &range, const QList<IndexedHousehold> &households,
                    qint64 *changed);
// The full-text index's segments, from FTS5's structure record
// (search_fts_data id 10: a 4-byte cookie, then varints: levels, segments, …);
// 2 for a record that does not read as one, so that folding it lets SQLite
// name the damage.
Result<int> ftsSegments(storage::Database &db);
// Full-text rows whose entry is gone (found by a read, no write lock).
Result<QList<qint64>> orphanTextRows(storage::Database &db);
// Those of `ids` that still have no entry, removed.
Status removeOrphanTextRows(storage::Database &db, const QList<qint64> &ids);

} // namespace tamkeen::registry::indexrows
