#pragma once
// What an indicator returns: every number with the households behind it, so
// that any figure on a screen or in a report opens the list of its families.
#include "impact/HouseholdSet.h"

#include <QString>
#include <optional>

namespace tamkeen::impact {

struct Figure {
    QString key;                  // stable key: a status, a reason, "total", … (never shown as is)
    qint64 value = 0;             // households, or members where the indicator says so
    HouseholdSet households;      // households.id behind the value, by file number

    static Figure of(const QString &key, HouseholdSet households)
    {
        const qint64 n = households.size();
        return {key, n, std::move(households)};
    }
    static Figure of(const QString &key, QList<QByteArray> households)
    {
        return of(key, HouseholdSet(std::move(households)));
    }
};

// A share: both parts are figures with their own drill-down.
struct Rate {
    Figure numerator;
    Figure denominator;
    // Nothing when the denominator is zero (shown as "not applicable", never 0 %).
    std::optional<double> value() const
    {
        if (denominator.value == 0)
            return std::nullopt;
        return double(numerator.value) / double(denominator.value);
    }
};

} // namespace tamkeen::impact
