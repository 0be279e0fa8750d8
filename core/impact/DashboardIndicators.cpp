// Indicators 5-10 of the dashboard (issue 14 §1.5-1.10) for one period,
// computed with the rest of computeDashboard on its thread.
#include "clinic/ClinicVocabulary.h"
#include "impact/DashboardData.h"

namespace tamkeen::impact {

namespace {

template <typename T>
Status take(T &target, Result<T> r)
{
    if (!r)
        return r.error();
    target = std::move(r).value();
    return {};
}

} // namespace

Status addIndicators5To10(Indicators &indicators, const Period &period, const ImpactFilter &filter,
                          const security::Session *reader, Indicators5To10 out)
{
    Status s = take(out.independence, indicators.independence(period, filter));
    if (s)
        s = take(out.work, indicators.work(period, filter));
    if (s)
        s = take(out.plans, indicators.plans(period, filter));
    if (s)
        s = take(out.referrals, indicators.referrals(period, filter));
    if (s)
        s = take(out.clinic, indicators.clinic(period, filter));
    if (!s)
        return s;
    // Confidential: asked only for a reader core lets see it, never refused on screen.
    out.wellbeing.reset();
    if (reader && clinic::mayReadConfidential(*reader)) {
        WellbeingFigures figures;
        if (s = take(figures, indicators.wellbeing(*reader, period, filter)); !s)
            return s;
        out.wellbeing = std::move(figures);
    }
    return {};
}

} // namespace tamkeen::impact
