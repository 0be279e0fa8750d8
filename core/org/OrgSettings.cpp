#include "org/OrgSettings.h"

#include "storage/Database.h"
#include "storage/SyncedWriter.h"
#include "storage/Uuid.h"

using namespace Qt::StringLiterals;

namespace tamkeen::org {

Result<QVariant> OrgSettings::value(storage::Database &db, const QString &key)
{
    auto v = db.scalar(u"SELECT value FROM org_settings WHERE id = ? AND deleted = 0"_s, {storage::stableId(key)});
    if (!v)
        return v.error();
    return v.value();
}

Status OrgSettings::setValue(storage::Database &db, const security::Session &by, const QString &key,
                             const QString &value)
{
    const QByteArray id = storage::stableId(key);
    db.setCurrentUser(by.userId);
    storage::SyncedWriter writer(db);
    return db.transaction([&]() -> Status {
        auto exists = db.scalar(u"SELECT count(*) FROM org_settings WHERE id = ?"_s, {id});
        if (!exists)
            return exists.error();
        if (exists.value().toInt() > 0)
            return writer.update(u"org_settings"_s, id, {{u"value"_s, value}, {u"deleted"_s, 0}});
        auto created = writer.insert(u"org_settings"_s, {{u"key"_s, key}, {u"value"_s, value}}, id);
        if (!created)
            return created.error();
        return {};
    });
}

} // namespace tamkeen::org
