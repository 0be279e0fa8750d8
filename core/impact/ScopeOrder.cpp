#include "impact/ScopeOrder.h"

#include "storage/Database.h"

#include <QDate>

#include <algorithm>
#include <bit>
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
                            "h.registration_date END, typeof(h.id) = 'blob', h.centre_id, h.assigned_worker"_s)
                        + u" ORDER BY h.file_number, h.id"_s;
    // Straight into the packed tables as read (a million households: no
    // allocation per row, nothing held twice at the dashboard's peak).
    Builder builder;
    const auto group = [](const storage::RawRow &r, int column) {
        return r.isNull(column) ? std::nullopt : std::optional<QByteArray>(r.rawBytes(column));
    };
    Status s = db.read(sql, values, [&](const storage::RawRow &r) {
        builder.add(r.rawBytes(0), r.rawBytes(1), r.isNull(2) ? QByteArray() : r.rawBytes(2), r.integer(3) == 1,
                    group(r, 4), group(r, 5));
    });
    if (!s)
        return s.error();
    return builder.finish();
}

ScopeOrder::Builder::Builder() : m_order(std::make_shared<ScopeOrder>()) {}

quint16 ScopeOrder::Builder::groupOf(const std::optional<QByteArray> &group)
{
    if (!group || !m_order->m_keepsGroups)
        return kNoGroup;
    const QByteArray &name = *group;
    auto it = m_groups.constFind(name);
    if (it == m_groups.cend()) {
        if (m_order->m_groupNames.size() >= kNoGroup) {
            m_order->m_keepsGroups = false;
            return kNoGroup;
        }
        it = m_groups.insert(QByteArray(name.constData(), name.size()), qint32(m_order->m_groupNames.size()));
        m_order->m_groupNames << it.key();
    }
    return quint16(*it);
}

void ScopeOrder::Builder::add(const QByteArray &id, const QByteArray &fileNumber, const QByteArray &registered,
                              bool blobId, const std::optional<QByteArray> &centre,
                              const std::optional<QByteArray> &worker)
{
    const std::string_view nowId(id.constData(), size_t(id.size())),
        nowFile(fileNumber.constData(), size_t(fileNumber.size()));
    if (m_ordered && m_order->m_ids.size() > 0)
        m_ordered = std::string_view(m_file) < nowFile || (std::string_view(m_file) == nowFile && std::string_view(m_id) < nowId);
    m_order->m_ids.append(id);
    m_order->m_registered.append(registered);
    m_order->m_centre.push_back(groupOf(centre));
    m_order->m_worker.push_back(groupOf(worker));
    m_files.append(fileNumber);
    m_file.assign(nowFile);
    m_id.assign(nowId);
    m_blobIds = m_blobIds && blobId;
}

std::shared_ptr<const ScopeOrder> ScopeOrder::Builder::finish()
{
    std::shared_ptr<ScopeOrder> order = std::move(m_order);
    m_order = std::make_shared<ScopeOrder>();
    const qsizetype n = order->m_ids.size();
    if (!m_ordered) {
        std::vector<qint32> by(static_cast<size_t>(n));
        for (qint32 i = 0; i < qint32(n); ++i)
            by[size_t(i)] = i;
        std::sort(by.begin(), by.end(), [&](qint32 a, qint32 b) {
            const auto fa = m_files.view(a), fb = m_files.view(b);
            return fa != fb ? fa < fb : order->m_ids.view(a) < order->m_ids.view(b);
        });
        HouseholdIds ids, registered;
        std::vector<quint16> centre, worker;
        for (qint32 i : by) {
            ids.append(order->m_ids.at(i));
            registered.append(order->m_registered.at(i));
            centre.push_back(order->m_centre[size_t(i)]);
            worker.push_back(order->m_worker[size_t(i)]);
        }
        order->m_ids = ids;
        order->m_registered = registered;
        order->m_centre = std::move(centre);
        order->m_worker = std::move(worker);
    }
    order->m_blobIds = m_blobIds;
    order->m_index.build(order->m_ids);
    return order;
}

qint32 ScopeOrder::rank(const QByteArray &household) const
{
    return m_index.find(m_ids, std::string_view(household.constData(), size_t(household.size())));
}

const std::vector<qint32> &ScopeOrder::ranksOf(quint64 serial, const HouseholdIds &ids) const
{
    std::lock_guard lock(m_ranksMutex);
    for (const auto &[kept, ranks] : m_ranks)
        if (kept == serial)
            return *ranks;
    auto ranks = std::make_unique<std::vector<qint32>>(size_t(ids.size()));
    for (qsizetype i = 0; i < ids.size(); ++i)
        (*ranks)[size_t(i)] = m_index.find(m_ids, ids.view(i));
    m_ranks.emplace_back(serial, std::move(ranks));
    return *m_ranks.back().second;
}

qint32 ScopeOrder::dayKey(const QByteArray &text)
{
    if (text.size() < 10 || text[4] != '-' || text[7] != '-')
        return -1;
    qint32 v = 0;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (text[i] < '0' || text[i] > '9')
            return -1;
        v = v * 10 + (text[i] - '0');
    }
    return v;
}

QByteArray ScopeOrder::dayText(qint32 key)
{
    char text[10];
    qint32 v = key;
    for (int i : {9, 8, 6, 5, 3, 2, 1, 0}) {
        text[i] = char('0' + v % 10);
        v /= 10;
    }
    text[4] = text[7] = '-';
    return QByteArray(text, 10);
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
    const qsizetype n = m_ids.size();
    if (qsizetype(ranks.size()) > n / 16) {
        // Many: each once and in order through a bit per household of the
        // scope (sorting 100,000 ranks for each figure was 3 % of a dashboard).
        std::vector<quint64> bits(size_t((n + 63) / 64), 0);
        for (qint32 r : ranks)
            bits[size_t(r / 64)] |= quint64(1) << (r % 64);
        ranks.clear();
        for (size_t w = 0; w < bits.size(); ++w)
            for (quint64 b = bits[w]; b != 0; b &= b - 1)
                ranks.push_back(qint32(w * 64 + size_t(std::countr_zero(b))));
    } else {
        std::sort(ranks.begin(), ranks.end());
        ranks.erase(std::unique(ranks.begin(), ranks.end()), ranks.end());
    }
    return Figure::of(key, HouseholdSet::ofRanks(m_ids, ranks));
}

} // namespace tamkeen::impact
