#include "impact/StatusHistory.h"

#include "impact/StatusFacts.h"
#include "storage/Database.h"

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

namespace {

// "YYYY-MM-DD" as yyyymmdd; -1 for anything else.
qint32 parseDay(const QByteArray &text)
{
    return text.size() == 10 ? ScopeOrder::dayKey(text) : -1;
}

} // namespace

Result<std::shared_ptr<const StatusHistory>> StatusHistory::load(storage::Database &db, const ScopeOrder &scope,
                                                                 const StatusFacts *facts)
{
    // Ids are 16-byte blobs, and SQL never matches a blob with text: the
    // look-ups below compare bytes, so any other id is left to SQL.
    if (!scope.blobIds())
        return makeError(ErrorCode::Invalid, u"a household id that is not a blob"_s);
    auto h = std::make_shared<StatusHistory>();
    h->m_ids = scope.ids(); // shared, not copied
    h->m_registered = scope.registrations(); // shared too
    h->m_members.assign(h->m_ids.size(), 0);
    h->m_ranges.assign(h->m_ids.size(), {0, 0});
    // The position in scope of `household`, or -1.
    const auto seek = [&](const QByteArray &household) -> qsizetype { return scope.rank(household); };

    if (facts) {
        // Each household's members and changes kept (StatusFacts), in their order.
        for (const QByteArray &status : facts->statuses())
            h->m_statusNames << QString::fromUtf8(status);
        const std::vector<qint32> &ranks = scope.ranksOf(*facts);
        for (qsizetype i = 0; i < facts->size(); ++i) {
            const qsizetype at = ranks[size_t(i)];
            if (at < 0)
                continue;
            h->m_members[at] = facts->members(i);
            h->m_ranges[at] = {qint32(h->m_days.size()), qint32(h->m_days.size())};
            for (const StatusFacts::Change *c = facts->begin(i); c != facts->end(i); ++c) {
                h->m_days.push_back(c->day);
                h->m_statuses.push_back(c->status);
                ++h->m_ranges[at].second;
            }
        }
        return std::shared_ptr<const StatusHistory>(std::move(h));
    }
    // Index members_household_live: the live members, counted by household.
    Status s = db.read(u"SELECT household_id, count(*) FROM members WHERE deleted = 0 AND typeof(household_id) = 'blob' "
                "GROUP BY household_id ORDER BY household_id"_s,
                {}, [&](const storage::RawRow &r) {
                    if (const qsizetype at = seek(r.rawBytes(0)); at >= 0)
                        h->m_members[at] = r.integer(1);
                });
    if (!s)
        return s.error();

    // One scan of index household_status_live, in its order: by household,
    // then date, created_at and id (the order same-day changes were made in).
    bool irregular = false;
    QByteArray current;
    QList<QByteArray> names; // of m_statusNames, as stored
    qsizetype at = -1;
    s = db.read(u"SELECT household_id, effective_date, status FROM household_status WHERE deleted = 0 "
                "AND typeof(household_id) = 'blob' ORDER BY household_id, effective_date, created_at, id"_s,
                {}, [&](const storage::RawRow &r) {
                    const QByteArray household = r.rawBytes(0);
                    if (household != current) {
                        current = QByteArray(household.constData(), household.size());
                        at = seek(current);
                        if (at >= 0)
                            h->m_ranges[at] = {qint32(h->m_days.size()), qint32(h->m_days.size())};
                    }
                    if (at < 0)
                        return;
                    const qint32 day = parseDay(r.rawBytes(1));
                    irregular = irregular || day < 0;
                    const QByteArray status = r.rawBytes(2);
                    qsizetype k = names.indexOf(status);
                    if (k < 0) {
                        k = names.size();
                        names << QByteArray(status.constData(), status.size());
                        h->m_statusNames << QString::fromUtf8(status);
                    }
                    h->m_days.push_back(day);
                    h->m_statuses.push_back(quint8(std::min<qsizetype>(k, 255)));
                    ++h->m_ranges[at].second;
                });
    if (!s)
        return s.error();
    if (irregular || names.size() > 255)
        return makeError(ErrorCode::Invalid, u"status history with a date not in ISO form"_s);
    return std::shared_ptr<const StatusHistory>(std::move(h));
}

HouseholdSet StatusHistory::registeredBetween(const QDate &first, const QDate &last) const
{
    // As SQLite compares text with text: bytes, then length.
    const QByteArray from = first.toString(Qt::ISODate).toUtf8(), to = last.toString(Qt::ISODate).toUtf8();
    const std::string_view lo(from.constData(), size_t(from.size())), hi(to.constData(), size_t(to.size()));
    std::vector<qint32> ranks;
    for (qsizetype i = 0; i < m_ids.size(); ++i) {
        const std::string_view r = m_registered.view(i);
        if (!r.empty() && r >= lo && r <= hi)
            ranks.push_back(qint32(i));
    }
    return HouseholdSet::ofRanks(m_ids, ranks);
}

} // namespace tamkeen::impact
