#pragma once
// What the empowerment clinic stores: appointments, counselling sessions with
// their agreed actions and amendments, and dated assessments.
#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace tamkeen::clinic {

struct AppointmentData {
    QByteArray memberId;
    QByteArray counsellorId; // users.id
    QDateTime startsAt;      // local wall-clock time, minutes
    int durationMin = 30;
    QStringList types;       // session type codes
    QString place;           // ClinicVocabulary::places()
    QString note;
};

struct Appointment : AppointmentData {
    QByteArray id;
    QByteArray householdId;
    QString status; // booked, attended, no_show, cancelled, rescheduled
    QDateTime arrivedAt; // the queue: arrived, then being seen
    QDateTime startedAt;
    QByteArray rescheduledTo;
    QByteArray sessionId;
    // For lists: who and whose file.
    QString memberName;
    QString memberPhone;
    QString fileNumber;
    QString counsellorName;

    QDateTime endsAt() const { return startsAt.addSecs(qint64(durationMin) * 60); }
};

struct AppointmentChange {
    QString status;
    QString previousStatus;
    QDateTime at;
    QByteArray by;
    QString byName;
    QString reason;
};

struct AgreedAction {
    QByteArray id;
    QByteArray sessionId;
    QByteArray memberId;
    QString description;
    QString responsible; // ClinicVocabulary::responsibles()
    QDate dueDate;
    QDate doneOn;        // invalid while open
    QString memberName;  // for lists
    QByteArray householdId;
    bool withheld = false; // of a confidential session: the description is hidden from this reader
};

struct SessionData {
    QByteArray memberId;
    QByteArray counsellorId;
    QDateTime heldAt;
    int durationMin = 45;
    QStringList types;   // at least one
    QString mode;        // ClinicVocabulary::places()
    QString needs;       // presenting needs
    QString observations;
    QString recommendations;
    QString psychNotes;  // psychological notes
};

struct CounsellingSession : SessionData {
    QByteArray id;
    QByteArray householdId;
    QByteArray appointmentId;
    // Confidential (a psychological type): the four notes are withheld from
    // readers who may not see them, and `withheld` says so.
    bool confidential = false;
    bool withheld = false;
    QString counsellorName;
    QString memberName;
};

struct Amendment {
    QString field;
    QString oldValue;
    QString newValue;
    QString reason;
    QDateTime at;
    QByteArray by;
    QString byName;
    bool withheld = false; // a confidential note's values, hidden from this reader
};

struct Assessment {
    QByteArray id;
    QByteArray memberId;
    QByteArray householdId;
    QByteArray sessionId;
    QString kind; // work_readiness, economic, wellbeing, social
    QDate assessedOn;
    double score = 0;
    QJsonObject data; // empty when withheld
    bool withheld = false;
};

} // namespace tamkeen::clinic
