#pragma once
// What one Indicators object has read and may read again (internal to
// core/impact): the dashboard asks for the same status history (with member counts)
// and exit cohorts many times over (two periods, twelve months). Everything is
// dropped as soon as the database has changed (a write on this connection or a
// commit on another), so a figure is never computed from stale rows.
#include "impact/AbleMembers.h"
#include "impact/ClinicFacts.h"
#include "impact/ReferralFacts.h"
#include "impact/PlanFacts.h"
#include "impact/StatusFacts.h"
#include "impact/ExitHistory.h"
#include "impact/IncomeHistory.h"
#include "impact/Indicators.h"
#include "impact/ReferralHistory.h"
#include "impact/ScopeOrder.h"
#include "impact/SharedReads.h"
#include "impact/StatusHistory.h"

#include <QDate>
#include <QHash>
#include <memory>
#include <typeinfo>

namespace tamkeen::impact {

struct ExitEvent {
    QByteArray household;
    QDate on;
    QDate reentryOn; // invalid when none
    QString reentryReason;

    // Came back within `months` of the exit, as known on `asOf`.
    bool reenteredWithin(int months, const QDate &asOf) const
    {
        return reentryOn.isValid() && reentryOn <= asOf && reentryOn <= on.addMonths(months);
    }
};

// The live plans of the households in one scope, read once for both periods
// and the months' trend; packed (a million plans: no allocation per plan).
struct PlansInScope {
    std::shared_ptr<const ScopeOrder> scope; // the one read with (not the caller's, should the data have changed)
    struct Plan {
        qint32 household;  // its place in `scope`
        char idType;       // typeof(id)'s first letter: a goal's plan is joined by value and type
        char approvedType; // typeof(approved_on)'s: 'n'ull, 'i'nteger, 'r'eal, 't'ext, 'b'lob
    };
    std::vector<Plan> plans;
    HouseholdIds ids;        // each plan's id as stored, in `plans` order
    HouseholdIds approvedOn; // approved_on when text, else empty
    std::vector<qint32> byId; // places in `plans`, by id bytes

    // The place of the plan `id` (its bytes), or -1 when not in scope.
    qint32 find(const QByteArray &id) const;
    // approved_on <= day, as SQLite compares the stored value with text:
    // never when null, always for a number, byte by byte for text, never for a blob.
    bool approvedBy(qint32 at, const QByteArray &day) const;
    // Fills byId once every plan is in.
    void index();
};

// The live events of the plans in scope, compact, for every day asked (the
// periods' last days, the months' ends), where each day was a walk of the
// table. A plan's status on a day is its last event on or before that day
// that may be its latest (not "active", or at or after its first approval).
struct PlanEvents {
    std::shared_ptr<const PlansInScope> plans; // the places of `ranges`
    using Event = PlanDayEvent; // its status an index in `statuses`
    std::vector<std::pair<qint32, qint32>> ranges; // per place in plans->plans: its events
    std::vector<Event> events;
    QStringList statuses;
    int active = -1; // index of "active" in `statuses`

    using OnDay = PlanOnDay;
    OnDay on(qint32 place, qint32 day) const
    {
        const auto [from, to] = ranges[size_t(place)];
        return planOnDay(events.data() + from, events.data() + to, day, active);
    }
};

// Each household's first session ever (its Julian day, 0: none), by place in `scope`.
struct FirstSessions {
    std::shared_ptr<const ScopeOrder> scope;
    std::vector<qint64> days;
};

// Each kept plan's member among the members able to work (its place in
// `able`, -1: not able), found once for both periods: work() sorted every
// plan's member id each time.
struct AblePlanMembers {
    std::shared_ptr<const PlanFacts> facts; // held: what `places` was made of
    std::shared_ptr<const AbleMembers> able;
    std::vector<qint32> places; // by PlanFacts::place()
};

struct IndicatorCache {
    qint64 totalChanges = -1; // SELECT total_changes(): writes on this connection
    qint64 dataVersion = -1;  // PRAGMA data_version: commits by other connections
    // By scope (its SQL and values); null when the history cannot be read
    // without SQL (a date not in ISO form).
    QHash<QString, std::shared_ptr<const StatusHistory>> histories;
    QHash<QString, QList<ExitEvent>> exitEvents;       // by scope and period
    // By scope; null when the exits must be read by SQL (a date not in ISO form).
    QHash<QString, std::shared_ptr<const ExitHistory>> exitHistories;
    // By scope; null when the referrals must be read by SQL.
    QHash<QString, std::shared_ptr<const ReferralHistory>> referralHistories;
    QHash<QString, std::shared_ptr<const ScopeOrder>> scopes; // by scope
    std::shared_ptr<const IncomeHistory> incomes;             // null until read
    QHash<QString, std::shared_ptr<const PlansInScope>> plans; // by scope
    QHash<QString, std::shared_ptr<const PlanEvents>> planEvents; // by scope; null: walked by SQL
    QHash<QString, std::shared_ptr<const FirstSessions>> firstSessions; // by scope
    std::shared_ptr<const AbleMembers> ableMembers;           // null until read, or when by SQL
    bool ableMembersRead = false;
    std::shared_ptr<const ClinicFacts> clinicFacts; // null until read, or when by SQL
    bool clinicFactsRead = false;
    std::shared_ptr<const ReferralFacts> referralFacts; // null until read, or when by SQL
    bool referralFactsRead = false;
    std::shared_ptr<const StatusFacts> statusFacts; // null until read, or when by SQL
    bool statusFactsRead = false;
    std::shared_ptr<const PlanFacts> planFacts; // null until read, or when by SQL
    bool planFactsRead = false;
    std::shared_ptr<const AblePlanMembers> ablePlanMembers; // null until work() makes it
};

// The key of a scope: its SQL and the values bound to it.
QString scopeKey(const QString &sql, const QVariantList &values);

// The tag of what is kept of type T in SharedReads.
template<typename T>
QString sharedTag()
{
    return QString::fromLatin1(typeid(T).name());
}

template<typename T, typename Load>
Result<std::shared_ptr<const T>> Indicators::readOnce(const QString &key, std::pair<qint64, qint64> before, Load &&load)
{
    if (!m_shared || before.first < 0)
        return load();
    return m_shared->get<T>(key, std::function<Result<std::shared_ptr<const T>>()>(std::forward<Load>(load)),
                            [&] { return stamp() == before; });
}

template<typename T, typename Load>
Result<std::shared_ptr<const T>> Indicators::keptByScope(QHash<QString, std::shared_ptr<const T>> IndicatorCache::*kept,
                                                         const ImpactFilter &filter, const QDate &ageOn, Load &&load)
{
    QVariantList values;
    const QString key = scopeKey(filter.scopeSql(ageOn, &values), values);
    // One look at the cache: a second could empty it under the iterator.
    IndicatorCache &c = cache();
    const auto &held = c.*kept;
    if (auto it = held.constFind(key); it != held.constEnd())
        return *it;
    // Taken before the scope is: a scope read after a commit this stamp has
    // not seen makes what is read with it not kept.
    const std::pair before{c.totalChanges, c.dataVersion};
    auto scoped = scopeOrder(filter, ageOn);
    if (!scoped)
        return scoped.error();
    auto value = readOnce<T>(SharedReads::scoped(sharedTag<T>(), key), before, [&]() -> Result<std::shared_ptr<const T>> {
        Result<std::shared_ptr<const T>> loaded = load(scoped.value());
        if (!loaded && loaded.error().code != ErrorCode::Invalid)
            return loaded.error();
        return loaded ? loaded.value() : nullptr; // null: by SQL
    });
    if (!value)
        return value.error();
    // Kept only when nothing changed while it was read: what `load` read
    // before a commit elsewhere is not kept as what came after it (cache()
    // empties itself then, and its stamp is no longer `before`).
    if (IndicatorCache &now = cache(); before.first >= 0 && std::pair{now.totalChanges, now.dataVersion} == before)
        (now.*kept).insert(key, value.value());
    return value;
}

} // namespace tamkeen::impact
