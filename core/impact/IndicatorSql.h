#pragma once
// SQL shared by the indicators (internal to core/impact): the households in
// scope and each household's status on a day, as common table expressions.
#include "impact/Figure.h"
#include "impact/ImpactFilter.h"

#include <QHash>
#include <QStringList>

namespace tamkeen::impact::sql {

// "WITH scope(id, file_number) AS (…)"
QString withScope(const ImpactFilter &filter, const QDate &ageOn, QVariantList *values);
// ", status_at(household_id, status, file_number) AS (…)": the status of each
// household in scope on `day`, from its dated history (the latest change on
// or before the day; same-day changes in the order they were made). A
// household registered after `day` has none.
QString statusAt(const QDate &day, QVariantList *values);
// The statuses that mean "receiving support" (active, re-entered).
QString supportedStatuses();

// A figure whose value counts rows (plans, goals, tasks, referrals, members,
// sessions) while its households are those rows' households, once each, in
// the order first met.
Figure countedRows(const QString &key, const QList<QByteArray> &householdPerRow);

// Households grouped by key: one figure per key of `keys` in that order (zero
// when none), then any key the data holds that `keys` lacks (a newer version's).
class Grouping {
public:
    void add(const QString &key, const QByteArray &household) { m_lists[key] << household; }
    void addAll(const QString &key, const QList<QByteArray> &households) { m_lists[key] << households; }
    // A key's households all at once, kept packed (added to any already there).
    void addAll(const QString &key, const HouseholdSet &households);
    QList<Figure> figures(const QStringList &keys) const;

private:
    QHash<QString, QList<QByteArray>> m_lists;
    QHash<QString, HouseholdSet> m_sets; // keys of neither list nor set more than once
};

} // namespace tamkeen::impact::sql
