// Impact indicators 1-4 (issue 14 §1) on the hand-built fixture of
// ImpactFixture.h. Every expected number is counted by hand from the
// fixture's timeline; the comment beside it names the households.
#include "ImpactFixture.h"

using namespace tamkeen;
using namespace tamkeen::impact;
using namespace tamkeen::test::impactfixture;

namespace {

const QDate kLate = d(2026, 3, 31);  // every Q1 2025 cohort has passed 12 months (March's on this very day)
const QDate kEarly = d(2026, 1, 31); // January 2025's 12 months end on this day; February's and March's not yet

Period q(int year, int quarter)
{
    auto p = Period::quarter(year, quarter);
    REQUIRE(p.ok());
    return p.value();
}

const CohortHorizon &horizon(const ExitCohort &c, int months)
{
    for (const CohortHorizon &h : c.horizons) {
        if (h.months == months)
            return h;
    }
    FAIL("no horizon of " << months << " months");
    return c.horizons.first();
}

} // namespace

TEST_CASE("Periods give their first and last day and the period before", "[impact]")
{
    auto feb = Period::month(2024, 2);
    REQUIRE(feb.ok());
    CHECK(feb.value().first() == d(2024, 2, 1));
    CHECK(feb.value().last() == d(2024, 2, 29)); // a leap year
    CHECK(feb.value().previous().value().first() == d(2024, 1, 1));
    auto jan = Period::month(2025, 1);
    CHECK(jan.value().previous().value().first() == d(2024, 12, 1));
    CHECK(jan.value().previous().value().last() == d(2024, 12, 31));

    const Period q1 = q(2025, 1);
    CHECK(q1.first() == d(2025, 1, 1));
    CHECK(q1.last() == d(2025, 3, 31));
    CHECK(q1.previous().value().first() == d(2024, 10, 1));
    CHECK(q(2025, 4).last() == d(2025, 12, 31));

    auto year = Period::year(2024);
    CHECK(year.value().last() == d(2024, 12, 31));
    CHECK(year.value().days() == 366);
    CHECK(year.value().previous().value().first() == d(2023, 1, 1));

    // Ramadan 1446 in Umm al-Qura: 1 March 2025 to 29 March 2025 (Eid al-Fitr on 30 March).
    auto ramadan = Period::hijriMonth(1446, 9);
    REQUIRE(ramadan.ok());
    CHECK(ramadan.value().first() == d(2025, 3, 1));
    CHECK(ramadan.value().last() == d(2025, 3, 29));
    // Sha'ban 1446 began on 31 January 2025.
    CHECK(ramadan.value().previous().value().first() == d(2025, 1, 31));
    CHECK(ramadan.value().previous().value().last() == d(2025, 2, 28));
    // Muharram's period before is Dhu al-Hijjah of the year before.
    CHECK(Period::hijriMonth(1446, 1).value().previous().value().first() == d(2024, 6, 7));

    // Ten custom days are preceded by the ten days before them.
    auto custom = Period::custom(d(2025, 3, 5), d(2025, 3, 14));
    REQUIRE(custom.ok());
    CHECK(custom.value().days() == 10);
    CHECK(custom.value().previous().value().first() == d(2025, 2, 23));
    CHECK(custom.value().previous().value().last() == d(2025, 3, 4));
    // One day is a period.
    CHECK(Period::custom(d(2025, 3, 5), d(2025, 3, 5)).ok());
}

TEST_CASE("A period that ends before it begins, or a month that does not exist, is refused with a clear message",
          "[impact]")
{
    auto backwards = Period::custom(d(2025, 3, 31), d(2025, 3, 1));
    REQUIRE_FALSE(backwards.ok());
    CHECK(backwards.error().code == ErrorCode::Invalid);
    CHECK(backwards.error().message.contains(u"2025-03-01"_s));
    CHECK(backwards.error().message.contains(u"before it begins"_s));
    CHECK_FALSE(Period::custom(QDate(), d(2025, 3, 1)).ok());
    CHECK_FALSE(Period::month(2025, 13).ok());
    CHECK_FALSE(Period::month(2025, 0).ok());
    CHECK_FALSE(Period::quarter(2025, 5).ok());
    CHECK_FALSE(Period::hijriMonth(1446, 13).ok());
    CHECK_FALSE(Period::hijriMonth(1446, 0).ok());
}

TEST_CASE("Caseload counts households and members by their status on the period's last day", "[impact]")
{
    Impact f;
    auto c = f.indicators.caseload(q(2025, 1));
    REQUIRE(c.ok());
    const Caseload &q1 = c.value();
    // On 2025-03-31: H10 is not registered yet and H15 is archived, 22 households left.
    CHECK(f.nums(byKey(q1.households, "applicant").households) == QList<int>{8, 9});         // H09 registered that day
    CHECK(f.nums(byKey(q1.households, "active").households) == QList<int>{1, 20, 21, 22, 23, 24});
    CHECK(f.nums(byKey(q1.households, "suspended").households) == QList<int>{7});
    // H05 exited on the last day, H06 the day before Q1; H03 comes back only in April.
    CHECK(f.nums(byKey(q1.households, "exited").households) == QList<int>{2, 3, 4, 5, 6, 11, 12, 14, 16, 17, 18, 19});
    CHECK(byKey(q1.households, "exited").value == 12);
    CHECK(f.nums(byKey(q1.households, "reentered").households) == QList<int>{13});
    CHECK(f.nums(q1.supported.households) == QList<int>{1, 13, 20, 21, 22, 23, 24}); // active 6 + re-entered 1
    // Members: one head each, H01 has a spouse (2), H21 a son and a daughter (3).
    CHECK(byKey(q1.members, "active").value == 9);        // 6 heads + 1 + 2
    CHECK(f.nums(byKey(q1.members, "active").households) == QList<int>{1, 20, 21, 22, 23, 24});
    CHECK(byKey(q1.members, "exited").value == 12);
    CHECK(byKey(q1.members, "applicant").value == 2);
    // Registered from 1 January (H08) to 31 March (H09) inclusive, H21 in February.
    CHECK(f.nums(q1.registered.households) == QList<int>{8, 9, 21});

    auto c2 = f.indicators.caseload(q(2025, 2));
    REQUIRE(c2.ok());
    // On 2025-06-30: H03 (April), H18 (May) and H23 (June) came back; H24 left in May.
    CHECK(f.nums(byKey(c2.value().households, "applicant").households) == QList<int>{8, 9, 10});
    CHECK(f.nums(byKey(c2.value().households, "active").households) == QList<int>{1, 20, 21, 22});
    CHECK(f.nums(byKey(c2.value().households, "reentered").households) == QList<int>{3, 13, 18, 23});
    CHECK(byKey(c2.value().households, "exited").value == 11); // 12 of Q1 - H03 - H18 + H24
    CHECK(byKey(c2.value().households, "suspended").value == 1);
    CHECK(f.nums(c2.value().registered.households) == QList<int>{10}); // 2025-04-01, Q2's first day
}

TEST_CASE("The caseload's trend counts the households supported at each month's end", "[impact]")
{
    Impact f;
    // Worked out from the timeline (H15, archived, is never counted):
    // 2024-12-31: 14 — all active then but H06 (exited that day), H13 (exited in
    //   November), H16 (applicant), H20 (active only from 15 January) and H22
    //   (suspended on 12-20).
    // 2025-01-31: 13 — H02, H03 (exited that day) and H14 gone; H20 and H22 back.
    // 2025-02-28: 13 — H04 and H15 gone, H07 suspended; H13 re-entered, H21 new.
    // 2025-03-31: 7, the quarter's supported.
    auto trend = f.indicators.supportedAtMonthEnds(d(2025, 3, 31), 4);
    REQUIRE(trend.ok());
    CHECK(trend.value() == QList<qint64>{14, 13, 13, 7});
    // Each month the caseload of that month, whatever day of it is asked.
    auto fromMidMonth = f.indicators.supportedAtMonthEnds(d(2025, 6, 10), 6);
    REQUIRE(fromMidMonth.ok());
    for (int k = 0; k < 6; ++k) {
        auto month = Period::month(2025, k + 1);
        REQUIRE(month.ok());
        CHECK(fromMidMonth.value().at(k) == f.indicators.caseload(month.value()).value().supported.value);
    }
    // Nobody in scope: zeros, not an error.
    ImpactFilter tabuk;
    tabuk.region = QStringLiteral("منطقة تبوك");
    CHECK(f.indicators.supportedAtMonthEnds(d(2025, 3, 31), 3, tabuk).value() == QList<qint64>{0, 0, 0});
}

TEST_CASE("Exits to self-sufficiency count each household once by its last exit, against the caseload the day before",
          "[impact]")
{
    Impact f;
    auto e = f.indicators.exits(q(2025, 1));
    REQUIRE(e.ok());
    const Exits &q1 = e.value();
    // H02 on the first day and H05 on the last count; H06 (the day before) and archived H15 do not.
    // H14 left twice (January, March): once, under its March reason.
    CHECK(f.nums(q1.total.households) == QList<int>{2, 3, 4, 5, 11, 12, 14, 16, 17, 18, 19});
    CHECK(f.nums(byKey(q1.byReason, "employment").households) == QList<int>{2, 11, 17, 18});
    CHECK(f.nums(byKey(q1.byReason, "own_project").households) == QList<int>{3, 14, 19});
    CHECK(f.nums(byKey(q1.byReason, "other_income").households) == QList<int>{4});
    CHECK(f.nums(byKey(q1.byReason, "moved").households) == QList<int>{5, 16});
    CHECK(f.nums(byKey(q1.byReason, "other").households) == QList<int>{12});
    CHECK(q1.positive.value == 8); // 4 employment + 3 own project + 1 other income
    CHECK(f.nums(q1.other.households) == QList<int>{5, 12, 16});
    // Supported on 2024-12-31: not H06 (left that day), H13 (left in November), H16 and H20
    // (applicants), H22 (suspended), H08, H09, H21 (not registered), H15 (archived).
    CHECK(f.nums(q1.activeAtStart.households) == QList<int>{1, 2, 3, 4, 5, 7, 11, 12, 14, 17, 18, 19, 23, 24});
    CHECK(q1.positiveRate().value() == Approx(8.0 / 14.0));
    CHECK(q1.exitRate().value() == Approx(11.0 / 14.0));

    auto e2 = f.indicators.exits(q(2025, 2));
    REQUIRE(e2.ok());
    CHECK(f.nums(e2.value().total.households) == QList<int>{23, 24});
    CHECK(f.nums(e2.value().positive.households) == QList<int>{23});
    CHECK(f.nums(e2.value().other.households) == QList<int>{24});
    // Supported on 2025-03-31 (Q1's last day): 6 active + H13 re-entered.
    CHECK(f.nums(e2.value().activeAtStart.households) == QList<int>{1, 13, 20, 21, 22, 23, 24});

    // A period with no one supported at its start has no rate, not 0 %.
    auto early = f.indicators.exits(Period::month(2024, 1).value());
    REQUIRE(early.ok());
    CHECK(early.value().activeAtStart.value == 0);
    CHECK_FALSE(early.value().exitRate().value().has_value());
}

TEST_CASE("A Hijri month counts from its own first to its own last day", "[impact]")
{
    Impact f;
    const Period ramadan = Period::hijriMonth(1446, 9).value(); // 2025-03-01 .. 2025-03-29
    auto e = f.indicators.exits(ramadan);
    REQUIRE(e.ok());
    // H18 on 1 Ramadan and H19 on its 29th; H17 (30 March) and H05 (31 March) are in Shawwal.
    CHECK(f.nums(e.value().total.households) == QList<int>{11, 12, 14, 18, 19});
    CHECK(f.nums(byKey(e.value().byReason, "employment").households) == QList<int>{11, 18});
    CHECK(e.value().positive.value == 4);
    // Supported on 2025-02-28: H14 had left in January (back on 1 March), H07 suspended on 1 February.
    CHECK(f.nums(e.value().activeAtStart.households) == QList<int>{1, 5, 11, 12, 13, 17, 18, 19, 20, 21, 22, 23, 24});

    auto c = f.indicators.caseload(ramadan);
    REQUIRE(c.ok());
    // On 2025-03-29 H05 and H17 are still active; H09 is not registered yet.
    CHECK(f.nums(byKey(c.value().households, "active").households) == QList<int>{1, 5, 17, 20, 21, 22, 23, 24});
    CHECK(byKey(c.value().households, "exited").value == 10);
    CHECK(c.value().registered.value == 0);
}

TEST_CASE("Sustained exits follow each month's exits 3, 6 and 12 months on", "[impact]")
{
    Impact f;
    auto s = f.indicators.sustainedExits(q(2025, 1), {}, kLate);
    REQUIRE(s.ok());
    const auto &cohorts = s.value().cohorts;
    REQUIRE(cohorts.size() == 3);
    // January: H02, H03, H14 (its first exit). H03 came back on 30 April, 3 months to the day
    // after 31 January; H14 on 1 March.
    CHECK(cohorts[0].month == d(2025, 1, 1));
    CHECK(f.nums(cohorts[0].exits.households) == QList<int>{2, 3, 14});
    for (int months : {3, 6, 12}) {
        CHECK(horizon(cohorts[0], months).known);
        CHECK(f.nums(horizon(cohorts[0], months).reentered.households) == QList<int>{3, 14});
        CHECK(f.nums(horizon(cohorts[0], months).sustained.households) == QList<int>{2});
    }
    CHECK(cohorts[0].sustainedShare(3).value() == Approx(1.0 / 3.0));
    // February: H04 (back on 20 August: after 6 months, within 12) and H16; archived H15 left out.
    CHECK(f.nums(cohorts[1].exits.households) == QList<int>{4, 16});
    CHECK(horizon(cohorts[1], 6).sustained.value == 2);
    CHECK(f.nums(horizon(cohorts[1], 12).reentered.households) == QList<int>{4});
    CHECK(cohorts[1].sustainedShare(12).value() == Approx(0.5));
    // March: 7 exits (H14's second among them); H18 back within 3 months, H11 after 11 months.
    CHECK(f.nums(cohorts[2].exits.households) == QList<int>{5, 11, 12, 14, 17, 18, 19});
    CHECK(f.nums(horizon(cohorts[2], 3).reentered.households) == QList<int>{18});
    CHECK(horizon(cohorts[2], 6).sustained.value == 6);
    CHECK(horizon(cohorts[2], 12).known); // 31 March 2025 + 12 months = kLate
    CHECK(f.nums(horizon(cohorts[2], 12).reentered.households) == QList<int>{11, 18});
    CHECK(cohorts[2].sustainedShare(12).value() == Approx(5.0 / 7.0));
}

TEST_CASE("A cohort whose horizon has not come yet is not known, not 100 %", "[impact]")
{
    Impact f;
    auto s = f.indicators.sustainedExits(q(2025, 1), {}, kEarly);
    REQUIRE(s.ok());
    const auto &cohorts = s.value().cohorts;
    REQUIRE(cohorts.size() == 3);
    CHECK(horizon(cohorts[0], 12).known); // 31 January 2025 + 12 months = kEarly, the boundary
    CHECK_FALSE(horizon(cohorts[1], 12).known);
    CHECK_FALSE(cohorts[1].sustainedShare(12).has_value());
    CHECK(horizon(cohorts[1], 12).sustained.value == 0);
    CHECK(f.nums(horizon(cohorts[1], 12).reentered.households) == QList<int>{4}); // so far
    CHECK(horizon(cohorts[2], 6).known);
    CHECK_FALSE(horizon(cohorts[2], 12).known);
    // H11 came back on 2026-02-15, after kEarly: not seen yet.
    CHECK(f.nums(horizon(cohorts[2], 12).reentered.households) == QList<int>{18});

    // Q2: April (H23) and May (H24) are 12 months old only after kLate.
    auto q2 = f.indicators.sustainedExits(q(2025, 2), {}, kLate);
    REQUIRE(q2.ok());
    REQUIRE(q2.value().cohorts.size() == 2);
    CHECK(f.nums(horizon(q2.value().cohorts[0], 3).reentered.households) == QList<int>{23});
    CHECK(q2.value().cohorts[0].sustainedShare(3).value() == Approx(0.0));
    CHECK(q2.value().cohorts[1].sustainedShare(6).value() == Approx(1.0));
    CHECK_FALSE(q2.value().cohorts[0].sustainedShare(12).has_value());
    CHECK_FALSE(q2.value().cohorts[1].sustainedShare(12).has_value());
}

TEST_CASE("The re-entry rate counts returns within 12 months over the exits whose 12 months have passed", "[impact]")
{
    Impact f;
    auto r = f.indicators.reentryRate(q(2025, 1), {}, kLate);
    REQUIRE(r.ok());
    // 12 exits (January 3, February 2, March 7); back within 12 months: H03, H14, H04, H11, H18.
    CHECK(r.value().exits.value == 12);
    CHECK(f.nums(r.value().reentered.households) == QList<int>{3, 4, 11, 14, 18});
    CHECK(r.value().rate().value() == Approx(5.0 / 12.0));
    CHECK(f.nums(byKey(r.value().byReason, "lost_job").households) == QList<int>{3, 18});
    CHECK(f.nums(byKey(r.value().byReason, "project_failed").households) == QList<int>{4});
    CHECK(f.nums(byKey(r.value().byReason, "illness").households) == QList<int>{11});
    CHECK(f.nums(byKey(r.value().byReason, "family_change").households) == QList<int>{14});
    CHECK(byKey(r.value().byReason, "other").value == 0);
    CHECK(r.value().pending.value == 0);

    // On kEarly only January's exits have had 12 months: H02, H03, H14; H03 and H14 came back.
    auto early = f.indicators.reentryRate(q(2025, 1), {}, kEarly);
    REQUIRE(early.ok());
    CHECK(f.nums(early.value().exits.households) == QList<int>{2, 3, 14});
    CHECK(early.value().rate().value() == Approx(2.0 / 3.0));
    CHECK(early.value().pending.value == 9);

    // Q2's exits (H23, H24) are all still inside their 12 months: no rate yet.
    auto q2 = f.indicators.reentryRate(q(2025, 2), {}, kLate);
    REQUIRE(q2.ok());
    CHECK(f.nums(q2.value().pending.households) == QList<int>{23, 24});
    CHECK_FALSE(q2.value().rate().value().has_value());
}

TEST_CASE("A filter on the region counts only its households in every indicator", "[impact]")
{
    Impact f;
    ImpactFilter makkah;
    makkah.region = kMakkah; // H04, H09, H11, H12, H21, H24
    auto c = f.indicators.caseload(q(2025, 1), makkah);
    REQUIRE(c.ok());
    CHECK(f.nums(byKey(c.value().households, "active").households) == QList<int>{21, 24});
    CHECK(byKey(c.value().members, "active").value == 4); // H24's head + H21's three
    CHECK(f.nums(byKey(c.value().households, "exited").households) == QList<int>{4, 11, 12});
    CHECK(f.nums(byKey(c.value().households, "applicant").households) == QList<int>{9});
    CHECK(f.nums(c.value().registered.households) == QList<int>{9, 21});

    auto e = f.indicators.exits(q(2025, 1), makkah);
    REQUIRE(e.ok());
    CHECK(f.nums(e.value().total.households) == QList<int>{4, 11, 12});
    CHECK(f.nums(e.value().positive.households) == QList<int>{4, 11});
    CHECK(f.nums(e.value().activeAtStart.households) == QList<int>{4, 11, 12, 24});

    auto s = f.indicators.sustainedExits(q(2025, 1), makkah, kLate);
    REQUIRE(s.ok());
    REQUIRE(s.value().cohorts.size() == 2); // no January exit in Makkah
    CHECK(s.value().cohorts[0].month == d(2025, 2, 1));
    CHECK(s.value().cohorts[0].sustainedShare(3).value() == Approx(1.0));
    CHECK(s.value().cohorts[1].sustainedShare(12).value() == Approx(0.5)); // H12 stayed out, H11 came back

    auto r = f.indicators.reentryRate(q(2025, 1), makkah, kLate);
    REQUIRE(r.ok());
    // H04 (back after 6 months, within 12) and H11 of the 3 exits H04, H11, H12.
    CHECK(r.value().rate().value() == Approx(2.0 / 3.0));
    CHECK(f.nums(byKey(r.value().byReason, "illness").households) == QList<int>{11});
    CHECK(f.nums(byKey(r.value().byReason, "project_failed").households) == QList<int>{4});
}

TEST_CASE("Filters on the head's sex and age band, and on the centre, narrow the caseload", "[impact]")
{
    Impact f;
    ImpactFilter women;
    women.headSex = u"female"_s; // H01, H07, H21
    auto c = f.indicators.caseload(q(2025, 1), women);
    REQUIRE(c.ok());
    CHECK(f.nums(byKey(c.value().households, "active").households) == QList<int>{1, 21});
    CHECK(f.nums(byKey(c.value().households, "suspended").households) == QList<int>{7});
    CHECK(byKey(c.value().households, "exited").value == 0);

    // On 2025-03-31 the men (born 1980-05-01) are 44, the women (born 1986-09-12) 38.
    ImpactFilter upTo43;
    upTo43.headAge = AgeBand{0, 43};
    CHECK(f.nums(f.indicators.caseload(q(2025, 1), upTo43).value().supported.households) == QList<int>{1, 21});
    ImpactFilter exactly44;
    exactly44.headAge = AgeBand{44, 44};
    CHECK(f.nums(f.indicators.caseload(q(2025, 1), exactly44).value().supported.households) == QList<int>{13, 20, 22, 23, 24});
    ImpactFilter from45;
    from45.headAge = AgeBand{45, std::nullopt};
    CHECK(f.indicators.caseload(q(2025, 1), from45).value().supported.value == 0);
    // A year later (2026-03-31) the men are 45: the supported ones then are the six re-entered
    // (H03, H04, H11, H13, H18, H23) and the active men H20, H22.
    CHECK(f.nums(f.indicators.caseload(q(2026, 1), from45).value().supported.households) == QList<int>{3, 4, 11, 13, 18, 20, 22, 23});

    ImpactFilter here;
    here.centres = {f.households.household(f.h.at(1)).value().centreId};
    REQUIRE_FALSE(here.centres.first().isEmpty());
    CHECK(f.indicators.exits(q(2025, 1), here).value().total.value == 11);
    ImpactFilter elsewhere;
    elsewhere.centres = {QByteArray(16, '\x7f')};
    CHECK(f.indicators.exits(q(2025, 1), elsewhere).value().total.value == 0);
    elsewhere.centres << here.centres; // any of the centres given
    CHECK(f.indicators.exits(q(2025, 1), elsewhere).value().total.value == 11);
}
