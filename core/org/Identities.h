#pragma once
// Identities that must be unique across the organisation: user names, centre
// codes and household file numbers. Two copies offline can still make the same
// one; the import keeps both rows (they have different ids), and this lists
// them so that nothing silently shadows the other: login refuses a shared name,
// `tamkeen-cli check` reports every one, and an administrator resolves them.
#include "common/Result.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QList>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::org {

enum class IdentityKind { UserName, CentreCode, FileNumber };

// One value held by two or more live (not archived) rows.
struct SharedIdentity {
    IdentityKind kind = IdentityKind::UserName;
    QString value;          // as normalised for comparison (e.g. "sara", "RUH")
    QList<QByteArray> rows; // the rows' ids, oldest first
};

// A centre as `tamkeen-cli centres list` shows it: by id, so that one of two
// centres sharing a code can be named.
struct CentreRow {
    QByteArray id;
    QString code;
    QString name;
    QString region;
};

class Identities {
    Q_DECLARE_TR_FUNCTIONS(Identities)
public:
    // Compared as UserService::normalizeUsername does (case, spaces, digits).
    static Result<QList<SharedIdentity>> userNames(storage::Database &db);
    // Compared as Setup::normalizeCentreCode does.
    static Result<QList<SharedIdentity>> centreCodes(storage::Database &db);
    static Result<QList<SharedIdentity>> fileNumbers(storage::Database &db);
    // The live centres, by code, then in the order they were made.
    static Result<QList<CentreRow>> centres(storage::Database &db);
    // All three, in that order.
    static Result<QList<SharedIdentity>> all(storage::Database &db);

    // An administrator gives one centre another code: an ordinary synced write,
    // so the resolution reaches every copy. File numbers already given keep
    // the old code (they are printed); new ones use the new code.
    static Status renameCentre(storage::Database &db, const security::Session &by, const QByteArray &centreId,
                               const QString &newCode);
    // An administrator gives one of the households that share a file number a
    // new number from this device's series, and the household's status history
    // keeps the old one with the reason. Refused for a number nobody shares:
    // nothing renumbers a printed file otherwise. Returns the new number.
    static Result<QString> giveNewFileNumber(storage::Database &db, const security::Session &by,
                                             const QByteArray &householdId, const QString &reason);
};

} // namespace tamkeen::org
