// Indicator 1, caseload: the status of each household on the period's last day
// from its dated history, its members as they are now, and registrations.
// The history and the member counts are read once per Indicators object
// (IndicatorCache); by SQL only when the history holds a date not in ISO form.
#include "impact/IndicatorCache.h"
#include "impact/IndicatorSql.h"
#include "impact/Indicators.h"
#include "registry/Vocabulary.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

namespace {
QStringList statusKeys()
{
    QStringList keys;
    for (const registry::Term &t : registry::Vocabulary::statuses())
        keys << t.key;
    return keys;
}
} // namespace

Result<Caseload> Indicators::caseload(const Period &period, const ImpactFilter &filter)
{
    Caseload c;
    sql::Grouping households;
    QHash<QString, qint64> members;
    sql::Grouping withMembers;
    QList<QByteArray> supported;
    HouseholdSet supportedSet; // from the history: packed
    const auto add = [&](const QByteArray &id, const QString &status, qint64 n) {
        households.add(status, id);
        members[status] += n;
        if (n > 0)
            withMembers.add(status, id);
        if (status == u"active" || status == u"reentered")
            supported << id;
    };
    auto history = statusHistory(filter, period.last());
    if (!history)
        return history.error();
    const StatusHistory *h = history.value().get();
    if (h) {
        // By status first: one hash look-up per status, not per household;
        // the households as their places in scope (HouseholdSet).
        const qsizetype n = h->statusNames().size();
        std::vector<std::vector<qint32>> byStatus(n), withAny(n);
        std::vector<qint64> memberSums(n, 0);
        std::vector<qint32> supportedRanks;
        std::vector<bool> isSupported;
        for (const QString &name : h->statusNames())
            isSupported.push_back(name == u"active" || name == u"reentered");
        h->forEachOn(period.last(), [&](qsizetype i, int status) {
            byStatus[status].push_back(qint32(i));
            memberSums[status] += h->members(i);
            if (h->members(i) > 0)
                withAny[status].push_back(qint32(i));
            if (isSupported[status])
                supportedRanks.push_back(qint32(i)); // by file number across both statuses
        });
        for (qsizetype k = 0; k < n; ++k) {
            if (byStatus[k].empty())
                continue; // a status of other days only: no figure of its own, as by SQL
            const QString &status = h->statusNames().at(k);
            households.addAll(status, HouseholdSet::ofRanks(h->ids(), byStatus[k]));
            members[status] += memberSums[k];
            if (!withAny[k].empty())
                withMembers.addAll(status, HouseholdSet::ofRanks(h->ids(), withAny[k]));
        }
        supportedSet = HouseholdSet::ofRanks(h->ids(), supportedRanks);
    } else {
        // Two statements: the values must be appended in the order of the text.
        QVariantList values;
        QString query = sql::withScope(filter, period.last(), &values);
        query += sql::statusAt(period.last(), &values);
        query += u" SELECT a.household_id, a.status, "
                 "(SELECT count(*) FROM members m WHERE m.household_id = a.household_id AND m.deleted = 0) "
                 "FROM status_at a ORDER BY a.file_number, a.household_id"_s;
        Status s = m_db.read(query, values,
                             [&](const storage::RawRow &r) { add(r.blob(0), r.text(1), r.integer(2)); });
        if (!s)
            return s.error();
    }
    const QStringList keys = statusKeys();
    c.households = households.figures(keys);
    c.members = withMembers.figures(keys);
    for (Figure &f : c.members)
        f.value = members.value(f.key);
    c.supported = h ? Figure::of(u"supported"_s, supportedSet) : Figure::of(u"supported"_s, supported);

    HouseholdSet registered;
    if (h) {
        registered = h->registeredBetween(period.first(), period.last());
    } else {
        QVariantList values;
        QString query = sql::withScope(filter, period.last(), &values);
        query += u" SELECT h.id FROM households h JOIN scope ON scope.id = h.id "
                 "WHERE h.registration_date BETWEEN ? AND ? ORDER BY h.file_number, h.id"_s;
        values << period.firstIso() << period.lastIso();
        QList<QByteArray> ids;
        Status s = m_db.read(query, values, [&](const storage::RawRow &r) { ids << r.blob(0); });
        if (!s)
            return s.error();
        registered = std::move(ids);
    }
    c.registered = Figure::of(u"registered"_s, registered);
    return c;
}

} // namespace tamkeen::impact
