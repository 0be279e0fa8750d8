#include "impact/ExitHistory.h"

#include "storage/Database.h"

#include <QHash>
#include <algorithm>
#include <string>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

namespace {

// One row as read, until its household's rows are merged.
struct Row {
    ExitHistory::Event event;
    std::string onDate, createdAt, id;

    // (on_date, created_at, id) as SQLite compares text with text and a blob with a blob.
    bool operator<(const Row &o) const
    {
        return std::tie(onDate, createdAt, id) < std::tie(o.onDate, o.createdAt, o.id);
    }
};

std::string bytes(const QByteArray &b)
{
    return std::string(b.constData(), size_t(b.size()));
}

} // namespace

Result<std::shared_ptr<const ExitHistory>> ExitHistory::load(storage::Database &db,
                                                             const std::shared_ptr<const ScopeOrder> &kept)
{
    const ScopeOrder &scope = *kept;
    if (!scope.blobIds())
        return makeError(ErrorCode::Invalid, u"a household id that is not a blob"_s);
    auto h = std::make_shared<ExitHistory>();
    h->m_scope = kept;
    h->m_ranges.assign(size_t(scope.size()), {0, 0});
    QHash<QString, quint16> reasons;
    bool irregular = false;
    std::vector<Row> rows; // of one household: its exits, then its re-entries (index order)
    qint32 at = -1;
    const auto flush = [&] {
        // Merged as ORDER BY on_date, created_at, id would give them.
        std::stable_sort(rows.begin(), rows.end());
        const qint32 from = qint32(h->m_events.size());
        for (const Row &r : rows)
            h->m_events.push_back(r.event);
        if (at >= 0)
            h->m_ranges[size_t(at)] = {from, qint32(h->m_events.size())};
        rows.clear();
    };
    QByteArray current;
    // One scan of index household_exits_live, in its order.
    const Status s = db.read(
        u"SELECT household_id, kind = 'reentry', on_date, created_at, id, reason, "
        "typeof(on_date) = 'text' AND typeof(created_at) = 'text' AND typeof(id) = 'blob' "
        "AND typeof(household_id) = 'blob' FROM household_exits INDEXED BY household_exits_live "
        "WHERE deleted = 0 AND kind IN ('exit', 'reentry') ORDER BY household_id, kind, on_date, created_at, id"_s,
        {}, [&](const storage::RawRow &r) {
            const QByteArray household = r.rawBytes(0);
            if (household != current) {
                flush();
                current = QByteArray(household.constData(), household.size());
                at = scope.rank(current);
            }
            if (at < 0 || irregular)
                return;
            const QByteArray on = r.rawBytes(2);
            const qint64 day = on.size() == 10 ? ScopeOrder::julianDay(on) : 0;
            if (day == 0 || r.integer(6) == 0) {
                irregular = true;
                return;
            }
            const QString reason = r.isNull(5) ? QString() : r.text(5);
            auto found = reasons.constFind(reason);
            if (found == reasons.cend()) {
                if (reasons.size() > 65535) {
                    irregular = true;
                    return;
                }
                found = reasons.insert(reason, quint16(h->m_reasons.size()));
                h->m_reasons << reason;
            }
            rows.push_back({{qint32(day), *found, r.integer(1) != 0}, bytes(on), bytes(r.rawBytes(3)),
                            bytes(r.rawBytes(4))});
        });
    if (!s)
        return s.error();
    flush();
    if (irregular)
        return makeError(ErrorCode::Invalid, u"an exit dated in another form than ISO"_s);
    return std::shared_ptr<const ExitHistory>(std::move(h));
}

} // namespace tamkeen::impact
