#include "org/DeviceInfo.h"

#include "storage/Database.h"
#include "sync/Enrolment.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tamkeen::org {

Result<DeviceInfo> Devices::thisDevice(storage::Database &db)
{
    if (db.deviceId().isEmpty())
        return makeError(ErrorCode::NotFound, tr("This database has not been set up yet."));
    auto q = db.exec(u"SELECT d.number, d.name, d.centre_id, c.code, c.name, c.region FROM devices d "
                     "LEFT JOIN centres c ON c.id = d.centre_id WHERE d.id = ?"_s,
                     {db.deviceId()});
    if (!q)
        return q.error();
    if (!q.value()->next())
        return makeError(ErrorCode::Corrupt, tr("This device's record is missing from the database."));
    DeviceInfo info;
    info.deviceId = db.deviceId();
    info.number = q.value()->value(0).toInt();
    info.name = q.value()->value(1).toString();
    info.centreId = q.value()->value(2).toByteArray();
    info.centreCode = q.value()->value(3).toString();
    info.centreName = q.value()->value(4).toString();
    info.region = q.value()->value(5).toString();
    q.value()->finish();
    return info;
}

Result<QVariant> Devices::centreFor(storage::Database &db, const QByteArray &householdId)
{
    auto centre = db.scalar(u"SELECT centre_id FROM households WHERE id = ?"_s, {householdId});
    if (!centre)
        return centre.error();
    if (!centre.value().toByteArray().isEmpty())
        return centre.value();
    auto device = thisDevice(db);
    return device && !device.value().centreId.isEmpty() ? QVariant(device.value().centreId) : QVariant();
}

Result<QString> Devices::nextFileNumber(storage::Database &db, const QString &series)
{
    auto numbers = nextFileNumbers(db, series, 1);
    if (!numbers)
        return numbers.error();
    return numbers.value().first();
}

Result<QStringList> Devices::nextFileNumbers(storage::Database &db, const QString &series, int count)
{
    Q_ASSERT(count > 0);
    auto device = thisDevice(db);
    if (!device)
        return device.error();
    // The device number, with a letter when another device kept it (a number
    // two administrators reserved offline; docs/sync-format.md).
    auto part = sync::Enrolment::fileNumberPart(db, device.value().deviceId);
    if (!part)
        return part.error();
    auto last = db.scalar(u"INSERT INTO counters(name, value) VALUES (?, ?) "
                          "ON CONFLICT(name) DO UPDATE SET value = value + ? RETURNING value"_s,
                          {series, count, count});
    if (!last)
        return last.error();
    QStringList numbers;
    for (qint64 n = last.value().toLongLong() - count + 1; n <= last.value().toLongLong(); ++n)
        numbers << u"%1-%2-%3"_s.arg(device.value().centreCode, part.value()).arg(n, 6, 10, QChar(u'0'));
    return numbers;
}

} // namespace tamkeen::org
