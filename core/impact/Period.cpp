#include "impact/Period.h"

#include "calendar/Hijri.h"

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

namespace {
// QDate handles years 1 to far beyond; a report outside these is a typing slip.
constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2200;
} // namespace

Result<Period> Period::month(int year, int month)
{
    if (year < kFirstYear || year > kLastYear || month < 1 || month > 12)
        return makeError(ErrorCode::Invalid, tr("Choose a month from 1 to 12 of a year from 1900 to 2200."), u"period"_s);
    const QDate first(year, month, 1);
    return Period(Kind::Month, first, first.addMonths(1).addDays(-1), year, month);
}

Result<Period> Period::quarter(int year, int quarter)
{
    if (year < kFirstYear || year > kLastYear || quarter < 1 || quarter > 4)
        return makeError(ErrorCode::Invalid, tr("Choose a quarter from 1 to 4 of a year from 1900 to 2200."),
                         u"period"_s);
    const QDate first(year, 3 * (quarter - 1) + 1, 1);
    return Period(Kind::Quarter, first, first.addMonths(3).addDays(-1), year, quarter);
}

Result<Period> Period::year(int year)
{
    if (year < kFirstYear || year > kLastYear)
        return makeError(ErrorCode::Invalid, tr("Choose a year from 1900 to 2200."), u"period"_s);
    return Period(Kind::Year, QDate(year, 1, 1), QDate(year, 12, 31), year);
}

Result<Period> Period::hijriMonth(int year, int month)
{
    const auto first = month >= 1 && month <= 12 ? calendar::fromHijri({year, month, 1}) : std::nullopt;
    const auto next = first ? calendar::fromHijri(month == 12 ? calendar::HijriDate{year + 1, 1, 1}
                                                              : calendar::HijriDate{year, month + 1, 1})
                            : std::nullopt;
    if (!first || !next)
        return makeError(ErrorCode::Invalid,
                         tr("This Hijri month is outside the Umm al-Qura calendar: choose a month from 1 to 12 of a "
                            "year the calendar covers."),
                         u"period"_s);
    return Period(Kind::HijriMonth, *first, next->addDays(-1), year, month);
}

Result<Period> Period::custom(const QDate &first, const QDate &last)
{
    if (!first.isValid() || !last.isValid())
        return makeError(ErrorCode::Invalid, tr("Choose both the first and the last day of the period."), u"period"_s);
    if (last < first)
        return makeError(ErrorCode::Invalid,
                         tr("The period ends (%1) before it begins (%2): choose a last day on or after the first.")
                             .arg(last.toString(Qt::ISODate), first.toString(Qt::ISODate)),
                         u"period"_s);
    if (first.year() < kFirstYear || last.year() > kLastYear)
        return makeError(ErrorCode::Invalid, tr("Choose dates from 1900 to 2200."), u"period"_s);
    return Period(Kind::Custom, first, last);
}

Result<Period> Period::previous() const
{
    switch (m_kind) {
    case Kind::Month: return m_number == 1 ? month(m_year - 1, 12) : month(m_year, m_number - 1);
    case Kind::Quarter: return m_number == 1 ? quarter(m_year - 1, 4) : quarter(m_year, m_number - 1);
    case Kind::Year: return year(m_year - 1);
    case Kind::HijriMonth: return m_number == 1 ? hijriMonth(m_year - 1, 12) : hijriMonth(m_year, m_number - 1);
    case Kind::Custom: break;
    }
    return custom(m_first.addDays(-days()), m_first.addDays(-1));
}

} // namespace tamkeen::impact
