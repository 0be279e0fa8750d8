#include "storage/LocalState.h"

#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Result<QVariant> localValue(Database &db, const QString &key)
{
    return db.scalar(u"SELECT value FROM local_state WHERE key = ?"_s, {key});
}

Status setLocalValue(Database &db, const QString &key, const QVariant &value)
{
    auto q = db.exec(u"INSERT INTO local_state(key, value) VALUES (?, ?) "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s,
                     {key, value});
    if (!q)
        return q.error();
    return {};
}

} // namespace tamkeen::storage
