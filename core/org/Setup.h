#pragma once
// First-run setup of a new installation: the centre, this device, and the first
// administrator, written in one transaction.
#include "common/Result.h"
#include "security/PasswordHasher.h"
#include "security/Session.h"

#include <QCoreApplication>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::org {

struct SetupRequest {
    QString centreCode;   // e.g. "RUH": starts every file number of this centre
    QString centreName;
    QString region;
    QString deviceName;
    int deviceNumber = 1; // unique among the centre's laptops; part of file numbers
    QString adminUsername;
    QString adminFullName;
    QString adminPassword;
};

class Setup {
    Q_DECLARE_TR_FUNCTIONS(Setup)
public:
    static bool isDone(storage::Database &db);
    // Validates everything first; on any error nothing is written.
    static Result<security::Session> run(storage::Database &db, const SetupRequest &request,
                                         security::HashCost cost = security::HashCost::standard());
    static Status validate(const SetupRequest &request);
    static QString normalizeCentreCode(const QString &code);
    // 2 to 6 Latin letters or digits, starting with a letter (after normalising).
    static Status validateCentreCode(const QString &code);
};

} // namespace tamkeen::org
