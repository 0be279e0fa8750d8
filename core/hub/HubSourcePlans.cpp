#include "hub/HubSource.h"

#include "impact/AbleMembers.h"
#include "impact/IncomeHistory.h"
#include "impact/IncomeIndicators.h"
#include "impact/IndicatorCache.h"
#include "impact/PlanCount.h"
#include "impact/ScopeOrder.h"
#include "registry/IncomeService.h"
#include "storage/Uuid.h"

using namespace Qt::StringLiterals;

namespace tamkeen::hub {

Result<impact::PlanFigures> HubSource::plans(const impact::Period &period, const impact::ImpactFilter &filter)
{
    auto scoped = scope(filter, period.last());
    if (!scoped)
        return scoped.error();
    const impact::ScopeOrder &order = *scoped.value();
    auto read = inScope(u"SELECT p.id, p.household_id, p.approved_on FROM plans p JOIN scope ON scope.id = p.household_id "
                        "WHERE p.deleted = 0"_s);
    if (!read)
        return read.error();
    impact::PlansInScope plans;
    for (int i = 0; i < read.value().rows(); ++i) {
        const PgRows &r = read.value();
        const qint32 household = order.rank(pgId(r, i, 1));
        if (household < 0)
            continue;
        plans.plans.push_back({household, 'b', r.isNull(i, 2) ? 'n' : 't'});
        plans.ids.append(pgId(r, i, 0));
        plans.approvedOn.append(r.isNull(i, 2) ? QByteArray() : r.bytes(i, 2));
    }
    plans.index();
    const QByteArray last = period.lastIso().toUtf8();
    const QByteArray reviewBy =
        period.last().addDays(-impact::PlanFigures::kReviewDays).toString(Qt::ISODate).toUtf8();
    impact::PlanCount count;
    std::vector<char> active(plans.plans.size(), 0); // on the last day
    // Every live event, by plan, oldest first (NULLS FIRST: as SQLite orders them).
    auto events = inScope(u"SELECT e.plan_id, e.at, e.status, e.event FROM plan_events e JOIN plans p ON p.id = e.plan_id "
                          "JOIN scope ON scope.id = p.household_id WHERE e.deleted = 0 AND e.at IS NOT NULL "
                          "ORDER BY e.plan_id, e.at COLLATE \"C\", e.created_at COLLATE \"C\" NULLS FIRST, e.id"_s);
    if (!events)
        return events.error();
    std::vector<impact::PlanEvent> walked;
    QByteArray plan;
    const auto judge = [&] {
        if (const qint32 at = plans.find(plan); at >= 0 && !walked.empty())
            active[size_t(at)] = count.addPlan(plans.plans[size_t(at)].household, impact::planOn(walked, last), reviewBy);
        walked.clear();
    };
    for (int i = 0; i < events.value().rows(); ++i) {
        const PgRows &r = events.value();
        const QByteArray id = pgId(r, i, 0);
        if (id != plan) {
            judge();
            plan = id;
        }
        walked.push_back({r.bytes(i, 1), r.isNull(i, 2) ? QByteArray() : r.bytes(i, 2),
                          r.isNull(i, 3) ? QByteArray() : r.bytes(i, 3)});
    }
    judge();
    // Goals (not dropped) of plans approved by the last day.
    auto goals = inScope(u"SELECT g.plan_id, g.status = 'achieved' FROM plan_goals g JOIN plans p ON p.id = g.plan_id "
                         "JOIN scope ON scope.id = p.household_id WHERE g.deleted = 0 AND g.status <> 'dropped'"_s);
    if (!goals)
        return goals.error();
    for (int i = 0; i < goals.value().rows(); ++i) {
        const qint32 at = plans.find(pgId(goals.value(), i, 0));
        if (at < 0 || !plans.approvedBy(at, last))
            continue;
        count.goals.push_back(plans.plans[size_t(at)].household);
        if (goals.value().bytes(i, 1) == "t")
            count.achieved.push_back(plans.plans[size_t(at)].household);
    }
    // Each household's last exit in the period and the latest approval of
    // one of its plans on or before it (NULLS LAST: SQLite's DESC order).
    auto exits = inScope(
        u"SELECT household_id, on_date, approved FROM (SELECT x.household_id, x.on_date, "
        "(SELECT max(p.approved_on COLLATE \"C\") FROM plans p WHERE p.household_id = x.household_id "
        "AND p.deleted = 0 AND p.approved_on COLLATE \"C\" <= x.on_date) AS approved, row_number() OVER ("
        "PARTITION BY x.household_id ORDER BY x.on_date COLLATE \"C\" DESC, x.created_at COLLATE \"C\" DESC "
        "NULLS LAST, x.id DESC) AS rn FROM household_exits x JOIN scope ON scope.id = x.household_id "
        "WHERE x.deleted = 0 AND x.kind = 'exit' "
        "AND x.on_date COLLATE \"C\" BETWEEN $1 AND $2) t WHERE rn = 1 AND approved IS NOT NULL"_s,
        {period.firstIso().toUtf8(), last});
    if (!exits)
        return exits.error();
    for (int i = 0; i < exits.value().rows(); ++i) {
        const PgRows &r = exits.value();
        const qint32 household = order.rank(pgId(r, i, 0));
        if (household < 0)
            continue;
        // From the approval to the exit, by SQLite's julianday (null: 0, as the desktop reads it).
        auto days = m_sqlite.daysBetween(r.bytes(i, 2), r.bytes(i, 1));
        if (!days)
            return days.error();
        count.exited.push_back(household);
        count.days << days.value().toDouble();
    }
    // Open tasks past due of plans active on the last day.
    auto tasks = inScope(u"SELECT t.plan_id FROM plan_tasks t JOIN plans p ON p.id = t.plan_id JOIN scope ON scope.id = "
                         "p.household_id WHERE t.deleted = 0 AND t.status <> 'dropped' AND t.due_date COLLATE \"C\" < $1 "
                         "AND (t.done_on IS NULL OR t.done_on COLLATE \"C\" > $1)"_s,
                            {last});
    if (!tasks)
        return tasks.error();
    for (int i = 0; i < tasks.value().rows(); ++i) {
        const qint32 at = plans.find(pgId(tasks.value(), i, 0));
        if (at >= 0 && active[size_t(at)])
            count.overdue.push_back(plans.plans[size_t(at)].household);
    }
    impact::PlanFigures figures = count.figures(order);
    for (const impact::Figure &f : figures.byStatus)
        name(f);
    for (const impact::Figure *f : {&figures.goals, &figures.exitsAfterPlan, &figures.overdueTasks, &figures.unreviewed})
        name(*f);
    return figures;
}

Result<std::shared_ptr<const impact::IncomeHistory>> HubSource::incomes()
{
    if (m_incomes)
        return m_incomes;
    auto rows = inScope(u"SELECT i.household_id, i.member_id, i.source, i.effective_date, i.created_at, i.amount FROM "
                        "incomes i JOIN scope ON scope.id = i.household_id WHERE i.deleted = 0 AND i.effective_date IS NOT "
                        "NULL ORDER BY i.household_id, i.member_id NULLS FIRST, i.source COLLATE \"C\", i.effective_date "
                        "COLLATE \"C\", i.created_at COLLATE \"C\" NULLS FIRST"_s);
    if (!rows)
        return rows.error();
    const PgRows &r = rows.value();
    auto history = impact::IncomeHistory::fromRows([&](const std::function<void(const impact::IncomeHistory::Row &)> &take) {
        impact::IncomeHistory::Row row;
        for (int i = 0; i < r.rows(); ++i) {
            row.household = pgId(r, i, 0);
            row.hasMember = !r.isNull(i, 1);
            row.member = row.hasMember ? pgId(r, i, 1) : QByteArray();
            row.source = r.bytes(i, 2);
            row.effective = r.bytes(i, 3);
            row.created = r.isNull(i, 4) ? QByteArray() : r.bytes(i, 4);
            row.amount = r.isNull(i, 5) ? 0.0 : pgDouble(r.bytes(i, 5));
            take(row);
        }
        return Status();
    });
    if (!history)
        return history.error();
    m_incomes = history.value();
    return m_incomes;
}

Result<impact::Independence> HubSource::independence(const impact::Period &period, const impact::ImpactFilter &filter)
{
    auto scoped = scope(filter, period.last());
    if (!scoped)
        return scoped.error();
    auto rule = m_pg.query(u"SELECT value FROM org_settings WHERE id = $1 AND deleted = 0"_s,
                           pgParameters({storage::stableId(registry::IncomeService::ruleSettingKey())}));
    if (!rule)
        return rule.error();
    const QVariant stored = rule.value().rows() > 0 && !rule.value().isNull(0, 0) ? QVariant(rule.value().text(0, 0))
                                                                                  : QVariant();
    auto rows = inScope(
        u"SELECT f.household_id, (SELECT count(*) FROM members m WHERE m.household_id = f.household_id "
        "AND m.deleted = 0), f.baseline, f.started_on, (SELECT max(x.on_date COLLATE \"C\") FROM household_exits x "
        "WHERE x.household_id = f.household_id AND x.deleted = 0 AND x.kind = 'exit' AND x.on_date COLLATE \"C\" "
        "BETWEEN f.started_on AND $1) FROM (SELECT p.household_id, p.started_on, p.baseline, row_number() OVER ("
        "PARTITION BY p.household_id ORDER BY p.started_on COLLATE \"C\", p.created_at COLLATE \"C\" NULLS FIRST, "
        "p.id) AS rn FROM plans p JOIN scope ON scope.id = p.household_id WHERE p.deleted = 0 "
        "AND p.approved_on COLLATE \"C\" <= $1 "
        "AND p.started_on COLLATE \"C\" <= $1) f WHERE f.rn = 1"_s,
        {period.lastIso().toUtf8()});
    if (!rows)
        return rows.error();
    const PgRows &r = rows.value();
    const impact::ScopeOrder &order = *scoped.value();
    std::vector<impact::IndependenceRow> found;
    for (int i = 0; i < r.rows(); ++i) {
        const qint32 household = order.rank(pgId(r, i, 0));
        if (household < 0)
            continue;
        auto extracted = r.isNull(i, 2) ? Result<QVariant>(QVariant())
                                        : m_sqlite.jsonExtract(r.bytes(i, 2), "$.incomePerPerson");
        if (!extracted)
            return extracted.error();
        const QVariant &baseline = extracted.value();
        found.push_back({household, int(r.integer(i, 1)),
                         baseline.isNull() ? std::nullopt : std::optional<double>(baseline.toDouble()),
                         r.isNull(i, 3) ? QByteArray() : r.bytes(i, 3), r.isNull(i, 4) ? QByteArray() : r.bytes(i, 4)});
    }
    auto income = incomes();
    if (!income)
        return income.error();
    impact::Independence figures = impact::independenceOf(std::move(found), order, *income.value(),
                                                          registry::IncomeService::ruleOf(stored), period);
    name(figures.households); // every other figure's households are among these
    return figures;
}

Result<impact::WorkFigures> HubSource::work(const impact::Period &period, const impact::ImpactFilter &filter)
{
    auto scoped = scope(filter, period.last());
    if (!scoped)
        return scoped.error();
    const impact::ScopeOrder &order = *scoped.value();
    auto rows = inScope(u"SELECT p.member_id, p.household_id, m.household_id, p.started_on, p.baseline, m.employment "
                           "FROM plans p JOIN scope ON scope.id = p.household_id JOIN members m ON m.id = p.member_id AND m.deleted = 0 AND m.able_to_work = 1 "
                           "WHERE p.deleted = 0 AND p.approved_on COLLATE \"C\" <= $1 AND p.started_on COLLATE \"C\" <= $1 "
                           "ORDER BY p.member_id, p.started_on COLLATE \"C\", p.created_at COLLATE \"C\" NULLS FIRST, p.id"_s,
                           {period.lastIso().toUtf8()});
    if (!rows)
        return rows.error();
    const PgRows &r = rows.value();
    // The plans of each member in order: the first whose household is in scope taken.
    std::vector<impact::WorkRow> found;
    QByteArray previous;
    bool taken = false;
    for (int i = 0; i < r.rows(); ++i) {
        // Every row's baseline read, as the desktop's SQL reads it (malformed JSON fails both).
        auto employment = r.isNull(i, 4) ? Result<QVariant>(QVariant()) : m_sqlite.jsonExtract(r.bytes(i, 4), "$.employment");
        if (!employment)
            return employment.error();
        const QByteArray member = pgId(r, i, 0);
        if (member != previous) {
            previous = member;
            taken = false;
        }
        if (taken || order.rank(pgId(r, i, 1)) < 0)
            continue;
        taken = true;
        const qint32 household = order.rank(pgId(r, i, 2));
        if (household < 0)
            continue;
        found.push_back({household, member, r.isNull(i, 3) ? QByteArray() : r.bytes(i, 3),
                         impact::AbleMembers::working(employment.value().toString()),
                         impact::AbleMembers::working(r.isNull(i, 5) ? QString() : r.text(i, 5))});
    }
    std::shared_ptr<const impact::IncomeHistory> none = std::make_shared<impact::IncomeHistory>();
    if (!found.empty()) {
        auto income = incomes();
        if (!income)
            return income.error();
        none = income.value();
    }
    impact::WorkFigures figures = impact::workOf(std::move(found), order, *none, period);
    // Referrals whose (first) completion falls in the period, by partner kind.
    auto referrals = inScope(
        u"SELECT r.household_id, p.kind FROM referrals r JOIN scope ON scope.id = r.household_id JOIN partners p "
        "ON p.id = r.partner_id WHERE r.deleted = 0 "
        "AND p.kind IN ('employer', 'training', 'bank') AND (SELECT min(s.on_date COLLATE \"C\") FROM referral_status s "
        "WHERE s.referral_id = r.id AND s.deleted = 0 AND s.status = 'completed') BETWEEN $1 AND $2"_s,
        {period.firstIso().toUtf8(), period.lastIso().toUtf8()});
    if (!referrals)
        return referrals.error();
    std::vector<qint32> jobs, training, loans;
    for (int i = 0; i < referrals.value().rows(); ++i) {
        const qint32 household = order.rank(pgId(referrals.value(), i, 0));
        if (household < 0)
            continue;
        const QByteArray kind = referrals.value().bytes(i, 1);
        (kind == "employer" ? jobs : kind == "training" ? training : loans).push_back(household);
    }
    figures.throughReferrals = {order.rows(u"jobs"_s, jobs), order.rows(u"training_places"_s, training),
                                order.rows(u"loans"_s, loans)};
    name(figures.members);
    for (const impact::Figure &f : figures.throughReferrals)
        name(f);
    return figures;
}

} // namespace tamkeen::hub
