#pragma once
// Read-only facts about a database for `tamkeen-cli info` and `check`.
#include "common/Result.h"

#include <QList>
#include <QPair>
#include <QStringList>

namespace tamkeen::storage {

class Database;

// Rows in every table, by name.
Result<QList<QPair<QString, qint64>>> tableCounts(Database &db);
// SQLite's full integrity check plus Tamkeen's own rules; empty when all is well.
Result<QStringList> checkDatabase(Database &db);

} // namespace tamkeen::storage
