#pragma once
// Change capture. An update is recorded by a trigger generated for every table
// listed in sync_tables from its current columns, so a migration that adds a
// column is captured at once. An insert is recorded by SyncedWriter in the same
// transaction with insertCaptureSql(): an AFTER INSERT trigger makes SQLite keep a
// statement journal for every row, which made inserts cost 3-4x as much as
// without capture (docs/architecture.md).
#include "common/Result.h"

#include <QStringList>

namespace tamkeen::storage {

class Database;

// Marks `table` as synced (it must have the base columns of syncedTableSql()).
Status registerSyncedTable(Database &db, const QString &table);
QStringList syncedTables(Database &db);
// A table's columns, in their order (its `id` included).
Result<QStringList> tableColumns(Database &db, const QString &table);

// Drops and re-creates the triggers of every synced table.
Status installCaptureTriggers(Database &db);

// The statement recording an insert: binds table, row key and author.
const QString &insertCaptureSql();
// A change recorded without a new value: a conflict resolved by keeping the
// value already current still travels as a change that wins everywhere.
const QString &updateCaptureSql();

// CREATE TABLE for a synced table: the base columns every synced row has
// (UUIDv7 key, archive tombstone, who and when), then `columns`.
QString syncedTableSql(const QString &table, const QString &columns);

} // namespace tamkeen::storage
