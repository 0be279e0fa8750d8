// Indicator 5, economic independence: for each household in scope with an
// approved plan started by the period's last day (its first such plan), the
// income per person at the plan's baseline against on the last day and at
// its last exit, and the share of earned income in all income.
#include "impact/ImpactSql.h"
#include "impact/IndicatorSql.h"
#include "impact/Indicators.h"
#include "registry/IncomeService.h"
#include "storage/Database.h"

#include <algorithm>

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

namespace {
const QString kEarned = u"AND i.source IN ('salary', 'own_business')"_s;
} // namespace

Result<Independence> Indicators::independence(const Period &period, const ImpactFilter &filter)
{
    auto rule = registry::IncomeService(m_db).rule();
    if (!rule)
        return rule.error();
    QVariantList values;
    QString query = sql::withScope(filter, period.last(), &values);
    // The household's first approved plan (a draft or a submitted one has no
    // agreed baseline), and its last exit from support since that plan began.
    query += u", first_plan AS (SELECT household_id, started_on, baseline, file_number FROM ("
             "SELECT p.household_id, p.started_on, p.baseline, scope.file_number, row_number() OVER ("
             "PARTITION BY p.household_id ORDER BY p.started_on, p.created_at, p.id) AS rn "
             "FROM plans p JOIN scope ON scope.id = p.household_id "
             "WHERE p.deleted = 0 AND p.approved_on <= ? AND p.started_on <= ?) WHERE rn = 1), "
             "planned AS (SELECT f.*, (SELECT max(x.on_date) FROM household_exits x WHERE x.household_id = "
             "f.household_id AND x.deleted = 0 AND x.kind = 'exit' AND x.on_date BETWEEN f.started_on AND ?) "
             "AS exit_on FROM first_plan f) "_s;
    values << period.lastIso() << period.lastIso() << period.lastIso();
    // The last day is a valid ISO date from Period, safe to write into the text.
    const QString last = u"'%1'"_s.arg(period.lastIso());
    query += u"SELECT h.id, (SELECT count(*) FROM members m WHERE m.household_id = h.id AND m.deleted = 0), "
             "json_extract(f.baseline, '$.incomePerPerson'), %1, %2, %3, %4, f.exit_on, %5 "
             "FROM planned f JOIN households h ON h.id = f.household_id ORDER BY f.file_number, h.id"_s
                 .arg(sql::incomeAt(u"f.started_on"_s), sql::incomeAt(u"f.started_on"_s, kEarned),
                      sql::incomeAt(last), sql::incomeAt(last, kEarned), sql::incomeAt(u"f.exit_on"_s));

    Independence r;
    QList<QByteArray> all, rose, eligible, crossed, exited;
    QList<double> changes, exitChanges;
    Status s = m_db.read(query, values, [&](const storage::RawRow &row) {
        const QByteArray id = row.blob(0);
        const int members = int(row.integer(1));
        const double startIncome = row.value(3).toDouble();
        const double nowIncome = row.value(5).toDouble();
        // The baseline the plan recorded; an older plan without one: the
        // income in force on its start date over today's members.
        const double basePerPerson = row.isNull(2) ? (members > 0 ? startIncome / members : 0)
                                                   : row.value(2).toDouble();
        const double nowPerPerson = members > 0 ? nowIncome / members : 0;
        all << id;
        changes << nowPerPerson - basePerPerson;
        if (nowPerPerson > basePerPerson && nowPerPerson >= 1.2 * basePerPerson)
            rose << id;
        if (registry::IncomeService::eligible(rule.value(), basePerPerson * members, members)) {
            eligible << id;
            if (!registry::IncomeService::eligible(rule.value(), nowIncome, members))
                crossed << id;
        }
        if (!row.isNull(7)) {
            exited << id;
            exitChanges << (members > 0 ? row.value(8).toDouble() / members : 0) - basePerPerson;
        }
        r.ratioAtBaseline.earned += row.value(4).toDouble();
        r.ratioAtBaseline.total += startIncome;
        r.ratioNow.earned += row.value(6).toDouble();
        r.ratioNow.total += nowIncome;
    });
    if (!s)
        return s.error();
    r.households = Figure::of(u"with_plan"_s, all);
    r.medianChange = median(changes);
    r.rose = Figure::of(u"rose_20"_s, rose);
    r.eligibleAtBaseline = Figure::of(u"eligible_at_baseline"_s, eligible);
    r.crossed = Figure::of(u"crossed_threshold"_s, crossed);
    r.exited = Figure::of(u"exited"_s, exited);
    r.medianChangeAtExit = median(exitChanges);
    r.ratioAtBaseline.households = Figure::of(u"ratio_at_baseline"_s, all);
    r.ratioNow.households = Figure::of(u"ratio_now"_s, all);
    return r;
}

} // namespace tamkeen::impact
