#include "impact/DashboardEngine.h"

#include "impact/DashboardGroups.h"
#include "impact/IndicatorCache.h"
#include "impact/SharedReads.h"
#include "storage/Database.h"

#include <atomic>
#include <optional>

namespace tamkeen::impact {

// A thread with a connection of its own (opened in it on first use, closed in
// it at the end: a connection never crosses threads) and the Indicators that
// keep what it read. Runs one job at a time.
class DashboardEngine::Worker {
public:
    using Job = std::function<void(Worker &)>;

    Worker(QString path, std::shared_ptr<SharedReads> shared)
        : m_path(std::move(path)), m_shared(std::move(shared)), m_thread([this] { loop(); })
    {
    }
    ~Worker()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }

    void post(Job job)
    {
        {
            std::lock_guard lock(m_mutex);
            m_job = std::move(job);
            m_busy = true;
        }
        m_changed.notify_all();
    }
    void wait()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_busy; });
    }

    // In the thread only.
    Result<storage::Database *> database()
    {
        if (!m_db) {
            auto db = storage::Database::openAnother(m_path);
            if (!db)
                return db.error();
            m_db = std::move(db).value();
            m_indicators = std::make_unique<Indicators>(*m_db);
            m_indicators->share(m_shared);
        }
        return m_db.get();
    }
    Indicators &indicators() { return *m_indicators; }
    bool keepsCurrent() { return m_indicators && m_indicators->keepsCurrent(); }
    bool keepsAny() { return m_indicators && m_indicators->keepsAny(); }
    // What it keeps is of one filter at a time: the one before is dropped
    // when another comes (only for what this worker keeps: it may have sat
    // out dashboards the other ran alone).
    void keepOnly(const QString &scope)
    {
        if (scope != m_scope)
            m_indicators->forgetScopes();
        m_scope = scope;
    }
    // After a failure: opened again, nothing kept, next time.
    void drop()
    {
        m_indicators.reset();
        m_db.reset();
        m_scope.clear();
    }

private:
    void loop()
    {
        for (;;) {
            Job job;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return m_stop || m_job; });
                if (!m_job)
                    break;
                job = std::move(m_job);
                m_job = nullptr;
            }
            job(*this);
            {
                std::lock_guard lock(m_mutex);
                m_busy = false;
            }
            m_changed.notify_all();
        }
        drop();
    }

    QString m_path;
    std::shared_ptr<SharedReads> m_shared;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<Indicators> m_indicators;
    QString m_scope; // the filter whose households m_indicators keeps
    std::mutex m_mutex;
    std::condition_variable m_changed;
    Job m_job;
    bool m_busy = false;
    bool m_stop = false;
    std::thread m_thread; // last: started once the rest is ready
};

DashboardEngine::DashboardEngine(QString path)
    : m_path(std::move(path)), m_shared(std::make_shared<SharedReads>()), m_lastWorker(dashboard::groups().size(), -1)
{
    for (auto &w : m_workers)
        w = std::make_unique<Worker>(m_path, m_shared);
}

DashboardEngine::~DashboardEngine() = default;

bool DashboardEngine::keepsCurrent()
{
    std::unique_lock computing(m_computing, std::try_to_lock);
    if (!computing.owns_lock())
        return true;
    // Either thread may have run every group (the other late to start, on a
    // busy machine): what each kept must be current, and one kept something.
    bool current = true, any = false;
    for (int k = 0; k < 2; ++k) { // a worker never opened keeps nothing
        m_workers[k]->post([&](Worker &w) {
            if (w.keepsAny()) {
                any = true;
                current = current && w.keepsCurrent();
            }
        });
        m_workers[k]->wait();
    }
    return any && current;
}

Result<DashboardData> DashboardEngine::compute(const Period &period, const ImpactFilter &filter, const QDate &asOf,
                                               const security::Session *reader, GroupBy groupBy,
                                               const std::function<bool()> &wanted)
{
    auto before = period.previous();
    if (!before)
        return before.error();
    std::lock_guard computing(m_computing);
    const auto cancelled = [&] { return wanted && !wanted(); };
    if (cancelled())
        return makeError(ErrorCode::Cancelled, QString());
    const dashboard::Request q{period, before.value(), filter, asOf, reader, groupBy};
    QVariantList values;
    const QString scope = scopeKey(filter.scopeSql(period.last(), &values), values);

    // The first worker stores the kept facts of the households changed since
    // (before either reads them) and says how large the file is.
    Status opened;
    bool many = false;
    m_workers[0]->post([&](Worker &w) {
        auto db = w.database();
        if (!db) {
            opened = db.error();
            return;
        }
        dashboard::storeKeptFacts(*db.value());
        many = dashboard::manyHouseholds(*db.value());
    });
    m_workers[0]->wait();
    if (!opened)
        return opened.error();
    const int threads = 2;
    // Each thread looks for commits (its own stamp) before either reads: one
    // that noticed a commit while the other was reading would drop what the
    // other read for both (SharedReads::changed).
    for (int k = 0; k < threads; ++k) {
        m_workers[k]->post([&](Worker &w) {
            auto db = w.database();
            if (!db)
                opened = db.error();
            else
                w.indicators().noticeCommits();
        });
        m_workers[k]->wait();
    }
    if (!opened)
        return opened.error();
    if (cancelled()) // what was kept of the last filter stays
        return makeError(ErrorCode::Cancelled, QString());
    // What both threads read of the households is kept for this filter and,
    // up to 300,000 households, for the whole file too: the supervisor comes
    // back to it from each centre (its histories took 590-680 ms to read
    // again); households by age on the last day of either period.
    QStringList scopes;
    for (const QDate &ageOn : {period.last(), before.value().last()}) {
        for (const ImpactFilter &f : many ? QList<ImpactFilter>{filter} : QList<ImpactFilter>{filter, ImpactFilter()}) {
            QVariantList values;
            scopes << scopeKey(f.scopeSql(ageOn, &values), values);
        }
    }
    m_shared->keepScopes(scopes);

    // Two threads take the groups as they finish, the first from the front
    // (the plans' group first), the second from the back (DashboardGroups.cpp
    // says why that order): on two cores this nearly halves the wait. The
    // first always starts with the first group; after it each
    // takes first a group it ran the time before, so that, as long as the
    // timings do not shift much, a group comes back to the thread that kept
    // what it read. Each thread reads its own consistent
    // snapshot; a write committed meanwhile could show in some groups only,
    // as after a refresh.
    const std::span<const dashboard::Group> groups = dashboard::groups();
    std::mutex taking;
    std::vector<bool> taken(groups.size(), false);
    const auto take = [&](int k) -> std::optional<size_t> {
        std::lock_guard lock(taking);
        if (k == 0 && !taken[0]) { // the heaviest always starts first
            taken[0] = true;
            m_lastWorker[0] = 0;
            return size_t(0);
        }
        std::optional<size_t> any, own;
        for (size_t n = 0; n < groups.size(); ++n) {
            const size_t g = k == 0 ? n : groups.size() - 1 - n;
            if (taken[g])
                continue;
            if (!any)
                any = g;
            if (!own && m_lastWorker[g] == k)
                own = g;
        }
        const std::optional<size_t> g = own ? own : any;
        if (g) {
            taken[*g] = true;
            m_lastWorker[*g] = k;
        }
        return g;
    };
    DashboardData d;
    std::atomic<bool> failed{false};
    std::atomic<bool> barsReady{false}, barsTaken{false};
    std::atomic<int> barsPending{0}; // groups the bars need, not done yet
    for (size_t g = 0; g < groups.size(); ++g)
        barsPending += dashboard::neededByBars(g) ? 1 : 0;
    Status result[2];
    for (int k = 0; k < threads; ++k)
        m_workers[k]->post([&, k](Worker &w) {
            auto db = w.database();
            Status s = db ? Status() : Status(db.error());
            if (s) {
                storage::Database &conn = *db.value();
                // Large only while computing: pages read for one period are
                // not read (and, encrypted, opened) again for the other. In a
                // very large file smaller than the connection's own: its
                // pages are read once (dashboardCacheKiB).
                storage::Database::BulkCache cache(conn, dashboard::dashboardCacheKiB(conn), true);
                // Not wanted before it began: what was kept of the last filter stays.
                if (cancelled())
                    s = makeError(ErrorCode::Cancelled, QString());
                else
                    w.keepOnly(scope);
                Indicators &indicators = w.indicators();
                // The second thread reads the kept plans first (the first
                // thread's first group needs them after the households in
                // scope and the incomes; the second's groups need the
                // households in scope, which the first is reading meanwhile).
                // Only ahead: a failure here is the figures' to report, if
                // they need the plans at all (a filter may match nobody).
                // In a file of more than 300,000 households it reads the
                // kept status facts and the able members too (read whole
                // whatever the filter), which the caseload and work need.
                if (s && k == 1 && !cancelled()) {
                    (void)indicators.readPlanFactsAhead();
                    if (many && !cancelled())
                        (void)indicators.readStatusFactsAhead();
                }
                while (s && !failed) {
                    if (cancelled()) {
                        s = makeError(ErrorCode::Cancelled, QString());
                        break;
                    }
                    const std::optional<size_t> g = take(k);
                    if (!g)
                        break;
                    s = groups[*g](conn, indicators, q, d);
                    if (s && dashboard::neededByBars(*g) && barsPending.fetch_sub(1) == 1)
                        barsReady = true;
                }
                if (!s)
                    failed = true;
                // The first thread with no group left once the bars' figures
                // are in draws them, while the other may still compute (they
                // came after both before); the thread that
                // computed those figures looks too when it has none left, so
                // they are always drawn.
                if (s && !failed && barsReady && !barsTaken.exchange(true))
                    s = dashboard::bars(conn, w.indicators(), q, d);
            } else {
                failed = true;
            }
            if (!s && s.error().code != ErrorCode::Cancelled)
                w.drop();
            result[k] = s;
        });
    for (int k = 0; k < threads; ++k)
        m_workers[k]->wait();
    for (int k = 0; k < threads; ++k)
        if (!result[k])
            return result[k].error();
    return d;
}

} // namespace tamkeen::impact
