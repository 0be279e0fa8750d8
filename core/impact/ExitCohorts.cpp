// Indicators 3 and 4, sustained exits and the re-entry rate: the period's exits
// (a household once per month it left in, by its first exit that month) with
// the first re-entry after each, read in one query; the horizons are counted
// here with QDate::addMonths, the rule ExitService uses for the follow-ups
// (31 January + 1 month = 28 or 29 February).
#include "impact/IndicatorCache.h"
#include "impact/IndicatorSql.h"
#include "impact/Indicators.h"
#include "referrals/ExitService.h"
#include "storage/Database.h"

#include <map>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

Result<SustainedExits> Indicators::sustainedExits(const Period &period, const ImpactFilter &filter, QDate asOf)
{
    auto events = exitEvents(period, filter);
    if (!events)
        return events.error();
    return sustainedOf(events.value(), asOf);
}

SustainedExits Indicators::sustainedOf(const QList<ExitEvent> &events, const QDate &asOf)
{
    SustainedExits result;
    result.asOf = asOf.isValid() ? asOf : QDate::currentDate();
    std::map<QDate, QList<const ExitEvent *>> byMonth; // ordered: oldest cohort first
    for (const ExitEvent &e : events)
        byMonth[QDate(e.on.year(), e.on.month(), 1)] << &e;
    for (const auto &[month, exits] : byMonth) {
        ExitCohort cohort;
        cohort.month = month;
        QList<QByteArray> all;
        for (const ExitEvent *e : exits)
            all << e->household;
        cohort.exits = Figure::of(u"exits"_s, all);
        const QDate lastDay = month.addMonths(1).addDays(-1);
        for (int months : kHorizons) {
            CohortHorizon h;
            h.months = months;
            // The cohort's last exit reaches its horizon last.
            h.known = lastDay.addMonths(months) <= result.asOf;
            QList<QByteArray> back, stayed;
            for (const ExitEvent *e : exits)
                (e->reenteredWithin(months, result.asOf) ? back : stayed) << e->household;
            h.reentered = Figure::of(u"reentered"_s, back);
            h.sustained = Figure::of(u"sustained"_s, h.known ? stayed : QList<QByteArray>());
            cohort.horizons << h;
        }
        result.cohorts << cohort;
    }
    return result;
}

Result<ReentryRate> Indicators::reentryRate(const Period &period, const ImpactFilter &filter, QDate asOf)
{
    auto events = exitEvents(period, filter);
    if (!events)
        return events.error();
    return reentryOf(events.value(), asOf);
}

ReentryRate Indicators::reentryOf(const QList<ExitEvent> &events, const QDate &asOf)
{
    constexpr int kWindow = 12;
    ReentryRate result;
    result.asOf = asOf.isValid() ? asOf : QDate::currentDate();
    QList<QByteArray> mature, back, pending;
    sql::Grouping reasons;
    for (const ExitEvent &e : events) {
        if (e.on.addMonths(kWindow) > result.asOf) {
            pending << e.household;
            continue;
        }
        mature << e.household;
        if (e.reenteredWithin(kWindow, result.asOf)) {
            back << e.household;
            reasons.add(e.reentryReason, e.household);
        }
    }
    QStringList keys;
    for (const registry::Term &t : referrals::ExitService::reentryReasons())
        keys << t.key;
    result.exits = Figure::of(u"exits"_s, mature);
    result.reentered = Figure::of(u"reentered"_s, back);
    result.byReason = reasons.figures(keys);
    result.pending = Figure::of(u"pending"_s, pending);
    return result;
}

} // namespace tamkeen::impact
