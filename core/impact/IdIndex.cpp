#include "impact/IdIndex.h"

#include <cstring>

namespace tamkeen::impact {

namespace {

quint64 word(const char *bytes)
{
    quint64 w;
    std::memcpy(&w, bytes, sizeof w);
    return w;
}

// Mixes both halves (the first bytes of a version 7 UUID are its time, alike
// for ids made together), so that neighbours spread over the table.
quint64 hashOf(const char *id)
{
    quint64 x = word(id) ^ (word(id + 8) * 0x9E3779B97F4A7C15ull);
    x ^= x >> 31;
    x *= 0xBF58476D1CE4E5B9ull;
    x ^= x >> 29;
    return x;
}

} // namespace

void IdIndex::build(const HouseholdIds &ids)
{
    const qsizetype n = ids.size();
    size_t capacity = 16;
    while (capacity < 2 * size_t(n))
        capacity *= 2;
    m_slots.assign(capacity, Slot());
    m_otherIds.clear();
    const size_t mask = capacity - 1;
    for (qint32 i = 0; i < qint32(n); ++i) {
        const std::string_view v = ids.view(i);
        if (v.size() != 16) {
            const QByteArray id(v.data(), qsizetype(v.size()));
            if (!m_otherIds.contains(id))
                m_otherIds.insert(id, i); // the first place stays, as for the others
            continue;
        }
        const quint64 h = hashOf(v.data());
        const quint32 tag = quint32(h >> 32);
        for (size_t at = size_t(h) & mask;; at = (at + 1) & mask) {
            Slot &s = m_slots[at];
            if (s.place < 0) {
                s = {tag, i};
                break;
            }
            if (s.tag == tag && ids.view(s.place) == v)
                break; // the same id twice: the first place stays
        }
    }
}

qint32 IdIndex::find(const HouseholdIds &ids, std::string_view id) const
{
    if (id.size() != 16)
        return m_otherIds.value(QByteArray::fromRawData(id.data(), qsizetype(id.size())), -1);
    if (m_slots.empty())
        return -1;
    const quint64 h = hashOf(id.data());
    const quint32 tag = quint32(h >> 32);
    const size_t mask = m_slots.size() - 1;
    for (size_t at = size_t(h) & mask;; at = (at + 1) & mask) {
        const Slot &s = m_slots[at];
        if (s.place < 0)
            return -1;
        if (s.tag == tag && ids.view(s.place) == id)
            return s.place;
    }
}

} // namespace tamkeen::impact
