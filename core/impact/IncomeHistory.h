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
#include "impact/HouseholdSet.h"
#include "impact/IdIndex.h"

#include <QByteArray>
#include <functional>
#include <memory>
#include <string_view>
#include <vector>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::impact {

class IncomeHistory {
public:
    static Result<std::shared_ptr<const IncomeHistory>> load(storage::Database &db);

    // One live change with a date, as read (raw bytes may be passed).
    struct Row {
        QByteArray household;
        bool hasMember = false;
        QByteArray member, source, effective, created; // created: empty when null
        double amount = 0;
    };
    // `walk(take)` calls take() with every change, in the order of
    // (household, member with none first, source, effective date, created
    // at with none first), by their bytes: tamkeen-hub reads them in
    // PostgreSQL. A change out of that order is refused as load() refuses it.
    using Walk = std::function<Status(const std::function<void(const Row &)> &take)>;
    static Result<std::shared_ptr<const IncomeHistory>> fromRows(const Walk &walk);

    // A household's monthly income in force on a day: from every source,
    // and from the earned ones (salary and own business).
    struct Amounts {
        double all = 0;
        double earned = 0;
    };
    // A day as the changes' dates are compared with it (found once for many
    // households: the period's last day).
    struct Day {
        qint32 after = 0;  // the first place in date order later than the day
        bool none = true;  // null text: no income is in force
    };
    // The place of `household` among those with a change; -1: none.
    qint32 place(const QByteArray &household) const;
    // `text` as stored, e.g. "2025-12-31"; null: none.
    Day day(const QByteArray &text) const;
    // The income of the household at `place` in force on `day`; `member`
    // non-empty: that member's only.
    Amounts at(qint32 place, Day day, const QByteArray &member = {}) const;

    enum class Sources { All, Earned };
    // The same for one household and day, from `sources` only.
    double at(const QByteArray &household, const QByteArray &text, Sources sources = Sources::All,
              const QByteArray &member = {}) const
    {
        const Amounts a = at(place(household), day(text), member);
        return sources == Sources::Earned ? a.earned : a.all;
    }

private:
    // A change, 24 bytes: its household, member, source and date as places in
    // the tables below (a million households' incomes: 30 MB, where each
    // change's text took 130 MB and its record 56 bytes more).
    struct Change {
        qint32 member = -1;   // in m_members; -1: the household's own
        qint32 effective = 0; // in m_days
        quint16 source = 0;   // in m_sources (the record is 24 bytes all the same)
        bool earned = false;
        bool sameInstant = false; // same member, source, date and created_at as the change before it
        double amount = 0;
    };
    static_assert(sizeof(Change) == 24);
    // Reads the changes in `order` (SQL); false when they did not come in the
    // order compared here (a value of another type than the application writes).
    Status read(const Walk &walk, bool *ordered);
    // Checked and indexed once every change is in.
    static Result<std::shared_ptr<const IncomeHistory>> finish(std::shared_ptr<IncomeHistory> h, bool ordered);

    HouseholdIds m_households;        // every household with a change, ascending
    IdIndex m_index;                  // place in m_households by id
    std::vector<qint32> m_firstChange; // per household: its first change; one more at the end
    HouseholdIds m_members;           // each member's id, once per household it appears in
    HouseholdIds m_days;              // effective dates, each distinct text once
    std::vector<qint32> m_daysInOrder; // places in m_days by their bytes
    std::vector<qint32> m_dayPlace;    // per place in m_days: where it is in m_daysInOrder
    // Each date in m_daysInOrder as yyyymmdd when all are ISO dates (empty
    // otherwise): day() compares numbers, not text (the dates' bytes were a
    // sixth of the dashboard's time).
    std::vector<qint32> m_isoInOrder;
    QList<QByteArray> m_sources;
    std::vector<Change> m_changes;    // by household, member (none first), source, effective, created
};

} // namespace tamkeen::impact
