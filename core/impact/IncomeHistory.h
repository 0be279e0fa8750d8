#pragma once
// Every live income change, read once and kept (internal to core/impact):
// independence and work ask for a household's income in force on a plan's
// start, on the period's last day and at an exit, for thousands of
// households; as correlated subqueries (sql::incomeAt) that cost more than
// everything else those indicators read.
//
// The income in force on a day is sql::incomeAt's: per member and source, the
// latest change on or before the day (same-day changes by created_at; changes
// made at the same instant all count), positive amounts summed. Dates and ids
// compare as bytes, as SQLite compares text and blobs.
#include "common/Result.h"

#include <QByteArray>
#include <memory>
#include <string>
#include <string_view>
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
    // stored, e.g. "2025-12-31"; null: none); `member` non-empty: that
    // member's only.
    double at(const QByteArray &household, const QByteArray &day, Sources sources = Sources::All,
              const QByteArray &member = {}) const;

private:
    // Text kept in one buffer (no allocation per field): where and how long.
    struct Text {
        quint32 at = 0, size = 0;
    };
    struct Change {
        Text household, member, source, effective, created;
        bool hasMember = false; // a NULL member: the household's own
        bool earned = false;
        double amount = 0;
    };
    std::string_view view(Text t) const { return {m_text.data() + t.at, t.size}; }
    Text keep(const QByteArray &bytes);

    std::string m_text;
    std::vector<Change> m_changes; // by household, member (none first), source, effective, created
};

} // namespace tamkeen::impact
