#include "impact/IndicatorCache.h"

#include "impact/Indicators.h"
#include "storage/Database.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

QString scopeKey(const QString &sql, const QVariantList &values)
{
    QString key = sql;
    for (const QVariant &v : values)
        key += u'\x1f' + QString::number(v.typeId()) + u':' + v.toString() + u':' + QString::fromLatin1(v.toByteArray().toHex());
    return key;
}

qint32 PlansInScope::find(const QByteArray &id) const
{
    const std::string_view key(id.constData(), size_t(id.size()));
    const auto it = std::lower_bound(byId.begin(), byId.end(), key,
                                     [&](qint32 k, std::string_view v) { return ids.view(k) < v; });
    return it != byId.end() && ids.view(*it) == key ? *it : -1;
}

void PlansInScope::index()
{
    byId.resize(plans.size());
    for (qint32 k = 0; k < qint32(byId.size()); ++k)
        byId[size_t(k)] = k;
    std::sort(byId.begin(), byId.end(), [&](qint32 a, qint32 b) { return ids.view(a) < ids.view(b); });
}

bool PlansInScope::approvedBy(qint32 at, const QByteArray &day) const
{
    const char type = plans[size_t(at)].approvedType;
    return type == 'i' || type == 'r'
           || (type == 't' && approvedOn.view(at) <= std::string_view(day.constData(), size_t(day.size())));
}

std::pair<qint64, qint64> Indicators::stamp()
{
    qint64 changes = -1, version = -1;
    const Status a = m_db.read(u"SELECT total_changes()"_s, {}, [&](const storage::RawRow &r) { changes = r.integer(0); });
    const Status b = m_db.read(u"PRAGMA data_version"_s, {}, [&](const storage::RawRow &r) { version = r.integer(0); });
    // Inside a transaction a later rollback would undo rows read here without
    // a trace in either number: nothing is kept past the call then.
    if (!a || !b || changes < 0 || version < 0 || m_db.inTransaction())
        return {-1, -1};
    return {changes, version};
}

IndicatorCache &Indicators::cache()
{
    const bool first = !m_cache;
    if (first)
        m_cache = std::make_shared<IndicatorCache>();
    const auto [changes, version] = stamp();
    if (changes < 0 || changes != m_cache->totalChanges || version != m_cache->dataVersion) {
        // What the other thread read may be older than this commit (also at
        // this object's first look: the other may have read before it;
        // not again and again inside one transaction).
        if (m_shared && (first || changes >= 0 || m_cache->totalChanges >= 0))
            m_shared->changed();
        *m_cache = IndicatorCache();
        m_cache->totalChanges = changes;
        m_cache->dataVersion = version;
    }
    return *m_cache;
}

bool Indicators::keepsCurrent()
{
    // Every group reads a scope first: none kept, nothing was read (a
    // dashboard given up before its first group).
    return m_cache && m_cache->totalChanges >= 0 && !m_cache->scopes.isEmpty()
           && stamp() == std::pair{m_cache->totalChanges, m_cache->dataVersion};
}

bool Indicators::keepsAny() const
{
    return m_cache && !m_cache->scopes.isEmpty();
}

void Indicators::forgetScopes()
{
    if (!m_cache)
        return;
    IndicatorCache &c = *m_cache;
    c.histories.clear();
    c.exitEvents.clear();
    c.exitHistories.clear();
    c.referralHistories.clear();
    c.scopes.clear();
    c.plans.clear();
    c.planEvents.clear();
    c.firstSessions.clear();
}

Result<std::shared_ptr<const StatusHistory>> Indicators::statusHistory(const ImpactFilter &filter, const QDate &ageOn)
{
    return keptByScope(&IndicatorCache::histories, filter, ageOn,
                       [&](const std::shared_ptr<const ScopeOrder> &scope) -> Result<std::shared_ptr<const StatusHistory>> {
                           auto facts = statusFacts(*scope);
                           if (!facts)
                               return facts.error();
                           return StatusHistory::load(m_db, *scope, facts.value().get());
                       });
}

Result<std::shared_ptr<const ScopeOrder>> Indicators::scopeOrder(const ImpactFilter &filter, const QDate &ageOn)
{
    QVariantList values;
    const QString key = scopeKey(filter.scopeSql(ageOn, &values), values);
    IndicatorCache &c = cache();
    if (auto it = c.scopes.constFind(key); it != c.scopes.constEnd())
        return *it;
    const std::pair before{c.totalChanges, c.dataVersion};
    auto loaded = readOnce<ScopeOrder>(SharedReads::scoped(u"scope"_s, key), before,
                                       [&] { return ScopeOrder::load(m_db, filter, ageOn); });
    if (!loaded)
        return loaded.error();
    if (stamp() == before) // else read after a commit `c` has not seen
        c.scopes.insert(key, loaded.value());
    return loaded.value();
}

Result<std::shared_ptr<const IncomeHistory>> Indicators::incomeHistory(bool needed)
{
    if (!needed) {
        static const auto none = std::make_shared<const IncomeHistory>();
        return none;
    }
    IndicatorCache &c = cache();
    if (c.incomes)
        return c.incomes;
    const std::pair before{c.totalChanges, c.dataVersion};
    auto loaded = readOnce<IncomeHistory>(u"incomes"_s, before, [&] { return IncomeHistory::load(m_db); });
    if (!loaded)
        return loaded.error();
    if (stamp() == before)
        c.incomes = loaded.value();
    return loaded;
}

Result<std::shared_ptr<const ExitHistory>> Indicators::exitHistory(const ImpactFilter &filter, const QDate &ageOn)
{
    return keptByScope(&IndicatorCache::exitHistories, filter, ageOn,
                       [&](const std::shared_ptr<const ScopeOrder> &scope) { return ExitHistory::load(m_db, scope); });
}

Result<std::shared_ptr<const ReferralHistory>> Indicators::referralHistory(const ImpactFilter &filter, const QDate &ageOn)
{
    return keptByScope(&IndicatorCache::referralHistories, filter, ageOn,
                       [&](const std::shared_ptr<const ScopeOrder> &scope) -> Result<std::shared_ptr<const ReferralHistory>> {
                           auto facts = referralFacts(*scope);
                           if (!facts)
                               return facts.error();
                           return ReferralHistory::load(m_db, scope, facts.value().get());
                       });
}

// Nobody in scope: every figure is empty whatever the facts hold, and none
// are read (a filter that matches nothing read every kind for nothing).
template<typename T>
Result<std::shared_ptr<const T>> Indicators::keptFacts(std::shared_ptr<const T> IndicatorCache::*kept,
                                                      bool IndicatorCache::*read, const ScopeOrder &scope)
{
    if (scope.size() == 0) {
        static const auto none = std::make_shared<const T>();
        return none;
    }
    return keptFacts(kept, read);
}

template<typename T>
Result<std::shared_ptr<const T>> Indicators::keptFacts(std::shared_ptr<const T> IndicatorCache::*kept,
                                                      bool IndicatorCache::*read)
{
    IndicatorCache &c = cache();
    if (c.*read)
        return c.*kept;
    const std::pair before{c.totalChanges, c.dataVersion};
    auto loaded = readOnce<T>(sharedTag<T>(), before, [&] { return T::load(m_db); });
    if (!loaded)
        return loaded.error();
    if (stamp() == before) {
        c.*kept = loaded.value();
        c.*read = true;
    }
    return loaded;
}

Status Indicators::readPlanFactsAhead()
{
    auto facts = keptFacts(&IndicatorCache::planFacts, &IndicatorCache::planFactsRead);
    return facts ? Status() : Status(facts.error());
}

Status Indicators::readStatusFactsAhead()
{
    auto facts = keptFacts(&IndicatorCache::statusFacts, &IndicatorCache::statusFactsRead);
    if (!facts)
        return facts.error();
    auto able = keptFacts(&IndicatorCache::ableMembers, &IndicatorCache::ableMembersRead);
    return able ? Status() : Status(able.error());
}

Status Indicators::readStatusHistory(const ImpactFilter &filter, const QDate &ageOn)
{
    auto history = statusHistory(filter, ageOn);
    return history ? Status() : Status(history.error());
}

Result<std::shared_ptr<const AbleMembers>> Indicators::ableMembers(const ScopeOrder &scope)
{
    return keptFacts(&IndicatorCache::ableMembers, &IndicatorCache::ableMembersRead, scope);
}

Result<std::shared_ptr<const ClinicFacts>> Indicators::clinicFacts(const ScopeOrder &scope)
{
    return keptFacts(&IndicatorCache::clinicFacts, &IndicatorCache::clinicFactsRead, scope);
}

Result<std::shared_ptr<const ReferralFacts>> Indicators::referralFacts(const ScopeOrder &scope)
{
    return keptFacts(&IndicatorCache::referralFacts, &IndicatorCache::referralFactsRead, scope);
}

Result<std::shared_ptr<const PlanFacts>> Indicators::planFacts(const ScopeOrder &scope)
{
    return keptFacts(&IndicatorCache::planFacts, &IndicatorCache::planFactsRead, scope);
}

Result<std::shared_ptr<const StatusFacts>> Indicators::statusFacts(const ScopeOrder &scope)
{
    return keptFacts(&IndicatorCache::statusFacts, &IndicatorCache::statusFactsRead, scope);
}

// The period's exits (a household once per month it left in, by its first exit
// that month) with the first re-entry after each, read in one query and kept
// for sustained exits and the re-entry rate alike.
Result<QList<ExitEvent>> Indicators::exitEvents(const Period &period, const ImpactFilter &filter)
{
    QVariantList values;
    const QString key = scopeKey(filter.scopeSql(period.last(), &values), values) + u'\x1e' + period.firstIso()
                        + u'\x1e' + period.lastIso();
    IndicatorCache &c = cache();
    if (auto it = c.exitEvents.constFind(key); it != c.exitEvents.constEnd())
        return *it;
    // Kept only when nothing changed while it was read (as keptByScope):
    // a list read before a commit elsewhere is not kept as what came after it.
    const std::pair stamp{c.totalChanges, c.dataVersion};
    const auto keep = [&](const QList<ExitEvent> &list) {
        if (IndicatorCache &now = cache(); std::pair{now.totalChanges, now.dataVersion} == stamp && stamp.first >= 0)
            now.exitEvents.insert(key, list);
    };
    auto scoped = scopeOrder(filter, period.last());
    if (!scoped)
        return scoped.error();
    const ScopeOrder &scope = *scoped.value();
    auto history = exitHistory(filter, period.last());
    if (!history)
        return history.error();
    if (const ExitHistory *h = history.value().get()) {
        // By file number, then date: each household's first exit of each
        // month of the period, and the first re-entry after it.
        QList<ExitEvent> list;
        const qint64 from = period.first().toJulianDay(), to = period.last().toJulianDay();
        h->forEachHousehold([&](qint32 rank, const ExitHistory::Event *begin, const ExitHistory::Event *end) {
            int taken = -1; // the month of the cohort taken last (dates ascend)
            for (const ExitHistory::Event *e = begin; e != end; ++e) {
                if (e->reentry || e->day < from || e->day > to)
                    continue;
                const QDate on = QDate::fromJulianDay(e->day);
                if (const int month = on.year() * 12 + on.month(); month != taken)
                    taken = month;
                else
                    continue;
                const ExitHistory::Event *back = std::find_if(e + 1, end, [](const auto &n) { return n.reentry; });
                list << ExitEvent{h->scope().id(rank), on, back != end ? QDate::fromJulianDay(back->day) : QDate(),
                                  back != end ? h->reasons().at(back->reason) : QString()};
            }
        });
        keep(list);
        return list;
    }
    // Households out of scope are left out as read; the rest by file number,
    // then household id and date.
    struct Event {
        qint32 household;
        ExitEvent event;
    };
    std::vector<Event> events;
    Status s = m_db.read(
        u"WITH cohort AS (SELECT household_id, on_date, created_at, id FROM ("
        "SELECT x.household_id, x.on_date, x.created_at, x.id, row_number() OVER ("
        "PARTITION BY x.household_id, substr(x.on_date, 1, 7) ORDER BY x.on_date, x.created_at, x.id) AS rn "
        "FROM household_exits x WHERE x.deleted = 0 AND x.kind = 'exit' AND x.on_date BETWEEN ? AND ?) WHERE rn = 1) "
        "SELECT c.household_id, c.on_date, r.on_date, r.reason FROM cohort c "
        "LEFT JOIN household_exits r ON r.id = ("
        "SELECT n.id FROM household_exits n WHERE n.household_id = c.household_id AND n.deleted = 0 "
        "AND n.kind = 'reentry' AND (n.on_date, n.created_at, n.id) > (c.on_date, c.created_at, c.id) "
        "ORDER BY n.on_date, n.created_at, n.id LIMIT 1)"_s,
        {period.firstIso(), period.lastIso()}, [&](const storage::RawRow &r) {
            const qint32 household = scope.rank(r.rawBytes(0));
            if (household < 0)
                return;
            events.push_back({household, {r.blob(0), QDate::fromString(r.text(1), Qt::ISODate),
                                          r.isNull(2) ? QDate() : QDate::fromString(r.text(2), Qt::ISODate),
                                          r.text(3)}});
        });
    if (!s)
        return s.error();
    std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        return a.household != b.household ? a.household < b.household : a.event.on < b.event.on;
    });
    QList<ExitEvent> list;
    list.reserve(qsizetype(events.size()));
    for (Event &e : events)
        list << std::move(e.event);
    keep(list);
    return list;
}

} // namespace tamkeen::impact
