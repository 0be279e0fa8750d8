#pragma once
// The exits from support and re-entries of the households in scope, read once
// (internal to core/impact): the period's exits, the exit cohorts with their
// re-entries (both periods) and the exits of each of 12 months were a query
// each, and the cohorts' one fetched every re-entry row apart (1.2 s at a
// million households, where one scan of index household_exits_live reads
// them all in under 0.1 s).
//
// Each household's events are kept in the order SQL gives them by
// (on_date, created_at, id): an exit's re-entry is the next re-entry after it.
#include "common/Result.h"
#include "impact/ScopeOrder.h"

#include <QDate>
#include <QStringList>
#include <memory>
#include <vector>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::impact {

class ExitHistory {
public:
    struct Event {
        qint32 day;     // Julian day of on_date
        quint16 reason; // index in reasons()
        bool reentry;   // else an exit
    };

    // Fails with ErrorCode::Invalid when a row of a household in scope holds a
    // value the application never writes (a date not in ISO form, a
    // created_at not text, an id not a blob): the caller then reads by SQL.
    static Result<std::shared_ptr<const ExitHistory>> load(storage::Database &db,
                                                           const std::shared_ptr<const ScopeOrder> &scope);
    // The scope it was read with: its places are the households' ranks.
    const ScopeOrder &scope() const { return *m_scope; }

    // The events of the household at `rank` in scope, oldest first.
    template<typename F>
    void forEachHousehold(F &&f) const
    {
        for (qsizetype rank = 0; rank < qsizetype(m_ranges.size()); ++rank) {
            const auto [from, to] = m_ranges[size_t(rank)];
            if (from < to)
                f(qint32(rank), m_events.data() + from, m_events.data() + to);
        }
    }
    const QStringList &reasons() const { return m_reasons; }

private:
    std::shared_ptr<const ScopeOrder> m_scope;
    std::vector<std::pair<qint32, qint32>> m_ranges; // per place in scope: its events in m_events
    std::vector<Event> m_events;
    QStringList m_reasons;
};

} // namespace tamkeen::impact
