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
    // The same change: by device and sequence when both are known (a time
    // alone could be shared by two devices).
    bool sameChange(const Version &o) const
    {
        return seq > 0 && o.seq > 0 ? device == o.device && seq == o.seq : *this == o;
    }
};

// Device → highest sequence held with nothing missing below it.
using Vector = QHash<QByteArray, qint64>;

bool covers(const Vector &vector, const Version &v);
QByteArray vectorToJson(const Vector &vector);
Vector vectorFromJson(const QByteArray &json);

// This copy's vector: its own device's last sequence, and what imports left
// in sync_vector for the others.
Result<Vector> localVector(storage::Database &db);

// The history of each field of one row, oldest first. The insert is kept
// once for every column rather than copied into each column's list: most rows
// have an insert and a few updates of a few fields.
struct RowVersions {
    QList<Version> inserts; // normally one; two when two copies made the same row
    // Per column, oldest first. Small lists rather than hashes: a row has a
    // few of each, and an import builds and drops one for every row it meets.
    QList<std::pair<QString, QList<Version>>> updates;
    QList<std::pair<QByteArray, qint64>> held; // the row's entries this copy holds (device, seq)

    bool holds(const QByteArray &device, qint64 seq) const;
    QList<Version> history(const QString &field) const;
    Version current(const QString &field) const;
    Version before(const QString &field, const Version &v) const; // the version `v` replaced
    bool contains(const QString &field, const Version &v) const;
    void add(const QStringList &changed, const Version &v); // an update; keeps each list in order
    void addInsert(const Version &v);

private:
    const QList<Version> *updatesOf(const QString &field) const;
};

// `columns`, when given, are the table's: the names read share their strings.
Result<RowVersions> rowVersions(storage::Database &db, const QString &table, const QByteArray &rowId,
                                const QStringList &columns = {});
Result<QStringList> columnsOf(storage::Database &db, const QString &table); // without id
// One row's values by column name (empty when the row is not here), read by
// position: a QSqlRecord per row costs more than the read itself.
// The same in the order of `columns` (empty when the row is not here).
Result<QVariantList> rowValueList(storage::Database &db, const QString &table, const QStringList &columns,
                                  const QByteArray &id, bool *exists);
Result<QHash<QString, QVariant>> rowValues(storage::Database &db, const QString &table, const QStringList &columns,
                                           const QByteArray &id, bool *exists);

// `"a", "b", …`: column names quoted for a statement (checked names: no escapes).
QString quotedColumns(const QStringList &columns);

// The column names of a change-log entry's `fields` (a JSON array), as
// UTF-8; a name found in `known` is that string (no copy made).
QStringList fieldNames(const QString &json);
QStringList fieldNames(QByteArrayView json, const QStringList &known);

// Bookkeeping columns every synced table has: merged by time, never a conflict.
bool isBookkeeping(const QString &column);

} // namespace tamkeen::sync
