#pragma once
// Which households' kept facts a write changes (impact/KeptFacts.h: the
// tables made by migrations 23-26, whose triggers mark them on every write):
// for the writes made with the triggers off, the import and the erasures it
// carries out, which mark them through here.
#include "common/Result.h"

#include <QString>
#include <QVariantList>

namespace tamkeen::storage {

class Database;

// Marks, in every kind of facts that follows `table`, the households of its
// rows matching `where` (SQL on the table's columns, `values` bound to its ?),
// as they are now: call it before a write and after it.
Status markKeptFacts(Database &db, const QString &table, const QString &where, const QVariantList &values);

} // namespace tamkeen::storage
