#pragma once
// What sync reads of the change log: the vector (how much of each device's
// sequence this copy holds without a gap), the versions of a row's fields with
// the version each replaced, and SQL values as CBOR and back.
#include "common/Result.h"

#include <QCborValue>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QVariant>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::sync {

// A field's version: the (HLC, device) of the change that set it; ordered by
// time, the device breaking ties.
struct Version {
    quint64 hlc = 0;
    QByteArray device;
    qint64 seq = 0; // the entry's place in its device's sequence (0 when unknown)

    bool isNull() const { return device.isEmpty(); }
    bool operator==(const Version &o) const { return hlc == o.hlc && device == o.device; }
    bool operator<(const Version &o) const { return hlc != o.hlc ? hlc < o.hlc : device < o.device; }
    // The same change: by device and sequence when both are known, as a copy
    // may have capped the time of a change from a clock far ahead.
    bool sameChange(const Version &o) const
    {
        return seq > 0 && o.seq > 0 ? device == o.device && seq == o.seq : *this == o;
    }
};

// Device → highest sequence held with nothing missing below it.
using Vector = QHash<QByteArray, qint64>;

bool covers(const Vector &vector, const Version &v);
QCborValue vectorToCbor(const Vector &vector);
Vector vectorFromCbor(const QCborValue &value);
QByteArray vectorToJson(const Vector &vector);
Vector vectorFromJson(const QByteArray &json);

// This copy's vector: its own device's last sequence, and what imports left
// in sync_vector for the others.
Result<Vector> localVector(storage::Database &db);

// The history of each field of one row, oldest first.
struct RowVersions {
    QHash<QString, QList<Version>> fields;
    QSet<QPair<QByteArray, qint64>> held; // the entries of the row this copy holds, by (device, seq)
    Version current(const QString &field) const;
    Version before(const QString &field, const Version &v) const; // the version `v` replaced
    bool contains(const QString &field, const Version &v) const;
    void add(const QStringList &changed, const Version &v); // keeps each list in order
};

// `allColumns`: the table's columns but the key (what an insert sets).
Result<RowVersions> rowVersions(storage::Database &db, const QString &table, const QByteArray &rowId,
                                const QStringList &allColumns);
Result<QStringList> columnsOf(storage::Database &db, const QString &table); // without id
// One row's values by column name (empty when the row is not here), read by
// position: a QSqlRecord per row costs more than the read itself.
Result<QHash<QString, QVariant>> rowValues(storage::Database &db, const QString &table, const QStringList &columns,
                                           const QByteArray &id, bool *exists);

QCborValue toCbor(const QVariant &value);
QVariant fromCbor(const QCborValue &value);

// Bookkeeping columns every synced table has: merged by time, never a conflict.
bool isBookkeeping(const QString &column);

} // namespace tamkeen::sync
