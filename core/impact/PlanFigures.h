#pragma once
// What indicators 5 (economic independence) and 7 (plans) return; see
// docs/indicators.md. Counts of households unless a field says otherwise.
#include "impact/Figure.h"

#include <QDate>
#include <optional>

namespace tamkeen::impact {

// A ratio of two amounts of money (not of counts), with the households summed.
struct IncomeRatio {
    double earned = 0; // salary and own business, monthly
    double total = 0;  // every income source, monthly
    Figure households; // the households whose incomes were summed
    std::optional<double> value() const
    {
        if (total <= 0)
            return std::nullopt;
        return earned / total;
    }
};

// 5. Households with an approved plan started by the period's last day: their
// income per person at the plan's baseline against on the last day and at exit.
struct Independence {
    Figure households;                  // the population (the household's first approved plan)
    std::optional<double> medianChange; // income per person on the last day minus at baseline, per month
    Figure rose;                        // income per person up by 20 % or more
    Figure eligibleAtBaseline;          // under the eligibility threshold at baseline
    Figure crossed;                     // of those, at or over the threshold on the last day
    Figure exited;                      // left support between the plan's start and the last day
    std::optional<double> medianChangeAtExit; // income per person at the (last) exit minus at baseline
    IncomeRatio ratioAtBaseline;        // incomes in force on the plan's start date
    IncomeRatio ratioNow;               // incomes in force on the last day
    Rate roseRate() const { return {rose, households}; }
    Rate crossedRate() const { return {crossed, eligibleAtBaseline}; }
};

// 7. Plans (of members; `households` lists each plan's household once).
struct PlanFigures {
    QList<Figure> byStatus;  // value: plans by status on the last day (PlanService::statuses()), zeros included
    Figure goals;            // value: goals not dropped, of plans approved by the last day
    Figure goalsAchieved;    // value: of those, achieved
    Figure exitsAfterPlan;   // households that left support in the period after a plan's approval
    std::optional<double> medianDaysToExit; // from that approval to the exit
    Figure overdueTasks;     // value: tasks of plans active on the last day, open on it and past due
    Figure unreviewed;       // value: plans active on the last day with no review for 90 days or more
    Rate goalsRate() const { return {goalsAchieved, goals}; }

    static constexpr int kReviewDays = 90;
};

// The middle value (the mean of the two middle ones for an even count).
std::optional<double> median(QList<double> values);

} // namespace tamkeen::impact
