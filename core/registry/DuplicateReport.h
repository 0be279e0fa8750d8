#pragma once
// The "possible duplicates" report: pairs of members in different households who
// share an identity number, or whose names match part by part, for a supervisor
// to review. Pairs someone already judged different are left out.
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::registry {

struct DuplicatePair {
    QByteArray memberA, householdA;
    QString nameA, fileA;
    QByteArray memberB, householdB;
    QString nameB, fileB;
    QString reason; // translated: what matches
};

class DuplicateReport {
    Q_DECLARE_TR_FUNCTIONS(DuplicateReport)
public:
    static Result<QList<DuplicatePair>> find(storage::Database &db, int limit = 500);
};

} // namespace tamkeen::registry
