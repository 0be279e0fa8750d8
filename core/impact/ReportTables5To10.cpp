// The indicators' report, indicators 5-10: one table each, this period beside
// the previous one (partners and counsellors: this period, one row each).
// Counts of members or referrals carry their households, so that the
// small-numbers rule (SmallNumbers) hides those resting on 1-4 families.
#include "impact/ReportTables.h"

#include "plans/PlanService.h"
#include "referrals/ReferralService.h"
#include "registry/Vocabulary.h"

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

namespace {

// A figure whose value counts members, plans or referrals: hidden with its households.
ReportCell counted(const Figure &f)
{
    return ReportCell::members(f.value, f.households.size());
}

// A median or a mean of the households in `of`: hidden when they are 1-4.
ReportCell statistic(std::optional<double> value, const Figure &of)
{
    ReportCell cell = ReportCell::number(value);
    cell.households = of.households.size();
    return cell;
}

ReportCell ratio(const IncomeRatio &r)
{
    const qint64 n = r.households.households.size();
    return ReportCell::share(r.value(), n, n);
}

ReportTable comparison(const QString &key, const QString &title)
{
    ReportTable t;
    t.key = key;
    t.title = title;
    t.headers = {ReportTables::tr("Figure"), ReportTables::tr("This period"), ReportTables::tr("Previous period")};
    return t;
}

void row(ReportTable &t, const QString &what, const ReportCell &now, const ReportCell &before)
{
    t.rows << QList<ReportCell>{ReportCell::text(what), now, before};
}

const Figure &byKey(const QList<Figure> &figures, const QString &key)
{
    static const Figure none;
    for (const Figure &f : figures)
        if (f.key == key)
            return f;
    return none;
}

} // namespace

ReportTable ReportTables::independenceTable(const DashboardData &d, const QString &)
{
    ReportTable t = comparison(u"independence"_s, Indicators::name(Indicator::Independence));
    t.note = tr("Households with an approved plan: income per person at the plan's baseline against the period's end.");
    const Independence &n = d.independence, &b = d.independenceBefore;
    row(t, tr("Households with a plan"), ReportCell::count(n.households), ReportCell::count(b.households));
    row(t, tr("Median change in income per person (a month)"), statistic(n.medianChange, n.households),
        statistic(b.medianChange, b.households));
    row(t, tr("Income per person up by 20 % or more"), ReportCell::count(n.rose), ReportCell::count(b.rose));
    row(t, tr("Share with income per person up by 20 % or more"), ReportCell::share(n.roseRate()),
        ReportCell::share(b.roseRate()));
    row(t, tr("Under the income threshold at baseline"), ReportCell::count(n.eligibleAtBaseline),
        ReportCell::count(b.eligibleAtBaseline));
    row(t, tr("Crossed the income threshold"), ReportCell::count(n.crossed), ReportCell::count(b.crossed));
    row(t, tr("Share that crossed the income threshold"), ReportCell::share(n.crossedRate()),
        ReportCell::share(b.crossedRate()));
    row(t, tr("Left support after the plan began"), ReportCell::count(n.exited), ReportCell::count(b.exited));
    row(t, tr("Median change in income per person at exit"), statistic(n.medianChangeAtExit, n.exited),
        statistic(b.medianChangeAtExit, b.exited));
    row(t, tr("Independence ratio at the plan's baseline"), ratio(n.ratioAtBaseline), ratio(b.ratioAtBaseline));
    row(t, tr("Independence ratio at the period's end"), ratio(n.ratioNow), ratio(b.ratioNow));
    return t;
}

ReportTable ReportTables::workTable(const DashboardData &d, const QString &)
{
    ReportTable t = comparison(u"work"_s, Indicators::name(Indicator::Work));
    t.note = tr("Members able to work with an approved plan; jobs, training places and loans count referrals.");
    const WorkFigures &n = d.work, &b = d.workBefore;
    row(t, tr("Members able to work with a plan"), counted(n.members), counted(b.members));
    row(t, tr("Employed or self-employed at the plan's start"), counted(n.workingAtStart), counted(b.workingAtStart));
    row(t, tr("Employed or self-employed now"), counted(n.workingNow), counted(b.workingNow));
    row(t, tr("Earning at the plan's start"), counted(n.earningAtStart), counted(b.earningAtStart));
    row(t, tr("Earning at the period's end"), counted(n.earningAtEnd), counted(b.earningAtEnd));
    row(t, tr("Share earning at the period's end"), ReportCell::share(n.earningAtEndRate()),
        ReportCell::share(b.earningAtEndRate()));
    const QList<std::pair<QString, QString>> obtained{{u"jobs"_s, tr("Jobs through referrals")},
                                                      {u"training_places"_s, tr("Training places through referrals")},
                                                      {u"loans"_s, tr("Loans through referrals")}};
    for (const auto &[key, what] : obtained)
        row(t, what, counted(byKey(n.throughReferrals, key)), counted(byKey(b.throughReferrals, key)));
    return t;
}

ReportTable ReportTables::plansTable(const DashboardData &d, const QString &)
{
    ReportTable t = comparison(u"plans"_s, Indicators::name(Indicator::Plans));
    t.note = tr("Plans by status on the period's last day; goals and tasks count as themselves.");
    const PlanFigures &n = d.plans, &b = d.plansBefore;
    for (const registry::Term &status : plans::PlanService::statuses())
        row(t, tr("Plans: %1").arg(status.label), counted(byKey(n.byStatus, status.key)),
            counted(byKey(b.byStatus, status.key)));
    row(t, tr("Goals"), counted(n.goals), counted(b.goals));
    row(t, tr("Goals achieved"), counted(n.goalsAchieved), counted(b.goalsAchieved));
    row(t, tr("Share of goals achieved"), ReportCell::share(n.goalsRate()), ReportCell::share(b.goalsRate()));
    row(t, tr("Exits after a plan's approval"), ReportCell::count(n.exitsAfterPlan), ReportCell::count(b.exitsAfterPlan));
    row(t, tr("Median days from approval to exit"), statistic(n.medianDaysToExit, n.exitsAfterPlan),
        statistic(b.medianDaysToExit, b.exitsAfterPlan));
    row(t, tr("Overdue tasks"), counted(n.overdueTasks), counted(b.overdueTasks));
    row(t, tr("Active plans with no review for %1 days").arg(PlanFigures::kReviewDays), counted(n.unreviewed),
        counted(b.unreviewed));
    return t;
}

ReportTable ReportTables::partnersTable(const DashboardData &d, const QString &)
{
    ReportTable t;
    t.key = u"referrals"_s;
    t.title = Indicators::name(Indicator::Referrals);
    t.note = tr("Referrals sent in the period, partners best first (completion, then acceptance, then referrals sent).");
    t.headers = {tr("Partner"), tr("Kind"), tr("Sent"), tr("Accepted"), tr("Completed"), tr("Rejected"),
                 tr("Completion rate"), tr("Median days to completion")};
    const QList<registry::Term> kinds = referrals::ReferralService::partnerKinds();
    auto line = [&](const QString &partner, const ReferralLine &l) {
        t.rows << QList<ReportCell>{ReportCell::text(partner),
                                    ReportCell::text(l.kind.isEmpty() ? QString()
                                                                      : registry::Vocabulary::label(kinds, l.kind)),
                                    counted(l.sent),
                                    counted(l.accepted),
                                    counted(l.completed),
                                    counted(l.rejected),
                                    ReportCell::share(l.completedRate()),
                                    statistic(l.medianDaysToCompletion, l.completed)};
    };
    for (const ReferralLine &l : d.referrals.ranked())
        line(l.partnerName, l);
    line(tr("All partners"), d.referrals.total);
    return t;
}

ReportTable ReportTables::wellbeingTable(const DashboardData &d, const QString &)
{
    if (!d.wellbeing)
        return {}; // not computed for this reader: no table at all (confidential)
    ReportTable t = comparison(u"wellbeing"_s, Indicators::name(Indicator::Wellbeing));
    t.note = tr("Members with a first and a latest score: the change between them (0 to 100; low under 50).");
    const WellbeingFigures none;
    const WellbeingFigures &n = *d.wellbeing;
    const WellbeingFigures &b = d.wellbeingBefore ? *d.wellbeingBefore : none;
    for (const auto &[what, now, before] : {std::tuple{tr("WHO-5 wellbeing"), &n.who5, &b.who5},
                                            std::tuple{tr("Work readiness"), &n.workReadiness, &b.workReadiness}}) {
        row(t, tr("%1: members assessed twice").arg(what), counted(now->members), counted(before->members));
        row(t, tr("%1: mean change in points").arg(what), statistic(now->meanChange, now->members),
            statistic(before->meanChange, before->members));
        row(t, tr("%1: low at the first score").arg(what), counted(now->lowAtFirst), counted(before->lowAtFirst));
        row(t, tr("%1: no longer low").arg(what), counted(now->leftLow), counted(before->leftLow));
        row(t, tr("%1: share no longer low").arg(what), ReportCell::share(now->leftLowRate()),
            ReportCell::share(before->leftLowRate()));
    }
    return t;
}

ReportTable ReportTables::clinicTable(const DashboardData &d, const QString &)
{
    ReportTable t;
    t.key = u"clinic"_s;
    t.title = Indicators::name(Indicator::Clinic);
    t.note = tr("Sessions and appointments in the period, by counsellor.");
    t.headers = {tr("Counsellor"), tr("Sessions"), tr("Sessions a week"), tr("Appointments"), tr("No-shows"),
                 tr("No-show rate")};
    auto line = [&](const QString &who, const CounsellorActivity &c) {
        t.rows << QList<ReportCell>{ReportCell::text(who),    counted(c.sessions),
                                    statistic(c.perWeek, c.sessions), counted(c.kept),
                                    counted(c.noShow),        ReportCell::share(c.noShowRate())};
    };
    for (const CounsellorActivity &c : d.clinic.counsellors)
        line(c.name, c);
    line(tr("All counsellors"), d.clinic.total);
    return t;
}

ReportTable ReportTables::firstSessionsTable(const DashboardData &d, const QString &)
{
    ReportTable t = comparison(u"first_sessions"_s, tr("First sessions"));
    t.note = tr("Households whose first session ever was held in the period, and the days from their registration.");
    row(t, tr("Households at their first session"), ReportCell::count(d.clinic.firstSessions),
        ReportCell::count(d.clinicBefore.firstSessions));
    row(t, tr("Median days from registration to the first session"),
        statistic(d.clinic.medianDaysToFirstSession, d.clinic.firstSessions),
        statistic(d.clinicBefore.medianDaysToFirstSession, d.clinicBefore.firstSessions));
    return t;
}

ReportTable ReportTables::groupsTable(const DashboardData &d, const QString &)
{
    ReportTable t;
    t.key = u"groups"_s;
    t.title = GroupedFigures::title(d.groupedBy);
    t.note = d.groupedBy == GroupBy::Track
                 ? tr("A household counts under every track of its plans: the lines may add up to more than the total.")
                 : tr("Each household under its centre or worker now.");
    t.headers = {d.groupedBy == GroupBy::Centre   ? tr("Centre")
                 : d.groupedBy == GroupBy::Worker ? tr("Worker")
                                                  : tr("Track"),
                 tr("Households supported at the end of the period"), tr("All exits"), tr("Exits to self-sufficiency")};
    for (const GroupFigures &g : d.groups)
        t.rows << QList<ReportCell>{ReportCell::text(g.name), ReportCell::count(g.supported), ReportCell::count(g.exits),
                                    ReportCell::count(g.positive)};
    return t;
}

} // namespace tamkeen::impact
