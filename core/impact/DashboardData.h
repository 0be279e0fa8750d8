#pragma once
// Everything the supervisors' dashboard shows for one period and filter,
// computed in one go (Indicators, satisfactionSummary) so that the GUI can run
// it on a worker thread, with a connection of that thread's own.
#include "impact/Indicators.h"
#include "impact/SatisfactionSummary.h"

namespace tamkeen::impact {

struct MonthFigure {
    QDate month;          // its first day
    Figure exits; // households that left support that month
};

struct DashboardData {
    Caseload caseload, caseloadBefore;
    Exits exits, exitsBefore;
    SustainedExits sustained, sustainedBefore;
    ReentryRate reentry, reentryBefore;
    SatisfactionSummary satisfaction, satisfactionBefore;
    QList<MonthFigure> exitsByMonth; // the 12 Gregorian months ending with the period's last, oldest first
};

// The pooled share of a period's cohorts not re-entered `months` after their
// exit, over the cohorts whose horizon is known; the households on each side.
struct PooledHorizon {
    Figure sustained;
    Figure exits; // of the cohorts whose horizon is known
    std::optional<double> share() const;
};
PooledHorizon pooledHorizon(const SustainedExits &s, int months);

// `asOf`: the day re-entries are read up to (today in the application).
Result<DashboardData> computeDashboard(storage::Database &db, const Period &period,
                                       const ImpactFilter &filter, const QDate &asOf);
// The same on a connection of its own to the database at `path`, opened and
// closed in the calling thread (a connection never crosses threads).
Result<DashboardData> computeDashboard(const QString &path, const Period &period, const ImpactFilter &filter,
                                       const QDate &asOf);

} // namespace tamkeen::impact
