#pragma once
// Every live income change, read once and kept (internal to core/impact):
// independence and work ask for a household's income in force on a plan's
// start, on the period's last day and at an exit, for thousands of
// households; as correlated subqueries (sql::incomeAt) that cost more than
// everything else those indicators read.
//
// The income in force on a day is sql::incomeAt's: per member and source, the
// latest change on or before the day (same-day changes by created_at; changes
// made at the same instant all count), positive amounts summed. Dates compare
// as text, as in SQL.
#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <memory>
#include <vector>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::impact {

class IncomeHistory {
public:
    static Result<std::shared_ptr<const IncomeHistory>> load(storage::Database &db);

    enum class Sources { All, Earned }; // Earned: salary and own business
    // Household `household`'s monthly income in force on `day` (text as
    // stored, e.g. "2025-12-31"); `member` non-empty: that member's only.
    double at(const QByteArray &household, const QByteArray &day, Sources sources = Sources::All,
              const QByteArray &member = {}) const;

private:
    struct Change {
        QByteArray member; // empty with hasMember false: the household's own (NULL)
        bool hasMember = false;
        QByteArray source;
        QByteArray effective, created;
        double amount = 0;
        bool earned = false;
    };
    QHash<QByteArray, std::vector<Change>> m_byHousehold; // each by member, source, effective, created
};

} // namespace tamkeen::impact
