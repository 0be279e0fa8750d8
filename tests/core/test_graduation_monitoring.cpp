// After graduation (issue 14 §5): the follow-ups of a graduated family on
// known days (done, overdue, due, later), its income per person when it left
// and at the latest follow-up, its pathway's criteria judged again, and the
// families at risk or back in support.
#include "GraduationFixture.h"
#include "impact/GraduationMonitoring.h"

using namespace tamkeen;
using namespace tamkeen::test::graduationfixture;

namespace {

const MonitoredFollowUp &after(const GraduatedHousehold &g, int months)
{
    for (const MonitoredFollowUp &f : g.followUps)
        if (f.months == months)
            return f;
    FAIL("no follow-up after " << months << " months");
    return g.followUps.first();
}

} // namespace

TEST_CASE("After graduation: follow-ups by their due days, income per person then and now, criteria still held",
          "[impact][graduation]")
{
    Graduation t;
    t.setPathways();
    // A two-person family on the employment track: the head employed at 3,000
    // (threshold for two: 1,100 + 550 = 1,650), 2 goals of 4: employment 80, ready.
    QByteArray head;
    const QByteArray h = t.family(QStringLiteral("فهد"), QStringLiteral("employed"), QStringLiteral("salary"), 3000, head);
    registry::MemberData wife = person(QStringLiteral("نورة"), QStringLiteral("علي"), QStringLiteral("القحطاني"),
                                       QStringLiteral("spouse"), QStringLiteral("female"));
    REQUIRE(t.households.members().add(t.admin, h, wife).ok());
    t.plan(head, {QStringLiteral("employment")}, 4, 2);
    // One that is not graduated is not on the list.
    QByteArray other;
    t.family(QStringLiteral("ماجد"), QStringLiteral("employed"), QStringLiteral("salary"), 1500, other);

    GraduationMonitoring monitoring(t.db);
    CHECK(monitoring.graduated(t.salem, t.today).value().isEmpty());
    auto id = t.graduations.propose(t.huda, h, t.employment, QStringLiteral("يعمل منذ ستة أشهر"));
    REQUIRE(id.ok());
    CHECK(monitoring.graduated(t.salem, t.today).value().isEmpty()); // proposed is not graduated
    REQUIRE(t.graduations.approve(t.salem, id.value(), {}).ok());
    const QDate left = t.today;

    auto list = monitoring.graduated(t.salem, left);
    REQUIRE(list.ok());
    REQUIRE(list.value().size() == 1);
    GraduatedHousehold g = list.value().first();
    CHECK(g.householdId == h);
    CHECK(g.pathwayKey == t.employment);
    CHECK(g.graduatedOn == left);
    CHECK(g.members == 2);
    CHECK(g.incomePerPersonAtExit == 1500);
    CHECK_FALSE(g.incomePerPersonLatest);
    CHECK(g.now.ready); // still holds
    CHECK(g.now.score == 80);
    CHECK_FALSE(g.atRisk);
    CHECK(g.noLongerMet == QList<Criterion>{Criterion::GoalsAchieved}); // 2 of 4, as when it graduated
    REQUIRE(g.followUps.size() == 3);
    CHECK(after(g, 3).dueOn == left.addMonths(3));
    CHECK(after(g, 3).state == FollowUpState::Later);

    // The 3-month follow-up recorded early, on the day they left: 2,400 a month.
    REQUIRE(t.exits.recordFollowUp(t.omar, after(g, 3).id, left, true, 2400).ok());

    // On the 6-month follow-up's due day: the 3-month one done, the 6-month one due, the 12-month later.
    g = monitoring.graduated(t.salem, left.addMonths(6)).value().first();
    CHECK(after(g, 3).state == FollowUpState::Done);
    CHECK(after(g, 6).state == FollowUpState::Due);
    CHECK(after(g, 12).state == FollowUpState::Later);
    REQUIRE(g.incomePerPersonLatest);
    CHECK(*g.incomePerPersonLatest == 1200);
    CHECK(g.latestFollowUp == left);
    // The day after: the 6-month one overdue. 30 days before the 12-month one: due.
    g = monitoring.graduated(t.salem, left.addMonths(6).addDays(1)).value().first();
    CHECK(after(g, 6).state == FollowUpState::Overdue);
    g = monitoring.graduated(t.salem, left.addMonths(12).addDays(-GraduationMonitoring::kDueWithinDays)).value().first();
    CHECK(after(g, 12).state == FollowUpState::Due);
    g = monitoring.graduated(t.salem, left.addMonths(12).addDays(-GraduationMonitoring::kDueWithinDays - 1)).value().first();
    CHECK(after(g, 12).state == FollowUpState::Later);

    // The salary falls to 1,600 (under 1,650): the required criterion no longer
    // holds, the family is at risk.
    t.income(h, head, QStringLiteral("salary"), 1600, left);
    g = monitoring.graduated(t.salem, left.addDays(2)).value().first();
    CHECK_FALSE(Graduation::met(g.now.results, Criterion::AboveThreshold));
    CHECK(Graduation::met(g.now.results, Criterion::EmployedMember));
    CHECK(g.atRisk);
    CHECK(g.noLongerMet == QList<Criterion>{Criterion::AboveThreshold, Criterion::GoalsAchieved});
    // A field worker sees the families assigned to them only: none here.
    impact::ReadinessScope mine;
    mine.workerId = t.omar.userId;
    CHECK(monitoring.graduated(t.omar, left, mine).value().isEmpty());

    // Back in support: said so, and no longer "at risk" (it is supported again).
    REQUIRE(t.exits.reenter(t.omar, h, left, QStringLiteral("lost_job")).ok());
    g = monitoring.graduated(t.salem, left.addDays(2)).value().first();
    CHECK(g.returned);
    CHECK(g.returnedOn == left);
    CHECK_FALSE(g.atRisk);
}

TEST_CASE("After graduation: a follow-up's state on the days around its due day", "[impact][graduation]")
{
    const QDate due(2026, 6, 30);
    CHECK(GraduationMonitoring::stateOf(due, {}, due.addDays(1)) == FollowUpState::Overdue);
    CHECK(GraduationMonitoring::stateOf(due, {}, due) == FollowUpState::Due);
    CHECK(GraduationMonitoring::stateOf(due, {}, due.addDays(-30)) == FollowUpState::Due);
    CHECK(GraduationMonitoring::stateOf(due, {}, due.addDays(-31)) == FollowUpState::Later);
    CHECK(GraduationMonitoring::stateOf(due, due.addDays(5), due.addDays(40)) == FollowUpState::Done);
}
