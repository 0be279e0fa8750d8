#pragma once
// The households in scope by file number, read once and kept (internal to
// core/impact). The indicators read their rows (sessions, plans, referrals …)
// without joining a scope table or sorting in SQL, which cost more than the
// rows themselves (a 100,000-row scope materialised, indexed and sorted per
// query): each row's household is looked up here, and a figure's households
// come out in file-number order, as "ORDER BY file_number, id" gave them.
#include "common/Result.h"
#include "impact/Figure.h"
#include "impact/IdIndex.h"
#include "impact/ImpactFilter.h"

#include <QHash>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::impact {

class ScopeOrder {
public:
    static Result<std::shared_ptr<const ScopeOrder>> load(storage::Database &db, const ImpactFilter &filter,
                                                          const QDate &ageOn);

    // Builds one from households read elsewhere (tamkeen-hub reads them in
    // PostgreSQL), best in file-number order: sorted at finish() otherwise.
    class Builder {
    public:
        Builder();
        // `registered`: the registration date when stored as text, else
        // null; `centre`, `worker`: nothing when null.
        void add(const QByteArray &id, const QByteArray &fileNumber, const QByteArray &registered, bool blobId,
                 const std::optional<QByteArray> &centre, const std::optional<QByteArray> &worker);
        std::shared_ptr<const ScopeOrder> finish();

    private:
        quint16 groupOf(const std::optional<QByteArray> &name);
        std::shared_ptr<ScopeOrder> m_order;
        HouseholdIds m_files; // to sort by, should the order not hold
        std::string m_file, m_id; // the row before
        bool m_blobIds = true, m_ordered = true;
        QHash<QByteArray, qint32> m_groups; // centres and workers, each once
    };

    // The household's place by file number then id; -1 when out of scope.
    qint32 rank(const QByteArray &household) const;
    QByteArray id(qint32 rank) const { return m_ids.at(rank); }
    const HouseholdIds &ids() const { return m_ids; }
    // The rank of each of a kept facts object's households (-1: out of
    // scope), worked out once for each such object (by its serial), not at
    // every figure: the look-ups cost a dashboard more than its arithmetic.
    template <typename Facts>
    const std::vector<qint32> &ranksOf(const Facts &facts) const
    {
        return ranksOf(facts.serial(), facts.households());
    }
    // Its registration date as stored when it is text (else empty).
    QByteArray registered(qint32 rank) const { return m_registered.at(rank); }
    const HouseholdIds &registrations() const { return m_registered; }
    // Its centre and assigned worker as read with it (for the bars): a place
    // in groupNames(), -1 when null. Only when keepsGroups(): false past
    // 65,535 names (the bars then read them from the households).
    bool keepsGroups() const { return m_keepsGroups; }
    qint32 centreOf(qint32 rank) const { return place(m_centre[size_t(rank)]); }
    qint32 workerOf(qint32 rank) const { return place(m_worker[size_t(rank)]); }
    const QList<QByteArray> &groupNames() const { return m_groupNames; }
    // Every id in scope is a blob (as the application writes them): what
    // StatusHistory's byte-wise matching needs.
    bool blobIds() const { return m_blobIds; }
    qsizetype size() const { return m_ids.size(); }

    // A figure counting rows (one rank each, any order): its households are
    // those rows' households, once each, by file number (sql::countedRows).
    Figure rows(const QString &key, std::vector<qint32> ranks) const;
    // A figure counting households (ranks may repeat; each counts once).
    Figure households(const QString &key, std::vector<qint32> ranks) const;

    // The Julian day of text that starts "YYYY-MM-DD" (a date or a time); 0 for anything else.
    static qint64 julianDay(const QByteArray &iso);
    // yyyymmdd of the first ten characters of `text` when they have an ISO
    // date's form ("YYYY-MM-DD": the order of their text), else -1.
    static qint32 dayKey(const QByteArray &text);
    // The "YYYY-MM-DD" of a dayKey().
    static QByteArray dayText(qint32 key);

private:
    HouseholdIds m_ids; // by file number then id, packed (a million ids: 16 MB, not 72)
    IdIndex m_index; // rank by id
    HouseholdIds m_registered; // by rank
    static constexpr quint16 kNoGroup = 0xffff;
    static qint32 place(quint16 name) { return name == kNoGroup ? -1 : qint32(name); }
    std::vector<quint16> m_centre, m_worker; // by rank: 4 MB at a million households
    QList<QByteArray> m_groupNames;
    bool m_keepsGroups = true;
    bool m_blobIds = true;
    const std::vector<qint32> &ranksOf(quint64 serial, const HouseholdIds &ids) const;
    mutable std::mutex m_ranksMutex; // a scope may be shared by the figures of two threads
    mutable std::vector<std::pair<quint64, std::unique_ptr<const std::vector<qint32>>>> m_ranks;
};

} // namespace tamkeen::impact
