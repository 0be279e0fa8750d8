#pragma once
// This installation's own settings and secrets (local_state: never synced),
// read and written by key.
#include "common/Result.h"

#include <QVariant>

namespace tamkeen::storage {

class Database;

// The value kept under `key`; null when there is none.
Result<QVariant> localValue(Database &db, const QString &key);
// Keeps `value` under `key`, replacing what was there.
Status setLocalValue(Database &db, const QString &key, const QVariant &value);

} // namespace tamkeen::storage
