#include "impact/ScopeOrder.h"

#include "storage/Database.h"

#include <QDate>

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

Result<std::shared_ptr<const ScopeOrder>> ScopeOrder::load(storage::Database &db, const ImpactFilter &filter,
                                                           const QDate &ageOn)
{
    // By file number then id, as SQLite orders them: with no filter or a
    // centre's, a walk of index households_scope_live, no sort. Checked while
    // read (bytes, then length); sorted here if the order did not hold (an id
    // or a file number of another type than the application writes).
    QVariantList values;
    const QString sql = filter.scopeSql(
                            ageOn, &values,
                            u"h.id, h.file_number, CASE WHEN typeof(h.registration_date) = 'text' THEN "
                            "h.registration_date END, typeof(h.id) = 'blob'"_s)
                        + u" ORDER BY h.file_number, h.id"_s;
    struct Row {
        QByteArray id, registered;
        quint32 fileAt, fileSize; // in `files`
    };
    std::vector<Row> rows;
    std::string files; // every file number, one after another
    bool blobIds = true, ordered = true;
    Status s = db.read(sql, values, [&](const storage::RawRow &r) {
        const QByteArray id = r.rawBytes(0), file = r.rawBytes(1);
        if (ordered && !rows.empty()) {
            const Row &previous = rows.back();
            const std::string_view before(files.data() + previous.fileAt, previous.fileSize), now(file.constData(), size_t(file.size()));
            ordered = before < now || (before == now && previous.id < id);
        }
        rows.push_back({QByteArray(id.constData(), id.size()), r.isNull(2) ? QByteArray() : r.blob(2),
                        quint32(files.size()), quint32(file.size())});
        files.append(file.constData(), size_t(file.size()));
        blobIds = blobIds && r.integer(3) == 1;
    });
    if (!s)
        return s.error();
    if (!ordered)
        std::sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
            const std::string_view fa(files.data() + a.fileAt, a.fileSize), fb(files.data() + b.fileAt, b.fileSize);
            return fa != fb ? fa < fb : a.id < b.id;
        });
    auto order = std::make_shared<ScopeOrder>();
    order->m_ids.reserve(qsizetype(rows.size()));
    size_t capacity = 16;
    while (capacity < 2 * rows.size())
        capacity *= 2;
    order->m_slots.resize(capacity);
    order->m_blobIds = blobIds;
    order->m_registered.reserve(qsizetype(rows.size()));
    for (Row &row : rows) {
        order->index(row.id, qint32(order->m_ids.size()));
        order->m_ids << std::move(row.id);
        order->m_registered << std::move(row.registered);
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
