#pragma once
// The dashboards of one database file, one after another, on two threads that
// keep their connections and what they read (IndicatorCache: the kept facts,
// the histories of the last filter) from one dashboard to the next. A
// supervisor changes the filter, the period or the bars' grouping many times
// a visit; each dashboard after the first reads only what changed: nothing
// when no commit came in between (IndicatorCache empties itself on any), the
// new filter's households when only the filter changed.
//
// What is kept is of one filter at a time (the one before is dropped when
// another comes), and the connections' page caches are large only while a
// dashboard is computed. Owned by the window that shows the dashboards; its
// destructor closes the connections in their own threads.
#include "impact/DashboardData.h"

#include <QString>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace tamkeen::impact {

class SharedReads;

class DashboardEngine {
public:
    explicit DashboardEngine(QString path);
    ~DashboardEngine();
    DashboardEngine(const DashboardEngine &) = delete;
    DashboardEngine &operator=(const DashboardEngine &) = delete;

    // Exactly what computeDashboard(path, …) gives; callable from any thread,
    // one dashboard at a time (a second caller waits for the first).
    // `wanted`, when given, is asked once the caller's turn has come and
    // between groups, from the engine's threads: false (a newer request came,
    // the window closes) stops with ErrorCode::Cancelled, nothing more read.
    Result<DashboardData> compute(const Period &period, const ImpactFilter &filter, const QDate &asOf,
                                  const security::Session *reader = nullptr, GroupBy groupBy = GroupBy::Centre,
                                  const std::function<bool()> &wanted = {});

    // False when a commit came in since the last dashboard (or none was
    // computed): the next would read from nothing. True while one is being
    // computed. The window reads ahead again when the dashboard is hidden.
    bool keepsCurrent();

private:
    class Worker;
    QString m_path;
    std::shared_ptr<SharedReads> m_shared; // what both threads read once
    std::mutex m_computing; // one dashboard at a time
    std::unique_ptr<Worker> m_workers[2];
    std::vector<int> m_lastWorker; // per group: the worker that ran it last (-1: none yet)
};

} // namespace tamkeen::impact
