#include "registry/HouseholdListWindow.h"

namespace tamkeen::registry {

Status HouseholdListWindow::reset(const HouseholdFilter &filter, HouseholdSort sort, bool ascending)
{
    m_filter = filter;
    m_sort = sort;
    m_ascending = ascending;
    m_blocks.clear();
    m_used.clear();
    m_marks.clear();
    ++m_generation;
    m_error.reset();
    m_count = 0;
    auto n = HouseholdList::count(m_db, filter);
    if (!n)
        return n.error();
    m_count = n.value();
    return {};
}

const HouseholdRow *HouseholdListWindow::row(int position)
{
    if (position < 0 || position >= m_count)
        return nullptr;
    const int block = position / m_block;
    auto found = m_blocks.find(block);
    if (found == m_blocks.end()) {
        auto rows = fetch(block);
        if (!rows && !m_error)
            m_error = rows.error();
        // Kept empty after a failure: not asked again at every paint until the next reset.
        keep(block, rows ? std::move(rows).value() : QList<HouseholdRow>());
        found = m_blocks.find(block);
    } else if (m_used.last() != block) {
        m_used.removeOne(block);
        m_used.append(block);
    }
    const int at = position % m_block;
    return at < found->size() ? &found->at(at) : nullptr;
}

int HouseholdListWindow::keptRows() const
{
    int n = 0;
    for (const auto &rows : m_blocks)
        n += int(rows.size());
    return n;
}

// From a neighbour's key when one is kept (scrolling); from either end of the
// list; from the block's mark; else from the key at the block's edge, counted
// from the nearer end (a jump before the marks are made: SQLite steps over
// that many index entries, never over rows).
Result<QList<HouseholdRow>> HouseholdListWindow::fetch(int block)
{
    const int start = block * m_block;
    const int size = std::min(m_block, m_count - start);
    const auto full = [this](const QList<HouseholdRow> &rows) { return rows.size() == m_block; };
    if (const auto before = m_blocks.constFind(block - 1); before != m_blocks.constEnd() && full(*before))
        return HouseholdList::pageAfter(m_db, m_filter, m_sort, m_ascending, before->last().key, size);
    if (const auto after = m_blocks.constFind(block + 1); after != m_blocks.constEnd() && !after->isEmpty())
        return HouseholdList::pageBefore(m_db, m_filter, m_sort, m_ascending, after->first().key, size);
    if (start == 0)
        return HouseholdList::pageAfter(m_db, m_filter, m_sort, m_ascending, {}, size);
    if (block - 1 < m_marks.size())
        return HouseholdList::pageAfter(m_db, m_filter, m_sort, m_ascending, m_marks[block - 1], size);
    const int behind = m_count - (start + size); // rows after the block
    if (behind == 0)
        return HouseholdList::pageBefore(m_db, m_filter, m_sort, m_ascending, {}, size);
    const bool fromStart = start <= behind;
    auto key = fromStart ? HouseholdList::keyAt(m_db, m_filter, m_sort, m_ascending, start - 1)
                         : HouseholdList::keyAt(m_db, m_filter, m_sort, !m_ascending, behind - 1);
    if (!key)
        return key.error();
    if (key.value().isEmpty()) // the list is shorter than counted now: nothing there until it is loaded again
        return QList<HouseholdRow>();
    return fromStart ? HouseholdList::pageAfter(m_db, m_filter, m_sort, m_ascending, key.value(), size)
                     : HouseholdList::pageBefore(m_db, m_filter, m_sort, m_ascending, key.value(), size);
}

void HouseholdListWindow::setMarks(int generation, QList<QVariantList> marks)
{
    if (generation == m_generation)
        m_marks = std::move(marks);
}

void HouseholdListWindow::keep(int block, QList<HouseholdRow> rows)
{
    m_blocks.insert(block, std::move(rows));
    m_used.removeOne(block);
    m_used.append(block);
    while (m_used.size() > m_kept)
        m_blocks.remove(m_used.takeFirst());
}

} // namespace tamkeen::registry
