#include "impact/ReportTable.h"

#include "calendar/Hijri.h"
#include "impact/Figure.h"

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

ReportCell ReportCell::number(std::optional<double> v)
{
    return {v ? QVariant(*v) : QVariant(), ReportKind::Number};
}

ReportCell ReportCell::count(qint64 households)
{
    return {QVariant(households), ReportKind::Count, households};
}

ReportCell ReportCell::members(qint64 members, qint64 households)
{
    return {QVariant(members), ReportKind::Count, households};
}

ReportCell ReportCell::count(const Figure &f)
{
    return {QVariant(f.value), ReportKind::Count, qint64(f.households.size())};
}

ReportCell ReportCell::share(const Rate &r)
{
    return share(r.value(), r.numerator.households.size(), r.denominator.households.size());
}

ReportCell ReportCell::share(std::optional<double> value, qint64 numerator, qint64 denominator)
{
    return {value ? QVariant(*value) : QVariant(), ReportKind::Share, numerator, denominator};
}

QString gregorianAndHijri(const QDate &date, const QString &language)
{
    if (!date.isValid())
        return {};
    const QString hijri = calendar::formatHijri(date, language);
    const QString iso = date.toString(Qt::ISODate);
    return hijri.isEmpty() ? iso : u"%1 (%2)"_s.arg(iso, hijri);
}

} // namespace tamkeen::impact
