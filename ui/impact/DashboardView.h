#pragma once
// The supervisors' dashboard (issue 14 §2): the period and centre, a tile per
// indicator (1-11; wellbeing only for those who may see it) with the change
// against the previous period, the
// survival curve of sustained exits and exits by month. Computed off the UI
// thread by a DashboardEngine, which keeps what it read from one dashboard to
// the next; a newer request supersedes an older one.
#include "impact/DashboardData.h"
#include "impact/DashboardEngine.h"
#include "security/Session.h"

#include <QWidget>
#include <atomic>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QThread;
class QTimer;

namespace tamkeen::ui {

class AppSettings;
class ChartPanel;
class DashboardFilters;
class DashboardTile;
class DrillDownDialog;
class MessageBanner;

class DashboardView : public QWidget {
    Q_OBJECT
public:
    DashboardView(storage::Database &db, const AppSettings &settings, const security::Session &session,
                  MessageBanner *banner, QWidget *parent = nullptr);
    ~DashboardView() override;

    DashboardFilters *filters() const { return m_filters; }
    // Nothing for the wellbeing tile of a reader who may not see it.
    DashboardTile *tile(impact::Indicator indicator) const;
    DashboardTile *satisfactionTile() const { return m_satisfaction; }
    ChartPanel *survival() const { return m_survival; }
    ChartPanel *trend() const { return m_trend; }
    ChartPanel *groups() const { return m_groups; } // the caseload and exits by centre, worker or track
    bool isBusy() const { return m_shown != m_request; } // the newest request not shown yet
    bool isReading() const { return !m_threads.isEmpty(); } // a request or a read-ahead under way
    // The engine that computes the dashboards (tests: whether it keeps the file as it is).
    impact::DashboardEngine *engine() const { return m_engine.get(); }
    // The last result shown (empty before the first one).
    const std::optional<impact::DashboardData> &data() const { return m_data; }
    // Opens the list of the households behind `figure`; returned for tests.
    DrillDownDialog *drillDown(const QString &what, const impact::Figure &figure);

public slots:
    // Recomputes for the chosen period and filter, off the UI thread.
    void refresh();
    // Reads ahead, off the UI thread, what the first dashboard will read (its
    // result is not shown), unless one was asked for already: the window
    // calls it a little after it opens, so that the first look at the
    // dashboard does not wait for the kept facts to load.
    void prepare();

signals:
    void openHousehold(const QByteArray &householdId);
    void computed(); // a result (or an error) is shown

private:
    // Computes, off the UI thread, the chosen dashboard without showing it,
    // for the engine to keep what it reads; given up when one is asked for.
    void readAhead();
    void show(quint64 request, const Result<impact::DashboardData> &result);
    void showTiles(const impact::DashboardData &d);
    void showTiles5To10(const impact::DashboardData &d); // DashboardTiles5To10.cpp
    void showGroups(const impact::DashboardData &d);
    QString periodName() const;
    // The change against the previous period, in the user's digits: of a
    // count, and of a share in points (no comparison when either is unknown).
    QString changeText(qint64 delta) const;
    // "12, 9, 14": a trend's values for its tool tip, in the user's digits.
    QString listedNumbers(const QList<qint64> &values) const;
    QString pointsChangeText(std::optional<double> now, std::optional<double> before) const;

    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    MessageBanner *m_banner;
    DashboardFilters *m_filters;
    QProgressBar *m_busy;
    QLabel *m_status;
    DashboardTile *m_caseload;
    DashboardTile *m_exits;
    DashboardTile *m_sustained;
    DashboardTile *m_reentry;
    DashboardTile *m_independence;
    DashboardTile *m_work;
    DashboardTile *m_plans;
    DashboardTile *m_referrals;
    DashboardTile *m_wellbeing = nullptr; // only for readers of confidential results
    DashboardTile *m_clinic;
    DashboardTile *m_satisfaction;
    ChartPanel *m_survival;
    ChartPanel *m_trend;
    ChartPanel *m_groups;
    std::optional<impact::DashboardData> m_data;
    quint64 m_request = 0; // the newest request; older results are dropped
    quint64 m_shown = 0;   // the request whose result is shown
    QList<QThread *> m_threads;
    QTimer *m_keepCurrent = nullptr; // reads again what a commit dropped, while out of sight
    // Read by the engine's threads: a request neither the newest nor wanted
    // any more (the window closes) stops between two groups of figures.
    std::atomic<quint64> m_newest{0};
    std::atomic<bool> m_closing{false};
    std::unique_ptr<impact::DashboardEngine> m_engine; // the threads using it are waited for first
};

} // namespace tamkeen::ui
