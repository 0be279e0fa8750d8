// Indicator 9, wellbeing (WHO-5) and work readiness, on a small hand-built
// fixture around Q1 2025 (01-01 … 03-31). WHO-5 percent = 4 × the sum of five
// items (0-5 each). Heads:
//   A m: 2024-10-01 24 → 2025-02-01 56 (+32, leaves low wellbeing)
//   B f: 2024-12-01 40 → 2025-03-31 32 (the last day; −8, still low)
//   C m: 2025-01-01 60 (the first day) → 2025-02-15 68 (+8, never low)
//   D m: one assessment, 2025-02-01: no change to measure
//   E m: 2024-11-01 30, then 2025-04-01 (after Q1): on 03-31 only one
//   F m: 2024-06-01 20 → 2024-12-31 (the day before Q1): latest not in Q1
// Work readiness (10 a skill, 10 a qualification, 10 a desired field, 20 able
// to work): A 2024-10-01 30 → 2025-03-01 60.
#include "WellbeingFixture.h"
#include "impact/IndicatorReport.h"
#include "impact/Indicators.h"

using namespace tamkeen;
using namespace tamkeen::impact;

namespace {

using namespace tamkeen::test::wellbeing;

Period q1()
{
    auto p = Period::quarter(2025, 1);
    REQUIRE(p.ok());
    return p.value();
}

} // namespace

TEST_CASE("Wellbeing: the mean WHO-5 change from first to latest and the share leaving low wellbeing", "[impact]")
{
    WellbeingFixture t;
    auto r = t.indicators.wellbeing(t.salem, q1());
    INFO((r ? std::string() : r.error().message.toStdString()));
    REQUIRE(r.ok());
    const ScoreChange &w = r.value().who5;
    // A, B and C (D has one score, E's second came after 03-31, F's latest was before Q1).
    CHECK(t.nums(w.members.households) == QList<int>{0, 1, 2});
    // (+32 − 8 + 8) / 3.
    CHECK(*w.meanChange == Approx(32.0 / 3.0));
    // Low at first: A (24) and B (40); A left it (56), B did not (32).
    CHECK(t.nums(w.lowAtFirst.households) == QList<int>{0, 1});
    CHECK(t.nums(w.leftLow.households) == QList<int>{0});
    CHECK(*w.leftLowRate().value() == Approx(0.5));
    // Work readiness: A 30 → 60.
    const ScoreChange &k = r.value().workReadiness;
    CHECK(k.members.value == 1);
    CHECK(*k.meanChange == Approx(30.0));
    CHECK(*k.leftLowRate().value() == Approx(1.0));

    ImpactFilter women;
    women.headSex = QStringLiteral("female");
    auto f = t.indicators.wellbeing(t.huda, q1(), women);
    REQUIRE(f.ok());
    CHECK(t.nums(f.value().who5.members.households) == QList<int>{1});
    CHECK(*f.value().who5.meanChange == Approx(-8.0));
    CHECK(f.value().workReadiness.members.value == 0);
    CHECK_FALSE(f.value().workReadiness.meanChange.has_value());
}

TEST_CASE("Wellbeing results are refused to readers who may not see them, in the report too", "[impact]")
{
    WellbeingFixture t;
    auto worker = t.indicators.wellbeing(t.omar, q1());
    REQUIRE_FALSE(worker.ok());
    CHECK(worker.error().code == ErrorCode::PermissionDenied);
    CHECK_FALSE(t.indicators.wellbeing(t.admin, q1()).ok());

    // Asked for by name: refused; in "all": left out; a supervisor gets it.
    const ReportRequest named{{Indicator::Wellbeing}, q1(), {}, d(2025, 6, 1)};
    auto refused = IndicatorReport::rows(t.db, named, &t.omar);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    const ReportRequest all{{}, q1(), {}, d(2025, 6, 1)};
    auto rows = IndicatorReport::rows(t.db, all, &t.admin);
    REQUIRE(rows.ok());
    for (const ReportRow &row : rows.value())
        CHECK(row.indicator != QStringLiteral("wellbeing"));
    auto allowed = IndicatorReport::rows(t.db, named, &t.salem);
    REQUIRE(allowed.ok());
    bool found = false;
    for (const ReportRow &row : allowed.value()) {
        if (row.group == QStringLiteral("wellbeing") && row.key == QStringLiteral("mean_change")) {
            found = true;
            CHECK(*row.value == Approx(32.0 / 3.0));
        }
    }
    CHECK(found);
}
