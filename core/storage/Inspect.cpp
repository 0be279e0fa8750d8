#include "storage/Inspect.h"

#include "storage/ChangeLog.h"
#include "storage/Database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

Result<QList<QPair<QString, qint64>>> tableCounts(Database &db)
{
    QStringList tables;
    auto q = db.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"_s);
    if (!q)
        return q.error();
    while (q.value()->next())
        tables << q.value()->value(0).toString();
    q.value()->finish();
    QList<QPair<QString, qint64>> counts;
    for (const QString &t : tables) {
        // Table names come from sqlite_master, not from the user.
        auto n = db.scalar(u"SELECT count(*) FROM \"%1\""_s.arg(t));
        if (!n)
            return n.error();
        counts.append({t, n.value().toLongLong()});
    }
    return counts;
}

Result<QStringList> checkDatabase(Database &db)
{
    QStringList problems;
    auto q = db.exec(u"PRAGMA integrity_check"_s);
    if (!q)
        return q.error();
    while (q.value()->next()) {
        const QString line = q.value()->value(0).toString();
        if (line != u"ok")
            problems << u"integrity: "_s + line;
    }
    q.value()->finish();

    auto log = checkChangeLog(db);
    if (!log)
        return log.error();
    problems << log.value();

    if (db.deviceId().isEmpty()) {
        problems << u"setup: this database has not been set up (no device identity)"_s;
        return problems;
    }
    auto device = db.scalar(u"SELECT count(*) FROM devices WHERE id = ?"_s, {db.deviceId()});
    if (!device)
        return device.error();
    if (device.value().toInt() != 1)
        problems << u"setup: this device's record is missing"_s;
    auto admins = db.scalar(u"SELECT count(*) FROM users WHERE deleted = 0 AND active = 1 AND role = 'administrator'"_s);
    if (!admins)
        return admins.error();
    if (admins.value().toInt() == 0)
        problems << u"users: no active administrator"_s;
    auto roles = db.scalar(u"SELECT count(*) FROM users WHERE role NOT IN "
                           "('field_worker', 'counsellor', 'supervisor', 'administrator')"_s);
    if (!roles)
        return roles.error();
    if (roles.value().toInt() > 0)
        problems << u"users: %1 users have an unknown role"_s.arg(roles.value().toInt());
    return problems;
}

} // namespace tamkeen::storage
