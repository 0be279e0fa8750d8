#pragma once
// Conversions between plan fields and their stored form, shared by the write
// side (PlanService.cpp) and the read side (PlanReads.cpp) of PlanService.
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>
#include <optional>

namespace tamkeen::plans::stored {

inline QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

inline QDate dateOf(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

inline QVariant orNull(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

inline std::optional<double> optionalOf(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

inline QString nowText()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
}

} // namespace tamkeen::plans::stored
