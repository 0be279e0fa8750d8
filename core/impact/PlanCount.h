#pragma once
// Indicator 7's arithmetic, wherever the plans, their events, goals, tasks
// and exits were read: SQLite, or tamkeen-hub's PostgreSQL (internal to
// core/impact and the hub). The kept plan facts have their own walk
// (PlanIndicators.cpp), by the same rules.
#include "impact/PlanFigures.h"

#include <QByteArray>
#include <QHash>
#include <vector>

namespace tamkeen::impact {

class ScopeOrder;

// One plan's live event, as stored (at, status, event); a plan's events
// come oldest first (at, created_at, id).
struct PlanEvent {
    QByteArray at, status, event;
};

// The plan's status after its last event on or before `day` (an event's day is
// the day it was recorded; none: the plan did not exist yet), and for an
// active plan the day of its last review or approval up to `day`. An event
// saying "active" counts only once the plan has been approved, at or before
// it (docs/trust.md): an "approved" event is believed from another copy only
// with a supervisor's signature, the others are anyone's (a review), so they
// cannot make a plan active by themselves.
struct PlanOnText {
    bool exists = false;
    QString status;
    QByteArray reviewed; // empty: none
};
PlanOnText planOn(const std::vector<PlanEvent> &events, const QByteArray &day);

// The rows counted, each as its household's place in scope.
struct PlanCount {
    QHash<QString, std::vector<qint32>> byStatus; // plans by status on the last day
    std::vector<qint32> unreviewed;  // active plans last reviewed 90 days or more before it
    std::vector<qint32> goals, achieved; // goals (not dropped) of plans approved by it
    std::vector<qint32> exited;      // households that left after a plan's approval
    QList<double> days;              // from that approval to the exit, one per household
    std::vector<qint32> overdue;     // open tasks past due of plans active on the last day

    // A plan of the household at `household` on the last day (`on`, from
    // planOn with the day `reviewBy` 90 days before); true when it was active.
    bool addPlan(qint32 household, const PlanOnText &on, const QByteArray &reviewBy);
    PlanFigures figures(const ScopeOrder &scope) const;
};

} // namespace tamkeen::impact
