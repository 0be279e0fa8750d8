#pragma once
// Graduation (التخرج من الدعم), the approval step of readiness to exit: a
// caseworker proposes it for a household whose readiness meets a pathway,
// with a note and the readiness as it stood; a supervisor approves, which
// records the exit (referrals::ExitService, the pathway's positive reason)
// and closes the plan in the same transaction, or rejects it with the
// reason, and the household stays supported. Only a supervisor's signed
// change sets a decision, here and on import (security/Privileges).
#include "common/Result.h"
#include "impact/ExitReadiness.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::impact {

// One criterion as it stood when the graduation was proposed.
struct CriterionSnapshot {
    Criterion criterion = Criterion::AboveThreshold;
    bool met = false;
    bool required = false;
    int weight = 0;
};

enum class GraduationDecision { Pending, Approved, Rejected };

struct GraduationRequest {
    QByteArray id, householdId, planId;
    QString fileNumber, headName;
    QString pathwayKey, pathwayName, exitReason;
    QByteArray proposedBy;
    QString proposedByName;
    QDate proposedOn;
    QString note;
    int score = 0, passMark = 0;
    QList<CriterionSnapshot> criteria;
    double incomePerPerson = 0;
    GraduationDecision decision = GraduationDecision::Pending;
    QByteArray decidedBy;
    QString decidedByName;
    QDate decidedOn;
    QString decisionNote;
    QByteArray exitId;
};

class GraduationService {
    Q_DECLARE_TR_FUNCTIONS(GraduationService)
public:
    explicit GraduationService(storage::Database &db);

    static bool mayPropose(const security::Session &by); // field workers, counsellors, supervisors
    static bool mayDecide(const security::Session &by);  // supervisors

    // On `pathwayKey` (the household must be ready on it today). `exitReason`
    // is the pathway's when it has one, else one of the positive reasons.
    Result<QByteArray> propose(const security::Session &by, const QByteArray &householdId, const QString &pathwayKey,
                               const QString &note, const QString &exitReason = {});
    // The household leaves support on `on` (today or earlier, not before the proposal).
    Status approve(const security::Session &by, const QByteArray &requestId, const QString &note,
                   const QDate &on = QDate::currentDate());
    Status reject(const security::Session &by, const QByteArray &requestId, const QString &note);

    // Proposals waiting for a supervisor, oldest first: of the households of
    // `centre` (empty: every centre). The supervisor's approval queue.
    static Result<QList<GraduationRequest>> pending(storage::Database &db, const QByteArray &centre = {});
    Result<QList<GraduationRequest>> ofHousehold(const QByteArray &householdId);
    // Each household's latest proposal, decided or not (the readiness list shows it).
    Result<QHash<QByteArray, GraduationRequest>> latest();
    Result<GraduationRequest> request(const QByteArray &requestId);

    static QString stateText(const GraduationRequest &r);

private:
    static Result<QList<GraduationRequest>> select(storage::Database &db, const QString &where, const QVariantList &values);
    Status decide(const security::Session &by, const GraduationRequest &r, bool approve, const QString &note,
                  const QDate &on, const QByteArray &exitId);

    storage::Database &m_db;
};

} // namespace tamkeen::impact
