// Indicator 10, clinic activity, on the hand-built fixture of
// ClinicActivityFixture.h (its comment lists every session and appointment).
#include "ClinicActivityFixture.h"
#include "impact/IndicatorReport.h"

using namespace tamkeen;
using namespace tamkeen::impact;
using namespace tamkeen::test::clinicfixture;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

} // namespace

TEST_CASE("Clinic activity: sessions per counsellor per week, no-show rate and days to the first session", "[impact]")
{
    Activity t;
    auto r = t.indicators.clinic(fourWeeks());
    INFO((r ? std::string() : r.error().message.toStdString()));
    REQUIRE(r.ok());
    const ClinicFigures &c = r.value();
    // Counsellors by name: آمنة before هدى.
    REQUIRE(c.counsellors.size() == 2);
    const CounsellorActivity &amna = c.counsellors.at(0);
    const CounsellorActivity &huda = c.counsellors.at(1);
    CHECK(amna.counsellorId == t.amna.userId);
    CHECK(huda.name == QStringLiteral("هدى"));
    // Huda: 03-01, 03-11, 03-15 and 03-28 (02-27 is before): 4 in 4 weeks, 1 a week.
    CHECK(huda.sessions.value == 4);
    CHECK(t.nums(huda.sessions.households) == QList<int>{0, 1, 2});
    CHECK(huda.perWeek == Approx(1.0));
    // Amna: 03-10 only (03-29 is after): 0.25 a week.
    CHECK(amna.sessions.value == 1);
    CHECK(amna.perWeek == Approx(0.25));
    CHECK(c.total.sessions.value == 5);
    CHECK(c.total.perWeek == Approx(1.25));
    // Huda: attended 03-05, not come 03-06 and 03-28 (03-29 after): 2 of 3.
    CHECK(huda.kept.value == 3);
    CHECK(*huda.noShowRate().value() == Approx(2.0 / 3.0));
    // Amna: the cancelled one is not in the rate; 0 of 1.
    CHECK(*amna.noShowRate().value() == Approx(0.0));
    CHECK(*c.total.noShowRate().value() == Approx(0.5));
    // First sessions in the period: A (02-01 → 03-01: 28 days), B (03-01 → 03-11:
    // 10 days); C's first was 02-27. Median 19.
    CHECK(t.nums(c.firstSessions.households) == QList<int>{0, 1});
    CHECK(*c.medianDaysToFirstSession == Approx(19.0));
}

TEST_CASE("Clinic activity with a filter and a period with nothing in it", "[impact]")
{
    Activity t;
    ImpactFilter women;
    women.headSex = QStringLiteral("female");
    auto r = t.indicators.clinic(fourWeeks(), women);
    REQUIRE(r.ok());
    // C only: one session with each counsellor, Huda's no-show of 03-28, no first session.
    CHECK(r.value().total.sessions.value == 2);
    CHECK(t.nums(r.value().total.sessions.households) == QList<int>{2});
    CHECK(*r.value().total.noShowRate().value() == Approx(1.0));
    CHECK(r.value().firstSessions.value == 0);
    CHECK_FALSE(r.value().medianDaysToFirstSession.has_value());

    auto jan = Period::month(2025, 1);
    REQUIRE(jan.ok());
    auto none = t.indicators.clinic(jan.value());
    REQUIRE(none.ok());
    CHECK(none.value().counsellors.isEmpty());
    CHECK(none.value().total.sessions.value == 0);
    CHECK_FALSE(none.value().total.noShowRate().value().has_value());

    ReportRequest request{{Indicator::Clinic}, fourWeeks(), {}, d(2025, 6, 1)};
    auto rows = IndicatorReport::rows(t.db, request);
    REQUIRE(rows.ok());
    bool found = false;
    for (const ReportRow &row : rows.value()) {
        if (row.group == QStringLiteral("total") && row.key == QStringLiteral("no_show_rate")) {
            found = true;
            CHECK(*row.value == Approx(0.5));
        }
    }
    CHECK(found);
    CHECK(IndicatorReport::fromKey(QStringLiteral("clinic")) == Indicator::Clinic);
}

TEST_CASE("Clinic tile's trend: sessions held in each of the last months, with a filter", "[impact]")
{
    Activity t;
    // January, February and March 2025 (ageOn in March): none; C's 02-27; and
    // 03-01, 03-10, 03-11, 03-15, 03-28, 03-29 (every March session counts).
    auto all = t.indicators.countsByMonth(MonthlyCount::SessionsHeld, d(2025, 3, 28), 3);
    INFO((all ? std::string() : all.error().message.toStdString()));
    REQUIRE(all.ok());
    CHECK(all.value() == QList<qint64>{0, 1, 6});
    ImpactFilter women;
    women.headSex = QStringLiteral("female");
    auto c = t.indicators.countsByMonth(MonthlyCount::SessionsHeld, d(2025, 3, 28), 3, women);
    REQUIRE(c.ok());
    CHECK(c.value() == QList<qint64>{0, 1, 2}); // C: 02-27, then 03-10 and 03-15
    // March's count is what clinic() counts for the whole month.
    auto march = t.indicators.clinic(Period::month(2025, 3).value());
    REQUIRE(march.ok());
    CHECK(march.value().total.sessions.value == 6);
}
