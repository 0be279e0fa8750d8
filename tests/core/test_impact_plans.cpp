// Indicators 5 (economic independence) and 7 (plans) on the hand-built
// fixture of PlanImpactFixture.h; every expected value is worked out by hand
// from the timeline written there.
#include "PlanImpactFixture.h"
#include "impact/IndicatorReport.h"
#include "storage/Uuid.h"

using namespace tamkeen;
using namespace tamkeen::impact;
using namespace tamkeen::test::planimpact;

namespace {

Period q1()
{
    auto p = Period::quarter(2025, 1);
    REQUIRE(p.ok());
    return p.value();
}

const Figure &status(const PlanFigures &p, const char *key)
{
    for (const Figure &f : p.byStatus)
        if (f.key == QLatin1StringView(key))
            return f;
    FAIL("no status " << key);
    return p.byStatus.first();
}

// An event written straight into the table, as another laptop's or an older
// version's could arrive, bypassing the plan service's rules.
void rawEvent(PlanImpact &t, int plan, const char *event, const char *status, const char *at)
{
    t.sql(QStringLiteral("INSERT INTO plan_events(id, created_at, created_by, updated_at, updated_by, plan_id, event, "
                         "status, at) VALUES (?, 'now', ?, 'now', ?, ?, ?, ?, ?)"),
          {storage::newUuidV7(), t.admin.userId, t.admin.userId, t.plan.at(plan), QString::fromLatin1(event),
           QString::fromLatin1(status), QString::fromLatin1(at)});
}

} // namespace

TEST_CASE("Economic independence compares income per person at the plan's baseline with the period's end and the exit",
          "[impact]")
{
    PlanImpact t;
    auto r = t.indicators.independence(q1());
    INFO((r ? std::string() : r.error().message.toStdString()));
    REQUIRE(r.ok());
    const Independence &x = r.value();
    // P1, P2, P3, P7 had an approved plan started by 03-31; P4 began after it,
    // P5 is a draft, P6 was approved only on 04-01.
    CHECK(t.nums(x.households.households) == QList<int>{1, 2, 3, 7});
    // Per person on 03-31 minus at baseline: P1 2,000/2 − 400 = 600; P2 (no
    // recorded baseline: 500 in force on its start) 1,200 − 500 = 700;
    // P3 1,150 − 1,000 = 150; P7 0 − 0 = 0. Median of 0, 150, 600, 700 = 375.
    REQUIRE(x.medianChange.has_value());
    CHECK(*x.medianChange == Approx(375.0));
    // Up 20 % or more: P1 (1,000 ≥ 480), P2 (1,200 ≥ 600); not P3 (+15 %), nor P7 (0 to 0).
    CHECK(t.nums(x.rose.households) == QList<int>{1, 2});
    CHECK(*x.roseRate().value() == Approx(0.5));
    // All four were under their threshold at baseline (P1 800 < 1,650; the others under 1,100);
    // on 03-31 P1 (2,000), P2 (1,200) and P3 (1,150) are at or over it, P7 is not.
    CHECK(t.nums(x.eligibleAtBaseline.households) == QList<int>{1, 2, 3, 7});
    CHECK(t.nums(x.crossed.households) == QList<int>{1, 2, 3});
    CHECK(*x.crossedRate().value() == Approx(0.75));
    // Exits since the plan began: P2 on 03-31 (the last day: 1,200 − 500 = 700),
    // P3 on 02-20 (salary then 1,000: 0). P5 left too but has no approved plan.
    CHECK(t.nums(x.exited.households) == QList<int>{2, 3});
    CHECK(*x.medianChangeAtExit == Approx(350.0));
    // Earned over all income. At each plan's start: P1 0 of 800, P2 0 of 500,
    // P3 1,000 of 1,000, P7 nothing: 1,000 / 2,300. On 03-31: 1,200 + 700 + 1,150
    // earned of 2,000 + 1,200 + 1,150: 3,050 / 4,350.
    CHECK(x.ratioAtBaseline.earned == Approx(1000.0));
    CHECK(x.ratioAtBaseline.total == Approx(2300.0));
    CHECK(*x.ratioNow.value() == Approx(3050.0 / 4350.0));
}

TEST_CASE("Economic independence on a period's boundary and with a filter", "[impact]")
{
    PlanImpact t;
    // Q4 2024 (last day 12-31): P3's plan began 2025-01-15, so P1, P2, P7; the
    // salaries and the own business came later, so nobody's income changed.
    auto q4 = Period::quarter(2024, 4);
    REQUIRE(q4.ok());
    auto r = t.indicators.independence(q4.value());
    REQUIRE(r.ok());
    CHECK(t.nums(r.value().households.households) == QList<int>{1, 2, 7});
    CHECK(*r.value().medianChange == Approx(0.0));
    CHECK(r.value().rose.value == 0);
    CHECK(r.value().crossed.value == 0);
    CHECK_FALSE(r.value().medianChangeAtExit.has_value());
    CHECK(r.value().ratioNow.earned == Approx(0.0));

    // Women heads: P2 (P5's plan is a draft).
    ImpactFilter women;
    women.headSex = QStringLiteral("female");
    auto f = t.indicators.independence(q1(), women);
    REQUIRE(f.ok());
    CHECK(t.nums(f.value().households.households) == QList<int>{2});
    CHECK(*f.value().medianChange == Approx(700.0));

    // No plans in scope: no median and no ratio, never 0.
    ImpactFilter none;
    none.region = QStringLiteral("منطقة تبوك");
    auto n = t.indicators.independence(q1(), none);
    REQUIRE(n.ok());
    CHECK(n.value().households.value == 0);
    CHECK_FALSE(n.value().medianChange.has_value());
    CHECK_FALSE(n.value().ratioNow.value().has_value());
    CHECK_FALSE(n.value().roseRate().value().has_value());
}

TEST_CASE("Plans by status on the period's last day, goals achieved, days to exit, overdue tasks and missing reviews",
          "[impact]")
{
    PlanImpact t;
    auto r = t.indicators.plans(q1());
    INFO((r ? std::string() : r.error().message.toStdString()));
    REQUIRE(r.ok());
    const PlanFigures &p = r.value();
    // On 03-31: P1, P2 (closed only on 04-02), P7 active; P3 completed (on 03-31 itself);
    // P5 a draft; P6 submitted (approved 04-01); P4 did not exist yet.
    CHECK(t.nums(status(p, "active").households) == QList<int>{1, 2, 7});
    CHECK(status(p, "completed").value == 1);
    CHECK(t.nums(status(p, "draft").households) == QList<int>{5});
    CHECK(t.nums(status(p, "submitted").households) == QList<int>{6});
    CHECK(status(p, "exited").value == 0);
    CHECK(status(p, "discontinued").value == 0);
    // Goals of plans approved by 03-31, dropped ones left out: P1 2, P2 1, P3 1
    // (its second was dropped), P7 1 = 5; achieved: one of P1's and P3's = 2.
    // P4's achieved goal belongs to a plan approved after the period.
    CHECK(p.goals.value == 5);
    CHECK(p.goalsAchieved.value == 2);
    CHECK(t.nums(p.goalsAchieved.households) == QList<int>{1, 3});
    CHECK(*p.goalsRate().value() == Approx(0.4));
    // Exits in Q1 after a plan's approval: P3 (01-20 → 02-20: 31 days), P2
    // (2024-11-10 → 2025-03-31: 141 days); P5 left with no approved plan.
    CHECK(t.nums(p.exitsAfterPlan.households) == QList<int>{2, 3});
    CHECK(*p.medianDaysToExit == Approx(86.0));
    // Overdue on 03-31: P1's task due 03-30 and the one done only on 04-05;
    // P7's due 02-01. Not: due on the last day, done by it, dropped, or of
    // P3's completed plan.
    CHECK(p.overdueTasks.value == 3);
    CHECK(t.nums(p.overdueTasks.households) == QList<int>{1, 7});
    // No review for 90 days: P2 (approved 2024-11-10, never reviewed) and P7
    // (reviewed 2024-12-31, 90 days before); P1 was reviewed 89 days before.
    CHECK(t.nums(p.unreviewed.households) == QList<int>{2, 7});
}

TEST_CASE("Plans indicator with a filter and a period before any plan", "[impact]")
{
    PlanImpact t;
    ImpactFilter women;
    women.headSex = QStringLiteral("female");
    auto r = t.indicators.plans(q1(), women);
    REQUIRE(r.ok());
    CHECK(t.nums(status(r.value(), "active").households) == QList<int>{2});
    CHECK(t.nums(status(r.value(), "draft").households) == QList<int>{5});
    CHECK(r.value().goals.value == 1);
    CHECK(r.value().overdueTasks.value == 0);
    CHECK(t.nums(r.value().unreviewed.households) == QList<int>{2});

    // August 2024: no plan had been created (P7's was on 09-01).
    auto aug = Period::month(2024, 8);
    REQUIRE(aug.ok());
    auto before = t.indicators.plans(aug.value());
    REQUIRE(before.ok());
    for (const Figure &f : before.value().byStatus)
        CHECK(f.value == 0);
    CHECK_FALSE(before.value().goalsRate().value().has_value());
    CHECK_FALSE(before.value().medianDaysToExit.has_value());
}

TEST_CASE("The indicator report writes independence and plans rows with the households behind them", "[impact]")
{
    PlanImpact t;
    ReportRequest request{{Indicator::Independence, Indicator::Plans}, q1(), {}, d(2025, 6, 1)};
    auto rows = IndicatorReport::rows(t.db, request);
    REQUIRE(rows.ok());
    auto row = [&](const char *indicator, const char *key) {
        for (const ReportRow &r : rows.value())
            if (r.indicator == QLatin1StringView(indicator) && r.key == QLatin1StringView(key))
                return r;
        FAIL("no row " << key);
        return ReportRow{};
    };
    CHECK(*row("independence", "median_change").value == Approx(375.0));
    CHECK(row("independence", "crossed_threshold").fileNumbers.size() == 3);
    CHECK(*row("plans", "median_days_approval_to_exit").value == Approx(86.0));
    CHECK(*row("plans", "overdue_tasks").value == 3);
    CHECK(IndicatorReport::fromKey(QStringLiteral("independence")) == Indicator::Independence);
    CHECK(IndicatorReport::fromKey(QStringLiteral("plans")) == Indicator::Plans);
}

TEST_CASE("A plan is active in the indicators only after its approval, whatever another event says", "[impact][privileges]")
{
    PlanImpact t;
    // A review event saying "active" on P5, a draft never approved: what a
    // field worker's laptop could write without any signature (docs/trust.md).
    rawEvent(t, 5, "reviewed", "active", "2025-03-10T12:00");
    auto r = t.indicators.plans(q1());
    REQUIRE(r.ok());
    CHECK(t.nums(status(r.value(), "draft").households) == QList<int>{5});
    CHECK(t.nums(status(r.value(), "active").households) == QList<int>{1, 2, 7});
}

TEST_CASE("A plan event dated in another form than ISO counts where its text sorts, as by SQL", "[impact]")
{
    PlanImpact t;
    // P1 "completed" at "2025-3-5 10:00": its first ten characters sort after
    // "2025-03-31" ('3' after '0'), so on 03-31 P1 is still active, as the
    // text compares; read as a date it would be completed since March.
    rawEvent(t, 1, "completed", "completed", "2025-3-5 10:00");
    auto r = t.indicators.plans(q1());
    REQUIRE(r.ok());
    CHECK(t.nums(status(r.value(), "active").households) == QList<int>{1, 2, 7});
    CHECK(status(r.value(), "completed").value == 1); // P3's, as before
    auto months = t.indicators.activePlansAtMonthEnds(d(2025, 3, 31), 1);
    REQUIRE(months.ok());
    CHECK(months.value() == QList<qint64>{3});
}

TEST_CASE("Plans tile's trend: plans active at the end of each of the last months", "[impact]")
{
    PlanImpact t;
    // End of December 2024 … April 2025 (see PlanImpactFixture.h):
    //   December: P1, P2, P7 (P3 did not exist yet)          3
    //   January:  P1, P2, P3 (approved 01-20), P7             4
    //   February: the same                                   4
    //   March:    P1, P2, P7 (P3 completed on 03-31)          3
    //   April:    P1, P4 (04-06), P6 (04-01), P7; P2 exited   4
    auto r = t.indicators.activePlansAtMonthEnds(d(2025, 4, 15), 5);
    INFO((r ? std::string() : r.error().message.toStdString()));
    REQUIRE(r.ok());
    CHECK(r.value() == QList<qint64>{3, 4, 4, 3, 4});
    // March's is what plans() counts on 03-31.
    auto march = t.indicators.plans(Period::month(2025, 3).value());
    REQUIRE(march.ok());
    qint64 active = 0;
    for (const Figure &f : march.value().byStatus)
        if (f.key == QStringLiteral("active"))
            active = f.value;
    CHECK(active == 3);
}
