#pragma once
// Indicators 5 (economic independence) and 6 (work): their arithmetic over
// the plans and members read, wherever they were read (the kept plan facts,
// SQLite, or tamkeen-hub's PostgreSQL), against the incomes in force
// (internal to core/impact and the hub).
#include "impact/PlanFigures.h"
#include "impact/Period.h"
#include "impact/WorkFigures.h"
#include "registry/IncomeService.h"

#include <vector>

namespace tamkeen::impact {

class IncomeHistory;
class ScopeOrder;

// A household's first approved plan started by the period's last day.
struct IndependenceRow {
    qint32 household;                 // its place in scope
    int members;                      // live members now
    std::optional<double> baseline;   // income per person the plan recorded
    QByteArray startedOn, exitOn;     // the plan's start; the last exit since, by the last day (null: none)
};
Independence independenceOf(std::vector<IndependenceRow> rows, const ScopeOrder &scope, const IncomeHistory &income,
                            const registry::EligibilityRule &rule, const Period &period);

// A member able to work and that member's first approved plan.
struct WorkRow {
    qint32 household; // the member's household's place in scope
    QByteArray member, startedOn;
    bool workingAtStart, workingNow;
};
// The members' figures of indicator 6 (not throughReferrals).
WorkFigures workOf(std::vector<WorkRow> rows, const ScopeOrder &scope, const IncomeHistory &income, const Period &period);

} // namespace tamkeen::impact
