// Each household's plans, members and exits kept (impact::PlanFacts, table
// plan_facts): indicators 5 to 7 on the fixture of PlanImpactFixture.h come
// out the same from the stored facts, from households marked since and by
// SQL, after writes made here, by an import, and without any mark (check).
#include "FactsLaptop.h"
#include "PlanImpactFixture.h"
#include "WorkImpactFixture.h"
#include "impact/PlanFacts.h"

using namespace tamkeen;
using namespace tamkeen::impact;
using namespace tamkeen::test::planimpact;
using tamkeen::test::countOf;
using tamkeen::test::workimpact::WorkImpact;

namespace {

Period quarter(int year, int q)
{
    auto p = Period::quarter(year, q);
    REQUIRE(p.ok());
    return p.value();
}

QString line(const PlanImpact &t, const Figure &f)
{
    QStringList n;
    for (int k : t.nums(f.households.toList()))
        n << QString::number(k);
    return u"%1[%2]"_qs.arg(f.value).arg(n.join(u','));
}

QString number(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'f', 1) : u"-"_qs;
}

// Indicators 5 and 7 for a quarter, and the plans active at the end of the
// five months to April 2025, as text.
QString figures(storage::Database &db, const PlanImpact &t, const Period &period, const ImpactFilter &filter = {})
{
    Indicators indicators(db);
    auto x = indicators.independence(period, filter);
    auto p = indicators.plans(period, filter);
    auto months = indicators.activePlansAtMonthEnds(d(2025, 4, 15), 5, filter);
    INFO((x ? std::string() : x.error().message.toStdString()));
    INFO((p ? std::string() : p.error().message.toStdString()));
    REQUIRE(x.ok());
    REQUIRE(p.ok());
    REQUIRE(months.ok());
    const Independence &i = x.value();
    QString out = u"with %1 median %2 rose %3 eligible %4 crossed %5 exited %6 at exit %7 ratio %8/%9 now %10/%11 |"_qs
                      .arg(line(t, i.households), number(i.medianChange), line(t, i.rose), line(t, i.eligibleAtBaseline),
                           line(t, i.crossed), line(t, i.exited), number(i.medianChangeAtExit))
                      .arg(i.ratioAtBaseline.earned)
                      .arg(i.ratioAtBaseline.total)
                      .arg(i.ratioNow.earned)
                      .arg(i.ratioNow.total);
    for (const Figure &f : p.value().byStatus)
        if (f.value != 0)
            out += u" %1 %2"_qs.arg(f.key, line(t, f));
    out += u" | goals %1 achieved %2 exits %3 days %4 overdue %5 unreviewed %6 | months"_qs.arg(
        line(t, p.value().goals), line(t, p.value().goalsAchieved), line(t, p.value().exitsAfterPlan),
        number(p.value().medianDaysToExit), line(t, p.value().overdueTasks), line(t, p.value().unreviewed));
    for (qint64 n : months.value())
        out += u" %1"_qs.arg(n);
    return out;
}

QString bySql(storage::Database &db, const PlanImpact &t, const Period &period, const ImpactFilter &filter = {})
{
    return test::withoutFacts(db, "plan", [&] { return figures(db, t, period, filter); });
}

bool kept(storage::Database &db)
{
    auto f = PlanFacts::load(db);
    REQUIRE(f.ok());
    return f.value() != nullptr;
}

// Worked by hand from PlanImpactFixture.h, as test_impact_plans.cpp explains each figure.
const QString kQ1 = u"with 4[1,2,3,7] median 375.0 rose 2[1,2] eligible 4[1,2,3,7] crossed 3[1,2,3] exited 2[2,3] "
                    "at exit 350.0 ratio 1000/2300 now 3050/4350 | draft 1[5] submitted 1[6] active 3[1,2,7] "
                    "completed 1[3] | goals 5[1,2,3,7] achieved 2[1,3] exits 2[2,3] days 86.0 overdue 3[1,7] "
                    "unreviewed 2[2,7] | months 3 4 4 3 4"_qs;

} // namespace

TEST_CASE("Plan facts: stored, marked and by SQL, indicators 5 to 7 agree with the hand-worked ones", "[impact]")
{
    PlanImpact t;
    CHECK(countOf(t.db, u"SELECT count(*) FROM plan_facts_stale"_qs) == 7); // every household with a plan, marked
    CHECK(kept(t.db));
    CHECK(figures(t.db, t, quarter(2025, 1)) == kQ1);
    CHECK(bySql(t.db, t, quarter(2025, 1)) == kQ1);
    REQUIRE(PlanFacts::refresh(t.db).ok());
    CHECK(countOf(t.db, u"SELECT count(*) FROM plan_facts_stale"_qs) == 0);
    CHECK(countOf(t.db, u"SELECT count(*) FROM plan_facts"_qs) == 7);
    CHECK(figures(t.db, t, quarter(2025, 1)) == kQ1);
    ImpactFilter women;
    women.headSex = u"female"_qs;
    CHECK(figures(t.db, t, quarter(2025, 1), women) == bySql(t.db, t, quarter(2025, 1), women));
    CHECK(figures(t.db, t, quarter(2024, 4)) == bySql(t.db, t, quarter(2024, 4)));

    // After storing: P7's open task done on 03-31, a member added to P3 and
    // P5's exit taken back. P7 no longer has an overdue task; P3's income per
    // person halves (1,150 / 2: under 1,000 × 1.2, and under its threshold
    // of 1,650 now); P5 had no plan, so nothing else moves.
    t.sql(u"UPDATE plan_tasks SET done_on = '2025-03-31', status = 'done' WHERE plan_id = ? AND status = 'open'"_qs,
          {t.plan.at(7)});
    registry::MemberData son = person(u"يوسف"_qs, u"خالد"_qs, u"القحطاني"_qs, u"son"_qs, u"male"_qs);
    auto added = t.households.members().add(t.admin, t.h.at(3), son);
    INFO((added ? std::string() : added.error().message.toStdString()));
    REQUIRE(added.ok());
    t.sql(u"UPDATE household_exits SET deleted = 1 WHERE household_id = ?"_qs, {t.h.at(5)});
    CHECK(countOf(t.db, u"SELECT count(*) FROM plan_facts_stale"_qs) == 3);
    const QString now = figures(t.db, t, quarter(2025, 1));
    CHECK(now.contains(u"overdue 2[1] "_qs));
    CHECK(now.contains(u"crossed 2[1,2] "_qs));
    CHECK(now == bySql(t.db, t, quarter(2025, 1)));
    REQUIRE(PlanFacts::refresh(t.db).ok());
    CHECK(figures(t.db, t, quarter(2025, 1)) == now);
}

TEST_CASE("Plan facts: a plan moved to another household, and a deleted plan, leave both households right", "[impact]")
{
    PlanImpact t;
    REQUIRE(PlanFacts::refresh(t.db).ok());
    // P7's plan now belongs to P4's household (as a correction from another
    // copy could make it), and P6's plan is deleted.
    t.sql(u"UPDATE plans SET household_id = ? WHERE id = ?"_qs, {t.h.at(4), t.plan.at(7)});
    t.sql(u"UPDATE plans SET deleted = 1 WHERE id = ?"_qs, {t.plan.at(6)});
    const QString moved = figures(t.db, t, quarter(2025, 1));
    CHECK(moved.contains(u"active 3[1,2,4] "_qs));
    CHECK_FALSE(moved.contains(u"submitted"_qs));
    CHECK(moved == bySql(t.db, t, quarter(2025, 1)));
    REQUIRE(PlanFacts::refresh(t.db).ok());
    CHECK(countOf(t.db, u"SELECT count(*) FROM plan_facts"_qs) == 5); // P1-P5: P4 holds two plans, P6 and P7 none
    CHECK(figures(t.db, t, quarter(2025, 1)) == moved);
}

TEST_CASE("Plan facts: an import marks the households of the plans it brings, and check mends an unmarked write",
          "[impact]")
{
    PlanImpact t;
    test::FactsLaptop laptop(t.db, t.admin);
    laptop.receive(u"first.tamkeen"_qs);
    // The laptop believes no approval the fixture moved back by hand (its
    // signature no longer matches): its figures are its own, the same either way.
    const QString first = figures(laptop.db, t, quarter(2025, 1));
    CHECK(first.contains(u"overdue 3[1,7] "_qs));
    CHECK(first == bySql(laptop.db, t, quarter(2025, 1)));
    REQUIRE(PlanFacts::refresh(laptop.db).ok());
    CHECK(figures(laptop.db, t, quarter(2025, 1)) == first);

    // At the centre: P7's open task done on 03-31 (no longer overdue then).
    auto task = t.db.scalar(u"SELECT id FROM plan_tasks WHERE plan_id = ? AND status = 'open'"_qs, {t.plan.at(7)});
    REQUIRE(task.ok());
    REQUIRE(t.plans.completeTask(t.huda, task.value().toByteArray(), d(2025, 3, 31)).ok());
    CHECK(figures(t.db, t, quarter(2025, 1)).contains(u"overdue 2[1] "_qs));
    laptop.receive(u"second.tamkeen"_qs);
    CHECK(countOf(laptop.db, u"SELECT count(*) FROM plan_facts_stale"_qs) >= 1);
    const QString second = figures(laptop.db, t, quarter(2025, 1));
    CHECK(second.contains(u"overdue 2[1] "_qs));
    CHECK(second == bySql(laptop.db, t, quarter(2025, 1)));
    REQUIRE(PlanFacts::refresh(laptop.db).ok());
    CHECK(figures(laptop.db, t, quarter(2025, 1)) == second);

    // A write with the triggers off (no mark): the stored row is wrong until check.
    REQUIRE(PlanFacts::refresh(t.db).ok());
    {
        storage::Database::TriggersOff off(t.db);
        REQUIRE(t.db.write(u"UPDATE plan_goals SET status = 'achieved' WHERE plan_id = ?"_qs, {t.plan.at(7)}).ok());
    }
    CHECK(figures(t.db, t, quarter(2025, 1)) != bySql(t.db, t, quarter(2025, 1))); // stale
    qint64 wrong = -1;
    REQUIRE(PlanFacts::rebuild(t.db, &wrong).ok());
    CHECK(wrong == 1);
    CHECK(figures(t.db, t, quarter(2025, 1)).contains(u"achieved 3[1,3,7] "_qs));
    CHECK(figures(t.db, t, quarter(2025, 1)) == bySql(t.db, t, quarter(2025, 1)));
    // In passes of one household's first byte or so, the same rows.
    REQUIRE(PlanFacts::rebuild(t.db, &wrong, 1).ok());
    CHECK(wrong == 0);
}

TEST_CASE("Plan facts: values the application never writes send the indicators to their SQL", "[impact]")
{
    PlanImpact t;
    REQUIRE(PlanFacts::refresh(t.db).ok());
    CHECK(kept(t.db));
    SECTION("a task due on a date written otherwise")
    {
        t.sql(u"UPDATE plan_tasks SET due_date = '2025-3-1' WHERE plan_id = ?"_qs, {t.plan.at(7)});
    }
    SECTION("a baseline that is not JSON")
    {
        t.sql(u"UPDATE plans SET baseline = '{income' WHERE id = ?"_qs, {t.plan.at(4)});
    }
    SECTION("an event naming its plan by text")
    {
        t.sql(u"UPDATE plan_events SET plan_id = CAST(plan_id AS TEXT) WHERE plan_id = ? AND event = 'reviewed'"_qs,
              {t.plan.at(7)});
    }
    SECTION("an event whose own id is text (SQL sorts it before every blob)")
    {
        t.sql(u"INSERT INTO plan_events(id, created_at, created_by, updated_at, updated_by, plan_id, event, status, at) "
              "VALUES ('ZZZZZZZZZZZZZZZZ', 'now', ?, 'now', ?, ?, 'reviewed', 'active', '2025-01-05T12:00')"_qs,
              {t.admin.userId, t.admin.userId, t.plan.at(7)});
    }
    SECTION("an exit on a day that is not in the calendar")
    {
        t.sql(u"UPDATE household_exits SET on_date = '2025-02-30' WHERE household_id = ?"_qs, {t.h.at(3)});
    }
    CHECK_FALSE(kept(t.db)); // marked
    REQUIRE(PlanFacts::refresh(t.db).ok());
    CHECK_FALSE(kept(t.db)); // stored
}

TEST_CASE("Plan facts: work's members come from the kept plans, unless two of a member's plans began on one day",
          "[impact]")
{
    WorkImpact t;
    const auto work = [&](storage::Database &db) {
        Indicators indicators(db);
        auto r = indicators.work(quarter(2025, 1));
        INFO((r ? std::string() : r.error().message.toStdString()));
        REQUIRE(r.ok());
        QStringList n;
        for (const Figure *f : {&r.value().members, &r.value().workingAtStart, &r.value().workingNow,
                                &r.value().earningAtStart, &r.value().earningAtEnd}) {
            QStringList k;
            for (int i : t.nums(f->households.toList()))
                k << QString::number(i);
            n << u"%1[%2]"_qs.arg(f->value).arg(k.join(u','));
        }
        return n.join(u' ');
    };
    const QString facts = work(t.db);
    CHECK(facts.startsWith(u"3[1,2,3] 1[3] 3[1,2,3] "_qs)); // as test_able_facts.cpp works them out
    CHECK(facts == test::withoutFacts(t.db, "plan", [&] { return work(t.db); }));
    REQUIRE(PlanFacts::refresh(t.db).ok());
    CHECK(work(t.db) == facts);

    // P1's head gets a second plan in P2's household, started the day P1's
    // began: which is first is decided by when each was made (SQL).
    t.sql(u"INSERT INTO plans(id, created_at, created_by, updated_at, updated_by, member_id, household_id, "
          "counsellor_id, status, started_on, approved_on, baseline) SELECT x'00112233445566778899aabbccddeeff', "
          "'0000', created_by, updated_at, updated_by, member_id, ?, counsellor_id, status, started_on, approved_on, "
          "'{\"employment\":\"employed\"}' FROM plans WHERE id = ?"_qs,
          {t.h.at(2), t.plan.at(1)});
    const QString two = work(t.db);
    CHECK(two == test::withoutFacts(t.db, "plan", [&] { return work(t.db); }));
    CHECK(two.contains(u" 2[1,3] "_qs)); // P1's head in work at the start of the plan made first
}
