#include "clinic/AppointmentService.h"

#include "text/InputText.h"

#include "clinic/ClinicVocabulary.h"
#include "storage/Database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tamkeen::clinic {

namespace {

const QString kSelect =
    u"SELECT a.id, a.member_id, a.household_id, a.counsellor_id, a.starts_at, a.duration_min, a.types, a.place, a.note, "
    "a.status, a.arrived_at, a.started_at, a.rescheduled_to, a.session_id, "
    "trim(m.given_name || ' ' || ifnull(m.father_name, '') || ' ' || ifnull(m.grandfather_name, '') || ' ' || "
    "ifnull(m.family_name, '')), m.phone, h.phone, h.file_number, u.full_name "
    "FROM appointments a JOIN members m ON m.id = a.member_id JOIN households h ON h.id = a.household_id "
    "LEFT JOIN users u ON u.id = a.counsellor_id "_s;

Appointment read(const QSqlQuery &q)
{
    Appointment a;
    a.id = q.value(0).toByteArray();
    a.memberId = q.value(1).toByteArray();
    a.householdId = q.value(2).toByteArray();
    a.counsellorId = q.value(3).toByteArray();
    a.startsAt = AppointmentService::fromText(q.value(4).toString());
    a.durationMin = q.value(5).toInt();
    a.types = q.value(6).toString().split(u',', Qt::SkipEmptyParts);
    a.place = q.value(7).toString();
    a.note = q.value(8).toString();
    a.status = q.value(9).toString();
    a.arrivedAt = AppointmentService::fromText(q.value(10).toString());
    a.startedAt = AppointmentService::fromText(q.value(11).toString());
    a.rescheduledTo = q.value(12).toByteArray();
    a.sessionId = q.value(13).toByteArray();
    a.memberName = q.value(14).toString().simplified();
    a.memberPhone = q.value(15).toString().isEmpty() ? q.value(16).toString() : q.value(15).toString();
    a.fileNumber = q.value(17).toString();
    a.counsellorName = q.value(18).toString();
    return a;
}

Result<QList<Appointment>> readAll(storage::Database &db, const QString &sql, const QVariantList &values)
{
    auto q = db.exec(sql, values);
    if (!q)
        return q.error();
    QList<Appointment> list;
    while (q.value()->next())
        list << read(*q.value());
    q.value()->finish();
    return list;
}

} // namespace

AppointmentService::AppointmentService(storage::Database &db) : m_db(db), m_writer(db) {}

QString AppointmentService::timeText(const QDateTime &t)
{
    return t.toString(u"yyyy-MM-ddTHH:mm"_s);
}

QDateTime AppointmentService::fromText(const QString &text)
{
    // Read by hand: QDateTime::fromString with a format is slow enough to show
    // in a day view (and a timeline of hundreds of rows).
    if (text.size() != 16 || text[4] != u'-' || text[7] != u'-' || text[10] != u'T' || text[13] != u':')
        return {};
    const auto number = [&](int from, int length) { return QStringView(text).mid(from, length).toInt(); };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time);
}

Status AppointmentService::validate(AppointmentData &d)
{
    if (d.memberId.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Choose the family member the appointment is for."), u"member"_s);
    if (d.counsellorId.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Choose the counsellor."), u"counsellor"_s);
    if (!d.startsAt.isValid())
        return makeError(ErrorCode::Invalid, tr("Choose the date and time of the appointment."), u"startsAt"_s);
    if (d.durationMin < 5 || d.durationMin > 480)
        return makeError(ErrorCode::Invalid, tr("The duration must be between 5 minutes and 8 hours."), u"duration"_s);
    if (!registry::Vocabulary::contains(ClinicVocabulary::places(), d.place))
        return makeError(ErrorCode::Invalid, tr("Choose where the appointment takes place."), u"place"_s);
    auto types = ClinicVocabulary::sessionTypes(m_db);
    if (!types)
        return types.error();
    for (const QString &t : std::as_const(d.types)) {
        if (std::none_of(types.value().cbegin(), types.value().cend(), [&](const SessionType &s) { return s.code == t; }))
            return makeError(ErrorCode::Invalid, tr("Unknown consultation type: %1.").arg(t), u"types"_s);
    }
    d.startsAt.setTime(QTime(d.startsAt.time().hour(), d.startsAt.time().minute()));
    if (Status s = text::InputText::accept(d.note, u"note"_s, tr("Note"), text::kLineLength); !s)
        return s;
    d.note = d.note.trimmed();
    return {};
}

Result<QList<Appointment>> AppointmentService::overlapping(const QByteArray &counsellorId, const QDateTime &start,
                                                           int durationMin, const QByteArray &except)
{
    // Appointments start at most 8 hours before one that overlaps them.
    const QDateTime end = start.addSecs(qint64(durationMin) * 60);
    auto candidates = readAll(m_db,
                              kSelect + u"WHERE a.counsellor_id = ? AND a.starts_at >= ? AND a.starts_at < ? "
                                        "AND a.deleted = 0 AND a.status IN ('booked', 'attended') ORDER BY a.starts_at"_s,
                              {counsellorId, timeText(start.addSecs(-8 * 3600)), timeText(end)});
    if (!candidates)
        return candidates;
    QList<Appointment> list;
    for (const Appointment &a : candidates.value()) {
        if (a.id != except && a.endsAt() > start)
            list << a;
    }
    return list;
}

bool AppointmentService::withinWorkingHours(const QDateTime &start, int durationMin)
{
    const QDateTime end = start.addSecs(qint64(durationMin) * 60);
    return start.time() >= workdayStart() && end.date() == start.date() && end.time() <= workdayEnd();
}

QDateTime AppointmentService::nextSlot(const QDateTime &now, int durationMin)
{
    const int minutes = now.time().hour() * 60 + now.time().minute();
    const int next = (minutes / 30 + 1) * 30;
    const int start = workdayStart().msecsSinceStartOfDay() / 60000;
    const int last = workdayEnd().msecsSinceStartOfDay() / 60000 - durationMin;
    if (next < start)
        return QDateTime(now.date(), workdayStart());
    if (next <= last)
        return QDateTime(now.date(), QTime(next / 60, next % 60));
    return QDateTime(now.date().addDays(1), workdayStart());
}

Result<QByteArray> AppointmentService::book(const security::Session &by, AppointmentData d, bool overlapAccepted)
{
    if (Status s = validate(d); !s)
        return s.error();
    auto household = m_db.scalar(u"SELECT household_id FROM members WHERE id = ? AND deleted = 0"_s, {d.memberId});
    if (!household)
        return household.error();
    if (household.value().isNull())
        return makeError(ErrorCode::NotFound, tr("This family member no longer exists."), u"member"_s);
    if (!overlapAccepted) {
        auto clash = overlapping(d.counsellorId, d.startsAt, d.durationMin);
        if (!clash)
            return clash.error();
        if (!clash.value().isEmpty()) {
            const Appointment &c = clash.value().first();
            Error e = makeError(ErrorCode::PossibleDuplicate,
                                tr("%1 already has an appointment from %2 to %3 with %4.")
                                    .arg(c.counsellorName, c.startsAt.toString(u"HH:mm"_s), c.endsAt().toString(u"HH:mm"_s),
                                         c.memberName),
                                u"startsAt"_s);
            e.subject = c.id;
            return e;
        }
    }
    m_db.setCurrentUser(by.userId);
    QByteArray id;
    const Status s = m_db.transaction([&]() -> Status {
        auto created = m_writer.insert(u"appointments"_s,
                                       {{u"member_id"_s, d.memberId},
                                        {u"household_id"_s, household.value()},
                                        {u"counsellor_id"_s, d.counsellorId},
                                        {u"starts_at"_s, timeText(d.startsAt)},
                                        {u"duration_min"_s, d.durationMin},
                                        {u"types"_s, d.types.join(u',')},
                                        {u"place"_s, d.place},
                                        {u"note"_s, d.note.isEmpty() ? QVariant() : QVariant(d.note)},
                                        {u"status"_s, u"booked"_s}});
        if (!created)
            return created.error();
        id = created.value();
        auto history = m_writer.insert(u"appointment_status"_s,
                                       {{u"appointment_id"_s, id},
                                        {u"status"_s, u"booked"_s},
                                        {u"at"_s, timeText(QDateTime::currentDateTime())},
                                        {u"by_user"_s, by.userId}});
        return history ? Status() : Status(history.error());
    });
    if (!s)
        return s.error();
    return id;
}

Status AppointmentService::setStatus(const security::Session &by, const QByteArray &id, const QString &status,
                                     const QString &reason)
{
    static const QStringList settable = {u"attended"_s, u"no_show"_s, u"cancelled"_s, u"rescheduled"_s};
    if (!settable.contains(status))
        return makeError(ErrorCode::Invalid, tr("Choose what happened to the appointment."), u"status"_s);
    auto current = appointment(id);
    if (!current)
        return current.error();
    if (current.value().status != u"booked")
        return makeError(ErrorCode::Conflict,
                         tr("This appointment is already marked «%1».")
                             .arg(registry::Vocabulary::label(ClinicVocabulary::appointmentStatuses(), current.value().status)));
    if (status == u"cancelled" && reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Write why the appointment is cancelled."), u"reason"_s);
    m_db.setCurrentUser(by.userId);
    return m_db.transaction([&]() -> Status {
        if (Status s = m_writer.update(u"appointments"_s, id, {{u"status"_s, status}}); !s)
            return s;
        auto history = m_writer.insert(u"appointment_status"_s,
                                       {{u"appointment_id"_s, id},
                                        {u"status"_s, status},
                                        {u"previous_status"_s, current.value().status},
                                        {u"at"_s, timeText(QDateTime::currentDateTime())},
                                        {u"by_user"_s, by.userId},
                                        {u"reason"_s, reason.trimmed().isEmpty() ? QVariant() : QVariant(reason.trimmed())}});
        return history ? Status() : Status(history.error());
    });
}

Result<QByteArray> AppointmentService::reschedule(const security::Session &by, const QByteArray &id,
                                                  const QDateTime &newStart, const QString &reason, bool overlapAccepted)
{
    auto old = appointment(id);
    if (!old)
        return old.error();
    AppointmentData d = old.value();
    d.startsAt = newStart;
    QByteArray created;
    const Status s = m_db.transaction([&]() -> Status {
        if (Status st = setStatus(by, id, u"rescheduled"_s, reason); !st)
            return st;
        auto booked = book(by, d, overlapAccepted);
        if (!booked)
            return booked.error();
        created = booked.value();
        return m_writer.update(u"appointments"_s, id, {{u"rescheduled_to"_s, created}});
    });
    if (!s)
        return s.error();
    return created;
}

Status AppointmentService::markArrived(const security::Session &by, const QByteArray &id)
{
    auto a = appointment(id);
    if (!a)
        return a.error();
    if (a.value().status != u"booked")
        return makeError(ErrorCode::Conflict, tr("Only a booked appointment can be marked as arrived."));
    m_db.setCurrentUser(by.userId);
    return m_writer.update(u"appointments"_s, id, {{u"arrived_at"_s, timeText(QDateTime::currentDateTime())}});
}

Status AppointmentService::markStarted(const security::Session &by, const QByteArray &id)
{
    auto a = appointment(id);
    if (!a)
        return a.error();
    if (a.value().status != u"booked")
        return makeError(ErrorCode::Conflict, tr("Only a booked appointment can be called in."));
    m_db.setCurrentUser(by.userId);
    QVariantMap changes = {{u"started_at"_s, timeText(QDateTime::currentDateTime())}};
    if (!a.value().arrivedAt.isValid())
        changes.insert(u"arrived_at"_s, changes.value(u"started_at"_s));
    return m_writer.update(u"appointments"_s, id, changes);
}

Result<Appointment> AppointmentService::appointment(const QByteArray &id)
{
    auto list = readAll(m_db, kSelect + u"WHERE a.id = ? AND a.deleted = 0"_s, {id});
    if (!list)
        return list.error();
    if (list.value().isEmpty())
        return makeError(ErrorCode::NotFound, tr("This appointment no longer exists."));
    return list.value().first();
}

Result<QList<AppointmentChange>> AppointmentService::history(const QByteArray &id)
{
    auto q = m_db.exec(u"SELECT s.status, s.previous_status, s.at, s.by_user, u.full_name, s.reason "
                       "FROM appointment_status s LEFT JOIN users u ON u.id = s.by_user "
                       "WHERE s.appointment_id = ? AND s.deleted = 0 ORDER BY s.at, s.created_at"_s,
                       {id});
    if (!q)
        return q.error();
    QList<AppointmentChange> list;
    while (q.value()->next()) {
        const QSqlQuery *r = q.value();
        list.append({r->value(0).toString(), r->value(1).toString(), fromText(r->value(2).toString()),
                     r->value(3).toByteArray(), r->value(4).toString(), r->value(5).toString()});
    }
    q.value()->finish();
    return list;
}

Result<QList<Appointment>> AppointmentService::between(const QDate &from, const QDate &to, const QByteArray &counsellorId)
{
    const QString start = from.toString(Qt::ISODate);
    const QString end = to.addDays(1).toString(Qt::ISODate);
    if (counsellorId.isEmpty())
        return readAll(m_db, kSelect + u"WHERE a.starts_at >= ? AND a.starts_at < ? AND a.deleted = 0 ORDER BY a.starts_at"_s,
                       {start, end});
    return readAll(m_db,
                   kSelect + u"WHERE a.counsellor_id = ? AND a.starts_at >= ? AND a.starts_at < ? AND a.deleted = 0 "
                             "ORDER BY a.starts_at"_s,
                   {counsellorId, start, end});
}

Result<QList<Appointment>> AppointmentService::day(const QDate &date, const QByteArray &counsellorId)
{
    return between(date, date, counsellorId);
}

Result<QList<Appointment>> AppointmentService::ofMember(const QByteArray &memberId)
{
    return readAll(m_db, kSelect + u"WHERE a.member_id = ? AND a.deleted = 0 ORDER BY a.starts_at DESC"_s, {memberId});
}

Result<int> AppointmentService::noShows(const QByteArray &memberId)
{
    auto n = m_db.scalar(u"SELECT count(*) FROM appointments WHERE member_id = ? AND status = 'no_show' AND deleted = 0"_s,
                         {memberId});
    if (!n)
        return n.error();
    return n.value().toInt();
}

Result<QList<AppointmentService::Counsellor>> AppointmentService::counsellors()
{
    auto q = m_db.exec(u"SELECT id, full_name FROM users WHERE role IN ('counsellor', 'supervisor') AND active = 1 "
                       "AND deleted = 0 ORDER BY full_name"_s);
    if (!q)
        return q.error();
    QList<Counsellor> list;
    while (q.value()->next())
        list.append({q.value()->value(0).toByteArray(), q.value()->value(1).toString()});
    q.value()->finish();
    return list;
}

} // namespace tamkeen::clinic
