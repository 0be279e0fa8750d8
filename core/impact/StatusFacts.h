#pragma once
// Each household's live members counted and its dated status changes in the
// order they were made, packed in one row a household of table status_facts
// and kept by the database (internal to core/impact; KeptFacts.h says how):
// StatusHistory is made from them instead of counting 4.2 million member
// index entries and reading 2.3 million status rows at a million households.
#include "common/Result.h"
#include "impact/HouseholdSet.h"
#include "impact/KeptFacts.h"

#include <QByteArray>
#include <QList>
#include <memory>
#include <vector>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::impact {

class StatusFacts {
public:
    struct Change {
        qint32 day;     // yyyymmdd of its effective date
        quint8 status;  // index in statuses()
    };

    // Null when the caller must read by SQL (KeptFacts.h: facts::load), or
    // when a change holds a value the application never writes.
    static Result<std::shared_ptr<const StatusFacts>> load(storage::Database &db);
    static Status refresh(storage::Database &db);
    static Status rebuild(storage::Database &db, qint64 *changed = nullptr, qint64 perPass = 0);

    qsizetype size() const { return m_ids.size(); }
    std::string_view household(qsizetype i) const { return m_ids.view(i); }
    const HouseholdIds &households() const { return m_ids; }
    quint64 serial() const { return m_serial; } // ScopeOrder::ranksOf
    qint64 members(qsizetype i) const { return m_members[size_t(i)]; }
    // The household's changes, oldest first (same-day ones in the order made).
    const Change *begin(qsizetype i) const { return m_changes.data() + m_ends[size_t(i)]; }
    const Change *end(qsizetype i) const { return m_changes.data() + m_ends[size_t(i) + 1]; }
    const QList<QByteArray> &statuses() const { return m_statuses; } // as stored

private:
    HouseholdIds m_ids;
    quint64 m_serial = facts::nextSerial();
    std::vector<qint64> m_members;
    std::vector<quint32> m_ends{0};
    std::vector<Change> m_changes;
    QList<QByteArray> m_statuses;
};

} // namespace tamkeen::impact
