#include "impact/DashboardData.h"

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
    const Period &prev = before.value();
    Indicators indicators(db);
    DashboardData d;
#define TAMKEEN_TAKE(target, expr)                                                                                 \
    do {                                                                                                           \
        auto r = (expr);                                                                                           \
        if (!r)                                                                                                    \
            return r.error();                                                                                      \
        target = std::move(r).value();                                                                             \
    } while (false)
    TAMKEEN_TAKE(d.caseload, indicators.caseload(period, filter));
    TAMKEEN_TAKE(d.caseloadBefore, indicators.caseload(prev, filter));
    TAMKEEN_TAKE(d.exits, indicators.exits(period, filter));
    TAMKEEN_TAKE(d.exitsBefore, indicators.exits(prev, filter));
    TAMKEEN_TAKE(d.sustained, indicators.sustainedExits(period, filter, asOf));
    TAMKEEN_TAKE(d.sustainedBefore, indicators.sustainedExits(prev, filter, asOf));
    TAMKEEN_TAKE(d.reentry, indicators.reentryRate(period, filter, asOf));
    TAMKEEN_TAKE(d.reentryBefore, indicators.reentryRate(prev, filter, asOf));
    // Satisfaction filters by centre only (the centre stored when the survey was asked).
    TAMKEEN_TAKE(d.satisfaction, satisfactionSummary(db, period.first(), period.last(), filter.centres));
    TAMKEEN_TAKE(d.satisfactionBefore, satisfactionSummary(db, prev.first(), prev.last(), filter.centres));
    const QDate last(period.last().year(), period.last().month(), 1);
    QList<Figure> monthly;
    TAMKEEN_TAKE(monthly, indicators.exitTotalsByMonth(last.addMonths(-11), 12, filter));
    for (int k = 0; k < monthly.size(); ++k)
        d.exitsByMonth << MonthFigure{last.addMonths(k - 11), monthly[k]};
    TAMKEEN_TAKE(d.supportedByMonth, indicators.supportedAtMonthEnds(period.last(), 12, filter));
#undef TAMKEEN_TAKE
    if (Status more = addIndicators5To10(db, period, prev, filter, reader, d); !more)
        return more.error();
    auto groups = GroupedFigures::compute(db, period, filter, groupBy);
    if (!groups)
        return groups.error();
    d.groupedBy = groupBy;
    d.groups = std::move(groups).value();
    return d;
}

Result<DashboardData> computeDashboard(const QString &path, const Period &period, const ImpactFilter &filter,
                                       const QDate &asOf, const security::Session *reader, GroupBy groupBy)
{
    auto db = storage::Database::openAnother(path);
    if (!db)
        return db.error();
    return computeDashboard(*db.value(), period, filter, asOf, reader, groupBy);
}

} // namespace tamkeen::impact
