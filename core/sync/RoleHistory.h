#pragma once
// What an author was when they made a change (issue 13 §3: "a change is
// accepted only if its author held that role when it was made"): their role,
// key and whether their account was archived or deactivated, as of a version, from the
// history of their users row this copy holds. The history is the accepted
// signed changes of that row in change_log (local and imported, each with the
// values its signer set), and the row as this copy's enrolment file gave it
// (sync_enrolled_roles, at the file's time). docs/trust.md has the limits.
#include "common/Result.h"
#include "security/Privileges.h"
#include "sync/SyncLog.h"

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::sync {

class RoleHistory {
public:
    // The author `userId` as of just before `at`: for each of role, key and
    // archived, the value of the latest point of the history before `at` that
    // set it; else the enrolment's; else the row as it stands.
    static Result<security::Privileges::Author> authorAt(storage::Database &db, const QByteArray &userId,
                                                         const Version &at);
    // Keeps the accounts of an enrolment file as they were at its time `hlc`
    // (Enrolment::join, after writing the rows).
    static Status keepEnrolled(storage::Database &db, quint64 hlc);
};

} // namespace tamkeen::sync
