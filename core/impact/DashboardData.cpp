#include "impact/DashboardData.h"

#include "clinic/ClinicVocabulary.h"
#include "storage/Database.h"

#include <thread>

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

namespace {

// The page cache of a dashboard's connection while it computes (openForDashboard):
// 96 MiB, where pages read for the first period are not opened again for the
// second (encrypted, 25-35 % faster at 20,000 households; 3-24 % at 100,000
// against 48 MiB). In a file of more than 300,000 households most pages are
// read once and fill it all the same: 48 MiB there, so that the GUI's peak
// stays under 400 MB at a million households (390 MiB with 96, 333 with 48).
int dashboardCacheKiB(storage::Database &db)
{
    qint64 households = 0; // about: rows ever added (a rowid table)
    if (!db.read(u"SELECT max(rowid) FROM households"_s, {}, [&](const storage::RawRow &r) { households = r.integer(0); }))
        households = 0;
    return (households > 300000 ? 48 : 96) * 1024;
}

template <typename T>
Status take(T &target, Result<T> r)
{
    if (!r)
        return r.error();
    target = std::move(r).value();
    return {};
}

// The dashboard in two halves, each for both periods, split by what they read
// so that each keeps its own for both: the status history (caseload, exits,
// cohorts, their trends, the bars) with plans and this period's clinic
// activity; and the income history (independence, work) with referrals,
// wellbeing, satisfaction, the other trends and the period before's clinic
// activity. computeDashboard(path) runs them at the same time.
Status computeStatusHalf(storage::Database &db, Indicators &indicators, const Period &period, const Period &prev,
                         const ImpactFilter &filter, const QDate &asOf, GroupBy groupBy, DashboardData &d)
{
    Status s = take(d.caseload, indicators.caseload(period, filter));
    if (s)
        s = take(d.exits, indicators.exits(period, filter));
    if (s)
        s = take(d.sustained, indicators.sustainedExits(period, filter, asOf));
    if (s)
        s = take(d.reentry, indicators.reentryRate(period, filter, asOf));
    const QDate last(period.last().year(), period.last().month(), 1);
    QList<Figure> monthly;
    if (s)
        s = take(monthly, indicators.exitTotalsByMonth(last.addMonths(-11), 12, filter));
    if (!s)
        return s;
    d.exitsByMonth.clear();
    for (int k = 0; k < monthly.size(); ++k)
        d.exitsByMonth << MonthFigure{last.addMonths(k - 11), monthly[k]};
    s = take(d.supportedByMonth, indicators.supportedAtMonthEnds(period.last(), 12, filter));
    if (s)
        s = take(d.groups, GroupedFigures::group(db, d.caseload.supported, d.exits, groupBy));
    d.groupedBy = groupBy;
    if (s)
        s = take(d.caseloadBefore, indicators.caseload(prev, filter));
    if (s)
        s = take(d.exitsBefore, indicators.exits(prev, filter));
    if (s)
        s = take(d.sustainedBefore, indicators.sustainedExits(prev, filter, asOf));
    if (s)
        s = take(d.reentryBefore, indicators.reentryRate(prev, filter, asOf));
    if (s)
        s = take(d.plans, indicators.plans(period, filter));
    if (s)
        s = take(d.plansBefore, indicators.plans(prev, filter));
    if (s)
        s = take(d.clinic, indicators.clinic(period, filter));
    return s;
}

Status computeIncomeHalf(storage::Database &db, Indicators &indicators, const Period &period, const Period &prev,
                         const ImpactFilter &filter, const security::Session *reader, DashboardData &d)
{
    Status s = take(d.independence, indicators.independence(period, filter));
    if (s)
        s = take(d.independenceBefore, indicators.independence(prev, filter));
    if (s)
        s = take(d.work, indicators.work(period, filter));
    if (s)
        s = take(d.workBefore, indicators.work(prev, filter));
    if (s)
        s = take(d.referrals, indicators.referrals(period, filter));
    if (s)
        s = take(d.referralsBefore, indicators.referrals(prev, filter));
    if (s)
        s = take(d.clinicBefore, indicators.clinic(prev, filter));
    if (s)
        s = take(d.activePlansByMonth, indicators.activePlansAtMonthEnds(period.last(), 12, filter));
    if (s)
        s = take(d.referralsByMonth, indicators.countsByMonth(MonthlyCount::ReferralsSent, period.last(), 12, filter));
    if (s)
        s = take(d.sessionsByMonth, indicators.countsByMonth(MonthlyCount::SessionsHeld, period.last(), 12, filter));
    // Satisfaction filters by centre only (the centre stored when the survey was asked).
    if (s)
        s = take(d.satisfaction, satisfactionSummary(db, period.first(), period.last(), filter.centres));
    if (s)
        s = take(d.satisfactionBefore, satisfactionSummary(db, prev.first(), prev.last(), filter.centres));
    // Confidential: computed only for a reader core lets see it, never refused on screen.
    d.wellbeing.reset();
    d.wellbeingBefore.reset();
    if (s && reader && clinic::mayReadConfidential(*reader)) {
        WellbeingFigures now, before;
        s = take(now, indicators.wellbeing(*reader, period, filter));
        if (s)
            s = take(before, indicators.wellbeing(*reader, prev, filter));
        if (s) {
            d.wellbeing = std::move(now);
            d.wellbeingBefore = std::move(before);
        }
    }
    return s;
}

} // namespace

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
    storage::Database::BulkCache cache(db, dashboardCacheKiB(db));
    Indicators indicators(db);
    DashboardData d;
    if (Status s = computeStatusHalf(db, indicators, period, before.value(), filter, asOf, groupBy, d); !s)
        return s.error();
    if (Status s = computeIncomeHalf(db, indicators, period, before.value(), filter, reader, d); !s)
        return s.error();
    return d;
}

namespace {

// A connection for one half of the dashboard, with a page cache of 96 MiB
// or 48 (dashboardCacheKiB; the window's has 32): each half reads both periods, and pages read again
// are not read (and, encrypted, opened) again. Freed when the half is done.
Result<std::unique_ptr<storage::Database>> openForDashboard(const QString &path)
{
    auto db = storage::Database::openAnother(path);
    if (db)
        if (auto q = db.value()->exec(QStringLiteral("PRAGMA cache_size = -%1").arg(dashboardCacheKiB(*db.value()))))
            q.value()->finish();
    return db;
}

} // namespace

Result<DashboardData> computeDashboard(const QString &path, const Period &period, const ImpactFilter &filter,
                                       const QDate &asOf, const security::Session *reader, GroupBy groupBy)
{
    auto before = period.previous();
    if (!before)
        return before.error();
    // The two halves are computed at the same time, each on a connection of its
    // own opened and closed in its own thread (a connection never crosses
    // threads): on two cores this nearly halves the wait. Each half reads its
    // own consistent snapshot; a write committed between the two reads could
    // show in one half only, as after a refresh.
    DashboardData d;
    Status incomeHalf;
    std::thread worker([&] {
        auto other = openForDashboard(path);
        if (!other) {
            incomeHalf = other.error();
            return;
        }
        Indicators indicators(*other.value());
        incomeHalf = computeIncomeHalf(*other.value(), indicators, period, before.value(), filter, reader, d);
    });
    Status statusHalf;
    {
        auto db = openForDashboard(path);
        if (!db) {
            statusHalf = db.error();
        } else {
            Indicators indicators(*db.value());
            statusHalf = computeStatusHalf(*db.value(), indicators, period, before.value(), filter, asOf, groupBy, d);
        }
    }
    worker.join();
    if (!statusHalf)
        return statusHalf.error();
    if (!incomeHalf)
        return incomeHalf.error();
    return d;
}

} // namespace tamkeen::impact
