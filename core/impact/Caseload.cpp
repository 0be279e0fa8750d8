// Indicator 1, caseload: the status of each household on the period's last day
// from its dated history, its members as they are now, and registrations.
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
    QVariantList values;
    // Two statements: the values must be appended in the order of the text.
    QString query = sql::withScope(filter, period.last(), &values);
    query += sql::statusAt(period.last(), &values);
    query += u" SELECT a.household_id, a.status, "
             "(SELECT count(*) FROM members m WHERE m.household_id = a.household_id AND m.deleted = 0) "
             "FROM status_at a ORDER BY a.file_number, a.household_id"_s;
    sql::Grouping households;
    QHash<QString, qint64> members;
    sql::Grouping withMembers;
    QList<QByteArray> supported;
    Status s = m_db.read(query, values, [&](const storage::RawRow &r) {
        const QByteArray id = r.blob(0);
        const QString status = r.text(1);
        const qint64 n = r.integer(2);
        households.add(status, id);
        members[status] += n;
        if (n > 0)
            withMembers.add(status, id);
        if (status == u"active" || status == u"reentered")
            supported << id;
    });
    if (!s)
        return s.error();
    const QStringList keys = statusKeys();
    c.households = households.figures(keys);
    c.members = withMembers.figures(keys);
    for (Figure &f : c.members)
        f.value = members.value(f.key);
    c.supported = Figure::of(u"supported"_s, supported);

    values.clear();
    query = sql::withScope(filter, period.last(), &values);
    query += u" SELECT h.id FROM households h JOIN scope ON scope.id = h.id "
             "WHERE h.registration_date BETWEEN ? AND ? ORDER BY h.file_number, h.id"_s;
    values << period.firstIso() << period.lastIso();
    QList<QByteArray> registered;
    s = m_db.read(query, values, [&](const storage::RawRow &r) { registered << r.blob(0); });
    if (!s)
        return s.error();
    c.registered = Figure::of(u"registered"_s, registered);
    return c;
}

} // namespace tamkeen::impact
