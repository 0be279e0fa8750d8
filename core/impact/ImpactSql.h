#pragma once
// SQL pieces the impact queries share, so a figure means the same everywhere.
#include <QString>

namespace tamkeen::impact::sql {

// The monthly income of household `h` in force on `date` (an SQL expression):
// per member and source the latest change on or before it, as IncomeService
// does; `where` narrows the incomes counted (e.g. to one source).
inline QString incomeAt(const QString &date, const QString &where = QString())
{
    return QStringLiteral("(SELECT coalesce(sum(i.amount), 0) FROM incomes i WHERE i.household_id = h.id "
                          "AND i.deleted = 0 AND i.amount > 0 AND i.effective_date <= %1 %2 AND NOT EXISTS (SELECT 1 "
                          "FROM incomes j WHERE j.household_id = i.household_id AND j.deleted = 0 AND j.source = i.source "
                          "AND j.member_id IS i.member_id AND j.effective_date <= %1 AND (j.effective_date > "
                          "i.effective_date OR (j.effective_date = i.effective_date AND j.created_at > i.created_at))))")
        .arg(date, where);
}

// The name of household `h`'s head, as the lists show it.
inline QString headName()
{
    return QStringLiteral("(SELECT given_name || ifnull(' ' || nullif(father_name, ''), '') || ifnull(' ' || "
                          "nullif(grandfather_name, ''), '') || ifnull(' ' || nullif(family_name, ''), '') FROM members "
                          "WHERE household_id = h.id AND relation = 'head' AND deleted = 0 LIMIT 1)");
}

// Households within a scope: ?5 the centre, ?6 the worker (NULL: any).
inline QString scope()
{
    return QStringLiteral(" AND h.deleted = 0 AND (?5 IS NULL OR h.centre_id = ?5) "
                          "AND (?6 IS NULL OR h.assigned_worker = ?6) ");
}

} // namespace tamkeen::impact::sql
