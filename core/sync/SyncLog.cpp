#include "sync/SyncLog.h"

#include "storage/Database.h"

#include <QCborMap>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace tamkeen::sync {

bool covers(const Vector &vector, const Version &v)
{
    return !v.isNull() && v.seq > 0 && vector.value(v.device, 0) >= v.seq;
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

namespace {

void insertInOrder(QList<Version> &list, const Version &v)
{
    qsizetype at = list.size();
    while (at > 0 && v < list[at - 1])
        --at;
    list.insert(at, v);
}

} // namespace

bool RowVersions::holds(const QByteArray &device, qint64 seq) const
{
    for (const auto &[d, s] : held)
        if (s == seq && d == device)
            return true;
    return false;
}

const QList<Version> *RowVersions::updatesOf(const QString &field) const
{
    for (const auto &[f, versions] : updates)
        if (f == field)
            return &versions;
    return nullptr;
}

QList<Version> RowVersions::history(const QString &field) const
{
    QList<Version> all = inserts;
    if (const QList<Version> *u = updatesOf(field))
        for (const Version &v : *u)
            insertInOrder(all, v);
    return all;
}

Version RowVersions::current(const QString &field) const
{
    const Version inserted = inserts.isEmpty() ? Version() : inserts.last();
    const QList<Version> *u = updatesOf(field);
    const Version updated = !u || u->isEmpty() ? Version() : u->last();
    if (inserted.isNull() || updated.isNull())
        return inserted.isNull() ? updated : inserted;
    return inserted < updated ? updated : inserted;
}

Version RowVersions::before(const QString &field, const Version &v) const
{
    const QList<Version> list = history(field);
    for (qsizetype i = list.size() - 1; i > 0; --i)
        if (list[i] == v)
            return list[i - 1];
    return {};
}

bool RowVersions::contains(const QString &field, const Version &v) const
{
    for (const Version &x : inserts)
        if (x.sameChange(v))
            return true;
    if (const QList<Version> *u = updatesOf(field))
        for (const Version &x : *u)
            if (x.sameChange(v))
                return true;
    return false;
}

void RowVersions::add(const QStringList &changed, const Version &v)
{
    for (const QString &f : changed) {
        auto it = std::find_if(updates.begin(), updates.end(), [&](const auto &u) { return u.first == f; });
        if (it != updates.end())
            insertInOrder(it->second, v);
        else
            updates.append({f, {v}});
    }
}

void RowVersions::addInsert(const Version &v)
{
    insertInOrder(inserts, v);
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

QString quotedColumns(const QStringList &columns)
{
    QStringList quoted;
    quoted.reserve(columns.size());
    for (const QString &c : columns)
        quoted << u"\"%1\""_s.arg(c);
    return quoted.join(u", "_s);
}

Result<QVariantList> rowValueList(storage::Database &db, const QString &table, const QStringList &columns,
                                  const QByteArray &id, bool *exists)
{
    QVariantList values;
    *exists = false;
    Status s = db.read(u"SELECT %1 FROM \"%2\" WHERE id = ?"_s.arg(quotedColumns(columns), table), {id},
                       [&](const storage::RawRow &r) {
                           *exists = true;
                           values.reserve(columns.size());
                           for (int i = 0; i < columns.size(); ++i)
                               values << r.value(i);
                       });
    if (!s)
        return s.error();
    return values;
}

Result<QHash<QString, QVariant>> rowValues(storage::Database &db, const QString &table, const QStringList &columns,
                                           const QByteArray &id, bool *exists)
{
    auto list = rowValueList(db, table, columns, id, exists);
    if (!list)
        return list.error();
    QHash<QString, QVariant> values;
    values.reserve(list.value().size());
    for (qsizetype i = 0; i < list.value().size(); ++i)
        values.insert(columns[i], list.value()[i]);
    return values;
}

QStringList fieldNames(QByteArrayView json, const QStringList &known)
{
    // The common shape, read in place: ["a","b"], names without escapes.
    if (json.contains('\\') || !json.startsWith('[') || !json.endsWith(']'))
        return fieldNames(QString::fromUtf8(json));
    QStringList names;
    for (QByteArrayView rest = json.sliced(1, json.size() - 2); !rest.isEmpty();) {
        const qsizetype comma = rest.indexOf(',');
        const QByteArrayView part = comma < 0 ? rest : rest.first(comma);
        rest = comma < 0 ? QByteArrayView() : rest.sliced(comma + 1);
        if (part.size() < 2 || !part.startsWith('"') || !part.endsWith('"'))
            continue;
        const QByteArrayView name = part.sliced(1, part.size() - 2);
        const auto it = std::find_if(known.begin(), known.end(),
                                     [&](const QString &k) { return k == QLatin1StringView(name); }); // names are ASCII
        names << (it != known.end() ? *it : QString::fromUtf8(name));
    }
    return names;
}

QStringList fieldNames(const QString &json)
{
    // json_group_array of column names: ["a","b"]. Names never need escapes;
    // anything else goes through the JSON parser.
    if (json.contains(u'\\') || !json.startsWith(u'[') || !json.endsWith(u']'))  {
        QStringList names;
        for (const QJsonValue &f : QJsonDocument::fromJson(json.toUtf8()).array())
            names << f.toString();
        return names;
    }
    QStringList names;
    for (QStringView part : QStringView(json).sliced(1, json.size() - 2).split(u','))
        if (part.size() >= 2 && part.startsWith(u'"') && part.endsWith(u'"'))
            names << part.sliced(1, part.size() - 2).toString();
    return names;
}

Result<RowVersions> rowVersions(storage::Database &db, const QString &table, const QByteArray &rowId,
                                const QStringList &columns)
{
    RowVersions versions;
    // Put in order here: a few entries, where ORDER BY would start a sorter each time.
    Status s = db.read(u"SELECT device, seq, hlc, op, fields FROM change_log WHERE tbl = ? AND row_id = ?"_s,
                       {table, rowId}, [&](const storage::RawRow &r) {
                           const Version v{quint64(r.integer(2)), r.blob(0), r.integer(1)};
                           versions.held.append({v.device, v.seq});
                           if (r.rawBytes(3) == "I")
                               versions.addInsert(v);
                           else
                               versions.add(fieldNames(r.rawBytes(4), columns), v);
                       });
    if (!s)
        return s.error();
    return versions;
}

bool isBookkeeping(const QString &column)
{
    return column == u"created_at" || column == u"created_by" || column == u"updated_at" || column == u"updated_by";
}

} // namespace tamkeen::sync
