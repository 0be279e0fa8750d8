// Readiness to exit (issue 14 §5): weighted criteria, required ones, the
// pass mark; scores worked out by hand below from the default weights
// (threshold 30 required, a member in work 25, own project 15, goals 20 at
// 75 %, WHO-5 10 at 50, work readiness 0; pass mark 70).
#include "ClinicFixture.h"
#include "impact/ExitReadiness.h"
#include "plans/PlanService.h"

using namespace tamkeen;
using namespace tamkeen::impact;
using namespace tamkeen::test::clinicfixture;

namespace {

struct Ready : Clinic {
    ExitReadiness readiness{db};
    plans::PlanService plans{db};
    security::Session huda = user(QStringLiteral("huda"), QStringLiteral("هدى"), Role::Counsellor);
    security::Session salem = user(QStringLiteral("salem"), QStringLiteral("سالم"), Role::Supervisor);
    security::Session omar = user(QStringLiteral("omar"), QStringLiteral("عمر"), Role::FieldWorker);
    const QDate today = QDate::currentDate();

    // A one-person household (threshold 1,100 a month by default) with a
    // monthly income from `source`.
    QByteArray family(const QString &given, const QString &employment, const QString &source, double amount,
                      QByteArray &head)
    {
        registry::MemberData m = person(given, QStringLiteral("سعد"), QStringLiteral("القحطاني"));
        m.employment = employment;
        const QByteArray id = household(m, head, today.addYears(-1));
        registry::Income i;
        i.householdId = id;
        i.memberId = head;
        i.source = source;
        i.amount = amount;
        i.currency = QStringLiteral("SAR");
        i.effectiveDate = today.addMonths(-2);
        REQUIRE(incomes.record(admin, i).ok());
        return id;
    }

    // An approved plan with `goals` goals, `achieved` of them achieved.
    void plan(const QByteArray &member, int goals, int achieved)
    {
        auto p = plans.create(huda, member, {QStringLiteral("training")});
        REQUIRE(p.ok());
        QList<QByteArray> ids;
        for (int i = 0; i < goals; ++i) {
            auto g = plans.addGoal(huda, p.value(),
                                   {QStringLiteral("training"), QStringLiteral("هدف %1").arg(i), {}, {}, {}, today.addMonths(6)});
            REQUIRE(g.ok());
            ids << g.value();
        }
        REQUIRE(plans.submit(huda, p.value()).ok());
        REQUIRE(plans.approve(salem, p.value()).ok());
        for (int i = 0; i < achieved; ++i)
            REQUIRE(plans.setGoalStatus(huda, ids[i], QStringLiteral("achieved")).ok());
    }

    HouseholdReadiness of(const QByteArray &household, const security::Session &by)
    {
        auto r = readiness.ofHousehold(by, household, today);
        INFO((r ? std::string() : r.error().message.toStdString()));
        REQUIRE(r.ok());
        return r.value();
    }

    static bool met(const HouseholdReadiness &r, Criterion c)
    {
        for (const CriterionResult &x : r.results)
            if (x.criterion == c)
                return x.met;
        return false;
    }
};

} // namespace

TEST_CASE("Readiness to exit: weighted criteria give a score, and only a household meeting the required ones and the "
          "pass mark is ready",
          "[impact]")
{
    Ready t;
    QByteArray headA, headB, headC, headD;
    // A: earns 1,500 (above 1,100), employed, 3 goals of 4 achieved, WHO-5 52: 30 + 25 + 20 + 10 = 85.
    const QByteArray a = t.family(QStringLiteral("فهد"), QStringLiteral("employed"), QStringLiteral("salary"), 1500, headA);
    t.plan(headA, 4, 3);
    REQUIRE(t.assessments.record(t.huda, headA, QStringLiteral("wellbeing"), t.today, who5Data({3, 3, 2, 2, 3})).ok());
    // B: employed but earns 900, under the threshold (required), every goal achieved: 25 + 20 = 45, not ready.
    const QByteArray b = t.family(QStringLiteral("خالد"), QStringLiteral("employed"), QStringLiteral("salary"), 900, headB);
    t.plan(headB, 2, 2);
    // C: self-employed with an own business of 2,000, 1 goal of 2 (50 % < 75 %).
    const QByteArray c = t.family(QStringLiteral("ماجد"), QStringLiteral("self_employed"), QStringLiteral("own_business"),
                                  2000, headC);
    t.plan(headC, 2, 1);
    // D: no active plan: no score.
    const QByteArray d = t.family(QStringLiteral("بدر"), QStringLiteral("unemployed"), QStringLiteral("salary"), 500, headD);

    HouseholdReadiness ra = t.of(a, t.huda);
    CHECK(ra.score == 85);
    CHECK(ra.ready);
    CHECK(Ready::met(ra, Criterion::AboveThreshold));
    CHECK(Ready::met(ra, Criterion::GoalsAchieved));
    CHECK_FALSE(Ready::met(ra, Criterion::OwnProject));
    CHECK(Ready::met(ra, Criterion::Wellbeing));
    const HouseholdReadiness rb = t.of(b, t.huda);
    CHECK(rb.score == 45);
    CHECK_FALSE(rb.ready);
    CHECK_FALSE(Ready::met(rb, Criterion::AboveThreshold));
    const HouseholdReadiness rc = t.of(c, t.huda);
    // C's head is self-employed: a member in work too: 30 + 25 + 15 = 70, ready at the pass mark.
    CHECK(rc.score == 70);
    CHECK(rc.ready);
    CHECK_FALSE(Ready::met(rc, Criterion::GoalsAchieved));
    CHECK(t.readiness.ofHousehold(t.huda, d, t.today).error().code == ErrorCode::NotFound);

    // The list, best first, and the ones ready.
    auto all = t.readiness.scores(t.salem, t.today);
    REQUIRE(all.ok());
    REQUIRE(all.value().size() == 3);
    CHECK(all.value()[0].householdId == a);
    auto ready = t.readiness.ready(t.salem, t.today);
    REQUIRE(ready.ok());
    REQUIRE(ready.value().size() == 2);
    CHECK(ready.value()[0].householdId == a);
    CHECK(ready.value()[1].householdId == c);

    // A field worker gets the same score, but not the WHO-5 score itself.
    ra = t.of(a, t.omar);
    CHECK(ra.score == 85);
    for (const CriterionResult &r : ra.results)
        if (r.criterion == Criterion::Wellbeing) {
            CHECK(r.withheld);
            CHECK(r.value == 0);
        }

    // The administrators set the criteria: goals required, pass mark 60.
    ReadinessCriteria criteria = t.readiness.criteria().value();
    criteria.passMark = 60;
    for (CriterionSetting &s : criteria.criteria)
        if (s.criterion == Criterion::GoalsAchieved)
            s.required = true;
    CHECK(t.readiness.setCriteria(t.salem, criteria).error().code == ErrorCode::PermissionDenied);
    ReadinessCriteria bad = criteria;
    bad.criteria[0].weight = 0; // above_threshold required with no weight
    CHECK(t.readiness.setCriteria(t.admin, bad).error().field == QStringLiteral("above_threshold"));
    bad = criteria;
    for (CriterionSetting &s : bad.criteria)
        s.weight = 0;
    CHECK_FALSE(t.readiness.setCriteria(t.admin, bad).ok());
    REQUIRE(t.readiness.setCriteria(t.admin, criteria).ok());
    CHECK(t.readiness.criteria().value().passMark == 60);
    // C misses the goals now required: not ready; A still is.
    ready = t.readiness.ready(t.salem, t.today);
    REQUIRE(ready.ok());
    REQUIRE(ready.value().size() == 1);
    CHECK(ready.value()[0].householdId == a);
}

TEST_CASE("Readiness to exit: the arithmetic of weights, required criteria and the pass mark", "[impact]")
{
    ReadinessCriteria c = ReadinessCriteria::defaults();
    HouseholdReadiness r;
    r.results = {{Criterion::AboveThreshold, true, false, 0}, {Criterion::EmployedMember, true, false, 0},
                 {Criterion::OwnProject, false, false, 0},   {Criterion::GoalsAchieved, false, false, 0},
                 {Criterion::Wellbeing, true, false, 0},     {Criterion::WorkReadiness, true, false, 0}};
    ExitReadiness::judge(c, r);
    CHECK(r.score == 65); // 30 + 25 + 10; work readiness weighs nothing by default
    CHECK_FALSE(r.ready);
    r.results[2].met = true;
    ExitReadiness::judge(c, r);
    CHECK(r.score == 80);
    CHECK(r.ready);
    r.results[0].met = false; // the required one
    ExitReadiness::judge(c, r);
    CHECK(r.score == 50);
    CHECK_FALSE(r.ready);
}
