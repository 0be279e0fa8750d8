#include "security/SignedChange.h"

#include "security/Privileges.h"
#include "security/UserKeys.h"
#include "storage/Database.h"

#include <QCborArray>
#include <QCborValue>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace tamkeen::security {

namespace {

QCborValue cborOf(const QVariant &value)
{
    if (value.isNull())
        return QCborValue(QCborValue::Null);
    switch (value.typeId()) {
    case QMetaType::QByteArray: return QCborValue(value.toByteArray());
    case QMetaType::Double:
    case QMetaType::Float: return QCborValue(value.toDouble());
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool: return QCborValue(value.toLongLong());
    default: return QCborValue(value.toString());
    }
}

QVariant variantOf(const QCborValue &value)
{
    switch (value.type()) {
    case QCborValue::ByteArray: return value.toByteArray();
    case QCborValue::Integer: return QVariant(qint64(value.toInteger()));
    case QCborValue::Double: return value.toDouble();
    case QCborValue::String: return value.toString();
    default: return QVariant();
    }
}

QCborArray pairsArray(ColumnValues pairs)
{
    std::sort(pairs.begin(), pairs.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QCborArray out;
    for (const auto &[column, value] : pairs)
        out.append(QCborArray{column, cborOf(value)});
    return out;
}

} // namespace

QByteArray signedChangeBytes(const QByteArray &orgId, const QByteArray &device, qint64 seq, quint64 hlc,
                             const QString &table, const QByteArray &rowId, const QString &op, const QByteArray &author,
                             ColumnValues pairs)
{
    // A label first, so these bytes can never be taken for another signed thing.
    const QCborArray a{u"tamkeen-change-1"_s, orgId, device, seq, qint64(hlc), table, rowId, op,
                       author.isEmpty() ? QCborValue(QCborValue::Null) : QCborValue(author),
                       pairsArray(std::move(pairs))};
    return QCborValue(a).toCbor();
}

QByteArray signedChangeBytes(const QByteArray &orgId, const SignedChange &c)
{
    return signedChangeBytes(orgId, c.device, c.seq, c.hlc, c.table, c.rowId, c.op, c.author, c.pairs);
}

QByteArray encodeSigned(ColumnValues pairs, const QByteArray &signature)
{
    return QCborValue(QCborArray{pairsArray(std::move(pairs)), signature}).toCbor();
}

bool decodeSigned(const QByteArray &blob, ColumnValues *pairs, QByteArray *signature)
{
    const QCborValue v = QCborValue::fromCbor(blob);
    if (!v.isArray() || v.toArray().size() != 2 || !v.toArray().at(0).isArray() || !v.toArray().at(1).isByteArray())
        return false;
    ColumnValues out;
    for (const QCborValue &p : v.toArray().at(0).toArray()) {
        if (!p.isArray() || p.toArray().size() != 2 || !p.toArray().at(0).isString())
            return false;
        out.append({p.toArray().at(0).toString(), variantOf(p.toArray().at(1))});
    }
    *pairs = out;
    *signature = v.toArray().at(1).toByteArray();
    return true;
}

Error ChangeSigning::noKey(const QString &table)
{
    return makeError(ErrorCode::PermissionDenied,
                     tr("Changes to %1 must be signed by the person who makes them, and no signing key is unlocked "
                        "for the current user. Log in again with your password.")
                         .arg(Privileges::subject(table)));
}

Status ChangeSigning::signLogged(storage::Database &db, qint64 seq)
{
    const QByteArray key = db.signingKey();
    QString table;
    QByteArray rowId, author;
    QString op, fields;
    quint64 hlc = 0;
    bool found = false;
    Status s = db.read(u"SELECT hlc, tbl, row_id, op, author, fields FROM change_log WHERE device = ? AND seq = ?"_s,
                       {db.deviceId(), seq}, [&](const storage::RawRow &r) {
                           hlc = quint64(r.integer(0));
                           table = r.text(1);
                           rowId = r.blob(2);
                           op = r.text(3);
                           author = r.blob(4);
                           fields = r.text(5);
                           found = true;
                       });
    if (!s)
        return s;
    if (!found)
        return makeError(ErrorCode::Database, tr("Internal error: the change to sign is not in the log."));
    if (key.isEmpty())
        return noKey(table);
    auto org = db.scalar(u"SELECT value FROM local_state WHERE key = 'org_id'"_s);
    if (!org)
        return org.error();
    const QByteArray orgId = org.value().toByteArray();
    if (orgId.isEmpty())
        return makeError(ErrorCode::Invalid, tr("This installation belongs to no organisation yet: set it up first."));

    // The columns the entry sets: all for an insert, the logged ones for an update.
    QStringList columns;
    if (op == u"I") {
        auto q = db.exec(u"SELECT name FROM pragma_table_info(?) WHERE name <> 'id' ORDER BY cid"_s, {table});
        if (!q)
            return q.error();
        while (q.value()->next())
            columns << q.value()->value(0).toString();
        q.value()->finish();
    } else {
        for (const QJsonValue &f : QJsonDocument::fromJson(fields.toUtf8()).array())
            columns << f.toString();
    }
    QStringList quoted;
    for (const QString &c : std::as_const(columns))
        quoted << u"\"%1\""_s.arg(QString(c).replace(u'"', u"\"\""_s));
    ColumnValues pairs;
    s = db.read(u"SELECT %1 FROM \"%2\" WHERE id = ?"_s.arg(quoted.join(u", "_s), table), {rowId},
                [&](const storage::RawRow &r) {
                    for (int i = 0; i < columns.size(); ++i)
                        pairs.append({columns[i], r.value(i)});
                });
    if (!s)
        return s;
    const QByteArray bytes = signedChangeBytes(orgId, db.deviceId(), seq, hlc, table, rowId, op, author, pairs);
    const QByteArray signature = UserKeys::sign(key, bytes);
    if (signature.isEmpty())
        return noKey(table);
    return db.write(u"UPDATE change_log SET signed = ? WHERE device = ? AND seq = ?"_s,
                    {encodeSigned(pairs, signature), db.deviceId(), seq});
}

} // namespace tamkeen::security
