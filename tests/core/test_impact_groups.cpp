// The caseload and exits by centre and by worker (the dashboard's bars) on
// ImpactFixture.h's timeline. By hand: on 2025-03-31 the households supported
// are H01 H13 H20 H21 H22 H23 H24 (H15 is archived); Q1 2025's exits are H02
// H03 H04 H05 H11 H12 H14 H16 H17 H18 H19, to self-sufficiency all but H05,
// H12 and H16 (moved, other, moved). No household has a worker until this
// test gives one; all are in the one centre of the set-up.
#include "ImpactFixture.h"
#include "impact/GroupedFigures.h"
#include "org/Identities.h"
#include "security/UserService.h"

using namespace tamkeen;
using namespace tamkeen::impact;
using namespace tamkeen::test::impactfixture;

namespace {

Period q1()
{
    auto p = Period::quarter(2025, 1);
    REQUIRE(p.ok());
    return p.value();
}

void assign(Impact &f, int n, const QByteArray &worker)
{
    auto h = f.households.household(f.h.at(n));
    REQUIRE(h.ok());
    registry::HouseholdData data = h.value();
    data.assignedWorker = worker;
    REQUIRE(f.households.update(f.admin, f.h.at(n), data).ok());
}

// The bars as text: each group's name and households.
QString bars(Impact &f, const QList<GroupFigures> &groups)
{
    QStringList out;
    for (const GroupFigures &g : groups) {
        QStringList n;
        for (const Figure *x : {&g.supported, &g.exits, &g.positive})
            for (int k : f.nums(x->households))
                n << QString::number(k);
        out << g.name + u' ' + QString::fromLatin1(g.id.toHex()) + u' ' + n.join(u',');
    }
    return out.join(u" | ");
}

// The same bars from the households table (the way without the scope's columns).
QString barsBySql(Impact &f, const ImpactFilter &filter, GroupBy by)
{
    Indicators indicators(f.db);
    auto caseload = indicators.caseload(q1(), filter);
    auto exits = indicators.exits(q1(), filter);
    REQUIRE(caseload.ok());
    REQUIRE(exits.ok());
    auto r = GroupedFigures::group(f.db, caseload.value().supported, exits.value(), by);
    REQUIRE(r.ok());
    return bars(f, r.value());
}

} // namespace

TEST_CASE("Caseload and exits by centre: one centre holds them all", "[impact][groups]")
{
    Impact f;
    auto r = GroupedFigures::compute(f.db, q1(), {}, GroupBy::Centre);
    INFO((r ? std::string() : r.error().message.toStdString()));
    REQUIRE(r.ok());
    REQUIRE(r.value().size() == 1);
    const GroupFigures &c = r.value().first();
    const org::CentreRow centre = org::Identities::centres(f.db).value().first();
    CHECK(c.id == centre.id);
    CHECK(c.name == centre.name);
    CHECK(f.nums(c.supported.households) == QList<int>{1, 13, 20, 21, 22, 23, 24});
    CHECK(f.nums(c.exits.households) == QList<int>{2, 3, 4, 5, 11, 12, 14, 16, 17, 18, 19});
    CHECK(f.nums(c.positive.households) == QList<int>{2, 3, 4, 11, 14, 17, 18, 19});
    CHECK(barsBySql(f, {}, GroupBy::Centre) == bars(f, r.value()));
    // A centre stored empty and one stored null: "No centre" either way, both ways.
    REQUIRE(f.db.write(u"UPDATE households SET centre_id = x'' WHERE id = ?"_qs, {f.h.at(1)}).ok());
    REQUIRE(f.db.write(u"UPDATE households SET centre_id = NULL WHERE id = ?"_qs, {f.h.at(2)}).ok());
    auto moved = GroupedFigures::compute(f.db, q1(), {}, GroupBy::Centre);
    REQUIRE(moved.ok());
    REQUIRE(moved.value().size() == 2);
    CHECK(moved.value().last().isNone());
    CHECK(f.nums(moved.value().last().supported.households) == QList<int>{1});
    CHECK(f.nums(moved.value().last().exits.households) == QList<int>{2});
    CHECK(barsBySql(f, {}, GroupBy::Centre) == bars(f, moved.value()));
}

TEST_CASE("Caseload and exits by worker: each household under its worker now, the unassigned last", "[impact][groups]")
{
    Impact f;
    security::UserService users(f.db, security::HashCost::minimal());
    auto omar = users.add(f.admin, {QStringLiteral("omar"), QStringLiteral("عمر"), security::Role::FieldWorker,
                                         QStringLiteral("correct horse 12")});
    auto salma = users.add(f.admin, {QStringLiteral("salma"), QStringLiteral("سلمى"), security::Role::FieldWorker,
                                          QStringLiteral("correct horse 12")});
    REQUIRE(omar.ok());
    REQUIRE(salma.ok());
    // H02 and H05 (both left in Q1) to Salma; H01 (active) and H11 (left 03-10) to Omar.
    assign(f, 2, salma.value());
    assign(f, 5, salma.value());
    assign(f, 1, omar.value());
    assign(f, 11, omar.value());
    auto r = GroupedFigures::compute(f.db, q1(), {}, GroupBy::Worker);
    INFO((r ? std::string() : r.error().message.toStdString()));
    REQUIRE(r.ok());
    const QList<GroupFigures> &g = r.value();
    REQUIRE(g.size() == 3);
    // By name (سلمى before عمر), the unassigned last.
    CHECK(g[0].id == salma.value());
    CHECK(g[0].name == QStringLiteral("سلمى"));
    CHECK(g[0].supported.value == 0);
    CHECK(f.nums(g[0].exits.households) == QList<int>{2, 5});
    CHECK(f.nums(g[0].positive.households) == QList<int>{2}); // H05 moved
    CHECK(g[1].id == omar.value());
    CHECK(f.nums(g[1].supported.households) == QList<int>{1});
    CHECK(f.nums(g[1].exits.households) == QList<int>{11});
    CHECK(g[2].isNone());
    CHECK(g[2].name == GroupedFigures::tr("No worker assigned"));
    CHECK(f.nums(g[2].supported.households) == QList<int>{13, 20, 21, 22, 23, 24});
    CHECK(f.nums(g[2].exits.households) == QList<int>{3, 4, 12, 14, 16, 17, 18, 19});
    CHECK(barsBySql(f, {}, GroupBy::Worker) == bars(f, g));

    // The filter applies first: Makkah's households (H04 H09 H11 H12 H21 H24).
    ImpactFilter makkah;
    makkah.region = kMakkah;
    auto m = GroupedFigures::compute(f.db, q1(), makkah, GroupBy::Worker);
    REQUIRE(m.ok());
    REQUIRE(m.value().size() == 2);
    CHECK(f.nums(m.value()[0].exits.households) == QList<int>{11});      // Omar
    CHECK(f.nums(m.value()[1].exits.households) == QList<int>{4, 12});   // nobody's
    CHECK(f.nums(m.value()[1].supported.households) == QList<int>{21, 24});
    CHECK(barsBySql(f, makkah, GroupBy::Worker) == bars(f, m.value()));

    // A period with nothing in it: no bars at all, not bars of zero.
    auto empty = GroupedFigures::compute(f.db, Period::quarter(2020, 1).value(), {}, GroupBy::Worker);
    REQUIRE(empty.ok());
    CHECK(empty.value().isEmpty());
}
