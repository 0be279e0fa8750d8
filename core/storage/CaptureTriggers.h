#pragma once
// Generates the change-capture triggers of every table listed in sync_tables from
// its current columns, so a migration that adds a column is captured at once.
#include "common/Result.h"

#include <QStringList>

namespace tamkeen::storage {

class Database;

// Marks `table` as synced (it must have the base columns of syncedTableSql()).
Status registerSyncedTable(Database &db, const QString &table);
QStringList syncedTables(Database &db);

// Drops and re-creates the triggers of every synced table.
Status installCaptureTriggers(Database &db);

// CREATE TABLE for a synced table: the base columns every synced row has
// (UUIDv7 key, archive tombstone, who and when), then `columns`.
QString syncedTableSql(const QString &table, const QString &columns);

} // namespace tamkeen::storage
