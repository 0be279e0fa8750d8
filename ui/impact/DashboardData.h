#pragma once
// Everything the supervisors' dashboard shows for one period and filter,
// computed by core (impact::Indicators, satisfactionSummary) in one go so it
// can run on a worker thread with its own database connection.
#include "impact/Indicators.h"
#include "impact/SatisfactionSummary.h"

namespace tamkeen::ui {

struct MonthFigure {
    QDate month;          // its first day
    impact::Figure exits; // households that left support that month
};

struct DashboardData {
    impact::Caseload caseload, caseloadBefore;
    impact::Exits exits, exitsBefore;
    impact::SustainedExits sustained, sustainedBefore;
    impact::ReentryRate reentry, reentryBefore;
    impact::SatisfactionSummary satisfaction, satisfactionBefore;
    QList<MonthFigure> exitsByMonth; // the 12 Gregorian months ending with the period's last, oldest first
};

// The pooled share of a period's cohorts not re-entered `months` after their
// exit, over the cohorts whose horizon is known; the households on each side.
struct PooledHorizon {
    impact::Figure sustained;
    impact::Figure exits; // of the cohorts whose horizon is known
    std::optional<double> share() const;
};
PooledHorizon pooledHorizon(const impact::SustainedExits &s, int months);

// `asOf`: the day re-entries are read up to (today in the application).
Result<DashboardData> computeDashboard(storage::Database &db, const impact::Period &period,
                                       const impact::ImpactFilter &filter, const QDate &asOf);

} // namespace tamkeen::ui
