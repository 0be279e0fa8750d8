#pragma once
// A day as stored: ISO 8601 text ("2026-12-06"), empty for no day.
#include <QDate>
#include <QString>

namespace tamkeen {

inline QString isoDay(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace tamkeen
