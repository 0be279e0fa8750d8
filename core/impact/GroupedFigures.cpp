// The caseload and the exits grouped by centre, worker or track: the
// households behind the caseload's and the exits' own figures, split by each
// household's group, so the bars add up to the tiles by construction.
#include "impact/GroupedFigures.h"

#include "impact/Indicators.h"
#include "org/Identities.h"
#include "plans/PlanService.h"
#include "security/UserService.h"
#include "storage/Database.h"

#include <QMap>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

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
    Indicators indicators(db);
    auto caseload = indicators.caseload(period, filter);
    if (!caseload)
        return caseload.error();
    auto exits = indicators.exits(period, filter);
    if (!exits)
        return exits.error();
    return group(db, caseload.value().supported, exits.value(), by);
}

Result<QList<GroupFigures>> GroupedFigures::group(storage::Database &db, const Figure &supportedOnLastDay,
                                                  const Exits &exitsInPeriod, GroupBy by)
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

    // Each household's group(s) as it is now: its centre or worker, or the
    // tracks of its plans (any status; only known tracks, whole keys of the
    // comma-joined list); none: the empty key. One read of a table.
    QHash<QByteArray, QList<QByteArray>> groupsOf;
    for (const Figure *f : {&supportedOnLastDay, &exitsInPeriod.total})
        for (const QByteArray &id : f->households)
            groupsOf.insert(id, {});
    Status s;
    if (by == GroupBy::Track) {
        s = db.read(u"SELECT household_id, tracks FROM plans WHERE deleted = 0 AND tracks IS NOT NULL"_s, {},
                    [&](const storage::RawRow &r) {
                        const auto it = groupsOf.find(r.rawBytes(0));
                        if (it == groupsOf.end())
                            return;
                        const QStringList keys = r.text(1).split(u',');
                        for (const QString &k : trackKeys)
                            if (keys.contains(k) && !it->contains(k.toUtf8()))
                                it->append(k.toUtf8());
                    });
        for (QList<QByteArray> &g : groupsOf) {
            std::sort(g.begin(), g.end(), [&](const QByteArray &a, const QByteArray &b) {
                return trackKeys.indexOf(QString::fromUtf8(a)) < trackKeys.indexOf(QString::fromUtf8(b));
            });
        }
    } else {
        const int column = by == GroupBy::Centre ? 1 : 2;
        s = db.read(u"SELECT id, centre_id, assigned_worker FROM households WHERE deleted = 0"_s, {},
                    [&](const storage::RawRow &r) {
            const auto it = groupsOf.find(r.rawBytes(0));
            if (it != groupsOf.end() && !r.isNull(column))
                it->append(r.blob(column));
        });
    }
    if (!s)
        return s.error();
    for (QList<QByteArray> &g : groupsOf)
        if (g.isEmpty())
            g << QByteArray();

    // Split in the figures' own order (by file number): groups in the order first met.
    QHash<QByteArray, QList<QByteArray>> supported, exits, positive;
    QList<QByteArray> seen;
    const QSet<QByteArray> positiveIds(exitsInPeriod.positive.households.cbegin(),
                                       exitsInPeriod.positive.households.cend());
    for (const QByteArray &id : supportedOnLastDay.households)
        for (const QByteArray &group : groupsOf.value(id)) {
            if (!seen.contains(group))
                seen << group;
            supported[group] << id;
        }
    for (const QByteArray &id : exitsInPeriod.total.households)
        for (const QByteArray &group : groupsOf.value(id)) {
            if (!seen.contains(group))
                seen << group;
            exits[group] << id;
            if (positiveIds.contains(id))
                positive[group] << id;
        }

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
