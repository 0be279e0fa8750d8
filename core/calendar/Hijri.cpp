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

} // namespace

std::optional<HijriDate> toHijri(const QDate &gregorian)
{
    if (!gregorian.isValid())
        return std::nullopt;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Calendar> cal(
        icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(), hijriLocale("en"), status));
    if (U_FAILURE(status) || !cal)
        return std::nullopt;
    cal->setTime(noonUtc(gregorian), status);
    HijriDate h;
    h.year = cal->get(UCAL_YEAR, status);
    h.month = cal->get(UCAL_MONTH, status) + 1;
    h.day = cal->get(UCAL_DATE, status);
    if (U_FAILURE(status))
        return std::nullopt;
    return h;
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
