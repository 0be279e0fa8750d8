#pragma once
// Reading the change log: entries of one row, the current version of each of its
// fields, and the consistency checks `tamkeen-cli check` runs.
#include "common/Result.h"

#include <QMap>
#include <QStringList>

namespace tamkeen::storage {

class Database;

struct ChangeEntry {
    QByteArray device;
    qint64 seq = 0;
    quint64 hlc = 0;
    QString table;
    QByteArray rowId;
    QChar op;
    QByteArray author;
    QStringList fields; // the columns an update changed; empty for an insert (all columns)
};

// The version of one field: the latest (HLC, device) change that set it.
struct FieldVersion {
    quint64 hlc = 0;
    QByteArray device;
    qint64 seq = 0;
};

Result<QList<ChangeEntry>> changesOf(Database &db, const QString &table, const QByteArray &rowId);
Result<QMap<QString, FieldVersion>> fieldVersions(Database &db, const QString &table, const QByteArray &rowId);
Result<qint64> changeCount(Database &db);

// Problems in the log: gaps or repeats in a device's sequence, times that do not
// grow with the sequence, synced rows without the entry that created them.
Result<QStringList> checkChangeLog(Database &db);

} // namespace tamkeen::storage
