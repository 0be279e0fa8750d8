#pragma once
// Everything the supervisors' dashboard shows for one period and filter,
// computed in one go (Indicators, satisfactionSummary) so that the GUI can run
// it on a worker thread, with a connection of that thread's own.
#include "impact/GroupedFigures.h"
#include "impact/Indicators.h"
#include "impact/SatisfactionSummary.h"
#include "security/Session.h"

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
    QList<qint64> supportedByMonth;  // households supported at the end of each of those months
    QList<qint64> activePlansByMonth; // plans active at the end of each of those months
    QList<qint64> referralsByMonth;   // referrals sent in each of those months
    QList<qint64> sessionsByMonth;    // sessions held in each of those months
    // Indicators 5-10, this period and the one before.
    Independence independence, independenceBefore;
    WorkFigures work, workBefore;
    PlanFigures plans, plansBefore;
    ReferralFigures referrals, referralsBefore;
    ClinicFigures clinic, clinicBefore;
    // Confidential: only for a reader who may see WHO-5 results (counsellors,
    // supervisors, administrators); nothing for anyone else.
    std::optional<WellbeingFigures> wellbeing, wellbeingBefore;
    // The caseload and exits of the period by centre, worker or track (the bars).
    GroupBy groupedBy = GroupBy::Centre;
    QList<GroupFigures> groups;
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
// `reader`: who looks; wellbeing is computed only for a reader who may see it
// (none: left out, as for a field worker). `groupBy`: the bars' groups.
Result<DashboardData> computeDashboard(storage::Database &db, const Period &period,
                                       const ImpactFilter &filter, const QDate &asOf,
                                       const security::Session *reader = nullptr, GroupBy groupBy = GroupBy::Centre);
// The same from the database at `path`: the dashboard's groups of figures
// (split by what they read, each for both periods) are computed by two
// threads taking the next group as they finish, each on a connection of its
// own opened and closed in it (a connection never crosses threads). Gives
// exactly what the single-threaded overload gives.
Result<DashboardData> computeDashboard(const QString &path, const Period &period, const ImpactFilter &filter,
                                       const QDate &asOf, const security::Session *reader = nullptr,
                                       GroupBy groupBy = GroupBy::Centre);

} // namespace tamkeen::impact
