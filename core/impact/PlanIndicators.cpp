// Indicator 7, plans: each plan's status on the period's last day from its
// dated events, goals achieved, days from a plan's approval to the
// household's exit, overdue tasks and active plans left without a review.
#include "impact/IndicatorCache.h"
#include "impact/IndicatorSql.h"
#include "impact/Indicators.h"
#include "impact/PlanCount.h"
#include "impact/PlanFacts.h"
#include "impact/ScopeOrder.h"
#include "plans/PlanService.h"
#include "storage/Database.h"

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

PlanOnText planOn(const std::vector<PlanEvent> &events, const QByteArray &day)
{
    const PlanEvent *approved = nullptr;
    for (const PlanEvent &e : events)
        if (e.event == "approved") {
            approved = &e; // the earliest
            break;
        }
    PlanOnText r;
    const PlanEvent *latest = nullptr;
    for (const PlanEvent &e : events) {
        const QByteArray on = e.at.left(10);
        if (on > day)
            continue;
        if (e.event == "approved" || e.event == "reviewed")
            r.reviewed = std::max(r.reviewed, on);
        if (e.status != "active" || (approved && approved->at <= e.at))
            latest = &e;
    }
    if (latest) {
        r.exists = true;
        r.status = QString::fromUtf8(latest->status);
    }
    if (r.status != u"active")
        r.reviewed.clear();
    return r;
}

bool PlanCount::addPlan(qint32 household, const PlanOnText &on, const QByteArray &reviewBy)
{
    if (!on.exists)
        return false;
    byStatus[on.status].push_back(household);
    if (!on.reviewed.isEmpty() && on.reviewed <= reviewBy)
        unreviewed.push_back(household);
    return on.status == u"active";
}

PlanFigures PlanCount::figures(const ScopeOrder &scope) const
{
    PlanFigures r;
    for (const registry::Term &t : plans::PlanService::statuses())
        r.byStatus << scope.rows(t.key, byStatus.value(t.key));
    r.unreviewed = scope.rows(u"unreviewed_90d"_s, unreviewed);
    r.goals = scope.rows(u"goals"_s, goals);
    r.goalsAchieved = scope.rows(u"goals_achieved"_s, achieved);
    r.exitsAfterPlan = scope.households(u"exits_after_plan"_s, exited);
    r.medianDaysToExit = median(days);
    r.overdueTasks = scope.rows(u"overdue_tasks"_s, overdue);
    return r;
}

namespace {

// The first letter of a typeof(): 'n'ull, 'i'nteger, 'r'eal, 't'ext, 'b'lob.
char typeLetter(const QByteArray &typeName)
{
    return typeName.isEmpty() ? 'n' : typeName.at(0);
}

// Every live event, by plan, in order (index plan_events_live alone): `judge`
// gets each plan's events once the next plan's begin.
Status walkPlanEvents(storage::Database &db,
                      const std::function<void(const QByteArray &plan, const std::vector<PlanEvent> &events)> &judge)
{
    QByteArray plan;
    std::vector<PlanEvent> events;
    const Status s = db.read(u"SELECT plan_id, at, status, event FROM plan_events WHERE deleted = 0 AND at IS NOT NULL "
                             "ORDER BY plan_id, at, created_at, id"_s,
                             {}, [&](const storage::RawRow &row) {
                                 if (row.rawBytes(0) != plan) {
                                     if (!events.empty())
                                         judge(plan, events);
                                     plan = row.blob(0);
                                     events.clear();
                                 }
                                 events.push_back({row.blob(1), row.isNull(2) ? QByteArray() : row.blob(2),
                                                   row.isNull(3) ? QByteArray() : row.blob(3)});
                             });
    if (s && !events.empty())
        judge(plan, events);
    return s;
}

// The figures below from each household's kept plans (PlanFacts), each by
// the same rule as its SQL.
PlanFigures plansFromFacts(const PlanFacts &f, const ScopeOrder &scope, const Period &period)
{
    const qint32 first = ScopeOrder::dayKey(period.firstIso().toLatin1()), last = ScopeOrder::dayKey(period.lastIso().toLatin1());
    const qint32 reviewBy = ScopeOrder::dayKey(period.last().addDays(-PlanFigures::kReviewDays).toString(Qt::ISODate).toLatin1());
    const int active = f.active();
    QList<std::vector<qint32>> byStatus(f.statuses().size()); // by the facts' status index while walking
    PlanCount count;
    const std::vector<qint32> &ranks = scope.ranksOf(f);
    for (qsizetype i = 0; i < f.size(); ++i) {
        const qint32 household = ranks[size_t(i)];
        if (household < 0)
            continue;
        qint32 exit = 0, approvedBefore = 0; // the last exit in the period; the last approval by then
        for (const qint32 *x = f.exitsBegin(i); x != f.exitsEnd(i); ++x)
            if (*x >= first && *x <= last)
                exit = std::max(exit, *x);
        for (const PlanFacts::Plan *p = f.plansBegin(i); p != f.plansEnd(i); ++p) {
            const PlanOnDay on = planOnDay(f.eventsBegin(*p), f.eventsEnd(*p), last, active);
            if (on.status >= 0)
                byStatus[on.status].push_back(household);
            if (on.reviewed != 0 && on.reviewed <= reviewBy)
                count.unreviewed.push_back(household);
            if (p->approved != 0 && p->approved <= last) {
                count.goals.insert(count.goals.end(), p->goals, household);
                count.achieved.insert(count.achieved.end(), p->achieved, household);
            }
            if (p->approved != 0 && p->approved <= exit)
                approvedBefore = std::max(approvedBefore, p->approved);
            if (on.status >= 0 && on.status == active)
                for (const PlanFacts::Task *t = f.tasksBegin(*p); t != f.tasksEnd(*p); ++t)
                    if (t->due < last && (t->done == 0 || t->done > last))
                        count.overdue.push_back(household);
        }
        if (exit != 0 && approvedBefore != 0) {
            count.exited.push_back(household);
            count.days << double(ScopeOrder::julianDay(ScopeOrder::dayText(exit))
                                 - ScopeOrder::julianDay(ScopeOrder::dayText(approvedBefore)));
        }
    }
    for (qsizetype k = 0; k < byStatus.size(); ++k) {
        std::vector<qint32> &into = count.byStatus[QString::fromUtf8(f.statuses().at(k))];
        into.insert(into.end(), byStatus[k].begin(), byStatus[k].end());
    }
    return count.figures(scope);
}

} // namespace

Result<std::shared_ptr<const PlansInScope>> Indicators::plansInScope(const ImpactFilter &filter, const QDate &ageOn)
{
    return keptByScope(&IndicatorCache::plans, filter, ageOn,
                       [&](const std::shared_ptr<const ScopeOrder> &kept) -> Result<std::shared_ptr<const PlansInScope>> {
        const ScopeOrder &scope = *kept;
        auto plans = std::make_shared<PlansInScope>();
        plans->scope = kept;
        const Status s = m_db.read(u"SELECT id, household_id, substr(typeof(approved_on), 1, 1), approved_on, "
                                   "substr(typeof(id), 1, 1) FROM plans WHERE deleted = 0"_s,
                                   {}, [&](const storage::RawRow &row) {
                                       const qint32 household = scope.rank(row.rawBytes(1));
                                       if (household < 0)
                                           return;
                                       const char type = typeLetter(row.rawBytes(2));
                                       plans->plans.push_back({household, typeLetter(row.rawBytes(4)), type});
                                       plans->ids.append(row.rawBytes(0));
                                       plans->approvedOn.append(type == 't' ? row.rawBytes(3) : QByteArray());
                                   });
        if (!s)
            return s.error();
        plans->index();
        return std::shared_ptr<const PlansInScope>(std::move(plans));
    });
}

Result<std::shared_ptr<const PlanEvents>> Indicators::planEvents(const ImpactFilter &filter, const QDate &ageOn)
{
    return keptByScope(&IndicatorCache::planEvents, filter, ageOn,
                       [&](const std::shared_ptr<const ScopeOrder> &) -> Result<std::shared_ptr<const PlanEvents>> {
        auto plans = plansInScope(filter, ageOn);
        if (!plans)
            return plans.error();
        auto kept = std::make_shared<PlanEvents>();
        kept->plans = plans.value();
        kept->ranges.assign(kept->plans->plans.size(), {0, 0});
        std::vector<char> met(kept->plans->plans.size(), 0);
        bool irregular = false;
        const Status s = walkPlanEvents(m_db, [&](const QByteArray &plan, const std::vector<PlanEvent> &events) {
            const qint32 place = kept->plans->find(plan);
            if (place < 0 || irregular)
                return;
            // Met twice: two ids of other types with the same bytes, judged twice by the walk.
            irregular = met[size_t(place)] != 0;
            met[size_t(place)] = 1;
            const PlanEvent *approved = nullptr;
            for (const PlanEvent &e : events)
                if (e.event == "approved") {
                    approved = &e; // the earliest
                    break;
                }
            const qint32 from = qint32(kept->events.size());
            for (const PlanEvent &e : events) {
                const qint32 day = ScopeOrder::dayKey(e.at);
                const QString status = QString::fromUtf8(e.status);
                qsizetype k = kept->statuses.indexOf(status);
                if (k < 0) {
                    k = kept->statuses.size();
                    kept->statuses << status;
                }
                irregular = irregular || day <= 0 || k > 255; // 0: "0000-00-00", read as no review
                kept->events.push_back({day, quint8(k), e.event == "approved" || e.event == "reviewed",
                                        e.status != "active" || (approved && approved->at <= e.at)});
            }
            kept->ranges[size_t(place)] = {from, qint32(kept->events.size())};
        });
        if (!s)
            return s.error();
        if (irregular)
            return makeError(ErrorCode::Invalid, u"a plan event dated in another form than ISO"_s);
        kept->active = int(kept->statuses.indexOf(u"active"_s));
        return std::shared_ptr<const PlanEvents>(std::move(kept));
    });
}

Result<QList<qint64>> Indicators::activePlansAtMonthEnds(const QDate &ageOn, int months, const ImpactFilter &filter)
{
    QList<qint64> counts(qMax(months, 0), 0);
    if (months <= 0)
        return counts;
    auto scoped = scopeOrder(filter, ageOn);
    if (!scoped)
        return scoped.error();
    auto facts = planFacts(*scoped.value());
    if (!facts)
        return facts.error();
    if (const PlanFacts *f = facts.value().get()) {
        const QDate first(ageOn.year(), ageOn.month(), 1);
        QList<qint32> ends; // each month's last day
        for (int k = months - 1; k >= 0; --k)
            ends << ScopeOrder::dayKey(first.addMonths(-k).addMonths(1).addDays(-1).toString(Qt::ISODate).toLatin1());
        const int active = f->active();
        const std::vector<qint32> &ranks = scoped.value()->ranksOf(*f);
        for (qsizetype i = 0; active >= 0 && i < f->size(); ++i) {
            if (ranks[size_t(i)] < 0)
                continue;
            for (const PlanFacts::Plan *p = f->plansBegin(i); p != f->plansEnd(i); ++p)
                for (int k = 0; k < months; ++k)
                    if (planOnDay(f->eventsBegin(*p), f->eventsEnd(*p), ends[k], active).status == active)
                        ++counts[k];
        }
        return counts;
    }
    auto plans = plansInScope(filter, ageOn);
    if (!plans)
        return plans.error();
    QList<QByteArray> days; // each month's last day
    const QDate first(ageOn.year(), ageOn.month(), 1);
    for (int k = months - 1; k >= 0; --k)
        days << first.addMonths(-k).addMonths(1).addDays(-1).toString(Qt::ISODate).toLatin1();
    auto kept = planEvents(filter, ageOn);
    if (!kept)
        return kept.error();
    if (const PlanEvents *events = kept.value().get()) {
        for (int k = 0; k < months; ++k) {
            const qint32 day = ScopeOrder::dayKey(days[k]);
            for (qint32 place = 0; place < qint32(events->ranges.size()); ++place)
                if (events->on(place, day).status == events->active && events->active >= 0)
                    ++counts[k];
        }
        return counts;
    }
    const Status s = walkPlanEvents(m_db, [&](const QByteArray &plan, const std::vector<PlanEvent> &events) {
        if (plans.value()->find(plan) < 0)
            return;
        for (int k = 0; k < months; ++k)
            if (const PlanOnText on = planOn(events, days[k]); on.exists && on.status == u"active")
                ++counts[k];
    });
    if (!s)
        return s.error();
    return counts;
}

Result<PlanFigures> Indicators::plans(const Period &period, const ImpactFilter &filter)
{
    auto scoped = scopeOrder(filter, period.last());
    if (!scoped)
        return scoped.error();
    auto facts = planFacts(*scoped.value());
    if (!facts)
        return facts.error();
    if (const PlanFacts *f = facts.value().get())
        return plansFromFacts(*f, *scoped.value(), period);
    // Each plan in scope with its status on the last day, read once for the
    // statuses, the overdue tasks and the reviews; households out of scope
    // are left out here. Places are those of the scope the plans were read with.
    auto kept = planEvents(filter, period.last());
    if (!kept)
        return kept.error();
    const PlanEvents *events = kept.value().get();
    auto inScope = events ? Result<std::shared_ptr<const PlansInScope>>(events->plans) : plansInScope(filter, period.last());
    if (!inScope)
        return inScope.error();
    const PlansInScope &plans = *inScope.value(); // the places of `events`
    const ScopeOrder &scope = *plans.scope;
    PlanCount count;
    const QString last = period.lastIso();
    std::vector<char> active(plans.plans.size(), 0); // on the last day
    const QByteArray day = last.toLatin1();
    const QByteArray reviewBy = period.last().addDays(-PlanFigures::kReviewDays).toString(Qt::ISODate).toLatin1();
    Status s;
    if (events) {
        const qint32 dayKey = ScopeOrder::dayKey(day), reviewKey = ScopeOrder::dayKey(reviewBy);
        for (qint32 at = 0; at < qint32(events->ranges.size()); ++at) {
            const PlanEvents::OnDay on = events->on(at, dayKey);
            if (on.status < 0)
                continue;
            const qint32 household = plans.plans[size_t(at)].household;
            count.byStatus[events->statuses.at(on.status)].push_back(household);
            active[size_t(at)] = on.status == events->active;
            if (on.reviewed != 0 && on.reviewed <= reviewKey)
                count.unreviewed.push_back(household);
        }
    } else {
        // A plan event dated in another form than ISO: its text compared, as before.
        s = walkPlanEvents(m_db, [&](const QByteArray &plan, const std::vector<PlanEvent> &walked) {
            const qint32 at = plans.find(plan);
            if (at >= 0)
                active[size_t(at)] = count.addPlan(plans.plans[size_t(at)].household, planOn(walked, day), reviewBy);
        });
    }
    if (!s)
        return s.error();

    // Goals of plans approved by the last day, as they stand now (a goal's
    // status has no dated history).
    // Their plans from the plans in scope (index plan_goals_live alone:
    // joining plans by key fetched each plan apart, 40 % of the indicator).
    s = m_db.read(u"SELECT plan_id, status = 'achieved', substr(typeof(plan_id), 1, 1) FROM plan_goals "
                  "WHERE deleted = 0 AND status <> 'dropped'"_s, {},
                  [&](const storage::RawRow &row) {
                      const qint32 at = plans.find(row.rawBytes(0));
                      // Joined by value and type, as plans.id = plan_goals.plan_id.
                      if (at < 0 || plans.plans[size_t(at)].idType != typeLetter(row.rawBytes(2)) || !plans.approvedBy(at, day))
                          return;
                      const qint32 household = plans.plans[size_t(at)].household;
                      count.goals.push_back(household);
                      if (row.integer(1) != 0)
                          count.achieved.push_back(household);
                  });
    if (!s)
        return s.error();

    // Each household's last exit in the period, against the latest approval
    // of one of its plans on or before that exit.
    s = m_db.read(u"SELECT household_id, julianday(on_date) - julianday(approved) FROM ("
                  "SELECT x.household_id, x.on_date, (SELECT max(p.approved_on) FROM plans p "
                  "WHERE p.household_id = x.household_id AND p.deleted = 0 AND p.approved_on <= x.on_date) AS approved, "
                  "row_number() OVER (PARTITION BY x.household_id ORDER BY x.on_date DESC, x.created_at DESC, "
                  "x.id DESC) AS rn FROM household_exits x "
                  "WHERE x.deleted = 0 AND x.kind = 'exit' AND x.on_date BETWEEN ? AND ?) "
                  "WHERE rn = 1 AND approved IS NOT NULL"_s,
                  {period.firstIso(), last}, [&](const storage::RawRow &row) {
                      const qint32 household = scope.rank(row.rawBytes(0));
                      if (household < 0)
                          return;
                      count.exited.push_back(household);
                      count.days << row.value(1).toDouble();
                  });
    if (!s)
        return s.error();

    // Tasks of plans active on the last day, open on it (not done by then,
    // not dropped) and due before it.
    s = m_db.read(u"SELECT t.plan_id FROM plan_tasks t WHERE t.deleted = 0 AND t.status <> 'dropped' "
                  "AND t.due_date < ? AND (t.done_on IS NULL OR t.done_on > ?)"_s,
                  {last, last}, [&](const storage::RawRow &row) {
                      const qint32 at = plans.find(row.rawBytes(0));
                      if (at >= 0 && active[size_t(at)])
                          count.overdue.push_back(plans.plans[size_t(at)].household);
                  });
    if (!s)
        return s.error();
    return count.figures(scope);
}

} // namespace tamkeen::impact
