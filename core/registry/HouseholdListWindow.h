#pragma once
// The household list as a view shows it (issue 16): any row by its position
// in a filtered, sorted list of a million, fetched in blocks found by key
// (HouseholdList::pageAfter) and kept in a bounded number of blocks, so that
// scrolling to the end reads no more than the pages shown and holds no more
// than kKeptBlocks of them.
#include "registry/HouseholdList.h"

#include <QHash>

namespace tamkeen::registry {

class HouseholdListWindow {
public:
    // 200 rows a block, 12 blocks kept: a screenful many times over, 2,400 rows at most.
    explicit HouseholdListWindow(storage::Database &db, int block = 200, int keptBlocks = 12)
        : m_db(db), m_block(block), m_kept(keptBlocks)
    {
    }
    int blockSize() const { return m_block; }
    int keptBlocks() const { return m_kept; }

    // A new list: counts it, forgets every block and mark.
    Status reset(const HouseholdFilter &filter, HouseholdSort sort, bool ascending);
    int count() const { return m_count; }
    // Which list a reset made (marks made for another are not taken).
    int generation() const { return m_generation; }
    // The key of every block's last row (HouseholdList::marks with
    // blockSize(), made on a worker): from then on a jump starts from its
    // block's edge instead of stepping over the index to it.
    void setMarks(int generation, QList<QVariantList> marks);
    bool hasMarks() const { return !m_marks.isEmpty(); }
    // The row at `position`, fetched with its block if need be; null past
    // the end, or when the list changed underneath and has fewer rows now.
    const HouseholdRow *row(int position);
    // The first error a fetch met since reset (its block is kept empty).
    const std::optional<Error> &error() const { return m_error; }
    int keptRows() const;

private:
    Result<QList<HouseholdRow>> fetch(int block);
    void keep(int block, QList<HouseholdRow> rows);

    storage::Database &m_db;
    int m_block;
    int m_kept;
    HouseholdFilter m_filter;
    HouseholdSort m_sort = HouseholdSort::FileNumber;
    bool m_ascending = true;
    int m_count = 0;
    QHash<int, QList<HouseholdRow>> m_blocks;
    QList<int> m_used; // least recently used first
    QList<QVariantList> m_marks;
    int m_generation = 0;
    std::optional<Error> m_error;
};

} // namespace tamkeen::registry
