// Issue 14 §8: a household whose assigned worker changed counts under the
// worker it has now, in every period (docs/indicators.md, "Filter": there is
// no dated history of assignments). Expected values are counted by hand from
// ImpactFixture.h's timeline: the Q1 2025 exits are H02 H03 H04 H05 H11 H12
// H14 H16 H17 H18 H19, and no household has a worker until this test gives one.
#include "ImpactFixture.h"

using namespace tamkeen;
using namespace tamkeen::impact;
using namespace tamkeen::test::impactfixture;

namespace {

Period q(int year, int quarter)
{
    auto p = Period::quarter(year, quarter);
    REQUIRE(p.ok());
    return p.value();
}

void assign(Impact &f, int n, const QByteArray &worker)
{
    auto h = f.households.household(f.h.at(n));
    REQUIRE(h.ok());
    registry::HouseholdData data = h.value();
    data.assignedWorker = worker;
    const Status s = f.households.update(f.admin, f.h.at(n), data);
    INFO((s ? std::string() : s.error().message.toStdString()));
    REQUIRE(s.ok());
}

} // namespace

TEST_CASE("A household handed to another worker after the period counts under its worker now, in every period",
          "[impact]")
{
    Impact f;
    const QByteArray salma(16, '\x51'), omar(16, '\x52');
    ImpactFilter bySalma, byOmar;
    bySalma.worker = salma;
    byOmar.worker = omar;
    // Before any assignment neither worker has an exit in Q1 2025.
    CHECK(f.indicators.exits(q(2025, 1), bySalma).value().total.value == 0);

    // H02 (exit 2025-01-01) and H05 (exit 2025-03-31) to Salma; H11 (exit 2025-03-10) and
    // H01 (active throughout) to Omar.
    assign(f, 2, salma);
    assign(f, 5, salma);
    assign(f, 11, omar);
    assign(f, 1, omar);
    CHECK(f.nums(f.indicators.exits(q(2025, 1), bySalma).value().total.households) == QList<int>{2, 5});
    CHECK(f.nums(f.indicators.exits(q(2025, 1), byOmar).value().total.households) == QList<int>{11});

    // H05 is handed from Salma to Omar: its exit moves with it, even for the period
    // when Salma was its worker, and nothing is counted twice.
    assign(f, 5, omar);
    CHECK(f.nums(f.indicators.exits(q(2025, 1), bySalma).value().total.households) == QList<int>{2});
    CHECK(f.nums(f.indicators.exits(q(2025, 1), byOmar).value().total.households) == QList<int>{5, 11});
    // Omar's caseload on 2025-03-31: H11 left on 2025-03-10, so H01 alone is supported.
    CHECK(f.nums(f.indicators.caseload(q(2025, 1), byOmar).value().supported.households) == QList<int>{1});
    // In Q1 2026 H11 is back (re-entry 2026-02-15): H01 and H11.
    CHECK(f.nums(f.indicators.caseload(q(2026, 1), byOmar).value().supported.households) == QList<int>{1, 11});
    // The whole organisation's exits are the same whoever holds the households.
    CHECK(f.indicators.exits(q(2025, 1)).value().total.value == 11);
}
