#pragma once
// Hijri dates in the Umm al-Qura calendar (the official Saudi calendar), computed
// by ICU. Qt's own Islamic civil calendar is arithmetic and differs by a day on
// about half of all days, so it is not used.
#include <QDate>
#include <QString>
#include <optional>

namespace tamkeen::calendar {

struct HijriDate {
    int year = 0;
    int month = 0; // 1-12
    int day = 0;
    bool operator==(const HijriDate &) const = default;
};

std::optional<HijriDate> toHijri(const QDate &gregorian);
// The Gregorian day of an Umm al-Qura date, or nothing when the date does not
// exist (day 30 of a 29-day month, month 13, a year outside ICU's table).
std::optional<QDate> fromHijri(const HijriDate &hijri);

// e.g. "2 جمادى الآخرة 1448 هـ" for language "ar", "2 Jumada II 1448 AH" for "en".
// Digits are always ASCII here; the UI applies the user's digit style.
QString formatHijri(const QDate &gregorian, const QString &language);

} // namespace tamkeen::calendar
