// Indicator 5, economic independence: for each household in scope with an
// approved plan started by the period's last day (its first such plan), the
// income per person at the plan's baseline against on the last day and at
// its last exit, and the share of earned income in all income.
#include "impact/IndicatorSql.h"
#include "impact/IncomeHistory.h"
#include "impact/IncomeIndicators.h"
#include "impact/Indicators.h"
#include "impact/PlanFacts.h"
#include "impact/ScopeOrder.h"
#include "registry/IncomeService.h"
#include "storage/Database.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

std::optional<double> median(QList<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

Result<Independence> Indicators::independence(const Period &period, const ImpactFilter &filter)
{
    auto rule = registry::IncomeService(m_db).rule();
    if (!rule)
        return rule.error();
    auto scoped = scopeOrder(filter, period.last());
    if (!scoped)
        return scoped.error();
    const ScopeOrder &scope = *scoped.value();
    // Each household's first approved plan (a draft or a submitted one has no
    // agreed baseline), its live members, and its last exit from support
    // since that plan began; households out of scope are left out here. The
    // plans are read in table order and sorted (NOT INDEXED): walking index
    // plans_household would fetch each row from the table apart, page by
    // page out of order (2.6x slower at 100,000 households, encrypted).
    using Row = IndependenceRow;
    std::vector<Row> rows;
    auto kept = planFacts(scope);
    if (!kept)
        return kept.error();
    if (const PlanFacts *facts = kept.value().get()) {
        // The same from each household's kept plans (in the order above),
        // members and exits.
        const qint32 last = ScopeOrder::dayKey(period.lastIso().toLatin1());
        const std::vector<qint32> &ranks = scope.ranksOf(*facts);
        for (qsizetype i = 0; i < facts->size(); ++i) {
            const qint32 household = ranks[size_t(i)];
            if (household < 0)
                continue;
            const auto first = std::find_if(facts->plansBegin(i), facts->plansEnd(i), [&](const PlanFacts::Plan &p) {
                return p.approved != 0 && p.approved <= last && p.started <= last;
            });
            if (first == facts->plansEnd(i))
                continue;
            qint32 exit = 0;
            for (const qint32 *x = facts->exitsBegin(i); x != facts->exitsEnd(i); ++x)
                if (*x >= first->started && *x <= last)
                    exit = std::max(exit, *x);
            rows.push_back({household, int(facts->members(i)),
                            std::isnan(first->baseline) ? std::nullopt : std::optional<double>(first->baseline),
                            ScopeOrder::dayText(first->started), exit != 0 ? ScopeOrder::dayText(exit) : QByteArray()});
        }
    } else {
        Status s = m_db.read(
            u"SELECT f.household_id, (SELECT count(*) FROM members m WHERE m.household_id = f.household_id "
            "AND m.deleted = 0), json_extract(f.baseline, '$.incomePerPerson'), f.started_on, (SELECT max(x.on_date) "
            "FROM household_exits x WHERE x.household_id = f.household_id AND x.deleted = 0 AND x.kind = 'exit' "
            "AND x.on_date BETWEEN f.started_on AND ?1) FROM (SELECT p.household_id, p.started_on, p.baseline, "
            "row_number() OVER (PARTITION BY p.household_id ORDER BY p.started_on, p.created_at, p.id) AS rn "
            "FROM plans p NOT INDEXED WHERE p.deleted = 0 AND p.approved_on <= ?1 AND p.started_on <= ?1) f WHERE f.rn = 1"_s,
            {period.lastIso()}, [&](const storage::RawRow &row) {
                const qint32 household = scope.rank(row.rawBytes(0));
                if (household < 0)
                    return;
                rows.push_back({household, int(row.integer(1)),
                                row.isNull(2) ? std::nullopt : std::optional<double>(row.value(2).toDouble()),
                                row.isNull(3) ? QByteArray() : row.blob(3), row.isNull(4) ? QByteArray() : row.blob(4)});
            });
        if (!s)
            return s.error();
    }
    auto incomes = incomeHistory(!rows.empty());
    if (!incomes)
        return incomes.error();
    return independenceOf(std::move(rows), scope, *incomes.value(), rule.value(), period);
}

Independence independenceOf(std::vector<IndependenceRow> rows, const ScopeOrder &scope, const IncomeHistory &income,
                            const registry::EligibilityRule &rule, const Period &period)
{
    using Row = IndependenceRow;
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.household < b.household; });
    const IncomeHistory::Day last = income.day(period.lastIso().toLatin1());
    Independence r;
    std::vector<qint32> all, rose, eligible, crossed, exited; // places in scope
    QList<double> changes, exitChanges;
    for (const Row &row : rows) {
        const qint32 place = income.place(scope.id(row.household));
        const int members = row.members;
        const IncomeHistory::Amounts start = income.at(place, income.day(row.startedOn));
        const IncomeHistory::Amounts now = income.at(place, last);
        const double startIncome = start.all, nowIncome = now.all;
        // The baseline the plan recorded; an older plan without one: the
        // income in force on its start date over today's members.
        const double basePerPerson = row.baseline ? *row.baseline : (members > 0 ? startIncome / members : 0);
        const double nowPerPerson = members > 0 ? nowIncome / members : 0;
        all.push_back(row.household);
        changes << nowPerPerson - basePerPerson;
        if (nowPerPerson > basePerPerson && nowPerPerson >= 1.2 * basePerPerson)
            rose.push_back(row.household);
        if (registry::IncomeService::eligible(rule, basePerPerson * members, members)) {
            eligible.push_back(row.household);
            if (!registry::IncomeService::eligible(rule, nowIncome, members))
                crossed.push_back(row.household);
        }
        if (!row.exitOn.isNull()) {
            exited.push_back(row.household);
            exitChanges << (members > 0 ? income.at(place, income.day(row.exitOn)).all / members : 0) - basePerPerson;
        }
        r.ratioAtBaseline.earned += start.earned;
        r.ratioAtBaseline.total += startIncome;
        r.ratioNow.earned += now.earned;
        r.ratioNow.total += nowIncome;
    }
    r.households = scope.households(u"with_plan"_s, all);
    r.medianChange = median(changes);
    r.rose = scope.households(u"rose_20"_s, rose);
    r.eligibleAtBaseline = scope.households(u"eligible_at_baseline"_s, eligible);
    r.crossed = scope.households(u"crossed_threshold"_s, crossed);
    r.exited = scope.households(u"exited"_s, exited);
    r.medianChangeAtExit = median(exitChanges);
    r.ratioAtBaseline.households = Figure{u"ratio_at_baseline"_s, r.households.value, r.households.households};
    r.ratioNow.households = Figure{u"ratio_now"_s, r.households.value, r.households.households};
    return r;
}

} // namespace tamkeen::impact
