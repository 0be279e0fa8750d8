#pragma once
// Appointments (المواعيد): booking with a double-booking warning, the status
// lifecycle with who and when, the day's queue, and the day and week views.
#include "clinic/ClinicRecords.h"
#include "common/Result.h"
#include "security/Session.h"
#include "storage/SyncedWriter.h"

#include <QCoreApplication>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::clinic {

class AppointmentService {
    Q_DECLARE_TR_FUNCTIONS(AppointmentService)
public:
    explicit AppointmentService(storage::Database &db);

    // Books an appointment. When the counsellor already has one that overlaps,
    // fails with PossibleDuplicate naming it (subject = its id) unless
    // `overlapAccepted` is set: the user was warned and chose to book anyway.
    Result<QByteArray> book(const security::Session &by, AppointmentData data, bool overlapAccepted = false);
    // The appointments of the counsellor that overlap [start, start + duration).
    Result<QList<Appointment>> overlapping(const QByteArray &counsellorId, const QDateTime &start, int durationMin,
                                           const QByteArray &except = {});

    // booked → attended / no_show / cancelled; each change dated with who made it.
    Status setStatus(const security::Session &by, const QByteArray &id, const QString &status, const QString &reason = {});
    // Marks it rescheduled and books the new one (same member, counsellor, types).
    Result<QByteArray> reschedule(const security::Session &by, const QByteArray &id, const QDateTime &newStart,
                                  const QString &reason, bool overlapAccepted = false);
    // The queue: arrived at the centre, then called in.
    Status markArrived(const security::Session &by, const QByteArray &id);
    Status markStarted(const security::Session &by, const QByteArray &id);

    Result<Appointment> appointment(const QByteArray &id);
    Result<QList<AppointmentChange>> history(const QByteArray &id);
    // Ordered by time; an empty counsellor means the whole centre.
    Result<QList<Appointment>> between(const QDate &from, const QDate &to, const QByteArray &counsellorId = {});
    Result<QList<Appointment>> day(const QDate &date, const QByteArray &counsellorId = {});
    Result<QList<Appointment>> ofMember(const QByteArray &memberId);
    Result<int> noShows(const QByteArray &memberId);

    // Counsellors and supervisors who can be booked (active users).
    struct Counsellor {
        QByteArray id;
        QString name;
    };
    Result<QList<Counsellor>> counsellors();

    static QString timeText(const QDateTime &t); // "YYYY-MM-DDTHH:MM" as stored

    // Working hours of a centre: 08:00 to 16:00. Booking outside them is
    // allowed (home visits, evening groups) but warned about.
    static QTime workdayStart() { return QTime(8, 0); }
    static QTime workdayEnd() { return QTime(16, 0); }
    static bool withinWorkingHours(const QDateTime &start, int durationMin);
    // The first half hour after `now` at which `durationMin` minutes fit in
    // working hours: later today, or the next morning.
    static QDateTime nextSlot(const QDateTime &now, int durationMin);
    static QDateTime fromText(const QString &text);

private:
    Status validate(AppointmentData &data);

    storage::Database &m_db;
    storage::SyncedWriter m_writer;
};

} // namespace tamkeen::clinic
