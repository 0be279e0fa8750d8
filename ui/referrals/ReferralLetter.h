#pragma once
// The referral letter: an A4 PDF on the centre's letterhead addressed to the
// partner (name, contact person) about the beneficiary (name, ID, file number,
// the service requested), with its reference number, the date in the Gregorian
// and the Hijri (Umm al-Qura) calendars, the referring worker, a signature line
// and the beneficiary's informed consent to share these details with the partner.
// Arabic right to left, or English when the interface is English.
#include "common/Result.h"
#include "format/PdfDocument.h"
#include "org/DeviceInfo.h"
#include "registry/ConsentService.h"
#include "referrals/ReferralService.h"

#include <QCoreApplication>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;

struct LetterData {
    org::DeviceInfo centre;
    referrals::Referral referral;
    referrals::Partner partner;
    QString workerName;
    QString idNumber; // the beneficiary's, as stored
    QString idType;   // translated, empty when unknown
    QDate today;      // the letter's date
    // The member's consent to sharing with the partner on the date sent (an
    // override when it went without one); none when neither is recorded.
    std::optional<registry::Consent> consent;
};

class ReferralLetter {
    Q_DECLARE_TR_FUNCTIONS(ReferralLetter)
public:
    static Status write(const QString &path, storage::Database &db, const AppSettings &settings,
                        const QByteArray &referralId);
    static Result<LetterData> load(storage::Database &db, const QByteArray &referralId,
                                   const QDate &today = QDate::currentDate());
    static QString html(const AppSettings &settings, const LetterData &letter);
    static PrintedDocument printed(const AppSettings &settings, const LetterData &letter);
    static Result<PrintedDocument> make(storage::Database &db, const AppSettings &settings, const QByteArray &referralId);
    // The letter's reference: the household's file number and the referral's own
    // code, the same each time the letter is printed (e.g. "RY-2026-00042/R-3FA9C1").
    static QString reference(const referrals::Referral &referral);
};

} // namespace tamkeen::ui
