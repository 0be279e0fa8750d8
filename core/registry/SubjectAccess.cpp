#include "registry/SubjectAccess.h"

#include "clinic/ClinicVocabulary.h"
#include "clinic/ClinicalKeys.h"
#include "clinic/ConfidentialFields.h"
#include "security/AuditLog.h"
#include "storage/CaptureTriggers.h"
#include "storage/Database.h"
#include "storage/Uuid.h"

#include <QDateTime>
#include <algorithm>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace tamkeen::registry {

namespace {

// Tables that are Tamkeen's own bookkeeping, not data about the person.
const QStringList kSkipped = {u"audit_log"_s, u"users"_s, u"devices"_s, u"device_revocations"_s, u"centres"_s,
                              u"org_settings"_s, u"partners"_s, u"session_types"_s, u"plan_tracks"_s};
// Rows that name neither the member nor the household but belong to a row
// that does: a plan's goals, tasks and history, a referral's or an
// appointment's history, a session's corrections.
const QList<std::pair<QString, std::pair<QString, QString>>> kChildren = {
    {u"plan_goals"_s, {u"plan_id"_s, u"plans"_s}},
    {u"plan_tasks"_s, {u"plan_id"_s, u"plans"_s}},
    {u"plan_events"_s, {u"plan_id"_s, u"plans"_s}},
    {u"referral_status"_s, {u"referral_id"_s, u"referrals"_s}},
    {u"appointment_status"_s, {u"appointment_id"_s, u"appointments"_s}},
    {u"session_amendments"_s, {u"session_id"_s, u"sessions"_s}},
};
// Columns of every synced row that say nothing about the person.
const QStringList kInternal = {u"deleted"_s, u"hlc"_s, u"origin"_s};

QJsonValue jsonOf(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    if (v.typeId() == QMetaType::QByteArray) {
        const QByteArray b = v.toByteArray();
        return b.size() == 16 ? QJsonValue(storage::uuidToString(b)) : QJsonValue(QString::fromLatin1(b.toHex()));
    }
    if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
        return QJsonValue(v.toLongLong());
    if (v.typeId() == QMetaType::Double)
        return QJsonValue(v.toDouble());
    return QJsonValue(v.toString());
}

} // namespace

Result<QStringList> SubjectAccess::tables(storage::Database &db)
{
    QStringList out;
    for (const QString &table : storage::syncedTables(db)) {
        if (kSkipped.contains(table))
            continue;
        auto cols = storage::tableColumns(db, table);
        if (!cols)
            return cols.error();
        const bool child = std::any_of(kChildren.begin(), kChildren.end(), [&](const auto &c) { return c.first == table; });
        if (child || table == u"members" || table == u"households" || cols.value().contains(u"member_id"_s)
            || cols.value().contains(u"household_id"_s))
            out << table;
    }
    // Parents first, so that their rows' children can be found.
    std::stable_partition(out.begin(), out.end(), [](const QString &t) {
        return std::none_of(kChildren.begin(), kChildren.end(), [&](const auto &c) { return c.first == t; });
    });
    return out;
}

bool SubjectAccess::mayRequest(const security::Session &who)
{
    return who.role == security::Role::Supervisor || who.role == security::Role::Administrator;
}

Result<QJsonObject> SubjectAccess::member(storage::Database &db, const security::Session &reader,
                                          const QByteArray &memberId)
{
    if (!mayRequest(reader))
        return makeError(ErrorCode::PermissionDenied,
                         tr("Supervisors and administrators answer a person's request for their data."));
    auto household = db.scalar(u"SELECT household_id FROM members WHERE id = ? AND deleted = 0"_s, {memberId});
    if (!household)
        return household.error();
    if (household.value().isNull())
        return makeError(ErrorCode::NotFound, tr("This family member no longer exists."));
    const QByteArray householdId = household.value().toByteArray();
    const bool mayReadAll = clinic::mayReadConfidential(reader);
    QJsonObject records;
    auto tables = SubjectAccess::tables(db);
    if (!tables)
        return tables.error();
    for (const QString &table : std::as_const(tables.value())) {
        auto cols = storage::tableColumns(db, table);
        if (!cols)
            return cols.error();
        // The member's own rows; the household's rows that name no member;
        // the rows that belong to those (kChildren).
        QString where;
        QVariantList values;
        const auto child = std::find_if(kChildren.begin(), kChildren.end(),
                                        [&](const auto &c) { return c.first == table; });
        if (table == u"members") {
            where = u"id = ?"_s;
            values << memberId;
        } else if (table == u"households") {
            where = u"id = ?"_s;
            values << householdId;
        } else if (child != kChildren.end()) {
            const QJsonArray parents = records.value(child->second.second).toArray();
            if (parents.isEmpty())
                continue;
            QStringList marks;
            for (const QJsonValue &parent : parents) {
                marks << u"?"_s;
                values << storage::uuidFromString(parent.toObject().value(u"id"_s).toString());
            }
            where = u"%1 IN (%2)"_s.arg(child->second.first, marks.join(u','));
        } else if (cols.value().contains(u"member_id"_s)) {
            where = u"member_id = ?"_s;
            values << memberId;
        } else {
            where = u"household_id = ?"_s;
            values << householdId;
        }
        // A plan a visit fulfilled is not a visit of its own: the visit names it.
        if (table == u"home_visits")
            where += u" AND NOT (status = 'done' AND visited_on IS NULL)"_s;
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.prepare(u"SELECT * FROM \"%1\" WHERE %2 AND deleted = 0 ORDER BY created_at"_s.arg(table, where));
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            return makeError(ErrorCode::Database, q.lastError().text());
        QJsonArray rows;
        while (q.next()) {
            const QSqlRecord rec = q.record();
            const QByteArray rowId = rec.value(u"id"_s).toByteArray();
            QJsonObject row;
            for (int c = 0; c < rec.count(); ++c) {
                const QString name = rec.fieldName(c);
                if (kInternal.contains(name))
                    continue;
                QVariant value = rec.value(c);
                if (clinic::ClinicalKeys::isSealed(value)) { // opened for a reader who holds the clinic's key
                    const auto opened = clinic::ClinicalKeys::open(db, reader, value);
                    if (!opened) {
                        row.insert(name, tr("[withheld: confidential, for a counsellor or supervisor to give]"));
                        continue;
                    }
                    value = *opened;
                }
                if (!mayReadAll && !value.isNull()) {
                    auto secret = clinic::isConfidentialField(db, table, rowId, name, {value});
                    if (!secret)
                        return secret.error();
                    if (secret.value()) {
                        row.insert(name, tr("[withheld: confidential, for a counsellor or supervisor to give]"));
                        continue;
                    }
                }
                row.insert(name, jsonOf(value));
            }
            rows.append(row);
        }
        if (!rows.isEmpty())
            records.insert(table, rows);
    }
    QJsonObject out;
    out.insert(u"format"_s, u"tamkeen-subject-access-1"_s);
    out.insert(u"member_id"_s, storage::uuidToString(memberId));
    out.insert(u"household_id"_s, storage::uuidToString(householdId));
    out.insert(u"made_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    out.insert(u"made_by"_s, reader.fullName);
    out.insert(u"records"_s, records);
    security::AuditLog::logged(security::AuditLog(db).record(reader, u"export"_s, householdId,
                                                             u"subject access "_s + storage::uuidToString(memberId)));
    return out;
}

} // namespace tamkeen::registry
