// The members able to work kept per household (impact::AbleMembers, table
// able_facts): work's figures of WorkImpactFixture.h come out the same from
// the stored facts, from households marked since and by SQL; a member's
// employment changed later, locally or by an import, marks its household.
#include "FactsLaptop.h"
#include "WorkImpactFixture.h"
#include "impact/AbleMembers.h"

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

// Work's members for Q1 2025 as text: able with a plan, working at its start, working now.
QString figures(storage::Database &db, const WorkImpact &t)
{
    Indicators indicators(db);
    auto r = indicators.work(quarter(2025, 1));
    INFO((r ? std::string() : r.error().message.toStdString()));
    REQUIRE(r.ok());
    const auto line = [&](const Figure &f) {
        QStringList n;
        for (int k : t.nums(f.households.toList()))
            n << QString::number(k);
        return u"%1[%2]"_qs.arg(f.value).arg(n.join(u','));
    };
    return u"able %1 start %2 now %3"_qs.arg(line(r.value().members), line(r.value().workingAtStart),
                                             line(r.value().workingNow));
}

QString bySql(storage::Database &db, const WorkImpact &t)
{
    return test::withoutFacts(db, "able", [&] { return figures(db, t); });
}

} // namespace

TEST_CASE("Able-member facts: stored, marked and by SQL, work's members agree with the hand-worked ones", "[impact]")
{
    WorkImpact t;
    const QString marked = figures(t.db, t);
    // Worked by hand (WorkImpactFixture.h): the heads of P1, P2 and P3; P3 at
    // its plan's start; all three now.
    CHECK(marked == u"able 3[1,2,3] start 1[3] now 3[1,2,3]"_qs);
    CHECK(bySql(t.db, t) == marked);
    REQUIRE(AbleMembers::refresh(t.db).ok());
    CHECK(t.db.scalar(u"SELECT count(*) FROM able_facts_stale"_qs).value().toInt() == 0);
    CHECK(figures(t.db, t) == marked);

    // P2's head no longer works, P1's cannot work now: at once, before storing.
    t.person(2, true, "unemployed");
    t.person(1, false, "employed");
    const QString now = figures(t.db, t);
    CHECK(now == u"able 2[2,3] start 1[3] now 1[3]"_qs);
    CHECK(now == bySql(t.db, t));
    REQUIRE(AbleMembers::refresh(t.db).ok());
    CHECK(figures(t.db, t) == now);
}

// Each head of the fixture: not able (-), able and working (w) or not (n),
// as AbleMembers reads them (from the facts, or by SQL when `bySql`).
QString heads(storage::Database &db, const WorkImpact &t, bool bySql = false)
{
    if (bySql)
        REQUIRE(db.write(u"UPDATE impact_facts_state SET built = 0 WHERE name = 'able'"_qs, {}).ok());
    auto able = AbleMembers::load(db);
    if (bySql)
        REQUIRE(db.write(u"UPDATE impact_facts_state SET built = 1 WHERE name = 'able'"_qs, {}).ok());
    REQUIRE(able.ok());
    REQUIRE(able.value() != nullptr);
    QString out;
    for (qsizetype n = 1; n < t.head.size(); ++n) {
        const AbleMembers::Member *m = able.value()->find(t.head.at(n));
        out += m ? (m->working ? u'w' : u'n') : u'-';
    }
    return out;
}

TEST_CASE("Able-member facts: an import marks the households of the members it brings, and check mends an unmarked write",
          "[impact]")
{
    WorkImpact t;
    test::FactsLaptop laptop(t.db, t.admin);
    laptop.receive(u"first.tamkeen"_qs);
    const QString right = heads(t.db, t);
    CHECK(right.startsWith(u"www"_qs)); // P1-P3's heads able and working now
    CHECK(heads(laptop.db, t) == right);
    CHECK(heads(laptop.db, t, true) == right);
    REQUIRE(AbleMembers::refresh(laptop.db).ok());
    t.person(2, true, "unemployed");
    laptop.receive(u"second.tamkeen"_qs);
    CHECK(heads(laptop.db, t).startsWith(u"wnw"_qs));
    CHECK(heads(laptop.db, t) == heads(t.db, t));
    CHECK(heads(laptop.db, t) == heads(laptop.db, t, true));

    REQUIRE(AbleMembers::refresh(t.db).ok());
    {
        storage::Database::TriggersOff off(t.db);
        REQUIRE(t.db.write(u"UPDATE members SET employment = 'employed' WHERE employment = 'unemployed'"_qs, {}).ok());
    }
    CHECK(heads(t.db, t) != heads(t.db, t, true)); // stale
    qint64 wrong = -1;
    REQUIRE(AbleMembers::rebuild(t.db, &wrong).ok());
    CHECK(wrong >= 1);
    CHECK(heads(t.db, t) == heads(t.db, t, true));
    CHECK(figures(t.db, t) == bySql(t.db, t));
}
