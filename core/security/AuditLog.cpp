#include "security/AuditLog.h"

#include "storage/Database.h"

#include <QCryptographicHash>
#include <QHash>
#include <QTimeZone>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace tamkeen::security {

namespace {

// Reads repeat as a file is reopened or a list refreshes: one entry a while is enough.
constexpr qint64 kRepeatSeconds = 10 * 60;

bool isRead(const QString &action) { return action == u"open_household" || action == u"read_confidential"; }

QString stamp(const QDateTime &at) { return at.toUTC().toString(Qt::ISODateWithMs); }

void append(QCryptographicHash &h, const QByteArray &field)
{
    // Each field with its length first: no two entries hash the same bytes.
    char length[4];
    qToBigEndian(quint32(field.size()), length);
    h.addData(QByteArrayView(length, 4));
    h.addData(field);
}

} // namespace

QList<registry::Term> AuditLog::actions()
{
    return {{u"open_household"_s, tr("Opened a household file")},
            {u"read_confidential"_s, tr("Read confidential notes")},
            {u"print"_s, tr("Printed or saved a document")},
            {u"export"_s, tr("Exported data")},
            {u"account"_s, tr("Changed an account")},
            {u"resolve_conflict"_s, tr("Resolved a sync conflict")},
            {u"backup"_s, tr("Made a backup")},
            {u"erase"_s, tr("Erased a person's data")},
            {u"consent_missing"_s, tr("Received a referral made without consent")}};
}

bool AuditLog::mayRead(const Session &who)
{
    return who.role == Role::Supervisor || who.role == Role::Administrator;
}

AuditLog::AuditLog(storage::Database &db) : m_db(db), m_writer(db) {}

QByteArray AuditLog::hashOf(const QByteArray &prevHash, const AuditEntry &e)
{
    QCryptographicHash h(QCryptographicHash::Blake2b_256);
    append(h, "tamkeen-audit-1");
    append(h, prevHash);
    append(h, e.device);
    append(h, QByteArray::number(e.seq));
    append(h, stamp(e.at).toUtf8());
    append(h, e.userId);
    append(h, e.action.toUtf8());
    append(h, e.householdId);
    append(h, e.details.toUtf8());
    return h.result();
}

Status AuditLog::record(const Session &by, const QString &action, const QByteArray &householdId, const QString &details)
{
    const QByteArray device = m_db.deviceId();
    if (device.isEmpty() || by.userId.isEmpty())
        return {}; // before setup, or nobody logged in: nothing to attribute
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray previousUser = m_db.currentUser();
    m_db.setCurrentUser(by.userId);
    const Status s = m_db.transaction([&]() -> Status {
        if (isRead(action)) {
            auto recent = m_db.scalar(u"SELECT count(*) FROM audit_log WHERE device = ? AND user_id = ? AND action = ? "
                                      "AND household_id IS ? AND ifnull(details, '') = ifnull(?, '') AND at >= ? AND at <= ? "
                                      "AND deleted = 0"_s,
                                      {device, by.userId, action, householdId.isEmpty() ? QVariant() : QVariant(householdId),
                                       details, stamp(now.addSecs(-kRepeatSeconds)), stamp(now)});
            if (!recent)
                return recent.error();
            if (recent.value().toInt() > 0)
                return {};
        }
        auto last = m_db.exec(u"SELECT seq, hash FROM audit_log WHERE device = ? AND deleted = 0 ORDER BY seq DESC LIMIT 1"_s,
                              {device});
        if (!last)
            return last.error();
        AuditEntry e;
        e.device = device;
        e.seq = 1;
        QByteArray prev;
        if (last.value()->next()) {
            e.seq = last.value()->value(0).toLongLong() + 1;
            prev = last.value()->value(1).toByteArray();
        }
        last.value()->finish();
        e.at = now;
        e.userId = by.userId;
        e.action = action;
        e.householdId = householdId;
        e.details = details;
        auto written = m_writer.insert(u"audit_log"_s,
                                       {{u"device"_s, device},
                                        {u"seq"_s, e.seq},
                                        {u"at"_s, stamp(now)},
                                        {u"user_id"_s, by.userId},
                                        {u"action"_s, action},
                                        {u"household_id"_s, householdId.isEmpty() ? QVariant() : QVariant(householdId)},
                                        {u"details"_s, details.isEmpty() ? QVariant() : QVariant(details)},
                                        {u"prev_hash"_s, prev.isEmpty() ? QVariant() : QVariant(prev)},
                                        {u"hash"_s, hashOf(prev, e)}});
        return written ? Status{} : Status(written.error());
    });
    m_db.setCurrentUser(previousUser);
    return s;
}

void AuditLog::logged(const Status &recorded)
{
    if (!recorded)
        qWarning("tamkeen.audit: an entry was not written: %s", qUtf8Printable(recorded.error().message));
}

Result<QList<AuditEntry>> AuditLog::list(const Session &reader, const AuditFilter &f)
{
    if (!mayRead(reader))
        return makeError(ErrorCode::PermissionDenied, tr("Only supervisors and administrators read the audit trail."));
    QString sql = u"SELECT a.id, a.device, a.seq, a.at, a.user_id, u.full_name, a.action, a.household_id, h.file_number, "
                  "a.details FROM audit_log a LEFT JOIN users u ON u.id = a.user_id "
                  "LEFT JOIN households h ON h.id = a.household_id WHERE a.deleted = 0"_s;
    QVariantList values;
    if (!f.userId.isEmpty()) {
        sql += u" AND a.user_id = ?"_s;
        values << f.userId;
    }
    if (!f.householdId.isEmpty()) {
        sql += u" AND a.household_id = ?"_s;
        values << f.householdId;
    }
    if (!f.action.isEmpty()) {
        sql += u" AND a.action = ?"_s;
        values << f.action;
    }
    // Local days, compared as the UTC instants that bound them.
    if (f.from.isValid()) {
        sql += u" AND a.at >= ?"_s;
        values << stamp(f.from.startOfDay());
    }
    if (f.to.isValid()) {
        sql += u" AND a.at < ?"_s;
        values << stamp(f.to.addDays(1).startOfDay());
    }
    sql += u" ORDER BY a.at DESC, a.seq DESC LIMIT ?"_s;
    values << f.limit;
    QList<AuditEntry> out;
    const Status s = m_db.read(sql, values, [&](const storage::RawRow &r) {
        AuditEntry e;
        e.id = r.blob(0);
        e.device = r.blob(1);
        e.seq = r.integer(2);
        e.at = QDateTime::fromString(r.text(3), Qt::ISODateWithMs);
        e.userId = r.blob(4);
        e.userName = r.text(5);
        e.action = r.text(6);
        e.householdId = r.blob(7);
        e.fileNumber = r.text(8);
        e.details = r.text(9);
        out.append(e);
    });
    if (!s)
        return s.error();
    return out;
}

Result<QList<AuditProblem>> AuditLog::verify()
{
    QList<AuditProblem> problems;
    QByteArray device, prevHash;
    qint64 expected = 1;
    const Status s = m_db.read(
        // With the device whose change log wrote the row: one device's chain
        // cannot be added to by another (a hostile copy's sync).
        u"SELECT a.device, a.seq, a.at, a.user_id, a.action, a.household_id, a.details, a.prev_hash, a.hash, "
        "(SELECT l.device FROM change_log l WHERE l.tbl = 'audit_log' AND l.row_id = a.id AND l.op = 'I' LIMIT 1) "
        "FROM audit_log a WHERE a.deleted = 0 ORDER BY a.device, a.seq"_s,
        {}, [&](const storage::RawRow &r) {
            AuditEntry e;
            e.device = r.blob(0);
            e.seq = r.integer(1);
            e.at = QDateTime::fromString(r.text(2), Qt::ISODateWithMs);
            e.userId = r.blob(3);
            e.action = r.text(4);
            e.householdId = r.blob(5);
            e.details = r.text(6);
            const QByteArray storedPrev = r.blob(7);
            const QByteArray hash = r.blob(8);
            const QByteArray writer = r.blob(9);
            if (e.device != device) {
                device = e.device;
                prevHash.clear();
                expected = 1;
            }
            if (e.seq < expected) {
                // A second entry under a number: reported, and the chain goes on from the first.
                problems.append({e.device, e.seq, tr("entry %1 appears twice").arg(e.seq)});
                return;
            }
            if (e.seq > expected)
                problems.append({e.device, e.seq, tr("entries %1 to %2 are missing").arg(expected).arg(e.seq - 1)});
            else if (storedPrev != prevHash)
                problems.append({e.device, e.seq, tr("entry %1 does not follow the entry before it").arg(e.seq)});
            // The time as stored: the same instant written another way is an alteration too.
            if (hashOf(storedPrev, e) != hash || r.text(2) != stamp(e.at))
                problems.append({e.device, e.seq, tr("entry %1 was altered").arg(e.seq)});
            if (!writer.isEmpty() && writer != e.device)
                problems.append({e.device, e.seq, tr("entry %1 was written by another device").arg(e.seq)});
            prevHash = hash;
            expected = e.seq + 1;
        });
    if (!s)
        return s.error();
    return problems;
}

} // namespace tamkeen::security
