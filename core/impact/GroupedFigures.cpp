// The caseload and the exits grouped by centre, worker or track: each figure
// is one query whose rows carry their group, read once and split in order.
// The rules are those of Indicators::caseload and Indicators::exits.
#include "impact/GroupedFigures.h"

#include "impact/IndicatorSql.h"
#include "impact/Indicators.h"
#include "org/Identities.h"
#include "plans/PlanService.h"
#include "security/UserService.h"
#include "storage/Database.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

namespace {

// The extra common table (tracks) and the join giving each row of `alias`
// (with a household_id) its group as column `grp`; values appended in order.
struct GroupSql {
    QString cte;  // ", tracks(key) AS (VALUES …)" or empty
    QString join; // joined after FROM <alias>
};

GroupSql groupSql(GroupBy by, const QString &alias, const QStringList &trackKeys, QVariantList *values)
{
    switch (by) {
    case GroupBy::Centre:
        return {{}, u" JOIN households gh ON gh.id = %1.household_id"_s.arg(alias)};
    case GroupBy::Worker:
        return {{}, u" JOIN households gh ON gh.id = %1.household_id"_s.arg(alias)};
    case GroupBy::Track:
        break;
    }
    QStringList rows;
    for (const QString &k : trackKeys) {
        rows << u"(?)"_s;
        *values << k;
    }
    // Whole keys: instr on the comma-joined list, so no wildcard in a key matters.
    return {u", tracks(key) AS (VALUES %1)"_s.arg(rows.join(u", "_s)),
            u" LEFT JOIN tracks gt ON EXISTS (SELECT 1 FROM plans gp WHERE gp.household_id = %1.household_id "
            "AND gp.deleted = 0 AND instr(',' || gp.tracks || ',', ',' || gt.key || ',') > 0)"_s.arg(alias)};
}

QString groupColumn(GroupBy by)
{
    switch (by) {
    case GroupBy::Centre:
        return u"gh.centre_id"_s;
    case GroupBy::Worker:
        return u"gh.assigned_worker"_s;
    case GroupBy::Track:
        break;
    }
    return u"gt.key"_s;
}

// A group's key as read: ids as bytes, a track as text; null: none.
QByteArray groupOf(GroupBy by, const storage::RawRow &r)
{
    if (r.isNull(0))
        return {};
    return by == GroupBy::Track ? r.text(0).toUtf8() : r.blob(0);
}

} // namespace

QString GroupedFigures::title(GroupBy by)
{
    switch (by) {
    case GroupBy::Centre:
        return tr("By centre");
    case GroupBy::Worker:
        return tr("By worker");
    case GroupBy::Track:
        break;
    }
    return tr("By track");
}

Result<QList<GroupFigures>> GroupedFigures::compute(storage::Database &db, const Period &period,
                                                    const ImpactFilter &filter, GroupBy by)
{
    QStringList trackKeys;
    QHash<QByteArray, QString> names;
    QString none;
    switch (by) {
    case GroupBy::Centre: {
        auto centres = org::Identities::centres(db);
        if (!centres)
            return centres.error();
        for (const org::CentreRow &c : centres.value())
            names.insert(c.id, c.name.isEmpty() ? c.code : c.name);
        none = tr("No centre");
        break;
    }
    case GroupBy::Worker: {
        auto users = security::UserService(db).list();
        if (!users)
            return users.error();
        for (const security::UserRecord &u : users.value())
            names.insert(u.id, u.fullName.isEmpty() ? u.username : u.fullName);
        none = tr("No worker assigned");
        break;
    }
    case GroupBy::Track:
        for (const registry::Term &t : plans::PlanService(db).allTracks()) {
            trackKeys << t.key;
            names.insert(t.key.toUtf8(), t.label);
        }
        none = tr("No plan");
        break;
    }

    // Households supported on the last day, with their group: one query.
    QHash<QByteArray, QList<QByteArray>> supported, exits, positive;
    QList<QByteArray> seen; // groups in the order first met
    auto note = [&](const QByteArray &g) {
        if (!seen.contains(g))
            seen << g;
    };
    QVariantList values;
    QString query = sql::withScope(filter, period.last(), &values);
    query += sql::statusAt(period.last(), &values);
    GroupSql g = groupSql(by, u"a"_s, trackKeys, &values);
    query += g.cte;
    query += u" SELECT %1, a.household_id FROM status_at a%2 WHERE a.status IN %3 "
             "ORDER BY a.file_number, a.household_id"_s.arg(groupColumn(by), g.join, sql::supportedStatuses());
    Status s = db.read(query, values, [&](const storage::RawRow &r) {
        const QByteArray group = groupOf(by, r);
        note(group);
        supported[group] << r.blob(1);
    });
    if (!s)
        return s.error();

    // Households that left support in the period, by their last exit in it: one query.
    values.clear();
    query = sql::withScope(filter, period.last(), &values);
    g = groupSql(by, u"e"_s, trackKeys, &values);
    query += g.cte;
    query += u", last_exit(household_id, reason, file_number) AS (SELECT household_id, reason, file_number FROM ("
             "SELECT x.household_id, x.reason, scope.file_number, row_number() OVER ("
             "PARTITION BY x.household_id ORDER BY x.on_date DESC, x.created_at DESC, x.id DESC) AS rn "
             "FROM household_exits x JOIN scope ON scope.id = x.household_id "
             "WHERE x.deleted = 0 AND x.kind = 'exit' AND x.on_date BETWEEN ? AND ?) WHERE rn = 1)"_s;
    values << period.firstIso() << period.lastIso();
    query += u" SELECT %1, e.household_id, e.reason FROM last_exit e%2 ORDER BY e.file_number, e.household_id"_s.arg(
        groupColumn(by), g.join);
    s = db.read(query, values, [&](const storage::RawRow &r) {
        const QByteArray group = groupOf(by, r);
        note(group);
        exits[group] << r.blob(1);
        if (Indicators::isPositiveExit(r.text(2)))
            positive[group] << r.blob(1);
    });
    if (!s)
        return s.error();

    QList<GroupFigures> list;
    for (const QByteArray &group : std::as_const(seen)) {
        GroupFigures f;
        if (by == GroupBy::Track)
            f.key = QString::fromUtf8(group);
        else
            f.id = group;
        // A centre or worker no longer known (deleted) still has a line, by its place in the data.
        f.name = group.isEmpty() ? none : names.value(group, tr("Unknown"));
        f.supported = Figure::of(u"supported"_s, supported.value(group));
        f.exits = Figure::of(u"exits"_s, exits.value(group));
        f.positive = Figure::of(u"positive"_s, positive.value(group));
        list << f;
    }
    std::sort(list.begin(), list.end(), [](const GroupFigures &a, const GroupFigures &b) {
        if (a.isNone() != b.isNone())
            return b.isNone();
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return list;
}

} // namespace tamkeen::impact
