#pragma once
// Every kind of facts kept per household for the dashboard (KeptFacts.h):
// what the import, the dashboard and `tamkeen-cli check` call, so that a new
// kind is added in one place.
#include "common/Result.h"

#include <QStringList>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::impact::maintained {

// For the import, which writes with the triggers off: marks the household of
// row `rowId` of `table` as it is now, for every kind that follows the table.
Status markRow(storage::Database &db, const QString &table, const QByteArray &rowId);
// Stores what each kind has marked (ClinicFacts::refresh …).
Status refreshAll(storage::Database &db);
// Makes every kind again; a line for each whose rows were wrong (a write
// that did not mark its household: a fault to look for).
Result<QStringList> rebuildAll(storage::Database &db);

} // namespace tamkeen::impact::maintained
