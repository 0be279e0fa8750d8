// Indicator 10, clinic activity: sessions per counsellor per week, the share
// of appointments not come to, and how long a household waited from its
// registration to its first session.
#include "impact/IndicatorSql.h"
#include "impact/Indicators.h"
#include "storage/Database.h"

#include <QHash>
#include <QMap>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

namespace {

struct Tally {
    QByteArray id;
    QList<QByteArray> sessions, kept, noShow;

    CounsellorActivity activity(const QString &name, qint64 days) const
    {
        return {id, name, sql::countedRows(u"sessions"_s, sessions), double(sessions.size()) * 7.0 / double(days),
                sql::countedRows(u"attended_or_no_show"_s, kept), sql::countedRows(u"no_show"_s, noShow)};
    }
};

} // namespace

Result<ClinicFigures> Indicators::clinic(const Period &period, const ImpactFilter &filter)
{
    // Sessions held and appointments due in the period (by their local day),
    // one row each: kind 's' or 'a', counsellor, household, appointment status.
    // The bounds on the whole text (from the first day, before the day after
    // the last) follow from the day's and let the (household, time) indexes
    // read the period only.
    QVariantList values;
    QString query = sql::withScope(filter, period.last(), &values);
    query += u" SELECT x.kind, x.counsellor_id, ifnull(u.full_name, ''), x.household_id, x.status FROM ("
             "SELECT 's' AS kind, s.counsellor_id, s.household_id, NULL AS status, scope.file_number "
             "FROM sessions s JOIN scope ON scope.id = s.household_id "
             "WHERE s.deleted = 0 AND s.held_at >= ? AND s.held_at < ? AND substr(s.held_at, 1, 10) BETWEEN ? AND ? "
             "UNION ALL SELECT 'a', a.counsellor_id, a.household_id, a.status, scope.file_number "
             "FROM appointments a JOIN scope ON scope.id = a.household_id "
             "WHERE a.deleted = 0 AND a.status IN ('attended', 'no_show') AND a.starts_at >= ? AND a.starts_at < ? "
             "AND substr(a.starts_at, 1, 10) BETWEEN ? AND ?"
             ") x LEFT JOIN users u ON u.id = x.counsellor_id ORDER BY x.file_number, x.household_id"_s;
    const QString dayAfter = period.last().addDays(1).toString(Qt::ISODate);
    for (int k = 0; k < 2; ++k)
        values << period.firstIso() << dayAfter << period.firstIso() << period.lastIso();
    // By counsellor id while reading (one lookup a row, no key built),
    // then in name order, ties by id.
    QHash<QByteArray, Tally> byId;
    QHash<QByteArray, QString> names;
    Tally total;
    Status s = m_db.read(query, values, [&](const storage::RawRow &row) {
        const QByteArray counsellor = row.blob(1);
        auto found = byId.find(counsellor);
        if (found == byId.end()) {
            found = byId.insert(counsellor, Tally{counsellor, {}, {}, {}});
            names.insert(counsellor, row.text(2));
        }
        const QByteArray household = row.blob(3);
        const bool session = row.text(0) == u"s";
        const bool noShow = !session && row.text(4) == u"no_show";
        for (Tally *x : {&found.value(), &total}) {
            if (session) {
                x->sessions << household;
            } else {
                x->kept << household;
                if (noShow)
                    x->noShow << household;
            }
        }
    });
    if (!s)
        return s.error();
    QMap<QString, const Tally *> byName; // name, then id: counsellors in name order
    for (auto it = byId.cbegin(); it != byId.cend(); ++it)
        byName.insert(names.value(it.key()) + QChar(0) + QString::fromLatin1(it.key().toHex()), &it.value());
    ClinicFigures r;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it)
        r.counsellors << it.value()->activity(it.key().section(QChar(0), 0, 0), period.days());
    r.total = total.activity({}, period.days());

    // Each household's first session ever (of any member), when it fell in the
    // period: the earliest live one by the (household, time) index, one short
    // look per household rather than grouping every session (the day of the
    // earliest time is the earliest day).
    values.clear();
    query = sql::withScope(filter, period.last(), &values);
    query += u" SELECT f.id, julianday(f.first_on) - julianday(h.registration_date) FROM ("
             "SELECT scope.id, scope.file_number, (SELECT substr(s.held_at, 1, 10) FROM sessions s "
             "WHERE s.household_id = scope.id AND s.deleted = 0 AND s.held_at IS NOT NULL "
             "ORDER BY s.held_at LIMIT 1) AS first_on FROM scope) f JOIN households h ON h.id = f.id "
             "WHERE f.first_on BETWEEN ? AND ? ORDER BY f.file_number, f.id"_s;
    values << period.firstIso() << period.lastIso();
    QList<QByteArray> first;
    QList<double> days;
    s = m_db.read(query, values, [&](const storage::RawRow &row) {
        first << row.blob(0);
        days << row.value(1).toDouble();
    });
    if (!s)
        return s.error();
    r.firstSessions = Figure::of(u"first_sessions"_s, first);
    r.medianDaysToFirstSession = median(days);
    return r;
}

} // namespace tamkeen::impact
