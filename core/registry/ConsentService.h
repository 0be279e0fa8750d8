#pragma once
// Consent (issue 15 §5): what a family member agreed to, when and how, who
// recorded it, and its withdrawal. A referral shares the member's data with a
// partner: it needs the member's consent to sharing with that partner, or an
// override with a reason, kept as a consent row of its own (method
// 'override'), so that every copy sees who sent data without consent and why.
#include "common/Result.h"
#include "registry/Vocabulary.h"
#include "security/Session.h"
#include "storage/SyncedWriter.h"

#include <QCoreApplication>
#include <QDate>
#include <functional>
#include <optional>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::registry {

struct ConsentData {
    QByteArray memberId;
    QString purpose;     // registration, counselling, sharing
    QByteArray partnerId; // sharing: the partner named on the form
    QDate givenOn;
    QString method;      // signed_form, verbal_witnessed
    QString witness;     // verbal_witnessed: who heard it
    QString note;
};

struct Consent : ConsentData {
    QByteArray id;
    QByteArray householdId;
    QByteArray recordedBy;
    QString recordedByName;
    QString memberName;
    QString partnerName;
    QDate withdrawnOn;
    QString withdrawalNote;
    bool inForceOn(const QDate &day) const
    {
        return givenOn.isValid() && givenOn <= day && (!withdrawnOn.isValid() || withdrawnOn > day);
    }
};

class ConsentService {
    Q_DECLARE_TR_FUNCTIONS(ConsentService)
public:
    explicit ConsentService(storage::Database &db);

    static QList<Term> purposes(); // registration, counselling, sharing
    static QList<Term> methods();  // signed_form, verbal_witnessed (override: written by referrals only)

    // Any active user.
    Result<QByteArray> record(const security::Session &by, ConsentData data);
    Status withdraw(const security::Session &by, const QByteArray &id, const QDate &on, const QString &note);
    // Every consent of the household's members, the newest first.
    Result<QList<Consent>> ofHousehold(const QByteArray &householdId);
    // The member's signed or witnessed consent to share with `partnerId` in
    // force on `day`; with `overridesToo`, else an override sent on or before
    // it (for showing what a referral went with, never as consent).
    Result<std::optional<Consent>> sharingConsent(const QByteArray &memberId, const QByteArray &partnerId,
                                                  const QDate &day, bool overridesToo = false);
    // Inside the referral's transaction: the override and its reason.
    Result<QByteArray> recordOverride(const security::Session &by, const QByteArray &memberId,
                                      const QByteArray &householdId, const QByteArray &partnerId, const QDate &on,
                                      const QString &reason);
    // One sentence for a letter or a printed plan, in the user's language,
    // its date as `date` writes it.
    static QString describe(const Consent &c, const std::function<QString(const QDate &)> &date);

private:
    Result<QList<Consent>> read(const QString &where, const QVariantList &values);

    storage::Database &m_db;
    storage::SyncedWriter m_writer;
};

} // namespace tamkeen::registry
