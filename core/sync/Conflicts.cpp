#include "sync/Conflicts.h"

#include "security/AuditLog.h"
#include "clinic/ClinicVocabulary.h"
#include "clinic/ClinicalKeys.h"
#include "clinic/ConfidentialFields.h"

#include "storage/CaptureTriggers.h"
#include "storage/Database.h"
#include "storage/HybridClock.h"
#include "security/Privileges.h"
#include "storage/SyncedWriter.h"

#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace tamkeen::sync {

namespace {

const QString kColumns = u"c.id, c.tbl, c.row_id, c.col, c.kind, c.kept_value, c.kept_hlc, c.kept_device, c.kept_author, "
                         "(SELECT full_name FROM users WHERE id = c.kept_author), c.lost_value, c.lost_hlc, c.lost_device, "
                         "c.lost_author, (SELECT full_name FROM users WHERE id = c.lost_author), c.detected_at, c.resolved_at "
                         "FROM sync_conflicts c"_s;

ConflictSide side(const QSqlQuery *q, int at)
{
    ConflictSide s;
    s.value = q->value(at);
    s.version = Version{q->value(at + 1).toULongLong(), q->value(at + 2).toByteArray(), 0};
    s.author = q->value(at + 3).toByteArray();
    s.authorName = q->value(at + 4).toString();
    s.at = QDateTime::fromMSecsSinceEpoch(storage::HybridClock::millis(s.version.hlc), QTimeZone::utc());
    return s;
}

Conflict read(const QSqlQuery *q)
{
    Conflict c;
    c.id = q->value(0).toLongLong();
    c.table = q->value(1).toString();
    c.rowId = q->value(2).toByteArray();
    c.column = q->value(3).toString();
    c.kind = q->value(4).toString();
    c.kept = side(q, 5);
    c.lost = side(q, 10);
    c.detectedAt = QDateTime::fromString(q->value(15).toString(), Qt::ISODate);
    c.resolvedAt = QDateTime::fromString(q->value(16).toString(), Qt::ISODate);
    return c;
}

} // namespace

Status Conflicts::classify(const security::Session &reader, Conflict &c)
{
    // An archive conflict's values are the archive flag: never confidential.
    if (c.kind != u"field")
        return {};
    auto secret = clinic::isConfidentialField(m_db, c.table, c.rowId, c.column, {c.kept.value, c.lost.value});
    if (!secret)
        return secret.error();
    c.confidential = secret.value();
    c.hidden = c.confidential && !clinic::mayReadConfidential(reader);
    // Sealed notes are shown opened to a reader who holds the clinic's key.
    for (QVariant *v : {&c.kept.value, &c.lost.value}) {
        if (!clinic::ClinicalKeys::isSealed(*v))
            continue;
        const auto opened = clinic::ClinicalKeys::open(m_db, reader, *v);
        if (!opened)
            c.hidden = true;
        else
            *v = *opened;
    }
    if (c.hidden) {
        c.kept.value = QVariant();
        c.lost.value = QVariant();
    }
    return {};
}

Result<QList<Conflict>> Conflicts::open(const security::Session &reader, int limit)
{
    auto q = m_db.exec(u"SELECT "_s + kColumns + u" WHERE c.resolved_at IS NULL ORDER BY c.id LIMIT ?"_s, {limit});
    if (!q)
        return q.error();
    QList<Conflict> list;
    while (q.value()->next())
        list << read(q.value());
    q.value()->finish();
    for (Conflict &c : list) {
        if (Status s = classify(reader, c); !s)
            return s.error();
    }
    return list;
}

Result<Conflict> Conflicts::raw(qint64 id)
{
    auto q = m_db.exec(u"SELECT "_s + kColumns + u" WHERE c.id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q.value()->next())
        return makeError(ErrorCode::NotFound, tr("This conflict no longer exists."));
    Conflict c = read(q.value());
    q.value()->finish();
    return c;
}

Result<Conflict> Conflicts::conflict(const security::Session &reader, qint64 id)
{
    auto c = raw(id);
    if (!c)
        return c;
    if (Status s = classify(reader, c.value()); !s)
        return s.error();
    return c;
}

bool Conflicts::mayResolve(const security::Session &by, const Conflict &c)
{
    const bool decides = by.role == security::Role::Supervisor || by.isAdministrator();
    return decides && (!c.confidential || clinic::mayReadConfidential(by));
}

Result<qint64> Conflicts::openCount()
{
    auto n = m_db.scalar(u"SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL"_s);
    if (!n)
        return n.error();
    return n.value().toLongLong();
}

Status Conflicts::resolve(const security::Session &by, qint64 id, const QVariant &value)
{
    if (by.role != security::Role::Supervisor && !by.isAdministrator())
        return makeError(ErrorCode::PermissionDenied, tr("Only supervisors and administrators resolve conflicts."));
    auto c = conflict(by, id);
    if (!c)
        return c.error();
    if (!mayResolve(by, c.value()))
        return makeError(ErrorCode::PermissionDenied,
                         tr("This conflict is about a confidential note: only a supervisor, who may read it, resolves it."));
    if (c.value().resolvedAt.isValid())
        return makeError(ErrorCode::Conflict, tr("This conflict was already resolved."));
    const Conflict &x = c.value();
    if (x.column == u"deleted" && value.toInt() != 0 && value.toInt() != 1)
        return makeError(ErrorCode::Invalid, tr("Choose whether the record stays archived or is restored."), u"value"_s);
    return m_db.transaction([&]() -> Status {
        m_db.setCurrentUser(by.userId);
        auto exists = m_db.scalar(u"SELECT count(*) FROM \"%1\" WHERE id = ?"_s.arg(x.table), {x.rowId});
        if (!exists)
            return exists.error();
        if (exists.value().toLongLong() == 0)
            return makeError(ErrorCode::NotFound, tr("The record has not arrived on this computer yet; resolve the "
                                                     "conflict once it has."));
        auto current = m_db.scalar(u"SELECT \"%1\" FROM \"%2\" WHERE id = ?"_s.arg(x.column, x.table), {x.rowId});
        if (!current)
            return current.error();
        // The chosen value was shown opened: compared opened, and stored sealed
        // again if the field holds sealed notes.
        const QVariant shown = clinic::ClinicalKeys::isSealed(current.value())
                                   ? QVariant(clinic::ClinicalKeys::open(m_db, by, current.value()).value_or(QString()))
                                   : current.value();
        const bool same = shown == value && current.value().isNull() == value.isNull();
        if (!same) {
            QVariant stored = value;
            static const QStringList sealedTables = {u"sessions"_s, u"session_amendments"_s, u"agreed_actions"_s};
            if (x.confidential && sealedTables.contains(x.table)) {
                auto sealed = clinic::ClinicalKeys::seal(m_db, value);
                if (sealed)
                    stored = sealed.value();
                else if (clinic::ClinicalKeys::isSealed(current.value()))
                    return sealed.error();
                // else no copy has made the clinic's key yet: it stays as plain as it came

            }
            if (Status s = storage::SyncedWriter(m_db).update(x.table, x.rowId, {{x.column, stored}}); !s)
                return s;
        } else {
            // Nothing to write, but the decision must still win on the other copies.
            const bool privileged = security::Privileges::needsSignature(x.table, {x.column}, {{x.column, value}});
            if (privileged && m_db.signingKey().isEmpty())
                return security::ChangeSigning::noKey(x.table);
            if (Status s = m_db.write(storage::updateCaptureSql(),
                                      {x.table, x.rowId, by.userId, QStringLiteral("[\"%1\"]").arg(x.column)});
                !s)
                return s;
            if (privileged) { // signed like any privileged change (docs/trust.md)
                auto seq = m_db.scalar(u"SELECT max(seq) FROM change_log WHERE device = ?"_s, {m_db.deviceId()});
                if (!seq)
                    return seq.error();
                if (Status s = security::ChangeSigning::signLogged(m_db, seq.value().toLongLong()); !s)
                    return s;
            }
        }
        auto done = m_db.exec(u"UPDATE sync_conflicts SET resolved_at = ?, resolved_by = ? "
                              "WHERE resolved_at IS NULL AND tbl = ? AND row_id = ? AND col = ?"_s,
                              {QDateTime::currentDateTimeUtc().toString(Qt::ISODate), by.userId, x.table, x.rowId,
                               x.column});
        if (!done)
            return done.error();
        m_db.touched(u"sync_conflicts"_s);
        // The field, never the values (a confidential note must not reach the trail).
        return security::AuditLog(m_db).record(by, u"resolve_conflict"_s, {},
                                               u"%1.%2 %3"_s.arg(x.table, x.column,
                                                                 QString::fromLatin1(x.rowId.toHex())));
    });
}

} // namespace tamkeen::sync
