#pragma once
// The household list: filtered, sorted pages of rows, so that a list of 100,000
// households opens with one page and never loads the whole table.
#include "common/Result.h"

#include <QDate>
#include <functional>
#include <optional>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::registry {

struct HouseholdFilter {
    QString status;     // empty: any
    QString region;
    QByteArray worker;  // assigned worker
    QString category;
    std::optional<bool> eligible;
};

enum class HouseholdSort { FileNumber, HeadName, Region, Status, Registered, Members };

struct HouseholdRow {
    QByteArray id;
    QString fileNumber;
    QString headName;
    QString region;
    QString city;
    QString status;
    QDate registered;
    int members = 0;
    double income = 0;
    bool eligible = false;
};

// What an exported list adds to a row: the head's document and phone numbers.
struct HouseholdExportRow : HouseholdRow {
    QString district;
    QString phone;
    QString headIdType;
    QString headIdNumber;
    QString headPhone;
    QStringList categories;
};

class HouseholdList {
public:
    static Result<int> count(storage::Database &db, const HouseholdFilter &filter);
    static Result<QList<HouseholdRow>> page(storage::Database &db, const HouseholdFilter &filter, HouseholdSort sort,
                                            bool ascending, int offset, int limit);
    static Result<QStringList> regions(storage::Database &db);
    // Every row of the filtered list in one pass (for export), until `row` returns false.
    static Status forEach(storage::Database &db, const HouseholdFilter &filter, HouseholdSort sort, bool ascending,
                          const std::function<bool(const HouseholdExportRow &)> &row);
};

} // namespace tamkeen::registry
