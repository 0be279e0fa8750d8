// The caseload and the exits grouped by centre, worker or track: the
// households behind the caseload's and the exits' own figures, split by each
// household's group, so the bars add up to the tiles by construction.
#include "impact/GroupedFigures.h"

#include "impact/IdIndex.h"
#include "impact/Indicators.h"
#include "impact/ScopeOrder.h"
#include "org/Identities.h"
#include "plans/PlanService.h"
#include "security/UserService.h"
#include "storage/Database.h"

#include <QHash>

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
    auto scope = indicators.scope(filter, period.last());
    if (!scope)
        return scope.error();
    return group(db, caseload.value().supported, exits.value(), by, scope.value().get());
}

Result<QList<GroupFigures>> GroupedFigures::group(storage::Database &db, const Figure &supportedOnLastDay,
                                                  const Exits &exitsInPeriod, GroupBy by, const ScopeOrder *scope)
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

    // The households of the three figures (packed: a million households' ids
    // in one buffer, no allocation per household), found by a hash (IdIndex:
    // an id held twice is at its first place; sorted and searched, the ids'
    // comparisons were a third of the bars' time).
    const Figure *figures[] = {&supportedOnLastDay, &exitsInPeriod.total, &exitsInPeriod.positive};
    // Of the scope: each household's group as the scope read it (the same
    // columns of the same rows, at the moment the figures were counted).
    const bool fromScope = scope && scope->keepsGroups() && by != GroupBy::Track
                           && std::all_of(std::begin(figures), std::end(figures),
                                          [&](const Figure *f) { return f->households.placesIn(scope->ids()); });
    HouseholdIds known;
    if (!fromScope)
        for (const Figure *f : figures)
            f->households.forEachId([&](qsizetype, std::string_view id) {
                known.append(QByteArray::fromRawData(id.data(), qsizetype(id.size())));
            });
    IdIndex index;
    index.build(known);
    // The household's place in `known`, or -1.
    const auto slotOf = [&](std::string_view id) { return index.find(known, id); };

    // Each household's group(s) as it is now: its centre or worker (as the
    // scope read them, or one read of households), or the tracks of its plans
    // (any status; only known tracks, whole keys of the comma-joined list);
    // none: the empty key.
    QList<QByteArray> keys; // the groups met, by index
    QHash<QByteArray, qint32> keyIndex;
    const auto groupIndex = [&](const QByteArray &key) {
        auto it = keyIndex.constFind(key);
        if (it == keyIndex.cend()) {
            it = keyIndex.insert(key, qint32(keys.size()));
            keys << key;
        }
        return *it;
    };
    std::vector<qint32> groupOfSlot(size_t(known.size()), -1);       // by centre or worker
    std::vector<QList<qint32>> tracksOfSlot;                 // by track: indexes in trackKeys, in their order
    Status s;
    if (by == GroupBy::Track) {
        tracksOfSlot.resize(size_t(known.size()));
        s = db.read(u"SELECT household_id, tracks FROM plans WHERE deleted = 0 AND tracks IS NOT NULL"_s, {},
                    [&](const storage::RawRow &r) {
                        const QByteArray id = r.rawBytes(0);
                        const qint32 slot = slotOf(std::string_view(id.constData(), size_t(id.size())));
                        if (slot < 0)
                            return;
                        const QStringList given = r.text(1).split(u',');
                        QList<qint32> &tracks = tracksOfSlot[size_t(slot)];
                        for (qint32 t = 0; t < qint32(trackKeys.size()); ++t)
                            if (given.contains(trackKeys.at(t)) && !tracks.contains(t))
                                tracks << t;
                    });
        for (QList<qint32> &tracks : tracksOfSlot)
            std::sort(tracks.begin(), tracks.end());
    } else if (!fromScope) {
        const int column = by == GroupBy::Centre ? 1 : 2;
        s = db.read(u"SELECT id, centre_id, assigned_worker FROM households WHERE deleted = 0"_s, {},
                    [&](const storage::RawRow &r) {
                        const QByteArray id = r.rawBytes(0);
                        const qint32 slot = slotOf(std::string_view(id.constData(), size_t(id.size())));
                        if (slot >= 0 && !r.isNull(column))
                            groupOfSlot[size_t(slot)] = groupIndex(r.blob(column));
                    });
    }
    if (!s)
        return s.error();
    // Groups by index in `keys` (none is the empty key), each met once
    // (`seen`, in the order first met; a flag per group, not a search per
    // household: a centre may have hundreds of workers).
    qint32 noneGroup = -1;
    const auto noneIndex = [&] {
        if (noneGroup < 0)
            noneGroup = groupIndex(QByteArray());
        return noneGroup;
    };
    std::vector<qint32> trackGroup(size_t(trackKeys.size()), -1);
    const auto groupOfTrack = [&](qint32 t) {
        if (trackGroup[size_t(t)] < 0)
            trackGroup[size_t(t)] = groupIndex(trackKeys.at(t).toUtf8());
        return trackGroup[size_t(t)];
    };
    QList<qint32> seen;
    std::vector<char> met;
    const auto meet = [&](qint32 g) {
        if (size_t(g) >= met.size())
            met.resize(size_t(g) + 1, 0);
        if (!met[size_t(g)]) {
            met[size_t(g)] = 1;
            seen << g;
        }
    };

    // Split each figure in its own order (by file number): groups in the order
    // first met, the caseload's households first, then the exits'.
    std::vector<std::vector<HouseholdSet>> split(3); // per figure, per group index
    for (int k = 0; k < 3; ++k) {
        const HouseholdSet &households = figures[k]->households;
        if (fromScope) {
            // A place in the scope's names, to a group once each.
            std::vector<qint32> groupOfName(size_t(scope->groupNames().size()), -1);
            std::vector<qint32> groupOf(size_t(households.size()));
            households.forEachRank(scope->ids(), [&](qsizetype position, qint32 rank) {
                const qint32 name = by == GroupBy::Centre ? scope->centreOf(rank) : scope->workerOf(rank);
                qint32 g;
                if (name < 0) {
                    g = noneIndex();
                } else {
                    qint32 &known = groupOfName[size_t(name)];
                    if (known < 0)
                        known = groupIndex(scope->groupNames().at(name));
                    g = known;
                }
                if (k < 2)
                    meet(g);
                groupOf[size_t(position)] = g;
            });
            split[size_t(k)] = households.split(groupOf, keys.size());
            continue;
        }
        if (by != GroupBy::Track) {
            std::vector<qint32> groupOf(size_t(households.size()));
            households.forEachId([&](qsizetype position, std::string_view id) {
                const qint32 slot = slotOf(id);
                const qint32 g = slot >= 0 && groupOfSlot[size_t(slot)] >= 0 ? groupOfSlot[size_t(slot)] : noneIndex();
                if (k < 2)
                    meet(g);
                groupOf[size_t(position)] = g;
            });
            split[size_t(k)] = households.split(groupOf, keys.size());
            continue;
        }
        // By track a household may be in several groups: one split per group,
        // from each position's place in `known` (its tracks, or none).
        std::vector<qint32> slotAt(size_t(households.size()));
        households.forEachId([&](qsizetype position, std::string_view id) {
            const qint32 slot = slotOf(id);
            slotAt[size_t(position)] = slot;
            const QList<qint32> noTracks;
            const QList<qint32> &tracks = slot >= 0 ? tracksOfSlot[size_t(slot)] : noTracks;
            if (tracks.isEmpty())
                noneIndex();
            if (k < 2) {
                for (qint32 t : tracks)
                    meet(groupOfTrack(t));
                if (tracks.isEmpty())
                    meet(noneIndex());
            }
        });
        split[size_t(k)].resize(size_t(keys.size()));
        for (qint32 g = 0; g < qint32(keys.size()); ++g) {
            std::vector<qint32> in(slotAt.size());
            for (size_t i = 0; i < slotAt.size(); ++i) {
                const qint32 slot = slotAt[i];
                const bool noTrack = slot < 0 || tracksOfSlot[size_t(slot)].isEmpty();
                bool inGroup = noTrack && g == noneGroup;
                if (!noTrack)
                    for (qint32 t : tracksOfSlot[size_t(slot)])
                        inGroup = inGroup || trackGroup[size_t(t)] == g;
                in[i] = inGroup ? 0 : -1;
            }
            split[size_t(k)][size_t(g)] = households.split(in, 1).front();
        }
    }

    QList<GroupFigures> list;
    for (qint32 g : std::as_const(seen)) {
        const QByteArray &group = keys.at(g);
        GroupFigures f;
        if (by == GroupBy::Track)
            f.key = QString::fromUtf8(group);
        else
            f.id = group;
        // A centre or worker no longer known (deleted) still has a line, by its place in the data.
        f.name = group.isEmpty() ? none : names.value(group, tr("Unknown"));
        const auto part = [&](int k) {
            return size_t(g) < split[size_t(k)].size() ? split[size_t(k)][size_t(g)] : HouseholdSet();
        };
        f.supported = Figure::of(u"supported"_s, part(0));
        f.exits = Figure::of(u"exits"_s, part(1));
        f.positive = Figure::of(u"positive"_s, part(2));
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
