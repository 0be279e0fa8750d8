// Indicator 6, work, on the work fixture (WorkImpactFixture.h).
#include "WorkImpactFixture.h"
#include "impact/IndicatorReport.h"

using namespace tamkeen;
using namespace tamkeen::impact;
using namespace tamkeen::test::planimpact;
using tamkeen::test::workimpact::WorkImpact;

namespace {

Period quarter(int year, int q)
{
    auto p = Period::quarter(year, q);
    REQUIRE(p.ok());
    return p.value();
}

} // namespace

TEST_CASE("Work: members able to work with a plan, in work at its start and later, and what referrals obtained",
          "[impact]")
{
    WorkImpact t;
    auto r = t.indicators.work(quarter(2025, 1));
    INFO((r ? std::string() : r.error().message.toStdString()));
    REQUIRE(r.ok());
    const WorkFigures &w = r.value();
    // Heads of P1, P2, P3 (P7's cannot work; P1's spouse has no plan; P4-P6 no plan approved by 03-31).
    CHECK(w.members.value == 3);
    CHECK(t.nums(w.members.households) == QList<int>{1, 2, 3});
    // In work by the baseline: P3 only (P1 unemployed, P2's plan recorded none).
    CHECK(t.nums(w.workingAtStart.households) == QList<int>{3});
    CHECK(w.workingNow.value == 3);
    // Own earned income on the plan's start: P3's salary (since 2024-12-01, plan 2025-01-15);
    // on 03-31: all three.
    CHECK(t.nums(w.earningAtStart.households) == QList<int>{3});
    CHECK(*w.earningAtStartRate().value() == Approx(1.0 / 3.0));
    CHECK(*w.earningAtEndRate().value() == Approx(1.0));
    // Completed in Q1: P1's job (02-01) and P3's training place (01-01); P2's loan came on 04-01,
    // P7's on 12-31; the charity's is none of the three.
    REQUIRE(w.throughReferrals.size() == 3);
    CHECK(w.throughReferrals.at(0).key == QStringLiteral("jobs"));
    CHECK(t.nums(w.throughReferrals.at(0).households) == QList<int>{1});
    CHECK(t.nums(w.throughReferrals.at(1).households) == QList<int>{3});
    CHECK(w.throughReferrals.at(2).value == 0);
}

TEST_CASE("Work on an earlier quarter and with a filter", "[impact]")
{
    WorkImpact t;
    // Q4 2024: P1's and P2's plans (P3's began in 2025); neither earned yet on 12-31.
    auto q4 = t.indicators.work(quarter(2024, 4));
    REQUIRE(q4.ok());
    CHECK(t.nums(q4.value().members.households) == QList<int>{1, 2});
    CHECK(q4.value().earningAtEnd.value == 0);
    // P7's loan, completed on 12-31, is Q4's.
    CHECK(t.nums(q4.value().throughReferrals.at(2).households) == QList<int>{7});

    ImpactFilter women;
    women.headSex = QStringLiteral("female");
    auto f = t.indicators.work(quarter(2025, 1), women);
    REQUIRE(f.ok());
    CHECK(t.nums(f.value().members.households) == QList<int>{2});
    CHECK(f.value().earningAtEnd.value == 1);
    CHECK(f.value().throughReferrals.at(0).value == 0);
    CHECK(IndicatorReport::fromKey(QStringLiteral("work")) == Indicator::Work);
}
