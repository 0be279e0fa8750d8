#pragma once
// The households in scope and their dated status history, read once (internal
// to core/impact): the dashboard asks for the status of every household on
// many days (the period's end, the day before it, the day before each of 12
// months), and one ordered scan of the history answers them all, where a query
// per day sorted the whole history each time. With each household's live
// members (as they are now) and its registration date, for the caseload.
//
// The status on a day is the latest change on or before it, same-day changes
// in the order they were made (created_at, then id), as sql::statusAt says.
#include "common/Result.h"
#include "impact/ImpactFilter.h"
#include "impact/ScopeOrder.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::impact {

class StatusFacts;

class StatusHistory {
public:
    // The households of `scope`, in its order. Fails with
    // ErrorCode::Invalid when a status date is not in ISO form or an id is
    // not a blob (never made by the application): the caller then reads by
    // SQL, which compares the text.
    // From `facts` when given (each household's, kept), else from the tables.
    static Result<std::shared_ptr<const StatusHistory>> load(storage::Database &db, const ScopeOrder &scope,
                                                             const StatusFacts *facts = nullptr);

    // The households in scope with a status on `day`, by file number then id,
    // with that status: f(index, statusIndex).
    template<typename F>
    void forEachOn(const QDate &day, F &&f) const
    {
        const qint32 key = dayKey(day);
        for (qsizetype i = 0; i < qsizetype(m_ranges.size()); ++i) {
            const auto [from, to] = m_ranges[i];
            int found = -1;
            for (qint32 k = from; k < to && m_days[k] <= key; ++k)
                found = k;
            if (found >= 0)
                f(i, int(m_statuses[found]));
        }
    }

    qsizetype size() const { return m_ids.size(); }
    QByteArray id(qsizetype index) const { return m_ids.at(index); }
    // Indexes are the scope's ranks: a figure of them is HouseholdSet::ofRanks(ids(), …).
    const HouseholdIds &ids() const { return m_ids; }
    qint64 members(qsizetype index) const { return m_members[index]; }
    const QStringList &statusNames() const { return m_statusNames; }
    // Registered between the two days (inclusive), by file number then id.
    HouseholdSet registeredBetween(const QDate &first, const QDate &last) const;

    // yyyymmdd, the order of ISO dates.
    static qint32 dayKey(const QDate &day) { return day.year() * 10000 + day.month() * 100 + day.day(); }

private:
    HouseholdIds m_ids;                              // in scope, by file number then id
    std::vector<qint64> m_members;                   // live members of each
    HouseholdIds m_registered;                       // registration_date when it is text, else empty
    std::vector<std::pair<qint32, qint32>> m_ranges; // per household: its changes in m_days/m_statuses
    std::vector<qint32> m_days;                      // dayKey of each change, oldest first per household
    std::vector<quint8> m_statuses;                  // index in m_statusNames
    QStringList m_statusNames;
};

} // namespace tamkeen::impact
