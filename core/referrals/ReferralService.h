#pragma once
// Referrals to partners (الإحالات): the partners catalogue (administrators), a
// referral's status from sent to completed with each change dated, its
// outcome and the partner's feedback, and follow-ups that fall due.
#include "common/Result.h"
#include "registry/Vocabulary.h"
#include "security/Session.h"
#include "storage/SyncedWriter.h"

#include <QCoreApplication>
#include <QDate>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::referrals {

using registry::Term;

struct Partner {
    QByteArray id;
    QString name;
    QString kind;       // ReferralService::partnerKinds()
    QStringList services;
    QString region;
    QString contact;
    QString phone;
    QString email;
    bool active = true;
};

struct ReferralData {
    QByteArray memberId;
    QByteArray partnerId;
    QString service;     // one of the partner's services
    QByteArray planId;   // optional
    QByteArray goalId;   // optional
    QDate sentOn;
    QDate followUpOn;
    // Sent without the member's consent to sharing with this partner: why
    // (kept with the sender's name as a consent of method 'override').
    QString consentOverride = {};
};

struct Referral : ReferralData {
    QByteArray id;
    QByteArray householdId;
    QByteArray workerId;
    QString status; // sent, accepted, rejected, no_response, in_progress, completed
    QString outcome;
    QString feedback;
    QString memberName;
    QString partnerName;
    QString fileNumber;
};

struct ReferralFilter {
    QString status;
    QByteArray partnerId;
    QByteArray workerId;
};

class ReferralService {
    Q_DECLARE_TR_FUNCTIONS(ReferralService)
public:
    explicit ReferralService(storage::Database &db);

    static QList<Term> partnerKinds(); // training, employer, bank, health, ngo, municipality, government
    static QList<Term> statuses();
    // Where a referral may go from `status`.
    static QStringList nextStatuses(const QString &status);

    Result<QByteArray> addPartner(const security::Session &by, Partner partner); // administrators
    Status updatePartner(const security::Session &by, const Partner &partner);
    Result<QList<Partner>> partners(bool activeOnly = true);

    // Any worker, counsellor or supervisor. Refused (field "consent") when
    // the member has not consented to sharing with the partner on the date
    // sent and no override reason is given (registry::ConsentService).
    Result<QByteArray> refer(const security::Session &by, ReferralData data);
    Status setStatus(const security::Session &by, const QByteArray &id, const QString &status, const QDate &on,
                     const QString &note = {}, const QDate &nextFollowUp = {});
    // The result when completed (or rejected): what came of it and what the partner said.
    Status recordOutcome(const security::Session &by, const QByteArray &id, const QString &outcome,
                         const QString &feedback);
    Result<Referral> referral(const QByteArray &id);
    // The referrals made under a plan, by date sent.
    Result<QList<Referral>> ofPlan(const QByteArray &planId);
    // Every referral of a household's members, by date sent (the printed household file).
    Result<QList<Referral>> ofHousehold(const QByteArray &householdId);
    // Open referrals whose follow-up date has come first, then by date sent.
    Result<QList<Referral>> list(const ReferralFilter &filter, const QDate &today, int limit = 500);

private:
    // The referrals whose `column` (a fixed column name, never user input) is `id`.
    Result<QList<Referral>> inOrderSent(const QString &column, const QByteArray &id);
    Status validate(const Partner &partner);

    storage::Database &m_db;
    storage::SyncedWriter m_writer;
};

} // namespace tamkeen::referrals
