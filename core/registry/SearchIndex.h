#pragma once
// The local search index over households and members: kept up to date by the
// registry services and imports, rebuilt whole when the normalizer's rules
// change (IndexRebuild). Finding a family: file number, any member's name, ID
// or phone.
#include "common/Result.h"
#include "registry/Records.h"

#include <QList>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::registry {

struct SearchHit {
    QByteArray householdId;
    QString fileNumber;
    QString headName;
    QByteArray memberId;  // the member that matched; empty when the household itself did
    QString memberName;
    bool exactName = false;
};

// What the index and the household list show of a household: enough to write
// their rows without reading the household back.
struct IndexedHousehold {
    QByteArray id;
    QString fileNumber;
    QString phone;
    QString region;
    QString city;
    QString status;
    QDate registered;
    QByteArray worker;
    QString categories; // as stored: keys joined by commas
    QList<Member> members;  // not archived
    QList<Income> incomes;  // every change, oldest first
};

class SearchIndex {
public:
    static Status reindexHousehold(storage::Database &db, const QByteArray &householdId);
    // Many households in one transaction.
    static Status reindexHouseholds(storage::Database &db, const QList<QByteArray> &householdIds);
    // Households just created (imports, generators), from the data the caller
    // already has: no row is read back.
    static Status indexNew(storage::Database &db, const QList<IndexedHousehold> &households);
    // The list's eligibility column under the rule in force, in one statement:
    // a new rule changes no name, so nothing else is rewritten (a rebuild of
    // 100,000 households took 17 s, in one write transaction).
    static Status refreshEligibility(storage::Database &db);
    // An income recorded ahead of its date (a contract that ends next month)
    // comes into force as days pass: the list rows of households with such a
    // change since the list last caught up are worked out again. At login and
    // when the day changes; nothing to do on a day it has already run.
    static Status catchUpIncomes(storage::Database &db, const QDate &today);
    // Best first: exact name matches, then full-text rank. Every query word must
    // match the start of a word (prefix search); Arabic spellings are folded.
    static Result<QList<SearchHit>> search(storage::Database &db, const QString &query, int limit = 50);
};

} // namespace tamkeen::registry
