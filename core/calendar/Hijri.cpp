#include "calendar/Hijri.h"

#include <QDateTime>
#include <QTimeZone>
#include <memory>
#include <unicode/calendar.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

namespace tamkeen::calendar {

namespace {

// Noon UTC of the day, so that no time zone can move it to a neighbouring date.
UDate noonUtc(const QDate &date)
{
    const QDateTime dt(date, QTime(12, 0), QTimeZone::utc());
    return static_cast<UDate>(dt.toMSecsSinceEpoch());
}

icu::Locale hijriLocale(const char *language)
{
    return icu::Locale(language, nullptr, nullptr, "calendar=islamic-umalqura;numbers=latn");
}

// An Umm al-Qura calendar in UTC, or nothing when ICU cannot make one.
std::unique_ptr<icu::Calendar> ummAlQura()
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Calendar> cal(
        icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(), hijriLocale("en"), status));
    if (U_FAILURE(status))
        return nullptr;
    return cal;
}

} // namespace

std::optional<HijriDate> toHijri(const QDate &gregorian)
{
    if (!gregorian.isValid())
        return std::nullopt;
    std::unique_ptr<icu::Calendar> cal = ummAlQura();
    if (!cal)
        return std::nullopt;
    UErrorCode status = U_ZERO_ERROR;
    cal->setTime(noonUtc(gregorian), status);
    HijriDate h;
    h.year = cal->get(UCAL_YEAR, status);
    h.month = cal->get(UCAL_MONTH, status) + 1;
    h.day = cal->get(UCAL_DATE, status);
    if (U_FAILURE(status))
        return std::nullopt;
    return h;
}

std::optional<QDate> fromHijri(const HijriDate &hijri)
{
    if (hijri.year < 1 || hijri.month < 1 || hijri.month > 12 || hijri.day < 1 || hijri.day > 30)
        return std::nullopt;
    std::unique_ptr<icu::Calendar> cal = ummAlQura();
    if (!cal)
        return std::nullopt;
    UErrorCode status = U_ZERO_ERROR;
    cal->setLenient(false); // day 30 of a 29-day month is an error, not the next month's first
    cal->clear();
    cal->set(hijri.year, hijri.month - 1, hijri.day, 12, 0, 0);
    const UDate at = cal->getTime(status);
    if (U_FAILURE(status))
        return std::nullopt;
    const QDate date = QDateTime::fromMSecsSinceEpoch(qint64(at), QTimeZone::utc()).date();
    // ICU's Umm al-Qura table ends; beyond it the round trip would not hold.
    if (toHijri(date) != hijri)
        return std::nullopt;
    return date;
}

QString formatHijri(const QDate &gregorian, const QString &language)
{
    if (!gregorian.isValid())
        return {};
    UErrorCode status = U_ZERO_ERROR;
    const QByteArray lang = language.toLatin1();
    const icu::Locale locale = hijriLocale(lang.constData());
    icu::SimpleDateFormat format(icu::UnicodeString(u"d MMMM y G"), locale, status);
    if (U_FAILURE(status))
        return {};
    format.adoptTimeZone(icu::TimeZone::getGMT()->clone());
    icu::UnicodeString out;
    format.format(noonUtc(gregorian), out, status);
    if (U_FAILURE(status))
        return {};
    return QString(reinterpret_cast<const QChar *>(out.getBuffer()), out.length());
}

} // namespace tamkeen::calendar
