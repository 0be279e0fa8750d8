#pragma once
// An audit entry's details in the reader's language (docs/audit.md). The trail
// stores them as written when the entry was made — ids, codes and English
// words for system actions, since its hash chain covers them — and the Audit
// screen shows them through this: names for ids, words for codes. Details
// this does not recognise (a path, a report's title) are shown as written.
#include "security/AuditLog.h"

#include <QCoreApplication>
#include <QHash>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::registry {

struct DescribedDetails {
    QString text;
    bool asWritten = false; // not recognised: paths and codes, shown left to right
};

class AuditDetails {
    Q_DECLARE_TR_FUNCTIONS(AuditDetails)
public:
    explicit AuditDetails(storage::Database &db) : m_db(db) {}
    DescribedDetails describe(const security::AuditEntry &entry);

private:
    QString memberName(const QByteArray &id);
    QString userName(const QByteArray &id);

    storage::Database &m_db;
    QHash<QByteArray, QString> m_members, m_users; // names read once per screenful
};

} // namespace tamkeen::registry
