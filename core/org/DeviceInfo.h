#pragma once
// This installation: its device row and the centre it serves.
#include "common/Result.h"

#include <QCoreApplication>
#include <QVariant>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::org {

struct DeviceInfo {
    QByteArray deviceId;
    int number = 0;
    QString name;
    QByteArray centreId;
    QString centreCode;
    QString centreName;
    QString region;
};

class Devices {
    Q_DECLARE_TR_FUNCTIONS(Devices)
public:
    static Result<DeviceInfo> thisDevice(storage::Database &db);
    // The centre a record about `householdId` is made for: the household's,
    // else this device's (null when neither is known).
    static Result<QVariant> centreFor(storage::Database &db, const QByteArray &householdId);

    // The next human-readable number of a series ("household", …) made on this
    // device: centre code, device number and a per-device counter, e.g.
    // RUH-03-000127 (RUH-03B-000127 when another device kept number 3).
    // Offline laptops never hand out the same one. Call it inside
    // the transaction that stores the record, so a rollback returns the number.
    static Result<QString> nextFileNumber(storage::Database &db, const QString &series);
    // The next `count` numbers at once (imports, generators).
    static Result<QStringList> nextFileNumbers(storage::Database &db, const QString &series, int count);
};

} // namespace tamkeen::org
