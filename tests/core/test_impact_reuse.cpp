// The dashboard reads the status history, member counts and exit cohorts once
// and answers many periods from them (core/impact/StatusHistory,
// IndicatorCache), and loads a drill-down a page at a time. These tests hold
// that nothing read before survives a change, that the monthly exits read in
// one query are each month's exits, and that a status dated in another form
// than ISO is still counted as SQL compares it. Expected values are counted by
// hand from ImpactFixture.h's timeline.
#include "ImpactFixture.h"

#include "impact/DashboardData.h"
#include "impact/HouseholdRows.h"
#include "storage/SyncedWriter.h"

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

QList<int> exitedMonth(Impact &f, int year, int month, const ImpactFilter &filter = {})
{
    auto e = f.indicators.exits(Period::month(year, month).value(), filter);
    REQUIRE(e.ok());
    return f.nums(e.value().total.households);
}

} // namespace

TEST_CASE("A figure computed again after a change on the same connection counts the change", "[impact]")
{
    Impact f;
    auto before = f.indicators.caseload(q(2025, 1));
    REQUIRE(before.ok());
    CHECK(f.nums(byKey(before.value().households, "active").households) == QList<int>{1, 20, 21, 22, 23, 24});
    REQUIRE(f.indicators.sustainedExits(q(2025, 1), {}, d(2026, 3, 31)).ok());

    // H01 leaves in March 2025, asked through the same Indicators object.
    f.exit(1, d(2025, 3, 12), "employment");
    auto after = f.indicators.caseload(q(2025, 1));
    REQUIRE(after.ok());
    CHECK(f.nums(byKey(after.value().households, "active").households) == QList<int>{20, 21, 22, 23, 24});
    CHECK(f.nums(byKey(after.value().households, "exited").households)
          == QList<int>{1, 2, 3, 4, 5, 6, 11, 12, 14, 16, 17, 18, 19});
    auto exits = f.indicators.exits(q(2025, 1));
    REQUIRE(exits.ok());
    CHECK(f.nums(exits.value().total.households) == QList<int>{1, 2, 3, 4, 5, 11, 12, 14, 16, 17, 18, 19});
    auto sustained = f.indicators.sustainedExits(q(2025, 1), {}, d(2026, 3, 31));
    REQUIRE(sustained.ok());
    const ExitCohort &march = sustained.value().cohorts.last();
    CHECK(march.month == d(2025, 3, 1));
    CHECK(f.nums(march.exits.households).contains(1));
}

TEST_CASE("A change committed on another connection (an import, another window) is counted too", "[impact]")
{
    Impact f;
    const Period q1 = q(2025, 1);
    auto before = f.indicators.caseload(q1);
    REQUIRE(before.ok());
    CHECK(f.nums(byKey(before.value().households, "exited").households).contains(2));
    auto cohorts = f.indicators.sustainedExits(q1, {}, d(2026, 3, 31));
    REQUIRE(cohorts.ok());
    CHECK(f.nums(cohorts.value().cohorts.first().exits.households) == QList<int>{2, 3, 14});
    {
        auto other = storage::Database::open(f.t->path());
        REQUIRE(other.ok());
        // H02's exit (1 January 2025) and the status it set, archived on the other connection.
        for (const char *table : {"household_exits", "household_status"}) {
            auto q = other.value()->exec(
                u"UPDATE %1 SET deleted = 1 WHERE household_id = ? AND %2"_s.arg(
                    QLatin1StringView(table),
                    QLatin1StringView(qstrcmp(table, "household_exits") == 0 ? "kind = 'exit'" : "status = 'exited'")),
                {f.h.at(2)});
            INFO((q ? std::string() : q.error().message.toStdString()));
            REQUIRE(q.ok());
        }
    }
    auto after = f.indicators.caseload(q1);
    REQUIRE(after.ok());
    CHECK_FALSE(f.nums(byKey(after.value().households, "exited").households).contains(2));
    CHECK(f.nums(byKey(after.value().households, "active").households) == QList<int>{1, 2, 20, 21, 22, 23, 24});
    auto cohortsAfter = f.indicators.sustainedExits(q1, {}, d(2026, 3, 31));
    REQUIRE(cohortsAfter.ok());
    CHECK(f.nums(cohortsAfter.value().cohorts.first().exits.households) == QList<int>{3, 14});
}

TEST_CASE("The dashboard's monthly exits, read in one query, are each month's exits", "[impact]")
{
    Impact f;
    const auto check = [&](const ImpactFilter &filter) {
        auto dash = computeDashboard(f.db, q(2025, 2), filter, d(2026, 3, 31));
        REQUIRE(dash.ok());
        const QList<MonthFigure> &months = dash.value().exitsByMonth;
        REQUIRE(months.size() == 12);
        CHECK(months.first().month == d(2024, 7, 1));
        CHECK(months.last().month == d(2025, 6, 1));
        for (const MonthFigure &m : months) {
            INFO(m.month.toString(Qt::ISODate).toStdString());
            CHECK(f.nums(m.exits.households) == exitedMonth(f, m.month.year(), m.month.month(), filter));
            CHECK(m.exits.value == m.exits.households.size());
        }
        return months;
    };
    const QList<MonthFigure> all = check({});
    // By hand: January 2025 H02 (the 1st), H14 (the 20th), H03 (the 31st);
    // March: H18, H11, H12, H14 again (it came back on 1 March), H19, H17, H05;
    // H13 in November 2024; H23 in April and H24 in May 2025.
    CHECK(f.nums(all[6].exits.households) == QList<int>{2, 3, 14});
    CHECK(f.nums(all[8].exits.households) == QList<int>{5, 11, 12, 14, 17, 18, 19});
    CHECK(f.nums(all[4].exits.households) == QList<int>{13});
    CHECK(f.nums(all[9].exits.households) == QList<int>{23});
    CHECK(f.nums(all[10].exits.households) == QList<int>{24});
    CHECK(all[11].exits.value == 0);

    ImpactFilter makkah;
    makkah.region = kMakkah;
    CHECK(f.nums(check(makkah)[10].exits.households) == QList<int>{24});
    // The head's age band is read on each month's last day: month by month.
    ImpactFilter age;
    age.headAge = AgeBand{40, 49};
    check(age);
}

TEST_CASE("A status dated in another form than ISO counts where its text sorts, as by SQL", "[impact]")
{
    Impact f;
    // "2025-3-5" sorts after "2025-03-31" and "2025-12-31" (the '3' after '0' and
    // '1'), before "2026-…": H01 is suspended from 2026 on, not from March 2025.
    storage::SyncedWriter writer(f.db);
    auto row = writer.insert(u"household_status"_s, {{u"household_id"_s, f.h.at(1)}, {u"status"_s, u"suspended"_s},
                                                     {u"previous_status"_s, u"active"_s},
                                                     {u"effective_date"_s, u"2025-3-5"_s}});
    REQUIRE(row.ok());
    auto q1 = f.indicators.caseload(q(2025, 1));
    REQUIRE(q1.ok());
    CHECK(f.nums(byKey(q1.value().households, "active").households).contains(1));
    auto q4 = f.indicators.caseload(q(2025, 4));
    REQUIRE(q4.ok());
    CHECK(f.nums(byKey(q4.value().households, "active").households).contains(1));
    auto next = f.indicators.caseload(q(2026, 1));
    REQUIRE(next.ok());
    CHECK(f.nums(byKey(next.value().households, "suspended").households).contains(1));
    CHECK_FALSE(f.nums(byKey(next.value().households, "active").households).contains(1));
    // The day before 2026 Q1 began, H01 was still active: counted at the start.
    auto e = f.indicators.exits(q(2026, 1));
    REQUIRE(e.ok());
    CHECK(f.nums(e.value().activeAtStart.households).contains(1));
}

TEST_CASE("An exit dated in another form than ISO counts where its text sorts, as by SQL", "[impact]")
{
    Impact f;
    auto before = f.indicators.exits(q(2025, 1));
    REQUIRE(before.ok());
    const QList<int> q1 = f.nums(before.value().total.households);
    REQUIRE_FALSE(q1.contains(1));
    // "2025-3-5" sorts after "2025-12-31" and before "2026-…": in no quarter
    // of 2025 (by its date it would be in the first), but in a period from
    // January 2025 to June 2026. H01 never left support otherwise.
    storage::SyncedWriter writer(f.db);
    auto row = writer.insert(u"household_exits"_s, {{u"household_id"_s, f.h.at(1)}, {u"kind"_s, u"exit"_s},
                                                    {u"on_date"_s, u"2025-3-5"_s}, {u"reason"_s, u"employment"_s}});
    REQUIRE(row.ok());
    for (int quarter = 1; quarter <= 4; ++quarter) {
        auto e = f.indicators.exits(q(2025, quarter));
        REQUIRE(e.ok());
        CHECK_FALSE(f.nums(e.value().total.households).contains(1));
    }
    auto after = f.indicators.exits(q(2025, 1));
    REQUIRE(after.ok());
    CHECK(f.nums(after.value().total.households) == q1); // the others still counted
    auto wide = f.indicators.exits(Period::custom(d(2025, 1, 1), d(2026, 6, 30)).value());
    REQUIRE(wide.ok());
    CHECK(f.nums(wide.value().total.households).contains(1));
    CHECK(f.nums(byKey(wide.value().byReason, "employment").households).contains(1));
}

TEST_CASE("A drill-down loads its households a page at a time, in the figure's order", "[impact]")
{
    Impact f;
    auto c = f.indicators.caseload(q(2025, 1));
    REQUIRE(c.ok());
    const Figure &exited = byKey(c.value().households, "exited"); // 12 households
    auto all = householdRows(f.db, exited);
    REQUIRE(all.ok());
    REQUIRE(all.value().size() == 12);
    auto first = householdRows(f.db, exited, 0, 5);
    auto second = householdRows(f.db, exited, 5, 5);
    auto last = householdRows(f.db, exited, 10, 5);
    REQUIRE((first.ok() && second.ok() && last.ok()));
    QList<QByteArray> paged;
    for (const auto *page : {&first.value(), &second.value(), &last.value()})
        for (const HouseholdRow &r : *page)
            paged << r.id;
    CHECK(last.value().size() == 2);
    CHECK(paged == exited.households);
    CHECK(first.value().first().fileNumber == all.value().first().fileNumber);
    // Past the end, or a page of nothing: no rows, no error.
    CHECK(householdRows(f.db, exited, 12, 5).value().isEmpty());
    CHECK(householdRows(f.db, exited, -1, 5).value().isEmpty());
    CHECK(householdRows(f.db, exited, 0, 0).value().isEmpty());
}

TEST_CASE("Figures read inside a transaction that is rolled back are not kept", "[impact]")
{
    Impact f;
    const Status rolledBack = f.db.transaction([&]() -> Status {
        f.exit(1, d(2025, 3, 12), "employment");
        auto inside = f.indicators.caseload(q(2025, 1));
        REQUIRE(inside.ok());
        CHECK(f.nums(byKey(inside.value().households, "exited").households).contains(1));
        return makeError(ErrorCode::Conflict, u"undo"_s);
    });
    REQUIRE_FALSE(rolledBack.ok());
    auto after = f.indicators.caseload(q(2025, 1));
    REQUIRE(after.ok());
    CHECK(f.nums(byKey(after.value().households, "active").households) == QList<int>{1, 20, 21, 22, 23, 24});
}
