#pragma once
// The "possible duplicates" report: pairs of members in different households who
// share an identity number, or whose names match part by part, for a supervisor
// to review. Pairs someone already judged different are left out. Also the file
// numbers that two households share (two laptops offline gave the same one).
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

// One file number held by several live households, oldest first.
struct SharedFileNumber {
    QString fileNumber;
    QList<QByteArray> households;
    QStringList heads; // each household's head, as the household list shows it
};

class DuplicateReport {
    Q_DECLARE_TR_FUNCTIONS(DuplicateReport)
public:
    static Result<QList<DuplicatePair>> find(storage::Database &db, int limit = 500);
    static Result<QList<SharedFileNumber>> sharedFileNumbers(storage::Database &db);
    // What a supervisor and an administrator do about one (translated): the
    // number is printed, so nothing renumbers it automatically.
    static QString sharedFileNumberAdvice();
};

} // namespace tamkeen::registry
