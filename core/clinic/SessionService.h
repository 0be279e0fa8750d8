#pragma once
// Counselling sessions (الجلسات الاستشارية): recorded from an appointment or
// directly, never deleted, corrected by amendments that keep the original, with
// their agreed actions. Confidential notes are withheld here, in core, from
// anyone who may not read them (ClinicVocabulary.h).
#include "clinic/ClinicRecords.h"
#include "common/Result.h"
#include "security/Session.h"
#include "storage/SyncedWriter.h"

#include <QCoreApplication>
#include <optional>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::clinic {

struct NewAction {
    QString description;
    QString responsible;
    QDate dueDate;
};

class SessionService {
    Q_DECLARE_TR_FUNCTIONS(SessionService)
public:
    explicit SessionService(storage::Database &db);

    // Counsellors and supervisors. With `appointmentId` the appointment is
    // marked attended; with `next` the next appointment is booked in the same
    // transaction (an overlap is refused then, as when booking).
    Result<QByteArray> record(const security::Session &by, SessionData data, const QList<NewAction> &actions = {},
                              const QByteArray &appointmentId = {}, const std::optional<QDateTime> &next = {});
    // Sets the given fields (needs, observations, recommendations, psych_notes,
    // types, duration_min), keeping each old value in an amendment with the reason.
    Status amend(const security::Session &by, const QByteArray &id, const SessionData &corrected, const QString &reason);

    Result<CounsellingSession> session(const security::Session &reader, const QByteArray &id);
    Result<QList<CounsellingSession>> ofMember(const security::Session &reader, const QByteArray &memberId);
    Result<QList<Amendment>> amendments(const security::Session &reader, const QByteArray &id);

    Result<QByteArray> addAction(const security::Session &by, const QByteArray &sessionId, const NewAction &action);
    Status completeAction(const security::Session &by, const QByteArray &actionId, const QDate &doneOn);
    // The actions of a confidential session keep their dates and who does them,
    // but not what they are, for readers who may not see its notes.
    Result<QList<AgreedAction>> actions(const security::Session &reader, const QByteArray &sessionId);
    // Open actions due on or before `date` (overdue first), for the counsellor's
    // members (all when empty).
    Result<QList<AgreedAction>> dueActions(const security::Session &reader, const QDate &date,
                                           const QByteArray &counsellorId = {});

private:
    Status sealActions(const QByteArray &sessionId);
    void auditConfidential(const security::Session &reader, const QList<CounsellingSession> &shown);
    Status validate(SessionData &data);
    Status validate(NewAction &action);
    Result<bool> confidential(const QStringList &types);

    storage::Database &m_db;
    storage::SyncedWriter m_writer;
};

} // namespace tamkeen::clinic
