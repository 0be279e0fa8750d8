#pragma once
// Each household's plans (their dated events, goals counted, tasks with a due
// date), its live members counted and its exits' days, packed in one row a
// household with a plan in table plan_facts and kept by the database
// (internal to core/impact; KeptFacts.h says how): indicators 5 to 7 are
// made from them instead of reading 200,000 plans, their 380,000 events,
// goals, tasks, members and exits for each period at 100,000 households.
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

// One event of a plan, as the indicators read it.
struct PlanDayEvent {
    qint32 day;    // yyyymmdd of the day it was recorded
    quint8 status; // an index in the caller's list of statuses
    bool review;   // an approval or a review
    bool counts;   // may be the plan's latest status (not "active", or at or after its first approval)
};

// A plan's status on `day` (its last event by then that counts; -1: it did
// not exist yet) and, when that is `active`, its last approval or review by
// then (yyyymmdd; 0: none).
struct PlanOnDay {
    int status = -1;
    qint32 reviewed = 0;
};
PlanOnDay planOnDay(const PlanDayEvent *from, const PlanDayEvent *to, qint32 day, int active);

class PlanFacts {
public:
    using Event = PlanDayEvent; // its status an index in statuses()
    struct Task {
        qint32 due, done; // yyyymmdd; done 0: not done
    };
    struct Plan {
        qint32 approved, started; // yyyymmdd; approved 0: never
        double baseline;          // income per person its baseline agreed; NaN: none recorded
        quint32 member;           // its member's place in memberIds
        bool workingAtStart;      // its member employed or self-employed in the baseline
        quint32 goals, achieved;  // goals not dropped, and of those achieved
        quint32 eventsFrom, eventsTo, tasksFrom, tasksTo; // in events(), tasks()
    };

    // Null when the caller must read by SQL (KeptFacts.h: facts::load), or
    // when a row holds a value the application never writes.
    static Result<std::shared_ptr<const PlanFacts>> load(storage::Database &db);
    static Status refresh(storage::Database &db);
    static Status rebuild(storage::Database &db, qint64 *changed = nullptr, qint64 perPass = 0);

    qsizetype size() const { return m_ids.size(); }
    std::string_view household(qsizetype i) const { return m_ids.view(i); }
    const HouseholdIds &households() const { return m_ids; }
    quint64 serial() const { return m_serial; } // ScopeOrder::ranksOf
    qint64 members(qsizetype i) const { return m_members[size_t(i)]; }
    // The household's plans by start date, then as made (created_at, id).
    const Plan *plansBegin(qsizetype i) const { return m_plans.data() + m_planEnds[size_t(i)]; }
    const Plan *plansEnd(qsizetype i) const { return m_plans.data() + m_planEnds[size_t(i) + 1]; }
    qsizetype planCount() const { return qsizetype(m_plans.size()); }
    qsizetype place(const Plan &p) const { return &p - m_plans.data(); } // in [0, planCount())
    // The days of the household's live exits from support, oldest first.
    const qint32 *exitsBegin(qsizetype i) const { return m_exits.data() + m_exitEnds[size_t(i)]; }
    const qint32 *exitsEnd(qsizetype i) const { return m_exits.data() + m_exitEnds[size_t(i) + 1]; }
    const Event *eventsBegin(const Plan &p) const { return m_events.data() + p.eventsFrom; }
    const Event *eventsEnd(const Plan &p) const { return m_events.data() + p.eventsTo; }
    const Task *tasksBegin(const Plan &p) const { return m_tasks.data() + p.tasksFrom; }
    const Task *tasksEnd(const Plan &p) const { return m_tasks.data() + p.tasksTo; }
    const QList<QByteArray> &statuses() const { return m_statuses; }  // as stored
    std::string_view member(const Plan &p) const { return m_memberIds.view(p.member); } // 16 bytes
    int active() const { return int(m_statuses.indexOf("active")); }   // -1: none

private:
    HouseholdIds m_ids;
    quint64 m_serial = facts::nextSerial();
    std::vector<qint64> m_members;
    std::vector<quint32> m_planEnds{0}, m_exitEnds{0};
    std::vector<Plan> m_plans;
    std::vector<qint32> m_exits;
    std::vector<Event> m_events;
    std::vector<Task> m_tasks;
    HouseholdIds m_memberIds; // each plan's member id
    QList<QByteArray> m_statuses;
};

} // namespace tamkeen::impact
