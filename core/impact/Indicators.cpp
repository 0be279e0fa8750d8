#include "impact/Indicators.h"

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

QString Indicators::name(Indicator indicator)
{
    switch (indicator) {
    case Indicator::Caseload: return tr("Caseload");
    case Indicator::Exits: return tr("Exits to self-sufficiency");
    case Indicator::SustainedExits: return tr("Sustained exits");
    case Indicator::ReentryRate: return tr("Re-entry rate");
    case Indicator::Independence: return tr("Economic independence");
    case Indicator::Plans: return tr("Empowerment plans");
    case Indicator::Referrals: return tr("Referrals and partners");
    case Indicator::Clinic: return tr("Clinic activity");
    case Indicator::Work: return tr("Work");
    case Indicator::Wellbeing: return tr("Wellbeing");
    }
    return {};
}

QString Indicators::question(Indicator indicator)
{
    switch (indicator) {
    case Indicator::Caseload:
        return tr("How many households and members are in each status at the end of the period, and how many "
                  "registered during it?");
    case Indicator::Exits:
        return tr("How many households left support during the period, for which reasons, and what share of the "
                  "active caseload left for work, an own project or other income?");
    case Indicator::SustainedExits:
        return tr("Of the households that left support in each month, what share had not come back 3, 6 and 12 "
                  "months later?");
    case Indicator::ReentryRate:
        return tr("What share of the households that left support came back within 12 months, and why?");
    case Indicator::Independence:
        return tr("Since their plan began, how has the income per person of households with a plan changed, how many "
                  "rose above the eligibility threshold, and how much of their income is earned?");
    case Indicator::Plans:
        return tr("How many plans are in each status, what share of their goals were achieved, how long from a "
                  "plan's approval to leaving support, and which plans are falling behind?");
    case Indicator::Referrals:
        return tr("How many referrals did each partner receive, accept and complete, with what outcome, and how many "
                  "days did completion take?");
    case Indicator::Clinic:
        return tr("How many sessions did each counsellor hold a week, what share of appointments were not come to, and "
                  "how long did households wait from registration to their first session?");
    case Indicator::Work:
        return tr("How many members able to work who have a plan were in work when it began and are now, and how "
                  "many jobs, training places and loans did referrals obtain?");
    case Indicator::Wellbeing:
        return tr("How did members' wellbeing (WHO-5) and work readiness change between their first and latest "
                  "assessment, and what share left low wellbeing?");
    }
    return {};
}

bool Indicators::isPositiveExit(const QString &reason)
{
    return reason == u"employment" || reason == u"own_project" || reason == u"other_income";
}

std::optional<double> ExitCohort::sustainedShare(int months) const
{
    for (const CohortHorizon &h : horizons) {
        if (h.months == months && h.known && exits.value > 0)
            return double(h.sustained.value) / double(exits.value);
    }
    return std::nullopt;
}

} // namespace tamkeen::impact
