// Indicators 5-10 of the dashboard (issue 14 §1.5-1.10), this period and the
// one before, computed with the rest of computeDashboard on its thread.
#include "clinic/ClinicVocabulary.h"
#include "impact/DashboardData.h"

#include <tuple>

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

Status addIndicators5To10(storage::Database &db, const Period &period, const Period &before,
                          const ImpactFilter &filter, const security::Session *reader, DashboardData &d)
{
    Indicators indicators(db);
    for (const auto &[p, independence, work, plans, referrals, clinic] :
         {std::tuple{&period, &d.independence, &d.work, &d.plans, &d.referrals, &d.clinic},
          std::tuple{&before, &d.independenceBefore, &d.workBefore, &d.plansBefore, &d.referralsBefore,
                     &d.clinicBefore}}) {
        Status s = take(*independence, indicators.independence(*p, filter));
        if (s)
            s = take(*work, indicators.work(*p, filter));
        if (s)
            s = take(*plans, indicators.plans(*p, filter));
        if (s)
            s = take(*referrals, indicators.referrals(*p, filter));
        if (s)
            s = take(*clinic, indicators.clinic(*p, filter));
        if (!s)
            return s;
    }
    // Confidential: asked only for a reader core lets see it, never refused on screen.
    d.wellbeing.reset();
    d.wellbeingBefore.reset();
    if (reader && clinic::mayReadConfidential(*reader)) {
        WellbeingFigures now, then;
        if (Status s = take(now, indicators.wellbeing(*reader, period, filter)); !s)
            return s;
        if (Status s = take(then, indicators.wellbeing(*reader, before, filter)); !s)
            return s;
        d.wellbeing = std::move(now);
        d.wellbeingBefore = std::move(then);
    }
    return {};
}

} // namespace tamkeen::impact
