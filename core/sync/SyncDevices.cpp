#include "sync/SyncDevices.h"

#include "storage/CaptureTriggers.h"
#include "storage/Database.h"
#include "storage/PersonalColumns.h"
#include "storage/SyncedWriter.h"
#include "sync/Enrolment.h"
#include "sync/Rotation.h"
#include "sync/SyncLog.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSqlQuery>
#include <QSqlError>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace tamkeen::sync {

Result<QList<SyncDevice>> SyncDevices::list()
{
    auto q = m_db.exec(u"SELECT d.id, d.number, d.name, c.name, p.last_package_at, p.last_package, p.clock_ahead_at, "
                       "ifnull(v.max_seq - v.contiguous, 0), "
                       "(SELECT reason FROM device_revocations r WHERE r.device_id = d.id AND r.deleted = 0 LIMIT 1), "
                       "EXISTS (SELECT 1 FROM device_revocations r WHERE r.device_id = d.id AND r.deleted = 0), "
                       "p.refused_at, p.refused_reason, ifnull(p.refused_count, 0), ifnull(d.scope, 'all') "
                       "FROM devices d LEFT JOIN centres c ON c.id = d.centre_id LEFT JOIN sync_peers p ON p.device = d.id "
                       "LEFT JOIN sync_vector v ON v.device = d.id WHERE d.deleted = 0 ORDER BY c.name, d.number"_s);
    if (!q)
        return q.error();
    QList<SyncDevice> list;
    while (q.value()->next()) {
        const QSqlQuery *r = q.value();
        SyncDevice d;
        d.id = r->value(0).toByteArray();
        d.number = r->value(1).toInt();
        d.name = r->value(2).toString();
        d.centre = r->value(3).toString();
        d.thisDevice = d.id == m_db.deviceId();
        d.lastPackageAt = QDateTime::fromString(r->value(4).toString(), Qt::ISODate);
        d.lastPackage = r->value(5).toString();
        d.clockAheadAt = QDateTime::fromString(r->value(6).toString(), Qt::ISODate);
        d.missing = r->value(7).toLongLong();
        d.revokedReason = r->value(8).toString();
        d.revoked = r->value(9).toBool();
        d.refusedAt = QDateTime::fromString(r->value(10).toString(), Qt::ISODate);
        d.refusedReason = r->value(11).toString();
        d.refusedCount = r->value(12).toLongLong();
        d.scope = r->value(13).toString();
        list << d;
    }
    q.value()->finish();
    auto duplicates = Enrolment::duplicateNumbers(m_db);
    if (!duplicates)
        return duplicates.error();
    QSet<QByteArray> sharing;
    for (const DuplicateNumber &n : duplicates.value())
        sharing.unite(QSet<QByteArray>(n.devices.begin(), n.devices.end()));
    for (SyncDevice &d : list) {
        d.sharesNumber = sharing.contains(d.id);
        auto part = Enrolment::fileNumberPart(m_db, d.id);
        if (!part)
            return part.error();
        d.fileNumberPart = part.value();
    }
    return list;
}

Status SyncDevices::revoke(const security::Session &by, const QByteArray &deviceId, const QString &reason)
{
    if (!by.isAdministrator())
        return makeError(ErrorCode::PermissionDenied, tr("Only administrators revoke devices."));
    if (deviceId == m_db.deviceId())
        return makeError(ErrorCode::Invalid, tr("This computer cannot revoke itself."));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Give the reason, e.g. the laptop was lost or stolen."), u"reason"_s);
    auto known = m_db.scalar(u"SELECT count(*) FROM devices WHERE id = ?"_s, {deviceId});
    if (!known)
        return known.error();
    if (known.value().toLongLong() == 0)
        return makeError(ErrorCode::NotFound, tr("This device is not a device of the organisation."));
    auto last = m_db.scalar(u"SELECT max(hlc) FROM change_log"_s);
    if (!last)
        return last.error();
    const quint64 now = m_db.clock().next(last.value().toULongLong());
    m_db.setCurrentUser(by.userId);
    // The revocation and the new organisation key, together: the revoked
    // device cannot read what is made from now on (docs/trust.md, "Key rotation").
    return m_db.transaction([&]() -> Status {
        auto id = storage::SyncedWriter(m_db).insert(u"device_revocations"_s, {{u"device_id"_s, deviceId},
                                                                                 {u"revoked_hlc"_s, qint64(now)},
                                                                                 {u"reason"_s, reason.trimmed()}});
        if (!id)
            return id.error();
        return Rotation::rotate(m_db);
    });
}

Result<QDateTime> SyncDevices::lastSync()
{
    auto v = m_db.scalar(u"SELECT max(at) FROM sync_history WHERE refused IS NULL"_s);
    if (!v)
        return v.error();
    return QDateTime::fromString(v.value().toString(), Qt::ISODate);
}

Result<QList<SyncEvent>> SyncDevices::history(int limit)
{
    auto q = m_db.exec(u"SELECT h.at, h.direction, h.file, d.name, h.entries, h.new_rows, h.updated, h.unchanged, "
                       "h.conflicts, h.waiting, h.refused FROM sync_history h LEFT JOIN devices d ON d.id = h.peer "
                       "ORDER BY h.id DESC LIMIT ?"_s,
                       {limit});
    if (!q)
        return q.error();
    QList<SyncEvent> list;
    while (q.value()->next()) {
        const QSqlQuery *r = q.value();
        SyncEvent e;
        e.at = QDateTime::fromString(r->value(0).toString(), Qt::ISODate);
        e.direction = r->value(1).toString();
        e.file = r->value(2).toString();
        e.peerName = r->value(3).toString();
        e.entries = r->value(4).toLongLong();
        e.newRows = r->value(5).toLongLong();
        e.updated = r->value(6).toLongLong();
        e.unchanged = r->value(7).toLongLong();
        e.conflicts = r->value(8).toLongLong();
        e.waiting = r->value(9).toLongLong();
        e.refused = r->value(10).toString();
        list << e;
    }
    q.value()->finish();
    return list;
}

Result<QString> SyncDevices::recordName(const QString &table, const QByteArray &rowId)
{
    // The tables people recognise a record of by a name or a number.
    static const QHash<QString, QString> names = {
        {u"households"_s, u"file_number"_s},
        {u"members"_s, u"trim(given_name || ' ' || ifnull(father_name, '') || ' ' || ifnull(family_name, ''))"_s},
        {u"partners"_s, u"name"_s},
        {u"centres"_s, u"name"_s},
        {u"devices"_s, u"name"_s},
        {u"users"_s, u"full_name"_s},
    };
    QString expression = names.value(table);
    if (expression.isEmpty()) {
        // A row that belongs to a member (plans, sessions, referrals …): the member's name.
        auto cols = columnsOf(m_db, table);
        if (!cols)
            return cols.error();
        if (!cols.value().contains(u"member_id"_s))
            return QString();
        auto v = m_db.scalar(u"SELECT trim(m.given_name || ' ' || ifnull(m.family_name, '')) FROM \"%1\" t "
                             "JOIN members m ON m.id = t.member_id WHERE t.id = ?"_s.arg(table),
                             {rowId});
        if (!v)
            return v.error();
        return v.value().toString();
    }
    auto v = m_db.scalar(u"SELECT %1 FROM \"%2\" WHERE id = ?"_s.arg(expression, table), {rowId});
    if (!v)
        return v.error();
    return v.value().toString();
}

QByteArray canonicalValue(const QVariant &v)
{
    if (v.isNull())
        return "NULL";
    switch (v.typeId()) {
    case QMetaType::QByteArray:
        return "x'" + v.toByteArray().toHex() + "'";
    case QMetaType::Double:
        return QByteArray::number(v.toDouble(), 'g', 17);
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return QByteArray::number(v.toLongLong());
    default:
        // JSON string quoting: one line, every character unambiguous.
        return QJsonDocument::fromVariant(QVariantList{v.toString()}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    }
}

QByteArray canonicalSecret(const QVariant &value)
{
    return value.isNull() ? QByteArray("NULL") : '#' + storage::secretDigest(value).toHex();
}

Status writeCanonicalDump(storage::Database &db, QIODevice &out)
{
    for (const QString &table : storage::syncedTables(db)) {
        // The audit trail is each device's log of reads and outputs (a dump
        // itself is one): copies compared with diff differ there by what was
        // looked at since the last sync, not by their data. `audit verify` checks it.
        if (table == u"audit_log")
            continue;
        auto cols = columnsOf(db, table);
        if (!cols)
            return cols.error();
        QStringList names = cols.value();
        names.sort();
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT id, %1 FROM \"%2\" ORDER BY id"_s.arg(quotedColumns(names), table)))
            return makeError(ErrorCode::Database, q.lastError().text());
        while (q.next()) {
            QByteArray line = table.toUtf8() + ' ' + q.value(0).toByteArray().toHex();
            for (int i = 0; i < names.size(); ++i)
                line += ' ' + names[i].toUtf8() + '='
                        + (storage::isSecret(table, names[i]) ? canonicalSecret(q.value(i + 1)) : canonicalValue(q.value(i + 1)));
            line += '\n';
            if (out.write(line) != line.size())
                return makeError(ErrorCode::Io, out.errorString());
        }
    }
    return {};
}

} // namespace tamkeen::sync
