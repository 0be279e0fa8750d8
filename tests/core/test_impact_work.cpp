// Indicator 6, work, on the plans fixture (PlanImpactFixture.h) with, set
// here: P1's, P2's and P3's heads able to work, P7's not; baseline employment
// P1 unemployed, P2 none recorded, P3 employed; employment now P1 employed,
// P2 self-employed, P3 employed. Their own earned incomes (from the fixture):
// P1 salary since 2025-02-01, P2 own business since 2025-01-15, P3 salary
// since 2024-12-01. Referrals completed: P1 → employer on 2025-02-01, P3 →
// training on 2025-01-01 (Q1's first day), P2 → bank on 04-01 (after Q1),
// P7 → bank on 2024-12-31 (before), P5 → charity on 03-01 (not counted).
#include "PlanImpactFixture.h"
#include "impact/IndicatorReport.h"
#include "referrals/ReferralService.h"

using namespace tamkeen;
using namespace tamkeen::impact;
using namespace tamkeen::test::planimpact;

namespace {

struct WorkImpact : PlanImpact {
    referrals::ReferralService referrals{db};

    void person(int n, bool able, const char *now)
    {
        sql(QStringLiteral("UPDATE members SET able_to_work = ?, employment = ? WHERE id = ?"),
            {able ? 1 : 0, QString::fromLatin1(now), head.at(n)});
    }
    void completed(int n, const char *kind, const QDate &sent, const QDate &done)
    {
        referrals::Partner p;
        p.name = QStringLiteral("جهة %1").arg(n);
        p.kind = QString::fromLatin1(kind);
        p.services = {QStringLiteral("خدمة")};
        auto partner = referrals.addPartner(admin, p);
        REQUIRE(partner.ok());
        referrals::ReferralData r;
        r.memberId = head.at(n);
        r.partnerId = partner.value();
        r.service = QStringLiteral("خدمة");
        r.sentOn = sent;
        auto id = referrals.refer(huda, r);
        INFO((id ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
        REQUIRE(referrals.setStatus(huda, id.value(), QStringLiteral("accepted"), sent).ok());
        REQUIRE(referrals.setStatus(huda, id.value(), QStringLiteral("completed"), done).ok());
    }

    WorkImpact()
    {
        person(1, true, "employed");
        person(2, true, "self_employed");
        person(3, true, "employed");
        person(7, false, "unemployed");
        sql(QStringLiteral("UPDATE plans SET baseline = ? WHERE id = ?"),
            {QStringLiteral("{\"incomePerPerson\":400,\"employment\":\"unemployed\"}"), plan.at(1)});
        sql(QStringLiteral("UPDATE plans SET baseline = ? WHERE id = ?"),
            {QStringLiteral("{\"incomePerPerson\":1000,\"employment\":\"employed\"}"), plan.at(3)});
        completed(1, "employer", d(2025, 1, 5), d(2025, 2, 1));
        completed(3, "training", d(2024, 12, 1), d(2025, 1, 1));
        completed(2, "bank", d(2025, 3, 1), d(2025, 4, 1));
        completed(7, "bank", d(2024, 11, 1), d(2024, 12, 31));
        completed(5, "ngo", d(2025, 2, 1), d(2025, 3, 1));
    }
};

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
