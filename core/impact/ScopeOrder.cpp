#include "impact/ScopeOrder.h"

#include "storage/Database.h"

#include <QDate>

#include <algorithm>
#include <cstring>
#include <tuple>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

Result<std::shared_ptr<const ScopeOrder>> ScopeOrder::load(storage::Database &db, const ImpactFilter &filter,
                                                           const QDate &ageOn)
{
    // In table order, sorted here as SQLite sorts "ORDER BY file_number, id"
    // (bytes, then length), as StatusHistory does.
    std::vector<std::tuple<QByteArray, QByteArray, QByteArray>> scoped; // file number, id, registered
    QVariantList values;
    const QString sql = filter.scopeSql(
        ageOn, &values,
        u"h.id, h.file_number, CASE WHEN typeof(h.registration_date) = 'text' THEN h.registration_date END, "
        "typeof(h.id) = 'blob'"_s);
    bool blobIds = true;
    Status s = db.read(sql, values, [&](const storage::RawRow &r) {
        scoped.emplace_back(r.blob(1), r.blob(0), r.isNull(2) ? QByteArray() : r.blob(2));
        blobIds = blobIds && r.integer(3) == 1;
    });
    if (!s)
        return s.error();
    std::sort(scoped.begin(), scoped.end());
    auto order = std::make_shared<ScopeOrder>();
    order->m_ids.reserve(qsizetype(scoped.size()));
    size_t capacity = 16;
    while (capacity < 2 * scoped.size())
        capacity *= 2;
    order->m_slots.resize(capacity);
    order->m_blobIds = blobIds;
    order->m_registered.reserve(qsizetype(scoped.size()));
    for (auto &[fileNumber, id, registered] : scoped) {
        order->index(id, qint32(order->m_ids.size()));
        order->m_ids << std::move(id);
        order->m_registered << std::move(registered);
    }
    return std::shared_ptr<const ScopeOrder>(std::move(order));
}

namespace {

quint64 word(const char *bytes)
{
    quint64 w;
    std::memcpy(&w, bytes, sizeof w);
    return w;
}

// Mixes both halves (the first bytes of a version 7 UUID are its time, alike
// for ids made together), so that neighbours spread over the table.
size_t slotOf(quint64 high, quint64 low, size_t mask)
{
    quint64 x = high ^ (low * 0x9E3779B97F4A7C15ull);
    x ^= x >> 31;
    x *= 0xBF58476D1CE4E5B9ull;
    x ^= x >> 29;
    return size_t(x) & mask;
}

} // namespace

void ScopeOrder::index(const QByteArray &id, qint32 rank)
{
    if (id.size() != 16) {
        m_otherIds.insert(id, rank);
        return;
    }
    const quint64 high = word(id.constData()), low = word(id.constData() + 8);
    const size_t mask = m_slots.size() - 1;
    for (size_t at = slotOf(high, low, mask);; at = (at + 1) & mask) {
        Slot &s = m_slots[at];
        if (s.rank < 0) {
            s = {high, low, rank};
            return;
        }
        if (s.high == high && s.low == low)
            return; // the same id twice: the first place stays
    }
}

qint32 ScopeOrder::rank(const QByteArray &household) const
{
    if (household.size() != 16)
        return m_otherIds.value(household, -1);
    const quint64 high = word(household.constData()), low = word(household.constData() + 8);
    const size_t mask = m_slots.size() - 1;
    for (size_t at = slotOf(high, low, mask);; at = (at + 1) & mask) {
        const Slot &s = m_slots[at];
        if (s.rank < 0)
            return -1;
        if (s.high == high && s.low == low)
            return s.rank;
    }
}

qint64 ScopeOrder::julianDay(const QByteArray &iso)
{
    if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-')
        return 0;
    int v[3] = {0, 0, 0};
    const int from[3] = {0, 5, 8}, to[3] = {4, 7, 10};
    for (int part = 0; part < 3; ++part)
        for (int i = from[part]; i < to[part]; ++i) {
            if (iso[i] < '0' || iso[i] > '9')
                return 0;
            v[part] = v[part] * 10 + (iso[i] - '0');
        }
    const QDate d(v[0], v[1], v[2]);
    return d.isValid() ? d.toJulianDay() : 0;
}

Figure ScopeOrder::rows(const QString &key, std::vector<qint32> ranks) const
{
    const qint64 count = qint64(ranks.size());
    Figure f = households(key, std::move(ranks));
    f.value = count;
    return f;
}

Figure ScopeOrder::households(const QString &key, std::vector<qint32> ranks) const
{
    std::sort(ranks.begin(), ranks.end());
    ranks.erase(std::unique(ranks.begin(), ranks.end()), ranks.end());
    QList<QByteArray> ids;
    ids.reserve(qsizetype(ranks.size()));
    for (qint32 r : ranks)
        ids << m_ids.at(r);
    return Figure::of(key, std::move(ids));
}

} // namespace tamkeen::impact
