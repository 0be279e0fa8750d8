#pragma once
// The rows of a drill-down: the households behind a figure, by file number,
// with their head's name, so that ui/ can list them without SQL.
#include "common/Result.h"
#include "impact/Figure.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::impact {

struct HouseholdRow {
    QByteArray id;
    QString fileNumber;
    QString headName; // empty when the household has no head on record
    QString status;
};

// In the order of `ids` (a Figure's are by file number); archived or unknown
// ids are left out.
Result<QList<HouseholdRow>> householdRows(storage::Database &db, const QList<QByteArray> &ids);
// The households behind `figure` (what a drill-down lists).
Result<QList<HouseholdRow>> householdRows(storage::Database &db, const Figure &figure);
// One page of them: the `count` households from `offset` on, in the figure's
// order (a drill-down shows the first page at once and more as it scrolls,
// so that a figure of 100,000 households opens as fast as one of 10).
Result<QList<HouseholdRow>> householdRows(storage::Database &db, const Figure &figure, qsizetype offset,
                                          qsizetype count);
// The rows a drill-down loads at a time.
inline constexpr qsizetype kDrillDownPage = 200;

} // namespace tamkeen::impact
