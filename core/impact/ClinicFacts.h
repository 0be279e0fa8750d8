#pragma once
// Each household's clinic events (sessions held; appointments attended or not
// come to), packed in one row a household of table clinic_facts and kept by
// the database (internal to core/impact; docs/architecture.md, "Maintained
// facts"). Clinic activity read 780,000 sessions and appointments a period at
// 100,000 households, row by row; here it reads 100,000 short rows once for
// both periods and the months' trend.
//
// Exact: every write to sessions or appointments marks its household in
// clinic_facts_stale (triggers; the import, which runs without triggers,
// marks them itself), a marked household is read again from its own rows
// until refresh() stores it, and rebuild() (tamkeen-cli check) makes every row
// again. Local to each copy: nothing here is synced.
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

class ClinicFacts {
public:
    enum Kind : quint8 { Held = 0, Attended = 1, NoShow = 2 };
    struct Event {
        qint32 day;         // Julian day of the time's first ten characters
        quint16 counsellor; // index in counsellors()
        quint8 kind;
    };

    // Null when the caller must read by SQL: never built here yet, a value
    // not as the application writes it (a day not in ISO form, an id not a
    // 16-byte blob), or too many households marked to read them one by one.
    static Result<std::shared_ptr<const ClinicFacts>> load(storage::Database &db);
    // Stores the marked households' rows (every row when never built), in
    // one write transaction.
    static Status refresh(storage::Database &db);
    // Makes every row again from sessions and appointments; `changed`, when
    // given, receives how many households' rows were wrong or missing.
    static Status rebuild(storage::Database &db, qint64 *changed = nullptr, qint64 perPass = 0);

    qsizetype size() const { return m_ids.size(); }
    std::string_view household(qsizetype i) const { return m_ids.view(i); }
    const HouseholdIds &households() const { return m_ids; }
    quint64 serial() const { return m_serial; } // ScopeOrder::ranksOf
    // The household's events, in no particular order.
    const Event *begin(qsizetype i) const { return m_events.data() + m_ends[size_t(i)]; }
    const Event *end(qsizetype i) const { return m_events.data() + m_ends[size_t(i) + 1]; }
    const QList<QByteArray> &counsellors() const { return m_counsellors; }

private:
    HouseholdIds m_ids;
    quint64 m_serial = facts::nextSerial();
    std::vector<quint32> m_ends{0}; // household i's events: [m_ends[i], m_ends[i + 1])
    std::vector<Event> m_events;
    QList<QByteArray> m_counsellors; // each id as stored (empty: none)
};

} // namespace tamkeen::impact
