#pragma once
// Organisation-wide settings (org_settings): one row per key, whose id comes
// from the key, so every copy writes the same row and sync merges them. The
// callers check who may change each setting and what a valid value is.
#include "common/Result.h"
#include "security/Session.h"

#include <QVariant>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::org {

class OrgSettings {
public:
    // The stored text, or a null QVariant when the setting was never made.
    static Result<QVariant> value(storage::Database &db, const QString &key);
    // Writes `value` under `key` as `by`, in a transaction (nested in the caller's, if any).
    static Status setValue(storage::Database &db, const security::Session &by, const QString &key,
                           const QString &value);
};

} // namespace tamkeen::org
