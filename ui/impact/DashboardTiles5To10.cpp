// DashboardView's tiles of indicators 5-10 (economic independence, work,
// plans, referrals, wellbeing, clinic activity): the value, the numbers beside
// it and the change against the previous period, every number with its families.
#include "format/Display.h"
#include "impact/DashboardTile.h"
#include "impact/DashboardView.h"
#include "impact/TileText.h"

using namespace Qt::StringLiterals;
using namespace tamkeen::impact;

namespace tamkeen::ui {

using tiletext::percentOf;
using tiletext::signedDecimal;
using tiletext::signedNumber;

namespace {

const Figure *byKey(const QList<Figure> &figures, QStringView key)
{
    for (const Figure &f : figures)
        if (f.key == key)
            return &f;
    return nullptr;
}

} // namespace

void DashboardView::showTiles5To10(const impact::DashboardData &data)
{
    const Display d(m_settings);
    const QString when = periodName();
    const QString none = tr("Not applicable");
    auto change = [this](qint64 delta) { return changeText(delta); };
    auto changeInPoints = [this](std::optional<double> now, std::optional<double> before) {
        return pointsChangeText(now, before);
    };

    // 5. Economic independence: households whose income per person rose by 20 % or more.
    const Independence &i = data.independence;
    const QString rose = tr("Income per person up by %1 or more since the plan's baseline (%2)").arg(d.percent(20), when);
    m_independence->setValue({i.roseRate().value() ? percentOf(d, i.roseRate().value()) : none, i.rose, rose});
    QList<TileNumber> independence{
        {tr("%1 with income per person up by %2 or more").arg(d.number(i.rose.value), d.percent(20)), i.rose, rose},
        {tr("of %1 households with a plan").arg(d.number(i.households.value)), i.households,
         tr("Households with an approved plan (%1)").arg(when)},
        {tr("%1 crossed the income threshold").arg(d.number(i.crossed.value)), i.crossed,
         tr("Under the income threshold at the plan's baseline, at or over it at the period's end (%1)").arg(when)},
        {tr("of %1 under the threshold at baseline").arg(d.number(i.eligibleAtBaseline.value)), i.eligibleAtBaseline,
         tr("Under the income threshold at the plan's baseline (%1)").arg(when)}};
    if (i.ratioNow.value())
        independence << TileNumber{tr("Earned income: %1 of all income").arg(percentOf(d, i.ratioNow.value())),
                                   i.ratioNow.households, tr("Households whose incomes were summed (%1)").arg(when)};
    m_independence->setDetails(independence);
    m_independence->setChange(changeInPoints(i.roseRate().value(), data.independenceBefore.roseRate().value()));

    // 6. Work: members with a plan earning at the period's end.
    const WorkFigures &w = data.work;
    const QString earning = tr("Members with a plan earning a salary or own-business income at the period's end (%1)").arg(when);
    m_work->setValue({d.number(w.earningAtEnd.value), w.earningAtEnd, earning});
    QList<TileNumber> work{
        {tr("%1 members earning at the period's end").arg(d.number(w.earningAtEnd.value)), w.earningAtEnd, earning},
        {tr("of %1 members able to work with a plan").arg(d.number(w.members.value)), w.members,
         tr("Members able to work with an approved plan (%1)").arg(when)},
        {tr("%1 earning at their plan's start").arg(d.number(w.earningAtStart.value)), w.earningAtStart,
         tr("Members with a plan earning at their plan's start (%1)").arg(when)}};
    const struct {
        const char16_t *key;
        QString text, what;
    } obtained[] = {{u"jobs", tr("%1 jobs through referrals"), tr("Jobs obtained through referrals (%1)")},
                    {u"training_places", tr("%1 training places through referrals"),
                     tr("Training places obtained through referrals (%1)")},
                    {u"loans", tr("%1 loans through referrals"), tr("Loans obtained through referrals (%1)")}};
    for (const auto &o : obtained)
        if (const Figure *f = byKey(w.throughReferrals, o.key))
            work << TileNumber{o.text.arg(d.number(f->value)), *f, o.what.arg(when)};
    m_work->setDetails(work);
    m_work->setChange(change(w.earningAtEnd.value - data.workBefore.earningAtEnd.value));

    // 7. Plans: the share of goals achieved.
    const PlanFigures &p = data.plans;
    const QString achieved = tr("Goals achieved, of plans approved by the period's end (%1)").arg(when);
    m_plans->setValue({p.goalsRate().value() ? percentOf(d, p.goalsRate().value()) : none, p.goalsAchieved, achieved});
    QList<TileNumber> plans{{tr("%1 goals achieved").arg(d.number(p.goalsAchieved.value)), p.goalsAchieved, achieved},
                            {tr("of %1 goals").arg(d.number(p.goals.value)), p.goals,
                             tr("Goals of plans approved by the period's end (%1)").arg(when)}};
    if (const Figure *active = byKey(p.byStatus, u"active"))
        plans << TileNumber{tr("%1 active plans").arg(d.number(active->value)), *active,
                            tr("Plans active at the period's end (%1)").arg(when)};
    plans << TileNumber{tr("%1 overdue tasks").arg(d.number(p.overdueTasks.value)), p.overdueTasks,
                        tr("Overdue tasks of active plans (%1)").arg(when)}
          << TileNumber{tr("%1 plans with no review for %2 days").arg(d.number(p.unreviewed.value),
                                                                      d.number(PlanFigures::kReviewDays)),
                        p.unreviewed, tr("Active plans with no review for %1 days (%2)")
                                          .arg(d.number(PlanFigures::kReviewDays), when)}
          << TileNumber{p.medianDaysToExit
                            ? tr("%1 exits after a plan, in a median of %2 days")
                                  .arg(d.number(p.exitsAfterPlan.value), d.number(std::lround(*p.medianDaysToExit)))
                            : tr("%1 exits after a plan").arg(d.number(p.exitsAfterPlan.value)),
                        p.exitsAfterPlan, tr("Exits after a plan's approval (%1)").arg(when)};
    m_plans->setDetails(plans);
    m_plans->setChange(changeInPoints(p.goalsRate().value(), data.plansBefore.goalsRate().value()));
    m_plans->setTrend(data.activePlansByMonth,
                      d.digits(tr("Plans active at the end of each of the last %n month(s), oldest first: %1", nullptr,
                                  int(data.activePlansByMonth.size()))
                                   .arg(listedNumbers(data.activePlansByMonth))));

    // 8. Referrals and partners: referrals sent, and what became of them.
    const ReferralLine &r = data.referrals.total;
    const QString sent = tr("Referrals sent (%1)").arg(when);
    m_referrals->setValue({d.number(r.sent.value), r.sent, sent});
    m_referrals->setDetails(
        {{tr("%1 accepted").arg(d.number(r.accepted.value)), r.accepted, tr("Referrals accepted (%1)").arg(when)},
         {r.medianDaysToCompletion ? tr("%1 completed, in a median of %2 days")
                                         .arg(d.number(r.completed.value), d.number(std::lround(*r.medianDaysToCompletion)))
                                   : tr("%1 completed").arg(d.number(r.completed.value)),
          r.completed, tr("Referrals completed (%1)").arg(when)},
         {tr("%1 rejected").arg(d.number(r.rejected.value)), r.rejected, tr("Referrals rejected (%1)").arg(when)}});
    m_referrals->setChange(change(r.sent.value - data.referralsBefore.total.sent.value));
    m_referrals->setTrend(data.referralsByMonth,
                          d.digits(tr("Referrals sent in each of the last %n month(s), oldest first: %1", nullptr,
                                      int(data.referralsByMonth.size()))
                                       .arg(listedNumbers(data.referralsByMonth))));

    // 9. Wellbeing (confidential): the mean WHO-5 change, first to latest.
    if (m_wellbeing) {
        if (!data.wellbeing) { // computed for someone else: never shown
            m_wellbeing->setValue({none, {}, QString()});
            m_wellbeing->setDetails({});
            m_wellbeing->setChange(QString());
        } else {
            const ScoreChange &who5 = data.wellbeing->who5;
            const ScoreChange &ready = data.wellbeing->workReadiness;
            auto points = [&](const std::optional<double> &mean) {
                return tr("%1 points").arg(signedDecimal(d, *mean, 1));
            };
            const QString assessed = tr("Members with a first and a latest WHO-5 score (%1)").arg(when);
            m_wellbeing->setValue({who5.meanChange ? points(who5.meanChange) : none, who5.members, assessed});
            QList<TileNumber> wellbeing{
                {tr("%1 members assessed twice").arg(d.number(who5.members.value)), who5.members, assessed},
                {tr("%1 left low wellbeing").arg(d.number(who5.leftLow.value)), who5.leftLow,
                 tr("Members no longer in low wellbeing (%1)").arg(when)},
                {tr("of %1 low at first").arg(d.number(who5.lowAtFirst.value)), who5.lowAtFirst,
                 tr("Members in low wellbeing at their first score (%1)").arg(when)}};
            wellbeing << TileNumber{ready.meanChange ? tr("Work readiness: %1").arg(points(ready.meanChange))
                                                     : tr("Work readiness: %1").arg(none),
                                    ready.members,
                                    tr("Members with a first and a latest work-readiness score (%1)").arg(when)};
            m_wellbeing->setDetails(wellbeing);
            const auto &before = data.wellbeingBefore ? data.wellbeingBefore->who5.meanChange : std::nullopt;
            m_wellbeing->setChange(who5.meanChange && before
                                       ? tr("%1 points against the previous period")
                                             .arg(signedDecimal(d, *who5.meanChange - *before, 1))
                                       : tr("No comparison with the previous period"));
        }
    }

    // 10. Clinic activity: sessions held, no-shows, first sessions.
    const CounsellorActivity &c = data.clinic.total;
    const QString sessions = tr("Sessions held (%1)").arg(when);
    m_clinic->setValue({d.number(c.sessions.value), c.sessions, sessions});
    m_clinic->setDetails(
        {{tr("%1 sessions a week").arg(d.decimal(c.perWeek, 1)), c.sessions, sessions},
         {c.noShowRate().value() ? tr("%1 no-shows (%2)").arg(d.number(c.noShow.value), percentOf(d, c.noShowRate().value()))
                                 : tr("%1 no-shows").arg(d.number(c.noShow.value)),
          c.noShow, tr("Appointments not come to (%1)").arg(when)},
         {tr("of %1 appointments").arg(d.number(c.kept.value)), c.kept,
          tr("Appointments attended or not come to (%1)").arg(when)},
         {data.clinic.medianDaysToFirstSession
              ? tr("%1 first sessions, a median of %2 days after registration")
                    .arg(d.number(data.clinic.firstSessions.value),
                         d.number(std::lround(*data.clinic.medianDaysToFirstSession)))
              : tr("%1 first sessions").arg(d.number(data.clinic.firstSessions.value)),
          data.clinic.firstSessions, tr("Families whose first session was held in the period (%1)").arg(when)}});
    m_clinic->setChange(change(c.sessions.value - data.clinicBefore.total.sessions.value));
    m_clinic->setTrend(data.sessionsByMonth,
                       d.digits(tr("Sessions held in each of the last %n month(s), oldest first: %1", nullptr,
                                   int(data.sessionsByMonth.size()))
                                    .arg(listedNumbers(data.sessionsByMonth))));
}

} // namespace tamkeen::ui
