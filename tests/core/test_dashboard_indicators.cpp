// Indicators 5-10 on the dashboard (computeDashboard) for Q1 2025 against Q4
// 2024, on the work fixture (WorkImpactFixture.h over PlanImpactFixture.h).
// Every expected value is worked out by hand from the timelines written there;
// wellbeing is computed only for readers who may see it.
#include "WorkImpactFixture.h"
#include "impact/DashboardData.h"

using namespace tamkeen;
using namespace tamkeen::impact;
using namespace tamkeen::test::planimpact;
using tamkeen::test::workimpact::WorkImpact;

namespace {

Result<DashboardData> q1Dashboard(WorkImpact &t, const security::Session *reader, const ImpactFilter &filter = {})
{
    return computeDashboard(t.db, Period::quarter(2025, 1).value(), filter, d(2026, 1, 1), reader);
}

} // namespace

TEST_CASE("Dashboard: indicators 5-10 of the period and the one before", "[impact][dashboard]")
{
    WorkImpact t;
    auto r = q1Dashboard(t, &t.salem);
    INFO((r ? std::string() : r.error().message.toStdString()));
    REQUIRE(r.ok());
    const DashboardData &x = r.value();

    // 5. Plans approved and started by 03-31: P1, P2, P3, P7; income per person
    // up 20 % or more: P1 (400 → 1,000), P2 (500 → 1,200). By 12-31 (Q4): P1, P2,
    // P7, none of whose incomes had changed yet.
    CHECK(t.nums(x.independence.households.households) == QList<int>{1, 2, 3, 7});
    CHECK(t.nums(x.independence.rose.households) == QList<int>{1, 2});
    CHECK(*x.independence.roseRate().value() == Approx(0.5));
    CHECK(t.nums(x.independenceBefore.households.households) == QList<int>{1, 2, 7});
    CHECK(x.independenceBefore.rose.value == 0);

    // 6. Heads able to work with a plan: P1, P2, P3 in Q1, all three earning on
    // 03-31; in Q4 only P1 and P2 (P3's plan began 01-15), neither earning yet
    // (salary from 02-01, own business from 01-15).
    CHECK(x.work.members.value == 3);
    CHECK(t.nums(x.work.earningAtEnd.households) == QList<int>{1, 2, 3});
    CHECK(t.nums(x.workBefore.members.households) == QList<int>{1, 2});
    CHECK(x.workBefore.earningAtEnd.value == 0);

    // 7. Goals of plans approved by 03-31, dropped left out: 5, of which 2 achieved.
    CHECK(x.plans.goals.value == 5);
    CHECK(t.nums(x.plans.goalsAchieved.households) == QList<int>{1, 3});
    CHECK(t.nums(x.plans.exitsAfterPlan.households) == QList<int>{2, 3});

    // 8. Sent in Q1: P1 (01-05), P2 (03-01), P5 (02-01); completed by 03-31: P1
    // (02-01), P5 (03-01); P2's only on 04-01. Sent in Q4: P3 (12-01), P7 (11-01).
    CHECK(t.nums(x.referrals.total.sent.households) == QList<int>{1, 2, 5});
    CHECK(t.nums(x.referrals.total.accepted.households) == QList<int>{1, 2, 5});
    CHECK(t.nums(x.referrals.total.completed.households) == QList<int>{1, 5});
    CHECK(t.nums(x.referralsBefore.total.sent.households) == QList<int>{3, 7});

    // 10. No session nor appointment in the fixture: zeros, and no median.
    CHECK(x.clinic.total.sessions.value == 0);
    CHECK(x.clinic.firstSessions.value == 0);
    CHECK_FALSE(x.clinic.medianDaysToFirstSession.has_value());

    // 9. A supervisor sees wellbeing; nobody here was assessed: no mean, never 0.
    REQUIRE(x.wellbeing.has_value());
    REQUIRE(x.wellbeingBefore.has_value());
    CHECK(x.wellbeing->who5.members.value == 0);
    CHECK_FALSE(x.wellbeing->who5.meanChange.has_value());
}

TEST_CASE("Dashboard: wellbeing is left out for a field worker or no reader, the rest stays", "[impact][dashboard]")
{
    WorkImpact t;
    const security::Session worker = t.user(QStringLiteral("fahad"), QStringLiteral("فهد"), security::Role::FieldWorker);
    for (const security::Session *reader : {&worker, static_cast<const security::Session *>(nullptr)}) {
        auto r = q1Dashboard(t, reader);
        INFO((r ? std::string() : r.error().message.toStdString()));
        REQUIRE(r.ok());
        CHECK_FALSE(r.value().wellbeing.has_value());
        CHECK_FALSE(r.value().wellbeingBefore.has_value());
        CHECK(r.value().independence.households.value == 4);
    }
    // A counsellor sees it.
    auto counsellor = q1Dashboard(t, &t.huda);
    REQUIRE(counsellor.ok());
    CHECK(counsellor.value().wellbeing.has_value());
}

TEST_CASE("Dashboard: indicators 5-10 follow the filter", "[impact][dashboard]")
{
    WorkImpact t;
    // Women heads: P2 and P5. P2's plan; P5's referral (sent 02-01) and P2's (03-01).
    ImpactFilter women;
    women.headSex = QStringLiteral("female");
    auto r = q1Dashboard(t, &t.salem, women);
    REQUIRE(r.ok());
    CHECK(t.nums(r.value().independence.households.households) == QList<int>{2});
    CHECK(t.nums(r.value().work.members.households) == QList<int>{2});
    CHECK(r.value().plans.goals.value == 1);
    CHECK(t.nums(r.value().referrals.total.sent.households) == QList<int>{2, 5});
}
