#pragma once
// The right of access (issue 15 §6): everything a copy holds about one family
// member, as JSON a person can be given — their record, their household's,
// and every row of every synced table that names them (incomes, sessions,
// assessments, plans, referrals, consents, surveys, …), with the history of
// the household's status. What the reader may not see (confidential notes,
// for a reader who is not a counsellor or supervisor) is marked withheld,
// not left out, so that the person knows it exists.
#include "common/Result.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::registry {

class SubjectAccess {
    Q_DECLARE_TR_FUNCTIONS(SubjectAccess)
public:
    // Supervisors and administrators, who handle the person's request; the
    // request itself is logged in the audit trail.
    static bool mayRequest(const security::Session &who);
    // The tables a request covers, parents before the rows that belong to them.
    static Result<QStringList> tables(storage::Database &db);
    static Result<QJsonObject> member(storage::Database &db, const security::Session &reader, const QByteArray &memberId);
};

} // namespace tamkeen::registry
