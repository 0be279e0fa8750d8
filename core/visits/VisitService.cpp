#include "visits/VisitService.h"

#include "org/DeviceInfo.h"
#include "security/Roles.h"
#include "storage/Database.h"
#include "text/Digits.h"
#include "text/InputText.h"
#include "visits/Coordinates.h"
#include "visits/VisitChecklist.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using tamkeen::security::Role;

namespace tamkeen::visits {

namespace {

const QString kTable = u"home_visits"_s;

QString joinedIds(const QList<QByteArray> &ids)
{
    QStringList hex;
    for (const QByteArray &id : ids)
        hex << QString::fromLatin1(id.toHex());
    return hex.join(u',');
}

QList<QByteArray> splitIds(const QString &text)
{
    QList<QByteArray> ids;
    for (const QString &hex : text.split(u',', Qt::SkipEmptyParts))
        ids << QByteArray::fromHex(hex.toLatin1());
    return ids;
}

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant orNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

std::optional<Coordinates> place(const storage::RawRow &row, int latitude)
{
    if (row.isNull(latitude) || row.isNull(latitude + 1))
        return std::nullopt;
    return Coordinates{row.value(latitude).toDouble(), row.value(latitude + 1).toDouble()};
}

const QString kVisitColumns = u"v.id, v.household_id, v.worker_id, u.full_name, v.status, v.planned_on, v.plan_note, "
                              "v.visited_on, v.present_members, v.present_others, v.checklist, v.observations, "
                              "v.latitude, v.longitude, v.outcome, v.next_visit_on, v.cancel_reason, v.plan_id "
                              "FROM home_visits v LEFT JOIN users u ON u.id = v.worker_id "_s;

Visit visitFrom(const storage::RawRow &row)
{
    Visit v;
    v.id = row.blob(0);
    v.householdId = row.blob(1);
    v.workerId = row.blob(2);
    v.workerName = row.text(3);
    const QString status = row.text(4);
    v.status = status == u"done" ? VisitStatus::Done : status == u"cancelled" ? VisitStatus::Cancelled : VisitStatus::Planned;
    v.plannedOn = QDate::fromString(row.text(5), Qt::ISODate);
    v.planNote = row.text(6);
    v.visitedOn = QDate::fromString(row.text(7), Qt::ISODate);
    v.presentMembers = splitIds(row.text(8));
    v.presentOthers = row.text(9);
    const QJsonObject answers = QJsonDocument::fromJson(row.text(10).toUtf8()).object();
    for (auto it = answers.begin(); it != answers.end(); ++it)
        v.answers.insert(it.key(), it.value().toString());
    v.observations = row.text(11);
    v.coordinates = place(row, 12);
    v.outcome = row.text(14);
    v.nextVisitOn = QDate::fromString(row.text(15), Qt::ISODate);
    v.cancelReason = row.text(16);
    v.planId = row.blob(17);
    // A visit made is done whatever a merge did to its status field.
    if (v.visitedOn.isValid())
        v.status = VisitStatus::Done;
    return v;
}

} // namespace

VisitService::VisitService(storage::Database &db) : m_db(db), m_writer(db) {}

QList<registry::Term> VisitService::outcomes()
{
    return {{u"met"_s, tr("The family was met")},
            {u"not_home"_s, tr("No one was at home")},
            {u"refused"_s, tr("The family declined the visit")},
            {u"moved"_s, tr("The family has moved away")}};
}

QString VisitService::statusKey(VisitStatus status)
{
    switch (status) {
    case VisitStatus::Planned: return u"planned"_s;
    case VisitStatus::Done: return u"done"_s;
    case VisitStatus::Cancelled: return u"cancelled"_s;
    }
    return {};
}

QString VisitService::statusLabel(VisitStatus status)
{
    switch (status) {
    case VisitStatus::Planned: return tr("Planned");
    case VisitStatus::Done: return tr("Made");
    case VisitStatus::Cancelled: return tr("Cancelled");
    }
    return {};
}

bool VisitService::mayVisit(const security::Session &by)
{
    return by.role == Role::FieldWorker || by.role == Role::Supervisor;
}

Result<QList<registry::Term>> VisitService::visitors()
{
    QList<registry::Term> list;
    Status s = m_db.read(u"SELECT id, full_name FROM users WHERE deleted = 0 AND active = 1 AND role IN (?, ?) "
                         "ORDER BY full_name"_s,
                         {security::Roles::key(Role::FieldWorker), security::Roles::key(Role::Supervisor)},
                         [&](const storage::RawRow &row) {
                             list << registry::Term{QString::fromLatin1(row.blob(0).toHex()), row.text(1)};
                         });
    if (!s)
        return s.error();
    return list;
}

Status VisitService::checkHousehold(const QByteArray &householdId)
{
    auto h = m_db.scalar(u"SELECT deleted FROM households WHERE id = ?"_s, {householdId});
    if (!h)
        return h.error();
    if (h.value().isNull())
        return makeError(ErrorCode::NotFound, tr("This household no longer exists."));
    if (h.value().toBool())
        return makeError(ErrorCode::Conflict, tr("This household's file is archived: visits are not planned or recorded on it."));
    return {};
}

Status VisitService::checkVisitor(const security::Session &by, const QByteArray &worker)
{
    if (worker != by.userId && by.role != Role::Supervisor)
        return makeError(ErrorCode::PermissionDenied,
                         tr("Field workers plan their own visits; a supervisor plans visits for others."), u"worker"_s);
    auto role = m_db.scalar(u"SELECT role FROM users WHERE id = ? AND deleted = 0 AND active = 1"_s, {worker});
    if (!role)
        return role.error();
    const auto r = security::Roles::fromKey(role.value().toString());
    if (!r || (*r != Role::FieldWorker && *r != Role::Supervisor))
        return makeError(ErrorCode::Invalid, tr("Choose a field worker or a supervisor to make the visit."), u"worker"_s);
    return {};
}

Result<QByteArray> VisitService::plan(const security::Session &by, const QByteArray &householdId, const QDate &on,
                                      const QByteArray &givenWorker, const QString &givenNote)
{
    if (!mayVisit(by))
        return makeError(ErrorCode::PermissionDenied, tr("Only field workers and supervisors plan and record home visits."));
    if (by.userId.isEmpty())
        return makeError(ErrorCode::PermissionDenied, tr("Log in to plan a visit."));
    if (!on.isValid() || on < QDate::currentDate())
        return makeError(ErrorCode::Invalid, tr("Plan the visit for today or a later day."), u"plannedOn"_s);
    if (Status s = checkHousehold(householdId); !s)
        return s.error();
    const QByteArray worker = givenWorker.isEmpty() ? by.userId : givenWorker;
    if (Status s = checkVisitor(by, worker); !s)
        return s.error();
    QString note = givenNote;
    if (Status s = text::InputText::accept(note, u"note"_s, tr("Note"), text::kLineLength); !s)
        return s.error();
    auto same = m_db.scalar(u"SELECT count(*) FROM home_visits WHERE household_id = ? AND planned_on = ? "
                            "AND +status = 'planned' AND deleted = 0"_s,
                            {householdId, on.toString(Qt::ISODate)});
    if (!same)
        return same.error();
    if (same.value().toInt() > 0)
        return makeError(ErrorCode::Conflict, tr("A visit to this family is already planned on that day."), u"plannedOn"_s);
    auto centre = org::Devices::centreFor(m_db, householdId);
    if (!centre)
        return centre.error();
    const QVariant centreId = centre.value();
    QByteArray id;
    const Status s = m_db.transaction([&]() -> Status {
        m_db.setCurrentUser(by.userId);
        auto row = m_writer.insert(kTable, {{u"household_id"_s, householdId},
                                            {u"worker_id"_s, worker},
                                            {u"centre_id"_s, centreId},
                                            {u"status"_s, statusKey(VisitStatus::Planned)},
                                            {u"planned_on"_s, on.toString(Qt::ISODate)},
                                            {u"plan_note"_s, orNull(note.trimmed())}});
        if (!row)
            return row.error();
        id = row.value();
        return {};
    });
    if (!s)
        return s.error();
    return id;
}

Result<int> VisitService::planMany(const security::Session &by, const QList<QByteArray> &households, const QDate &on,
                                   const QByteArray &worker)
{
    if (households.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Tick the families to visit on that day."), u"households"_s);
    int planned = 0;
    const Status s = m_db.transaction([&]() -> Status {
        for (const QByteArray &household : households) {
            auto id = plan(by, household, on, worker);
            if (id) {
                ++planned;
                continue;
            }
            if (id.error().code == ErrorCode::Conflict && id.error().field == u"plannedOn")
                continue; // already planned that day
            auto file = m_db.scalar(u"SELECT file_number FROM households WHERE id = ?"_s, {household});
            Error e = id.error();
            if (file && !file.value().toString().isEmpty())
                e.message = tr("File %1: %2").arg(text::isolate(file.value().toString()), e.message);
            return e;
        }
        return {};
    });
    if (!s)
        return s.error();
    return planned;
}

Result<QList<CaseloadHousehold>> VisitService::assignedTo(const QByteArray &worker)
{
    QList<CaseloadHousehold> list;
    // "+status" (here and in every read of one family's visits): by the
    // family's index, not the index of every plan of a status, which SQLite
    // otherwise prefers and walks for each family (170 ms for 400 families).
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    Status s = m_db.read(
        u"SELECT h.id, h.file_number, f.head_name, h.district, h.city, h.address, "
        "(SELECT max(v.visited_on) FROM home_visits v WHERE v.household_id = h.id AND +v.status = 'done' AND v.deleted = 0), "
        "(SELECT min(v.planned_on) FROM home_visits v WHERE v.household_id = h.id AND +v.status = 'planned' "
        "AND v.deleted = 0 AND v.planned_on >= ?) "
        "FROM households h LEFT JOIN household_facts f ON f.household_id = h.id "
        "WHERE h.assigned_worker = ? AND h.deleted = 0 "
        "ORDER BY coalesce(nullif(h.district, ''), h.city), h.address, h.file_number"_s,
        {today, worker}, [&](const storage::RawRow &row) {
            CaseloadHousehold c;
            c.id = row.blob(0);
            c.fileNumber = row.text(1);
            c.headName = row.text(2);
            c.district = row.text(3);
            c.city = row.text(4);
            c.address = row.text(5);
            c.lastVisit = QDate::fromString(row.text(6), Qt::ISODate);
            c.nextPlanned = QDate::fromString(row.text(7), Qt::ISODate);
            list << c;
        });
    if (!s)
        return s.error();
    return list;
}

Status VisitService::checkReport(const security::Session &by, const VisitReport &r, std::optional<Coordinates> &at)
{
    if (!mayVisit(by))
        return makeError(ErrorCode::PermissionDenied, tr("Only field workers and supervisors plan and record home visits."));
    if (by.userId.isEmpty())
        return makeError(ErrorCode::PermissionDenied, tr("Log in to record a visit."));
    if (!r.visitedOn.isValid() || r.visitedOn > QDate::currentDate())
        return makeError(ErrorCode::Invalid, tr("A visit cannot be dated in the future: choose the day it was made."),
                         u"visitedOn"_s);
    if (Status s = checkHousehold(r.householdId); !s)
        return s;
    if (!r.plannedId.isEmpty()) {
        auto planned = find(r.plannedId);
        if (!planned)
            return planned.error();
        if (planned.value().householdId != r.householdId)
            return makeError(ErrorCode::Invalid, tr("The planned visit is not this household's."));
        if (planned.value().status != VisitStatus::Planned || planned.value().visitedOn.isValid())
            return makeError(ErrorCode::Conflict, tr("This visit was already recorded or cancelled."));
    }
    for (const QByteArray &member : r.presentMembers) {
        auto m = m_db.scalar(u"SELECT count(*) FROM members WHERE id = ? AND household_id = ? AND deleted = 0"_s,
                             {member, r.householdId});
        if (!m)
            return m.error();
        if (m.value().toInt() == 0)
            return makeError(ErrorCode::Invalid, tr("A person marked present is not a member of this family."),
                             u"presentMembers"_s);
    }
    if (!registry::Vocabulary::contains(outcomes(), r.outcome))
        return makeError(ErrorCode::Invalid, tr("Choose the outcome of the visit."), u"outcome"_s);
    auto items = VisitChecklist(m_db).items();
    if (!items)
        return items.error();
    for (auto it = r.answers.cbegin(); it != r.answers.cend(); ++it) {
        const auto item = std::find_if(items.value().cbegin(), items.value().cend(),
                                       [&](const ChecklistItem &i) { return i.key == it.key(); });
        if (item == items.value().cend())
            return makeError(ErrorCode::Invalid, tr("A question answered is no longer in the checklist: open the visit again."));
        const QString field = u"check:"_s + it.key();
        if (item->kind == ItemKind::Text) {
            QString words = it.value();
            if (Status s = text::InputText::accept(words, field, item->label, text::kLineLength); !s)
                return s;
        } else if (!VisitChecklist::answers(item->kind).contains(it.value())) {
            return makeError(ErrorCode::Invalid, tr("Choose one of the answers to «%1».").arg(item->label), field);
        }
    }
    if (!r.coordinates.trimmed().isEmpty()) {
        auto c = CoordinateText::parse(r.coordinates);
        if (!c)
            return c.error();
        at = c.value();
    }
    if (r.nextVisitOn.isValid() && (r.nextVisitOn <= r.visitedOn || r.nextVisitOn < QDate::currentDate()))
        return makeError(ErrorCode::Invalid, tr("Plan the next visit for a day after this one, today or later."),
                         u"nextVisitOn"_s);
    return {};
}

Result<QByteArray> VisitService::record(const security::Session &by, const VisitReport &given)
{
    VisitReport r = given;
    std::optional<Coordinates> at;
    if (Status s = checkReport(by, r, at); !s)
        return s.error();
    // A visit recorded without its plan fulfils the family's open plan due by
    // then (the latest), so that it does not stay overdue on every route.
    QByteArray plan = r.plannedId;
    if (plan.isEmpty()) {
        auto open = m_db.scalar(u"SELECT id FROM home_visits WHERE household_id = ? AND +status = 'planned' "
                                "AND deleted = 0 AND planned_on <= ? ORDER BY planned_on DESC LIMIT 1"_s,
                                {r.householdId, r.visitedOn.toString(Qt::ISODate)});
        if (!open)
            return open.error();
        plan = open.value().toByteArray();
    }
    if (Status s = text::InputText::accept(r.presentOthers, u"presentOthers"_s, tr("Others present"), text::kLineLength); !s)
        return s.error();
    if (Status s = text::InputText::accept(r.observations, u"observations"_s, tr("Observations"),
                                           text::kParagraphLength, text::TextKind::Paragraph);
        !s)
        return s.error();
    QJsonObject answers;
    for (auto it = r.answers.cbegin(); it != r.answers.cend(); ++it)
        answers.insert(it.key(), text::cleanInput(it.value()).trimmed());
    QVariantMap fields{{u"status"_s, statusKey(VisitStatus::Done)},
                       {u"visited_on"_s, r.visitedOn.toString(Qt::ISODate)},
                       {u"present_members"_s, orNull(joinedIds(r.presentMembers))},
                       {u"present_others"_s, orNull(r.presentOthers.trimmed())},
                       {u"checklist"_s, answers.isEmpty() ? QVariant()
                                                          : QVariant(QString::fromUtf8(
                                                                QJsonDocument(answers).toJson(QJsonDocument::Compact)))},
                       {u"observations"_s, orNull(r.observations.trimmed())},
                       {u"latitude"_s, at ? QVariant(at->latitude) : QVariant()},
                       {u"longitude"_s, at ? QVariant(at->longitude) : QVariant()},
                       {u"outcome"_s, r.outcome},
                       {u"next_visit_on"_s, orNull(r.nextVisitOn)}};
    QByteArray id;
    const Status s = m_db.transaction([&]() -> Status {
        m_db.setCurrentUser(by.userId);
        // Who made it is credited with it and plans the next one; a
        // supervisor typing in a worker's visit from paper credits the worker
        // the plan was for, whose route the next visit goes on.
        QByteArray worker = by.userId;
        auto centre = org::Devices::centreFor(m_db, r.householdId);
        if (!centre)
            return centre.error();
        const QVariant centreId = centre.value();
        QDate plannedOn = r.visitedOn;
        if (!plan.isEmpty()) {
            auto planned = find(plan);
            if (!planned)
                return planned.error();
            plannedOn = planned.value().plannedOn;
            if (by.role == Role::Supervisor && !planned.value().workerId.isEmpty())
                worker = planned.value().workerId;
        }
        // The visit closes every plan of the family due by then, not only its own.
        auto due = m_db.exec(u"SELECT id FROM home_visits WHERE household_id = ? AND +status = 'planned' AND deleted = 0 "
                             "AND (planned_on <= ? OR id = ?)"_s,
                             {r.householdId, r.visitedOn.toString(Qt::ISODate), plan.isEmpty() ? QVariant() : QVariant(plan)});
        if (!due)
            return due.error();
        QList<QByteArray> closing;
        while (due.value()->next())
            closing << due.value()->value(0).toByteArray();
        due.value()->finish();
        for (const QByteArray &open : closing)
            if (Status u = m_writer.update(kTable, open, {{u"status"_s, statusKey(VisitStatus::Done)}}); !u)
                return u;
        fields.insert(u"household_id"_s, r.householdId);
        fields.insert(u"worker_id"_s, worker);
        fields.insert(u"centre_id"_s, centreId);
        fields.insert(u"planned_on"_s, plannedOn.toString(Qt::ISODate));
        fields.insert(u"plan_id"_s, plan.isEmpty() ? QVariant() : QVariant(plan));
        auto row = m_writer.insert(kTable, fields);
        if (!row)
            return row.error();
        id = row.value();
        // A place found at the visit becomes the family's, where it had none,
        // so that the next route shows it.
        if (at) {
            auto known = m_db.scalar(u"SELECT latitude IS NOT NULL AND longitude IS NOT NULL FROM households WHERE id = ?"_s,
                                     {r.householdId});
            if (!known)
                return known.error();
            if (!known.value().toBool())
                if (Status u = m_writer.update(u"households"_s, r.householdId,
                                               {{u"latitude"_s, at->latitude}, {u"longitude"_s, at->longitude}});
                    !u)
                    return u;
        }
        if (!r.nextVisitOn.isValid())
            return {};
        auto same = m_db.scalar(u"SELECT count(*) FROM home_visits WHERE household_id = ? AND planned_on = ? "
                                "AND +status = 'planned' AND deleted = 0"_s,
                                {r.householdId, r.nextVisitOn.toString(Qt::ISODate)});
        if (!same)
            return same.error();
        if (same.value().toInt() > 0)
            return {}; // already planned for that day
        auto next = m_writer.insert(kTable, {{u"household_id"_s, r.householdId},
                                             {u"worker_id"_s, worker},
                                             {u"centre_id"_s, centreId},
                                             {u"status"_s, statusKey(VisitStatus::Planned)},
                                             {u"planned_on"_s, r.nextVisitOn.toString(Qt::ISODate)}});
        return next ? Status() : Status(next.error());
    });
    if (!s)
        return s.error();
    return id;
}

Status VisitService::cancel(const security::Session &by, const QByteArray &visitId, const QString &givenReason)
{
    if (!mayVisit(by))
        return makeError(ErrorCode::PermissionDenied, tr("Only field workers and supervisors plan and record home visits."));
    auto visit = find(visitId);
    if (!visit)
        return visit.error();
    if (visit.value().status != VisitStatus::Planned || visit.value().visitedOn.isValid())
        return makeError(ErrorCode::Conflict, tr("This visit was already recorded or cancelled."));
    if (by.role != Role::Supervisor && visit.value().workerId != by.userId)
        return makeError(ErrorCode::PermissionDenied, tr("Field workers cancel only their own planned visits."));
    QString reason = givenReason;
    if (Status s = text::InputText::accept(reason, u"reason"_s, tr("Reason"), text::kLineLength); !s)
        return s;
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Say why the visit is cancelled."), u"reason"_s);
    return m_db.transaction([&]() -> Status {
        m_db.setCurrentUser(by.userId);
        // With any twin: two copies that planned the family's next visit for
        // the same day offline left two plans, listed as one (planned()).
        auto twins = m_db.exec(u"SELECT id FROM home_visits WHERE household_id = ? AND planned_on = ? "
                               "AND +status = 'planned' AND deleted = 0"_s,
                               {visit.value().householdId, visit.value().plannedOn.toString(Qt::ISODate)});
        if (!twins)
            return twins.error();
        QList<QByteArray> ids;
        while (twins.value()->next())
            ids << twins.value()->value(0).toByteArray();
        twins.value()->finish();
        for (const QByteArray &id : ids)
            if (Status u = m_writer.update(kTable, id, {{u"status"_s, statusKey(VisitStatus::Cancelled)},
                                                        {u"cancel_reason"_s, reason.trimmed()}});
                !u)
                return u;
        return Status();
    });
}

Result<Visit> VisitService::find(const QByteArray &visitId)
{
    std::optional<Visit> found;
    Status s = m_db.read(u"SELECT "_s + kVisitColumns + u"WHERE v.id = ? AND v.deleted = 0"_s, {visitId},
                         [&](const storage::RawRow &row) { found = visitFrom(row); });
    if (!s)
        return s.error();
    if (!found)
        return makeError(ErrorCode::NotFound, tr("This visit no longer exists."));
    return *found;
}

Result<QList<Visit>> VisitService::ofHousehold(const QByteArray &householdId)
{
    QList<Visit> list;
    Status s = m_db.read(u"SELECT "_s + kVisitColumns
                             + u"WHERE v.household_id = ? AND v.deleted = 0 "
                               "AND NOT (v.status = 'done' AND v.visited_on IS NULL) " // plans a visit fulfilled
                               "ORDER BY coalesce(v.visited_on, v.planned_on) DESC, v.created_at DESC"_s,
                         {householdId}, [&](const storage::RawRow &row) { list << visitFrom(row); });
    if (!s)
        return s.error();
    return list;
}

Result<QList<PlannedVisit>> VisitService::planned(const QDate &from, const QDate &to, const QByteArray &worker,
                                                  bool overdue)
{
    QList<PlannedVisit> list;
    const QString sql =
        u"SELECT v.id, v.household_id, h.file_number, f.head_name, h.region, h.city, h.district, h.address, h.phone, "
        "h.latitude, h.longitude, v.worker_id, u.full_name, v.planned_on, v.plan_note "
        "FROM home_visits v JOIN households h ON h.id = v.household_id AND h.deleted = 0 "
        "LEFT JOIN household_facts f ON f.household_id = v.household_id LEFT JOIN users u ON u.id = v.worker_id "
        "WHERE v.status = 'planned' AND v.deleted = 0 AND v.planned_on >= ? AND v.planned_on <= ? "
        "AND (? IS NULL OR v.worker_id = ?) "
        "ORDER BY v.planned_on, coalesce(nullif(h.district, ''), h.city), h.address, h.file_number"_s;
    const QVariant who = worker.isEmpty() ? QVariant() : QVariant(worker);
    Status s = m_db.read(sql, {overdue ? u"0000-01-01"_s : from.toString(Qt::ISODate), to.toString(Qt::ISODate), who, who},
                         [&](const storage::RawRow &row) {
                             PlannedVisit p;
                             p.id = row.blob(0);
                             p.householdId = row.blob(1);
                             p.fileNumber = row.text(2);
                             p.headName = row.text(3);
                             p.region = row.text(4);
                             p.city = row.text(5);
                             p.district = row.text(6);
                             p.address = row.text(7);
                             p.phone = row.text(8);
                             p.coordinates = place(row, 9);
                             p.workerId = row.blob(11);
                             p.workerName = row.text(12);
                             p.plannedOn = QDate::fromString(row.text(13), Qt::ISODate);
                             p.planNote = row.text(14);
                             // Two plans of one family on one day (made on two copies
                             // offline, then synced) are one visit to make.
                             if (!list.isEmpty() && list.last().householdId == p.householdId
                                 && list.last().plannedOn == p.plannedOn)
                                 return;
                             list << p;
                         });
    if (!s)
        return s.error();
    return list;
}

} // namespace tamkeen::visits
