#include "sync/SyncLog.h"

#include "storage/Database.h"

#include <QCborMap>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tamkeen::sync {

bool covers(const Vector &vector, const Version &v)
{
    return !v.isNull() && v.seq > 0 && vector.value(v.device, 0) >= v.seq;
}

QCborValue vectorToCbor(const Vector &vector)
{
    QCborMap m;
    for (auto it = vector.begin(); it != vector.end(); ++it)
        m.insert(QCborValue(it.key()), QCborValue(it.value()));
    return m;
}

Vector vectorFromCbor(const QCborValue &value)
{
    Vector v;
    const QCborMap m = value.toMap();
    for (auto it = m.begin(); it != m.end(); ++it)
        if (it.key().isByteArray() && it.value().isInteger())
            v.insert(it.key().toByteArray(), it.value().toInteger());
    return v;
}

QByteArray vectorToJson(const Vector &vector)
{
    QJsonObject o;
    for (auto it = vector.begin(); it != vector.end(); ++it)
        o.insert(QString::fromLatin1(it.key().toHex()), double(it.value()));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Vector vectorFromJson(const QByteArray &json)
{
    Vector v;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        v.insert(QByteArray::fromHex(it.key().toLatin1()), qint64(it.value().toDouble()));
    return v;
}

Result<Vector> localVector(storage::Database &db)
{
    Vector v;
    auto own = db.scalar(u"SELECT max(seq) FROM change_log WHERE device = ?"_s, {db.deviceId()});
    if (!own)
        return own.error();
    if (!db.deviceId().isEmpty() && !own.value().isNull())
        v.insert(db.deviceId(), own.value().toLongLong());
    auto q = db.exec(u"SELECT device, contiguous FROM sync_vector"_s);
    if (!q)
        return q.error();
    while (q.value()->next())
        v.insert(q.value()->value(0).toByteArray(), q.value()->value(1).toLongLong());
    q.value()->finish();
    return v;
}

Version RowVersions::current(const QString &field) const
{
    const QList<Version> &list = fields.value(field);
    return list.isEmpty() ? Version() : list.last();
}

Version RowVersions::before(const QString &field, const Version &v) const
{
    const QList<Version> list = fields.value(field);
    for (qsizetype i = list.size() - 1; i > 0; --i)
        if (list[i] == v)
            return list[i - 1];
    return {};
}

bool RowVersions::contains(const QString &field, const Version &v) const
{
    for (const Version &x : fields.value(field))
        if (x.sameChange(v))
            return true;
    return false;
}

void RowVersions::add(const QStringList &changed, const Version &v)
{
    for (const QString &f : changed) {
        QList<Version> &list = fields[f];
        qsizetype at = list.size();
        while (at > 0 && v < list[at - 1])
            --at;
        list.insert(at, v);
    }
}

Result<QStringList> columnsOf(storage::Database &db, const QString &table)
{
    auto q = db.exec(u"SELECT name FROM pragma_table_info(?) WHERE name <> 'id' ORDER BY cid"_s, {table});
    if (!q)
        return q.error();
    QStringList cols;
    while (q.value()->next())
        cols << q.value()->value(0).toString();
    q.value()->finish();
    return cols;
}

Result<QHash<QString, QVariant>> rowValues(storage::Database &db, const QString &table, const QStringList &columns,
                                           const QByteArray &id, bool *exists)
{
    QStringList quoted;
    for (const QString &c : columns)
        quoted << u"\"%1\""_s.arg(c);
    auto q = db.exec(u"SELECT %1 FROM \"%2\" WHERE id = ?"_s.arg(quoted.join(u", "_s), table), {id});
    if (!q)
        return q.error();
    QHash<QString, QVariant> values;
    *exists = q.value()->next();
    if (*exists) {
        values.reserve(columns.size());
        for (int i = 0; i < columns.size(); ++i)
            values.insert(columns[i], q.value()->value(i));
    }
    q.value()->finish();
    return values;
}

Result<RowVersions> rowVersions(storage::Database &db, const QString &table, const QByteArray &rowId,
                                const QStringList &allColumns)
{
    auto q = db.exec(u"SELECT device, seq, hlc, op, fields FROM change_log WHERE tbl = ? AND row_id = ? "
                     "ORDER BY hlc, device"_s,
                     {table, rowId});
    if (!q)
        return q.error();
    RowVersions versions;
    QSqlQuery *r = q.value();
    while (r->next()) {
        const Version v{r->value(2).toULongLong(), r->value(0).toByteArray(), r->value(1).toLongLong()};
        versions.held.insert({v.device, v.seq});
        QStringList changed;
        if (r->value(3).toString() == u"I") {
            changed = allColumns;
        } else {
            for (const QJsonValue &f : QJsonDocument::fromJson(r->value(4).toByteArray()).array())
                changed << f.toString();
        }
        for (const QString &f : changed)
            versions.fields[f].append(v); // already in order
    }
    r->finish();
    return versions;
}

QCborValue toCbor(const QVariant &value)
{
    if (value.isNull())
        return QCborValue(QCborValue::Null);
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return QCborValue(value.toByteArray());
    case QMetaType::Double:
    case QMetaType::Float:
        return QCborValue(value.toDouble());
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return QCborValue(value.toLongLong());
    default:
        return QCborValue(value.toString());
    }
}

QVariant fromCbor(const QCborValue &value)
{
    switch (value.type()) {
    case QCborValue::ByteArray:
        return value.toByteArray();
    case QCborValue::Integer:
        return QVariant(qint64(value.toInteger()));
    case QCborValue::Double:
        return value.toDouble();
    case QCborValue::String:
        return value.toString();
    default:
        return QVariant();
    }
}

bool isBookkeeping(const QString &column)
{
    return column == u"created_at" || column == u"created_by" || column == u"updated_at" || column == u"updated_by";
}

} // namespace tamkeen::sync
