// The member and status facts kept per household (impact::StatusFacts): the
// caseload of ImpactFixture.h comes out the same from the stored facts, from
// households marked since and by SQL; a member or a status change written
// later, locally or by an import, marks its household; check's rebuild
// mends facts a write left stale.
#include "FactsLaptop.h"
#include "ImpactFixture.h"
#include "impact/StatusFacts.h"

using namespace tamkeen;
using namespace tamkeen::impact;
using namespace tamkeen::test::impactfixture;

namespace {

Period quarter(int year, int q)
{
    auto p = Period::quarter(year, q);
    REQUIRE(p.ok());
    return p.value();
}

// The caseload of Q1 and Q2 2025 and the supported households at the end of
// each month of the first half, as text (households as the fixture's numbers).
QString figures(storage::Database &db, const Impact &f)
{
    Indicators indicators(db);
    QStringList out;
    const auto line = [&](const Figure &x) {
        QStringList n;
        for (int k : f.nums(x.households.toList()))
            n << QString::number(k);
        return u"%1=%2[%3]"_qs.arg(x.key).arg(x.value).arg(n.join(u','));
    };
    for (int q : {1, 2}) {
        auto c = indicators.caseload(quarter(2025, q));
        INFO((c ? std::string() : c.error().message.toStdString()));
        REQUIRE(c.ok());
        for (const Figure &x : c.value().households)
            out << line(x);
        for (const Figure &x : c.value().members)
            out << u"members "_qs + line(x);
        out << line(c.value().supported) << line(c.value().registered);
    }
    auto months = indicators.supportedAtMonthEnds(d(2025, 6, 30), 6);
    REQUIRE(months.ok());
    for (qint64 n : months.value())
        out << QString::number(n);
    return out.join(u" | ");
}

QString bySql(storage::Database &db, const Impact &f)
{
    return test::withoutFacts(db, "status", [&] { return figures(db, f); });
}

} // namespace

TEST_CASE("Status facts: stored, marked and by SQL, the caseload agrees with the hand-worked one", "[impact]")
{
    Impact f;
    CHECK(test::countOf(f.db, u"SELECT count(*) FROM status_facts_stale"_qs) == 24);
    const QString marked = figures(f.db, f);
    // Worked by hand (ImpactFixture.h), on 2025-03-31: active H01, H20-H24 with
    // 9 members (H01 has 2, H21 3); re-entered H13; supported 7.
    CHECK(marked.contains(u"active=6[1,20,21,22,23,24]"_qs));
    CHECK(marked.contains(u"members active=9[1,20,21,22,23,24]"_qs));
    CHECK(marked.contains(u"reentered=1[13]"_qs));
    CHECK(bySql(f.db, f) == marked);
    REQUIRE(StatusFacts::refresh(f.db).ok());
    CHECK(test::countOf(f.db, u"SELECT count(*) FROM status_facts_stale"_qs) == 0);
    CHECK(test::countOf(f.db, u"SELECT count(*) FROM status_facts"_qs) == 24);
    CHECK(figures(f.db, f) == marked);
}

TEST_CASE("Status facts: a member or a status change after they were stored counts at once", "[impact]")
{
    Impact f;
    REQUIRE(StatusFacts::refresh(f.db).ok());
    f.member(20, u"سارة"_qs, u"daughter"_qs, u"female"_qs);
    f.status(7, "active", d(2025, 3, 15));
    CHECK(test::countOf(f.db, u"SELECT count(*) FROM status_facts_stale"_qs) == 2);
    const QString now = figures(f.db, f);
    CHECK(now.contains(u"active=7[1,7,20,21,22,23,24]"_qs));
    CHECK(now.contains(u"members active=11[1,7,20,21,22,23,24]"_qs));
    CHECK(now == bySql(f.db, f));
    REQUIRE(StatusFacts::refresh(f.db).ok());
    CHECK(figures(f.db, f) == now);

    // A member moved to another household by a raw write: both marked.
    REQUIRE(f.db.write(u"UPDATE members SET household_id = ? WHERE household_id = ? AND relation = 'daughter'"_qs,
                       {f.h.at(1), f.h.at(20)})
                .ok());
    CHECK(test::countOf(f.db, u"SELECT count(*) FROM status_facts_stale"_qs) == 2);
    CHECK(figures(f.db, f).contains(u"members active=11"_qs));
    CHECK(figures(f.db, f) == bySql(f.db, f));
}

TEST_CASE("Status facts: an import marks the households of the members and changes it brings", "[impact]")
{
    Impact f;
    test::FactsLaptop laptop(f.db, f.admin);
    storage::Database &l = laptop.db;
    laptop.receive(u"first.tamkeen"_qs);
    const QString right = figures(f.db, f);
    CHECK(figures(l, f) == right);
    REQUIRE(StatusFacts::refresh(l).ok());
    CHECK(figures(l, f) == right);

    f.member(20, u"سارة"_qs, u"daughter"_qs, u"female"_qs);
    f.status(7, "active", d(2025, 3, 15));
    const QString changed = figures(f.db, f);
    CHECK(changed != right);
    laptop.receive(u"second.tamkeen"_qs);
    CHECK(test::countOf(l, u"SELECT count(*) FROM status_facts_stale"_qs) == 2);
    CHECK(figures(l, f) == changed);
    REQUIRE(StatusFacts::refresh(l).ok());
    CHECK(figures(l, f) == changed);
    qint64 wrong = -1;
    REQUIRE(StatusFacts::rebuild(l, &wrong).ok());
    CHECK(wrong == 0);
}

TEST_CASE("Status facts: check's rebuild mends a member archived without marking, and a date not in ISO form goes to SQL",
          "[impact]")
{
    Impact f;
    REQUIRE(StatusFacts::refresh(f.db).ok());
    const QString right = figures(f.db, f);
    {
        storage::Database::TriggersOff off(f.db);
        REQUIRE(f.db.write(u"UPDATE members SET deleted = 1 WHERE household_id = ? AND relation <> 'head'"_qs,
                           {f.h.at(21)})
                    .ok());
    }
    const QString sql = bySql(f.db, f);
    CHECK(sql != right);
    CHECK(figures(f.db, f) == right); // the stale row
    qint64 wrong = -1;
    REQUIRE(StatusFacts::rebuild(f.db, &wrong).ok());
    CHECK(wrong == 1);
    CHECK(figures(f.db, f) == sql);
    CHECK(figures(f.db, f).contains(u"members active=7[1,20,21,22,23,24]"_qs));

    // H07's suspension dated "2025-2-1": SQL compares the text ("2025-2-1" sorts
    // after "2025-03-31"), the facts refuse it.
    REQUIRE(f.db.write(u"UPDATE household_status SET effective_date = '2025-2-1' WHERE household_id = ? "
                       "AND status = 'suspended'"_qs,
                       {f.h.at(7)})
                .ok());
    REQUIRE(StatusFacts::refresh(f.db).ok());
    auto facts = StatusFacts::load(f.db);
    REQUIRE(facts.ok());
    CHECK(facts.value() == nullptr);
    CHECK(figures(f.db, f) == bySql(f.db, f));
}

TEST_CASE("Status facts: made in several passes (as at a million households), every household is there once", "[impact]")
{
    Impact f;
    REQUIRE(StatusFacts::refresh(f.db).ok());
    const QString right = figures(f.db, f);
    // A stale row and a row of a household with no rows at all, then every
    // row made again in passes of 3 households (ids split by their first byte).
    REQUIRE(f.db.execScript(u"UPDATE status_facts SET packed = x'0100' WHERE household_id = (SELECT min(household_id) "
                            "FROM status_facts); INSERT INTO status_facts VALUES (randomblob(16), x'01000100000000')"_qs)
                .ok());
    qint64 wrong = -1;
    REQUIRE(StatusFacts::rebuild(f.db, &wrong, 3).ok());
    CHECK(wrong == 2);
    CHECK(test::countOf(f.db, u"SELECT count(*) FROM status_facts"_qs) == 24);
    CHECK(figures(f.db, f) == right);
    REQUIRE(StatusFacts::rebuild(f.db, &wrong, 3).ok());
    CHECK(wrong == 0);
    CHECK(figures(f.db, f) == bySql(f.db, f));
}
