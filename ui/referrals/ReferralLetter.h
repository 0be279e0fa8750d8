#pragma once
// The referral letter: an A4 PDF on the centre's letterhead addressed to the
// partner (name, contact person) about the beneficiary (name, file number, the
// service requested), with the date, the referring worker and a signature line.
// Arabic right to left, or English when the interface is English.
#include "common/Result.h"
#include "org/DeviceInfo.h"
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
};

class ReferralLetter {
    Q_DECLARE_TR_FUNCTIONS(ReferralLetter)
public:
    static Status write(const QString &path, storage::Database &db, const AppSettings &settings,
                        const QByteArray &referralId);
    static Result<LetterData> load(storage::Database &db, const QByteArray &referralId);
    static QString html(const AppSettings &settings, const LetterData &letter);
};

} // namespace tamkeen::ui
