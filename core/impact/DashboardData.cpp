#include "impact/DashboardData.h"

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

template <typename T>
Status take(T &target, Result<T> r)
{
    if (!r)
        return r.error();
    target = std::move(r).value();
    return {};
}

// The figures of the period itself (with the 12 months' exits and the bars).
Status computeCurrent(storage::Database &db, Indicators &indicators, const Period &period, const ImpactFilter &filter,
                      const QDate &asOf, const security::Session *reader, GroupBy groupBy, DashboardData &d)
{
    Status s = take(d.caseload, indicators.caseload(period, filter));
    if (s)
        s = take(d.exits, indicators.exits(period, filter));
    if (s)
        s = take(d.sustained, indicators.sustainedExits(period, filter, asOf));
    if (s)
        s = take(d.reentry, indicators.reentryRate(period, filter, asOf));
    // Satisfaction filters by centre only (the centre stored when the survey was asked).
    if (s)
        s = take(d.satisfaction, satisfactionSummary(db, period.first(), period.last(), filter.centres));
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
        s = addIndicators5To10(indicators, period, filter, reader,
                               {d.independence, d.work, d.plans, d.referrals, d.clinic, d.wellbeing});
    if (s)
        s = take(d.groups, GroupedFigures::group(db, d.caseload.supported, d.exits, groupBy));
    d.groupedBy = groupBy;
    return s;
}

// The figures of the period before, beside which the dashboard shows them,
// and three of the tiles' trends of the 12 months ending with `period`'s last:
// this side has less to do when the two run at the same time.
Status computeBefore(storage::Database &db, Indicators &indicators, const Period &period, const Period &prev,
                     const ImpactFilter &filter, const QDate &asOf, const security::Session *reader, DashboardData &d)
{
    Status s = take(d.activePlansByMonth, indicators.activePlansAtMonthEnds(period.last(), 12, filter));
    if (s)
        s = take(d.referralsByMonth, indicators.countsByMonth(MonthlyCount::ReferralsSent, period.last(), 12, filter));
    if (s)
        s = take(d.sessionsByMonth, indicators.countsByMonth(MonthlyCount::SessionsHeld, period.last(), 12, filter));
    if (s)
        s = take(d.caseloadBefore, indicators.caseload(prev, filter));
    if (s)
        s = take(d.exitsBefore, indicators.exits(prev, filter));
    if (s)
        s = take(d.sustainedBefore, indicators.sustainedExits(prev, filter, asOf));
    if (s)
        s = take(d.reentryBefore, indicators.reentryRate(prev, filter, asOf));
    if (s)
        s = take(d.satisfactionBefore, satisfactionSummary(db, prev.first(), prev.last(), filter.centres));
    if (s)
        s = addIndicators5To10(indicators, prev, filter, reader,
                               {d.independenceBefore, d.workBefore, d.plansBefore, d.referralsBefore,
                                d.clinicBefore, d.wellbeingBefore});
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
    // cohorts it keeps are read once.
    Indicators indicators(db);
    DashboardData d;
    if (Status s = computeCurrent(db, indicators, period, filter, asOf, reader, groupBy, d); !s)
        return s.error();
    if (Status s = computeBefore(db, indicators, period, before.value(), filter, asOf, reader, d); !s)
        return s.error();
    return d;
}

Result<DashboardData> computeDashboard(const QString &path, const Period &period, const ImpactFilter &filter,
                                       const QDate &asOf, const security::Session *reader, GroupBy groupBy)
{
    auto before = period.previous();
    if (!before)
        return before.error();
    // The period and the one before are computed at the same time, each on a
    // connection of its own opened and closed in its own thread (a connection
    // never crosses threads): on two cores this nearly halves the wait.
    // Each side reads its own consistent snapshot; a write committed between
    // the two reads could show on one side only, as after a refresh.
    DashboardData d;
    Status beforeStatus;
    std::thread worker([&] {
        auto other = storage::Database::openAnother(path);
        if (!other) {
            beforeStatus = other.error();
            return;
        }
        Indicators indicators(*other.value());
        beforeStatus = computeBefore(*other.value(), indicators, period, before.value(), filter, asOf, reader, d);
    });
    Status currentStatus;
    {
        auto db = storage::Database::openAnother(path);
        if (!db) {
            currentStatus = db.error();
        } else {
            Indicators indicators(*db.value());
            currentStatus = computeCurrent(*db.value(), indicators, period, filter, asOf, reader, groupBy, d);
        }
    }
    worker.join();
    if (!currentStatus)
        return currentStatus.error();
    if (!beforeStatus)
        return beforeStatus.error();
    return d;
}

} // namespace tamkeen::impact
