#pragma once
// Household members: validation (names, identity documents, one head), the
// duplicate checks that keep a family from being registered twice, and writes.
#include "common/Result.h"
#include "registry/Records.h"
#include "security/Session.h"
#include "storage/SyncedWriter.h"

#include <QCoreApplication>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::registry {

struct DuplicateCandidate {
    QByteArray memberId;
    QByteArray householdId;
    QString fileNumber;
    QString name;
    QStringList matched; // translated: "same given name", "same birth year", …
};

class MemberService {
    Q_DECLARE_TR_FUNCTIONS(MemberService)
public:
    explicit MemberService(storage::Database &db);

    Result<QList<Member>> members(const QByteArray &householdId);
    Result<Member> member(const QByteArray &memberId);

    // Field checks, with the identity number normalized into `data` and, for
    // Egyptian IDs, the birth date and sex it encodes compared with what was typed.
    Status validate(MemberData &data);
    // Whole years from `birth` to `on`.
    static int ageOn(const QDate &birth, const QDate &on);
    static constexpr int kOldestAge = 120;
    // A non-archived member (other than `exceptMember`) with the same document.
    Result<std::optional<DuplicateCandidate>> sameIdentity(const MemberData &data, const QByteArray &exceptMember = {});
    // Members whose name parts and birth year resemble `data`'s.
    Result<QList<DuplicateCandidate>> similar(const MemberData &data, const QByteArray &exceptMember = {});

    // Adds a member. Refused when the ID is already registered (the error's
    // subject is that household), or when similar members exist that are not in
    // `acknowledged` (ErrorCode::PossibleDuplicate); acknowledged ones are recorded
    // with who decided.
    Result<QByteArray> add(const security::Session &by, const QByteArray &householdId, MemberData data,
                           const QList<QByteArray> &acknowledged = {});
    Status update(const security::Session &by, const QByteArray &memberId, MemberData data,
                  const QList<QByteArray> &acknowledged = {});
    Status archive(const security::Session &by, const QByteArray &memberId, const QString &reason);
    // Makes `memberId` the head; the former head takes `formerHeadRelation`.
    Status makeHead(const security::Session &by, const QByteArray &memberId, const QString &formerHeadRelation);

    // For HouseholdService: the checks and the write, inside its transaction.
    Status checkDuplicates(MemberData &data, const QByteArray &exceptMember, const QList<QByteArray> &acknowledged);
    Result<QByteArray> insert(const QByteArray &householdId, const MemberData &data, const QList<QByteArray> &acknowledged);

private:
    Result<int> headCount(const QByteArray &householdId, const QByteArray &exceptMember);
    QVariantMap fields(const MemberData &data) const;

    storage::Database &m_db;
    storage::SyncedWriter m_writer;
};

} // namespace tamkeen::registry
