#pragma once
// The dashboard's figures in groups, and what computing them needs (internal
// to core/impact: computeDashboard, DashboardEngine).
#include "impact/DashboardData.h"

#include <span>

namespace tamkeen::impact::dashboard {

// The dashboard as groups of figures, each for both periods, grouped by what
// they read so that one Indicators keeps it for the whole group, in this
// order: the kept plans and the incomes (independence, plans); work; the
// referrals; the status history (the caseload and its trend); the exit
// history (the exits, their cohorts and trends, whose caseload at the start
// comes from the status history); the clinic; satisfaction and wellbeing;
// then the bars. Each group fills fields of its
// own. Heaviest first at 100,000 households with the clinic's and plans'
// data (at a million without them the households in scope, the caseload and
// the exits weigh): one thread takes them from the front, the other from
// the back.
struct Request {
    Period period, prev;
    ImpactFilter filter;
    QDate asOf;
    const security::Session *reader;
    GroupBy groupBy;
};
using Group = Status (*)(storage::Database &, Indicators &, const Request &, DashboardData &);

// In the order the engine's threads take them (DashboardGroups.cpp says why).
std::span<const Group> groups();
// Whether the bars need the figures of groups()[group].
bool neededByBars(size_t group);
// The bars, once the caseload and the exits are known (neededByBars).
Status bars(storage::Database &db, Indicators &indicators, const Request &q, DashboardData &d);
// A file of more than 300,000 households (rows ever added).
bool manyHouseholds(storage::Database &db);
// The page cache of a dashboard's connection while it computes.
int dashboardCacheKiB(storage::Database &db);
// The kept facts of the households changed since stored, when no write is under way.
void storeKeptFacts(storage::Database &db);

} // namespace tamkeen::impact::dashboard
