#include "registry/HouseholdList.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace tamkeen::registry {

namespace {

// The WHERE clause (fixed text) and its bound values.
QString where(const HouseholdFilter &f, QVariantList *values)
{
    QStringList terms = {u"1 = 1"_s};
    if (!f.status.isEmpty()) {
        terms << u"f.status = ?"_s;
        *values << f.status;
    }
    if (!f.region.isEmpty()) {
        terms << u"f.region = ?"_s;
        *values << f.region;
    }
    if (!f.worker.isEmpty()) {
        terms << u"f.worker = ?"_s;
        *values << f.worker;
    }
    if (!f.category.isEmpty()) {
        terms << u"(',' || f.categories || ',') LIKE ?"_s;
        *values << u"%,"_s + f.category + u",%"_s;
    }
    if (f.eligible) {
        terms << u"f.eligible = ?"_s;
        *values << (*f.eligible ? 1 : 0);
    }
    return terms.join(u" AND "_s);
}

// The columns a sort orders by; the file number and the household's id make
// the order total (every index on household_facts ends with them). A leading
// column the filter fixes is left out: the same order, and the key then
// follows the equality in the index (status = ? AND (file_number, id) > …),
// which SQLite can only range over when the key starts after it.
QStringList sortColumns(const HouseholdFilter &filter, HouseholdSort sort)
{
    if (sort == HouseholdSort::Status && !filter.status.isEmpty())
        return {u"f.file_number"_s, u"f.household_id"_s};
    if (sort == HouseholdSort::Region && !filter.region.isEmpty())
        return {u"f.city"_s, u"f.file_number"_s, u"f.household_id"_s};
    switch (sort) {
    case HouseholdSort::HeadName: return {u"f.head_key"_s, u"f.file_number"_s, u"f.household_id"_s};
    case HouseholdSort::Region: return {u"f.region"_s, u"f.city"_s, u"f.file_number"_s, u"f.household_id"_s};
    case HouseholdSort::Status: return {u"f.status"_s, u"f.file_number"_s, u"f.household_id"_s};
    case HouseholdSort::Registered: return {u"f.registered"_s, u"f.file_number"_s, u"f.household_id"_s};
    case HouseholdSort::Members: return {u"f.members"_s, u"f.file_number"_s, u"f.household_id"_s};
    case HouseholdSort::FileNumber: break;
    }
    return {u"f.file_number"_s, u"f.household_id"_s};
}

QString orderBy(const HouseholdFilter &filter, HouseholdSort sort, bool ascending)
{
    QStringList terms;
    for (const QString &c : sortColumns(filter, sort))
        terms << c + (ascending ? u" ASC"_s : u" DESC"_s);
    return terms.join(u", "_s);
}

const QString kFrom = u"FROM household_facts f"_s;
const QString kColumns = u"f.household_id, f.file_number, f.head_name, f.region, f.city, f.status, f.registered, "
                         "f.members, f.income, f.eligible"_s;

HouseholdRow rowOf(const QSqlQuery &r, int keys)
{
    HouseholdRow row{r.value(0).toByteArray(), r.value(1).toString(), r.value(2).toString(), r.value(3).toString(),
                     r.value(4).toString(), r.value(5).toString(), QDate::fromString(r.value(6).toString(), Qt::ISODate),
                     r.value(7).toInt(), r.value(8).toDouble(), r.value(9).toBool(), {}};
    for (int i = 0; i < keys; ++i)
        row.key << r.value(10 + i);
    return row;
}

// The list's rows a query selects: kColumns, then `keys` sort columns.
Result<QList<HouseholdRow>> readRows(storage::Database &db, const QString &sql, const QVariantList &values, int keys)
{
    auto q = db.exec(sql, values);
    if (!q)
        return q.error();
    QList<HouseholdRow> rows;
    while (q.value()->next())
        rows.append(rowOf(*q.value(), keys));
    q.value()->finish();
    return rows;
}

// The rows after `bound` in the order `ascending` gives (all from the start
// when `bound` is empty): a range of the sort's index, by row value.
Result<QList<HouseholdRow>> seek(storage::Database &db, const HouseholdFilter &filter, HouseholdSort sort,
                                 bool ascending, const QVariantList &bound, int limit)
{
    const QStringList keys = sortColumns(filter, sort);
    QVariantList values;
    QString w = where(filter, &values);
    if (!bound.isEmpty()) {
        if (bound.size() != keys.size())
            return makeError(ErrorCode::Invalid, HouseholdList::tr("This place in the list belongs to another order."));
        QStringList marks;
        for (int i = 0; i < keys.size(); ++i)
            marks << u"?"_s;
        w += u" AND (%1) %2 (%3)"_s.arg(keys.join(u", "_s), ascending ? u">"_s : u"<"_s, marks.join(u", "_s));
        values += bound;
    }
    values << limit;
    return readRows(db,
                    u"SELECT %1, %2 %3 WHERE %4 ORDER BY %5 LIMIT ?"_s.arg(kColumns, keys.join(u", "_s), kFrom, w,
                                                                         orderBy(filter, sort, ascending)),
                    values, int(keys.size()));
}

} // namespace

Result<int> HouseholdList::count(storage::Database &db, const HouseholdFilter &filter)
{
    QVariantList values;
    const QString w = where(filter, &values);
    // The whole list: its length as triggers keep it (migration 032).
    auto n = values.isEmpty() ? db.scalar(u"SELECT n FROM household_facts_count"_s)
                              : db.scalar(u"SELECT count(*) %1 WHERE %2"_s.arg(kFrom, w), values);
    if (!n)
        return n.error();
    return n.value().toInt();
}

Status HouseholdList::recount(storage::Database &db)
{
    return db.write(u"UPDATE household_facts_count SET n = (SELECT count(*) FROM household_facts)"_s, {});
}

Result<QList<HouseholdRow>> HouseholdList::page(storage::Database &db, const HouseholdFilter &filter, HouseholdSort sort,
                                                bool ascending, int offset, int limit)
{
    const QStringList keys = sortColumns(filter, sort);
    QVariantList values;
    const QString w = where(filter, &values);
    values << limit << offset;
    return readRows(db,
                    u"SELECT %1, %2 %3 WHERE %4 ORDER BY %5 LIMIT ? OFFSET ?"_s.arg(kColumns, keys.join(u", "_s), kFrom,
                                                                                  w, orderBy(filter, sort, ascending)),
                    values, int(keys.size()));
}

Result<QVariantList> HouseholdList::keyAt(storage::Database &db, const HouseholdFilter &filter, HouseholdSort sort,
                                          bool ascending, int offset)
{
    const QStringList keys = sortColumns(filter, sort);
    QVariantList values;
    const QString w = where(filter, &values);
    values << offset;
    QVariantList key;
    const Status s = db.read(u"SELECT %1 %2 WHERE %3 ORDER BY %4 LIMIT 1 OFFSET ?"_s.arg(keys.join(u", "_s), kFrom, w,
                                                                                      orderBy(filter, sort, ascending)),
                             values, [&](const storage::RawRow &r) {
                                 for (int i = 0; i < keys.size(); ++i)
                                     key << r.value(i);
                             });
    if (!s)
        return s.error();
    return key;
}

Result<QList<QVariantList>> HouseholdList::marks(storage::Database &db, const HouseholdFilter &filter,
                                                 HouseholdSort sort, bool ascending, int every,
                                                 const std::atomic_bool *stop)
{
    const QStringList keys = sortColumns(filter, sort);
    QVariantList values;
    const QString w = where(filter, &values);
    QList<QVariantList> marks;
    int n = 0;
    const Status s = db.readWhile(u"SELECT %1 %2 WHERE %3 ORDER BY %4"_s.arg(keys.join(u", "_s), kFrom, w,
                                                                           orderBy(filter, sort, ascending)),
                                  values, [&](const storage::RawRow &r) {
                                      if (++n % every != 0)
                                          return true;
                                      QVariantList key;
                                      for (int i = 0; i < keys.size(); ++i)
                                          key << r.value(i);
                                      marks << key;
                                      return !(stop && *stop);
                                  });
    if (!s)
        return s.error();
    return marks;
}

Result<QList<HouseholdRow>> HouseholdList::pageAfter(storage::Database &db, const HouseholdFilter &filter,
                                                     HouseholdSort sort, bool ascending, const QVariantList &after,
                                                     int limit)
{
    return seek(db, filter, sort, ascending, after, limit);
}

Result<QList<HouseholdRow>> HouseholdList::pageBefore(storage::Database &db, const HouseholdFilter &filter,
                                                      HouseholdSort sort, bool ascending, const QVariantList &before,
                                                      int limit)
{
    // The rows after it in the other order, turned back.
    auto rows = seek(db, filter, sort, !ascending, before, limit);
    if (rows)
        std::reverse(rows.value().begin(), rows.value().end());
    return rows;
}

Status HouseholdList::forEach(storage::Database &db, const HouseholdFilter &filter, HouseholdSort sort, bool ascending,
                              const std::function<bool(const HouseholdExportRow &)> &row)
{
    QVariantList values;
    const QString w = where(filter, &values);
    auto q = db.exec(u"SELECT f.household_id, f.file_number, f.head_name, f.region, f.city, f.status, f.registered, "
                     "f.members, f.income, f.eligible, h.district, h.phone, m.id_type, m.id_number, m.phone, f.categories "
                     "%1 JOIN households h ON h.id = f.household_id "
                     "LEFT JOIN members m ON m.household_id = f.household_id AND m.relation = 'head' AND m.deleted = 0 "
                     "WHERE %2 ORDER BY %3"_s.arg(kFrom, w, orderBy(filter, sort, ascending)),
                     values);
    if (!q)
        return q.error();
    HouseholdExportRow e;
    while (q.value()->next()) {
        const QSqlQuery *r = q.value();
        static_cast<HouseholdRow &>(e) = rowOf(*r, 0);
        e.district = r->value(10).toString();
        e.phone = r->value(11).toString();
        e.headIdType = r->value(12).toString();
        e.headIdNumber = r->value(13).toString();
        e.headPhone = r->value(14).toString();
        e.categories = r->value(15).toString().split(u',', Qt::SkipEmptyParts);
        if (!row(e))
            break;
    }
    q.value()->finish();
    return {};
}

Result<QStringList> HouseholdList::regions(storage::Database &db)
{
    auto q = db.exec(u"SELECT DISTINCT region FROM household_facts WHERE region <> '' ORDER BY region"_s);
    if (!q)
        return q.error();
    QStringList list;
    while (q.value()->next())
        list << q.value()->value(0).toString();
    q.value()->finish();
    return list;
}

} // namespace tamkeen::registry
