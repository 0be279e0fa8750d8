#include "casework/Assignments.h"

#include "security/Roles.h"
#include "storage/Database.h"
#include "text/Digits.h"
#include "text/InputText.h"

using namespace Qt::StringLiterals;
using tamkeen::security::Role;

namespace tamkeen::casework {

namespace {

QVariant orNull(const QByteArray &id)
{
    return id.isEmpty() ? QVariant() : QVariant(id);
}

} // namespace

Assignments::Assignments(storage::Database &db) : m_db(db), m_writer(db) {}

bool Assignments::mayAssign(const security::Session &by)
{
    return by.role == Role::Supervisor || by.role == Role::Administrator;
}

Result<QList<AssignedHousehold>> Assignments::householdsOf(const QByteArray &worker, const QByteArray &centre, int limit)
{
    QList<AssignedHousehold> list;
    Status s = m_db.read(u"SELECT h.id, h.file_number, ifnull(f.head_name, ''), coalesce(nullif(h.district, ''), h.city, ''), "
                         "h.status FROM households h LEFT JOIN household_facts f ON f.household_id = h.id "
                         "WHERE h.deleted = 0 AND h.assigned_worker IS ?1 AND (?2 IS NULL OR h.centre_id = ?2) "
                         "ORDER BY h.file_number, h.id LIMIT ?3"_s,
                         {worker.isEmpty() ? QVariant() : QVariant(worker), centre.isEmpty() ? QVariant() : QVariant(centre),
                          limit},
                         [&](const storage::RawRow &row) {
                             list.append({row.blob(0), row.text(1), row.text(2), row.text(3), row.text(4)});
                         });
    if (!s)
        return s.error();
    return list;
}

Result<QList<registry::Term>> Assignments::workers()
{
    QList<registry::Term> list;
    Status s = m_db.read(u"SELECT id, full_name FROM users WHERE deleted = 0 AND active = 1 AND role = ? "
                         "ORDER BY full_name"_s,
                         {security::Roles::key(Role::FieldWorker)}, [&](const storage::RawRow &row) {
                             list << registry::Term{QString::fromLatin1(row.blob(0).toHex()), row.text(1)};
                         });
    if (!s)
        return s.error();
    return list;
}

Result<QList<registry::Term>> Assignments::centres()
{
    QList<registry::Term> list;
    Status s = m_db.read(u"SELECT id, code, name FROM centres WHERE deleted = 0 ORDER BY name"_s, {},
                         [&](const storage::RawRow &row) {
                             list << registry::Term{QString::fromLatin1(row.blob(0).toHex()),
                                                    tr("%1 (%2)").arg(row.text(2), text::isolate(row.text(1)))};
                         });
    if (!s)
        return s.error();
    return list;
}

Status Assignments::checkHousehold(const QByteArray &household)
{
    auto h = m_db.scalar(u"SELECT deleted FROM households WHERE id = ?"_s, {household});
    if (!h)
        return h.error();
    if (h.value().isNull())
        return makeError(ErrorCode::NotFound, tr("This household no longer exists."));
    if (h.value().toBool())
        return makeError(ErrorCode::Conflict, tr("This household's file is archived: it is not reassigned or transferred."));
    return {};
}

Result<QString> Assignments::checkReason(const QString &given)
{
    QString reason = given;
    if (Status s = text::InputText::accept(reason, u"reason"_s, tr("Reason"), text::kLineLength); !s)
        return s.error();
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Say why."), u"reason"_s);
    return reason.trimmed();
}

Result<int> Assignments::reassign(const security::Session &by, const QList<QByteArray> &households,
                                  const QByteArray &worker, const QString &givenReason)
{
    if (!mayAssign(by))
        return makeError(ErrorCode::PermissionDenied, tr("Only supervisors and administrators reassign families."));
    if (households.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Choose the families to reassign."), u"households"_s);
    auto role = m_db.scalar(u"SELECT role FROM users WHERE id = ? AND deleted = 0 AND active = 1"_s, {worker});
    if (!role)
        return role.error();
    if (role.value().toString() != security::Roles::key(Role::FieldWorker))
        return makeError(ErrorCode::Invalid, tr("Choose an active field worker."), u"worker"_s);
    auto reason = checkReason(givenReason);
    if (!reason)
        return reason.error();
    int changed = 0;
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const Status s = m_db.transaction([&]() -> Status {
        m_db.setCurrentUser(by.userId);
        for (const QByteArray &household : households) {
            if (Status c = checkHousehold(household); !c)
                return c;
            auto now = m_db.scalar(u"SELECT assigned_worker FROM households WHERE id = ?"_s, {household});
            if (!now)
                return now.error();
            const QByteArray from = now.value().toByteArray();
            if (from == worker)
                continue;
            if (Status u = m_writer.update(u"households"_s, household, {{u"assigned_worker"_s, worker}}); !u)
                return u;
            auto row = m_writer.insert(u"household_assignments"_s, {{u"household_id"_s, household},
                                                                   {u"kind"_s, u"assign"_s},
                                                                   {u"worker_id"_s, worker},
                                                                   {u"from_worker"_s, orNull(from)},
                                                                   {u"reason"_s, reason.value()},
                                                                   {u"assigned_on"_s, today}});
            if (!row)
                return row.error();
            ++changed;
        }
        return {};
    });
    if (!s)
        return s.error();
    return changed;
}

Status Assignments::transfer(const security::Session &by, const QByteArray &household, const QByteArray &centre,
                             const QString &givenReason)
{
    if (!mayAssign(by))
        return makeError(ErrorCode::PermissionDenied, tr("Only supervisors and administrators transfer families."));
    if (Status c = checkHousehold(household); !c)
        return c;
    auto known = m_db.scalar(u"SELECT count(*) FROM centres WHERE id = ? AND deleted = 0"_s, {centre});
    if (!known)
        return known.error();
    if (known.value().toInt() == 0)
        return makeError(ErrorCode::Invalid, tr("This centre is not known here: choose one of the list."), u"centre"_s);
    auto now = m_db.scalar(u"SELECT centre_id FROM households WHERE id = ?"_s, {household});
    if (!now)
        return now.error();
    const QByteArray from = now.value().toByteArray();
    if (from == centre)
        return makeError(ErrorCode::Invalid, tr("The family is already at this centre."), u"centre"_s);
    auto reason = checkReason(givenReason);
    if (!reason)
        return reason.error();
    auto worker = m_db.scalar(u"SELECT assigned_worker FROM households WHERE id = ?"_s, {household});
    if (!worker)
        return worker.error();
    return m_db.transaction([&]() -> Status {
        m_db.setCurrentUser(by.userId);
        // The receiving centre assigns one of its own workers.
        if (Status u = m_writer.update(u"households"_s, household, {{u"centre_id"_s, centre}, {u"assigned_worker"_s, QVariant()}});
            !u)
            return u;
        auto row = m_writer.insert(u"household_assignments"_s, {{u"household_id"_s, household},
                                                               {u"kind"_s, u"transfer"_s},
                                                               {u"from_worker"_s, orNull(worker.value().toByteArray())},
                                                               {u"centre_id"_s, centre},
                                                               {u"from_centre"_s, orNull(from)},
                                                               {u"reason"_s, reason.value()},
                                                               {u"assigned_on"_s, QDate::currentDate().toString(Qt::ISODate)}});
        return row ? Status() : Status(row.error());
    });
}

Result<QList<Assignment>> Assignments::history(const QByteArray &household)
{
    QList<Assignment> list;
    Status s = m_db.read(
        u"SELECT a.id, a.kind, a.assigned_on, a.worker_id, w.full_name, a.from_worker, f.full_name, a.centre_id, "
        "c.name, a.from_centre, fc.name, a.reason, b.full_name "
        "FROM household_assignments a LEFT JOIN users w ON w.id = a.worker_id LEFT JOIN users f ON f.id = a.from_worker "
        "LEFT JOIN centres c ON c.id = a.centre_id LEFT JOIN centres fc ON fc.id = a.from_centre "
        "LEFT JOIN users b ON b.id = a.created_by "
        "WHERE a.household_id = ? AND a.deleted = 0 ORDER BY a.assigned_on DESC, a.created_at DESC"_s,
        {household}, [&](const storage::RawRow &row) {
            Assignment a;
            a.id = row.blob(0);
            a.kind = row.text(1);
            a.on = QDate::fromString(row.text(2), Qt::ISODate);
            a.worker = row.blob(3);
            a.workerName = row.text(4);
            a.fromWorker = row.blob(5);
            a.fromWorkerName = row.text(6);
            a.centre = row.blob(7);
            a.centreName = row.text(8);
            a.fromCentre = row.blob(9);
            a.fromCentreName = row.text(10);
            a.reason = row.text(11);
            a.byName = row.text(12);
            list << a;
        });
    if (!s)
        return s.error();
    return list;
}

Result<std::pair<QString, QString>> Assignments::now(const QByteArray &household)
{
    std::pair<QString, QString> names;
    Status s = m_db.read(u"SELECT u.full_name, c.name FROM households h LEFT JOIN users u ON u.id = h.assigned_worker "
                         "LEFT JOIN centres c ON c.id = h.centre_id WHERE h.id = ?"_s,
                         {household}, [&](const storage::RawRow &row) { names = {row.text(0), row.text(1)}; });
    if (!s)
        return s.error();
    return names;
}

} // namespace tamkeen::casework
