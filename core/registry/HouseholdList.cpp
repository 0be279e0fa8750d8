#include "registry/HouseholdList.h"

#include "storage/Database.h"

#include <QSqlQuery>

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

QString orderBy(HouseholdSort sort, bool ascending)
{
    const QString dir = ascending ? u"ASC"_s : u"DESC"_s;
    switch (sort) {
    case HouseholdSort::HeadName: return u"f.head_key %1, f.file_number %1"_s.arg(dir);
    case HouseholdSort::Region: return u"f.region %1, f.city %1, f.file_number %1"_s.arg(dir);
    case HouseholdSort::Status: return u"f.status %1, f.file_number %1"_s.arg(dir);
    case HouseholdSort::Registered: return u"f.registered %1, f.file_number %1"_s.arg(dir);
    case HouseholdSort::Members: return u"f.members %1, f.file_number %1"_s.arg(dir);
    case HouseholdSort::FileNumber: break;
    }
    return u"f.file_number %1"_s.arg(dir);
}

const QString kFrom = u"FROM household_facts f"_s;

} // namespace

Result<int> HouseholdList::count(storage::Database &db, const HouseholdFilter &filter)
{
    QVariantList values;
    const QString w = where(filter, &values);
    auto n = db.scalar(u"SELECT count(*) %1 WHERE %2"_s.arg(kFrom, w), values);
    if (!n)
        return n.error();
    return n.value().toInt();
}

Result<QList<HouseholdRow>> HouseholdList::page(storage::Database &db, const HouseholdFilter &filter, HouseholdSort sort,
                                                bool ascending, int offset, int limit)
{
    QVariantList values;
    const QString w = where(filter, &values);
    values << limit << offset;
    auto q = db.exec(u"SELECT f.household_id, f.file_number, f.head_name, f.region, f.city, f.status, f.registered, "
                     "f.members, f.income, f.eligible %1 WHERE %2 ORDER BY %3 LIMIT ? OFFSET ?"_s.arg(kFrom, w,
                                                                                                     orderBy(sort, ascending)),
                     values);
    if (!q)
        return q.error();
    QList<HouseholdRow> rows;
    while (q.value()->next()) {
        const QSqlQuery *r = q.value();
        rows.append({r->value(0).toByteArray(), r->value(1).toString(), r->value(2).toString(), r->value(3).toString(),
                     r->value(4).toString(), r->value(5).toString(), QDate::fromString(r->value(6).toString(), Qt::ISODate),
                     r->value(7).toInt(), r->value(8).toDouble(), r->value(9).toBool()});
    }
    q.value()->finish();
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
                     "WHERE %2 ORDER BY %3"_s.arg(kFrom, w, orderBy(sort, ascending)),
                     values);
    if (!q)
        return q.error();
    HouseholdExportRow e;
    while (q.value()->next()) {
        const QSqlQuery *r = q.value();
        static_cast<HouseholdRow &>(e) = {r->value(0).toByteArray(), r->value(1).toString(), r->value(2).toString(),
                                          r->value(3).toString(), r->value(4).toString(), r->value(5).toString(),
                                          QDate::fromString(r->value(6).toString(), Qt::ISODate), r->value(7).toInt(),
                                          r->value(8).toDouble(), r->value(9).toBool()};
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
    auto q = db.exec(u"SELECT DISTINCT region FROM household_facts WHERE region IS NOT NULL ORDER BY region"_s);
    if (!q)
        return q.error();
    QStringList list;
    while (q.value()->next())
        list << q.value()->value(0).toString();
    q.value()->finish();
    return list;
}

} // namespace tamkeen::registry
