#include "impact/IndicatorSql.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace tamkeen::impact::sql {

QString withScope(const ImpactFilter &filter, const QDate &ageOn, QVariantList *values)
{
    return u"WITH scope(id, file_number) AS (%1)"_s.arg(filter.scopeSql(ageOn, values));
}

QString statusAt(const QDate &day, QVariantList *values)
{
    *values << day.toString(Qt::ISODate);
    // One pass over the history rows on or before the day (index
    // household_status(household_id, effective_date)), not a query per household.
    return u", status_at(household_id, status, file_number) AS ("
           "SELECT household_id, status, file_number FROM ("
           "SELECT s.household_id, s.status, scope.file_number, row_number() OVER ("
           "PARTITION BY s.household_id ORDER BY s.effective_date DESC, s.created_at DESC, s.id DESC) AS rn "
           "FROM household_status s JOIN scope ON scope.id = s.household_id "
           "WHERE s.deleted = 0 AND s.effective_date <= ?) WHERE rn = 1)"_s;
}

QString supportedStatuses()
{
    return u"('active', 'reentered')"_s;
}

Figure countedRows(const QString &key, const QList<QByteArray> &householdPerRow)
{
    QList<QByteArray> households;
    QSet<QByteArray> seen;
    for (const QByteArray &id : householdPerRow) {
        if (!seen.contains(id)) {
            seen.insert(id);
            households << id;
        }
    }
    Figure f = Figure::of(key, households);
    f.value = householdPerRow.size();
    return f;
}

void Grouping::addAll(const QString &key, const HouseholdSet &households)
{
    if (!m_lists.contains(key) && !m_sets.contains(key))
        m_sets.insert(key, households);
    else
        m_lists[key] << households.toList();
}

QList<Figure> Grouping::figures(const QStringList &keys) const
{
    // A key's set first, then what was added to it later as ids.
    const auto of = [&](const QString &k) {
        const auto set = m_sets.constFind(k);
        if (set == m_sets.cend())
            return Figure::of(k, m_lists.value(k));
        return m_lists.contains(k) ? Figure::of(k, set->toList() + m_lists.value(k)) : Figure::of(k, *set);
    };
    QList<Figure> list;
    for (const QString &k : keys)
        list << of(k);
    QStringList extra;
    for (const QString &k : m_lists.keys() + m_sets.keys()) {
        if (!keys.contains(k))
            extra << k;
    }
    extra.removeDuplicates();
    extra.sort();
    for (const QString &k : std::as_const(extra))
        list << of(k);
    return list;
}

} // namespace tamkeen::impact::sql
