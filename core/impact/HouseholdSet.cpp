#include "impact/HouseholdSet.h"

#include <algorithm>
#include <bit>
#include <functional>

namespace tamkeen::impact {

void HouseholdIds::reserve(qsizetype count, qsizetype bytes)
{
    m_ends.reserve(count);
    m_bytes.reserve(bytes);
}

void HouseholdIds::append(const QByteArray &id)
{
    m_bytes.append(id);
    m_ends << quint32(m_bytes.size());
}

std::string_view HouseholdIds::view(qsizetype i) const
{
    const quint32 from = i == 0 ? 0 : m_ends.at(i - 1);
    return {m_bytes.constData() + from, size_t(m_ends.at(i) - from)};
}

QByteArray HouseholdIds::at(qsizetype i) const
{
    const std::string_view v = view(i);
    return QByteArray(v.data(), qsizetype(v.size()));
}

QList<QByteArray> HouseholdIds::toList() const
{
    QList<QByteArray> ids;
    ids.reserve(size());
    for (qsizetype i = 0; i < size(); ++i)
        ids << at(i);
    return ids;
}

HouseholdSet::HouseholdSet(QList<QByteArray> ids) : m_size(ids.size()), m_list(std::move(ids)) {}

HouseholdSet HouseholdSet::ofRanks(const HouseholdIds &order, const std::vector<qint32> &given)
{
    // Sorted and each once, as the callers give them; put so if not (a
    // repeated rank would count twice in size() and once in a bitmap).
    std::vector<qint32> sorted;
    if (!std::is_sorted(given.begin(), given.end(), std::less_equal<qint32>())) {
        sorted = given;
        std::sort(sorted.begin(), sorted.end());
        sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    }
    const std::vector<qint32> &ranks = sorted.empty() ? given : sorted;
    HouseholdSet s;
    s.m_ids = order;
    s.m_size = qsizetype(ranks.size());
    // A bit per household of the scope when that is smaller than 4 bytes a rank.
    const qsizetype words = (order.size() + 63) / 64;
    if (words * 8 < s.m_size * 4) {
        s.m_kind = Kind::Bits;
        s.m_bits.fill(0, words);
        for (qint32 r : ranks)
            s.m_bits[r / 64] |= quint64(1) << (r % 64);
    } else {
        s.m_kind = Kind::Ranks;
        s.m_ranks = QList<qint32>(ranks.cbegin(), ranks.cend());
    }
    return s;
}

qsizetype HouseholdSet::nextBit(qsizetype from) const
{
    const qsizetype n = m_ids.size();
    for (qsizetype w = from / 64; w < m_bits.size() && from < n; ++w, from = w * 64) {
        const quint64 rest = m_bits.at(w) >> (from % 64);
        if (rest != 0)
            return from + std::countr_zero(rest);
    }
    return n;
}

QList<QByteArray> HouseholdSet::mid(qsizetype from, qsizetype count) const
{
    if (from < 0) { // as QList::mid
        if (count >= 0)
            count = qMax<qsizetype>(0, count + from);
        from = 0;
    }
    if (count < 0 || from + count > m_size)
        count = qMax<qsizetype>(0, m_size - from);
    if (m_kind == Kind::List)
        return m_list.mid(from, count);
    QList<QByteArray> ids;
    ids.reserve(count);
    if (m_kind == Kind::Ranks) {
        for (qsizetype i = from; i < from + count; ++i)
            ids << m_ids.at(m_ranks.at(i));
        return ids;
    }
    // Bits: skip `from` set bits a word at a time, then take `count`.
    qsizetype w = 0, skipped = 0;
    for (; w < m_bits.size(); ++w) {
        const int n = std::popcount(m_bits.at(w));
        if (skipped + n > from)
            break;
        skipped += n;
    }
    for (qsizetype r = nextBit(w * 64); r < m_ids.size() && ids.size() < count; r = nextBit(r + 1)) {
        if (skipped++ >= from)
            ids << m_ids.at(r);
    }
    return ids;
}

bool HouseholdSet::contains(const QByteArray &id) const
{
    for (auto it = begin(); it != end(); ++it)
        if (*it == id)
            return true;
    return false;
}

std::vector<HouseholdSet> HouseholdSet::split(const std::vector<qint32> &groupOf, qsizetype groups) const
{
    std::vector<HouseholdSet> out(size_t(qMax<qsizetype>(groups, 0)));
    if (m_kind == Kind::List) {
        std::vector<QList<QByteArray>> lists(out.size());
        for (qsizetype i = 0; i < m_list.size(); ++i)
            if (const qint32 g = groupOf[size_t(i)]; g >= 0)
                lists[size_t(g)] << m_list.at(i);
        for (size_t g = 0; g < out.size(); ++g)
            out[g] = HouseholdSet(std::move(lists[g]));
        return out;
    }
    std::vector<std::vector<qint32>> ranks(out.size());
    qsizetype position = 0;
    const auto take = [&](qint32 rank) {
        if (const qint32 g = groupOf[size_t(position++)]; g >= 0)
            ranks[size_t(g)].push_back(rank);
    };
    if (m_kind == Kind::Ranks)
        for (qint32 r : m_ranks)
            take(r);
    else
        for (qsizetype r = nextBit(0); r < m_ids.size(); r = nextBit(r + 1))
            take(qint32(r));
    for (size_t g = 0; g < out.size(); ++g)
        out[g] = ofRanks(m_ids, ranks[g]);
    return out;
}

HouseholdSet::const_iterator HouseholdSet::begin() const
{
    return {this, m_kind == Kind::Bits ? nextBit(0) : 0};
}

HouseholdSet::const_iterator HouseholdSet::end() const
{
    switch (m_kind) {
    case Kind::List:
        return {this, m_list.size()};
    case Kind::Ranks:
        return {this, m_ranks.size()};
    case Kind::Bits:
        break;
    }
    return {this, m_ids.size()};
}

QByteArray HouseholdSet::const_iterator::operator*() const
{
    switch (m_set->m_kind) {
    case Kind::List:
        return m_set->m_list.at(m_at);
    case Kind::Ranks:
        return m_set->m_ids.at(m_set->m_ranks.at(m_at));
    case Kind::Bits:
        break;
    }
    return m_set->m_ids.at(m_at);
}

HouseholdSet::const_iterator &HouseholdSet::const_iterator::operator++()
{
    m_at = m_set->m_kind == Kind::Bits ? m_set->nextBit(m_at + 1) : m_at + 1;
    return *this;
}

} // namespace tamkeen::impact
