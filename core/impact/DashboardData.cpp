#include "impact/DashboardData.h"

#include "impact/DashboardEngine.h"
#include "impact/DashboardGroups.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

std::optional<double> PooledHorizon::share() const
{
    if (exits.value == 0)
        return std::nullopt;
    return double(sustained.value) / double(exits.value);
}

PooledHorizon pooledHorizon(const SustainedExits &s, int months)
{
    QList<QByteArray> sustained, exits;
    for (const ExitCohort &c : s.cohorts)
        for (const CohortHorizon &h : c.horizons)
            if (h.months == months && h.known) {
                sustained += h.sustained.households;
                exits += c.exits.households;
            }
    // Cohort by cohort, each by file number; a household that exited in two
    // months of the period counts in both, as in the cohort table.
    return {Figure::of(u"sustained"_s, sustained), Figure::of(u"exits"_s, exits)};
}

Result<DashboardData> computeDashboard(storage::Database &db, const Period &period, const ImpactFilter &filter,
                                       const QDate &asOf, const security::Session *reader, GroupBy groupBy)
{
    auto before = period.previous();
    if (!before)
        return before.error();
    // One Indicators for both periods: the status history and the exit
    // cohorts it keeps are read once. The pages read for the first period
    // are read again for the second: with the connection's own cache (the
    // CLI's 2 MiB, the window's 32) they came from the file again, and
    // encrypted were opened again (1.4-1.8x the plain time at 100,000
    // households); the dashboard's cache while it is computed.
    storage::Database::BulkCache cache(db, dashboard::dashboardCacheKiB(db));
    dashboard::storeKeptFacts(db);
    Indicators indicators(db);
    const dashboard::Request q{period, before.value(), filter, asOf, reader, groupBy};
    DashboardData d;
    for (dashboard::Group group : dashboard::groups())
        if (Status s = group(db, indicators, q, d); !s)
            return s.error();
    if (Status s = dashboard::bars(db, indicators, q, d); !s)
        return s.error();
    return d;
}

Result<DashboardData> computeDashboard(const QString &path, const Period &period, const ImpactFilter &filter,
                                       const QDate &asOf, const security::Session *reader, GroupBy groupBy)
{
    return DashboardEngine(path).compute(period, filter, asOf, reader, groupBy);
}

} // namespace tamkeen::impact
