#pragma once
// The household list: filtered, sorted pages of rows, so that a list of 100,000
// households opens with one page and never loads the whole table.
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QVariantList>
#include <atomic>
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
    QVariantList key; // its place in the list's order, for the next page (pageAfter, pageBefore)
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
    Q_DECLARE_TR_FUNCTIONS(HouseholdList)
public:
    static Result<int> count(storage::Database &db, const HouseholdFilter &filter);
    // The whole list's length counted again: after writes made with the
    // triggers off (Database::TriggersOff, an import), which do not keep it.
    static Status recount(storage::Database &db);
    // Rows `offset` to `offset + limit`: SQLite steps over the rows before,
    // so deep pages cost more; for jumps, not for scrolling.
    static Result<QList<HouseholdRow>> page(storage::Database &db, const HouseholdFilter &filter, HouseholdSort sort,
                                            bool ascending, int offset, int limit);
    // The `limit` rows after the row whose key is `after` (empty: the first
    // rows), found in an index by that key however deep: what scrolling asks.
    // Rows added or removed elsewhere in the list move nothing: every row
    // comes once, in order.
    static Result<QList<HouseholdRow>> pageAfter(storage::Database &db, const HouseholdFilter &filter,
                                                 HouseholdSort sort, bool ascending, const QVariantList &after,
                                                 int limit);
    // The `limit` rows before the row whose key is `before` (empty: the last
    // rows), in the list's order.
    static Result<QList<HouseholdRow>> pageBefore(storage::Database &db, const HouseholdFilter &filter,
                                                  HouseholdSort sort, bool ascending, const QVariantList &before,
                                                  int limit);
    // The key of the row at `offset` (in the order `ascending` gives; empty
    // past the end): SQLite steps over `offset` entries of the sort's index,
    // never over rows. Where a jump starts from.
    static Result<QVariantList> keyAt(storage::Database &db, const HouseholdFilter &filter, HouseholdSort sort,
                                      bool ascending, int offset);
    // The key of every `every`th row (the last of each block of `every`), in
    // one pass over the sort's index: what lets a jump to any block start
    // from its edge's key. Once `*stop` it keeps no more (the caller drops it).
    static Result<QList<QVariantList>> marks(storage::Database &db, const HouseholdFilter &filter, HouseholdSort sort,
                                             bool ascending, int every, const std::atomic_bool *stop = nullptr);
    static Result<QStringList> regions(storage::Database &db);
    // Every row of the filtered list in one pass (for export), until `row` returns false.
    static Status forEach(storage::Database &db, const HouseholdFilter &filter, HouseholdSort sort, bool ascending,
                          const std::function<bool(const HouseholdExportRow &)> &row);
};

} // namespace tamkeen::registry
