#include "calendar/Hijri.h"
#include "support/catch.h"

#include <QCalendar>

using namespace tamkeen::calendar;

TEST_CASE("Gregorian dates convert to Umm al-Qura Hijri dates", "[calendar]")
{
    // Dates announced by the Saudi authorities (Umm al-Qura).
    CHECK(toHijri(QDate(2024, 3, 11)) == HijriDate{1445, 9, 1});  // 1 Ramadan 1445
    CHECK(toHijri(QDate(2023, 4, 21)) == HijriDate{1444, 10, 1}); // Eid al-Fitr 1444
    CHECK(toHijri(QDate(2024, 7, 7)) == HijriDate{1446, 1, 1});   // 1 Muharram 1446
    CHECK_FALSE(toHijri(QDate()).has_value());
}

TEST_CASE("Umm al-Qura differs from Qt's arithmetic Islamic calendar", "[calendar]")
{
    // The reason ICU is used: over a year, the two calendars disagree on many days.
    const QCalendar civil(QCalendar::System::IslamicCivil);
    int differences = 0;
    for (QDate d(2024, 1, 1); d < QDate(2025, 1, 1); d = d.addDays(1)) {
        const auto h = toHijri(d);
        REQUIRE(h.has_value());
        const QCalendar::YearMonthDay c = civil.partsFromDate(d);
        if (c.day != h->day || c.month != h->month)
            ++differences;
    }
    CHECK(differences > 30);
}

TEST_CASE("Hijri dates are formatted in the user's language", "[calendar]")
{
    const QString ar = formatHijri(QDate(2024, 3, 11), QStringLiteral("ar"));
    CHECK(ar.contains(QStringLiteral("رمضان")));
    CHECK(ar.contains(QStringLiteral("1445")));
    const QString en = formatHijri(QDate(2024, 3, 11), QStringLiteral("en"));
    CHECK(en.contains(QStringLiteral("1445")));
    CHECK(en.contains(QStringLiteral("Ram")));
    CHECK(formatHijri(QDate(), QStringLiteral("ar")).isEmpty());
}

TEST_CASE("A typed Umm al-Qura date gives back its Gregorian day, and a day that does not exist is refused",
          "[calendar]")
{
    for (const QDate &d : {QDate(2026, 12, 2), QDate(2024, 3, 11), QDate(1990, 7, 1), QDate(2030, 1, 31)}) {
        const auto h = toHijri(d);
        REQUIRE(h);
        CHECK(fromHijri(*h) == d);
    }
    // 1 Ramadan 1445 began on 11 March 2024 in Umm al-Qura.
    CHECK(fromHijri({1445, 9, 1}) == QDate(2024, 3, 11));
    // Ramadan 1445 had 30 days, Shawwal 1445 had 29: its 30th does not exist.
    CHECK(fromHijri({1445, 9, 30}).has_value());
    CHECK_FALSE(fromHijri({1445, 10, 30}).has_value());
    CHECK_FALSE(fromHijri({1445, 13, 1}).has_value());
    CHECK_FALSE(fromHijri({1445, 0, 1}).has_value());
}
