#pragma once
// Households: registration with the head, edits, the status lifecycle with its
// dated history, archiving, and merging two files of the same family.
#include "common/Result.h"
#include "registry/MemberService.h"
#include "registry/Records.h"
#include "security/Session.h"
#include "storage/SyncedWriter.h"

#include <QCoreApplication>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::registry {

class HouseholdService {
    Q_DECLARE_TR_FUNCTIONS(HouseholdService)
public:
    explicit HouseholdService(storage::Database &db);

    // A new household (status: applicant) with its head, in one transaction.
    // Duplicate rules are those of MemberService::add. A head under 15 is
    // refused with NeedsConfirmation unless `youngHeadConfirmed`.
    Result<QByteArray> create(const security::Session &by, HouseholdData data, MemberData head,
                              const QList<QByteArray> &acknowledged = {}, bool youngHeadConfirmed = false);
    static constexpr int kYoungestHead = 15;
    Status update(const security::Session &by, const QByteArray &id, HouseholdData data);
    // applicant → active → suspended / exited → re-entered; dated, with a reason.
    Status changeStatus(const security::Session &by, const QByteArray &id, const QString &status, const QDate &date,
                        const QString &reason);
    Status archive(const security::Session &by, const QByteArray &id, const QString &reason);
    // Supervisors and administrators: moves the members, their incomes and the
    // home visits from `source` into `target`, records the merge and archives `source`.
    Status merge(const security::Session &by, const QByteArray &source, const QByteArray &target, const QString &reason);

    Result<Household> household(const QByteArray &id);
    Result<QList<StatusChange>> statusHistory(const QByteArray &id);

    static QStringList nextStatuses(const QString &status);
    Status validate(HouseholdData &data);
    MemberService &members() { return m_members; }

private:
    QVariantMap fields(const HouseholdData &data) const;

    storage::Database &m_db;
    storage::SyncedWriter m_writer;
    MemberService m_members;
};

} // namespace tamkeen::registry
