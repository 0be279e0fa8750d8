#include "impact/DashboardView.h"

#include "clinic/ClinicVocabulary.h"
#include "format/AppSettings.h"
#include "format/Display.h"
#include "impact/ChartPanel.h"
#include "impact/DashboardCharts.h"
#include "impact/DashboardFilters.h"
#include "impact/DashboardTile.h"
#include "impact/DrillDownDialog.h"
#include "storage/Database.h"
#include "widgets/MessageBanner.h"

#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace tamkeen::impact;

namespace tamkeen::ui {

DashboardView::DashboardView(storage::Database &db, const AppSettings &settings, const security::Session &session,
                             MessageBanner *banner, QWidget *parent)
    : QWidget(parent), m_db(db), m_settings(settings), m_session(session), m_banner(banner),
      m_filters(new DashboardFilters(db, settings, session.userId, this)), m_busy(new QProgressBar(this)),
      m_status(new QLabel(this))
{
    setObjectName(u"dashboard"_s);
    m_engine = std::make_unique<DashboardEngine>(db.path());
    m_keepCurrent = new QTimer(this); // before anything may call refresh()
    m_busy->setObjectName(u"dashboardBusy"_s);
    m_busy->setRange(0, 0); // computing: an indeterminate bar
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_busy->setVisible(false);
    m_status->setObjectName(u"dashboardStatus"_s);
    auto *content = new QWidget;
    m_caseload = new DashboardTile(Indicators::name(Indicator::Caseload), u"tileCaseload"_s, content);
    m_exits = new DashboardTile(Indicators::name(Indicator::Exits), u"tileExits"_s, content);
    m_sustained = new DashboardTile(Indicators::name(Indicator::SustainedExits), u"tileSustained"_s, content);
    m_reentry = new DashboardTile(Indicators::name(Indicator::ReentryRate), u"tileReentry"_s, content);
    m_independence = new DashboardTile(Indicators::name(Indicator::Independence), u"tileIndependence"_s, content);
    m_work = new DashboardTile(Indicators::name(Indicator::Work), u"tileWork"_s, content);
    m_plans = new DashboardTile(Indicators::name(Indicator::Plans), u"tilePlans"_s, content);
    m_referrals = new DashboardTile(Indicators::name(Indicator::Referrals), u"tileReferrals"_s, content);
    if (clinic::mayReadConfidential(session)) // WHO-5 results are confidential
        m_wellbeing = new DashboardTile(Indicators::name(Indicator::Wellbeing), u"tileWellbeing"_s, content);
    m_clinic = new DashboardTile(Indicators::name(Indicator::Clinic), u"tileClinic"_s, content);
    m_satisfaction = new DashboardTile(tr("Satisfaction"), u"tileSatisfaction"_s, content);
    m_survival = new ChartPanel(tr("Sustained exits"), u"survivalChart"_s, survivalHeaders(Display(settings)), content);
    m_trend = new ChartPanel(tr("Exits by month"), u"exitsTrendChart"_s, trendHeaders(), content);
    m_groups = new ChartPanel(tr("Caseload and exits by group"), u"groupsChart"_s,
                              groupHeaders(m_filters->grouping()), content);
    // Three tiles a row: each keeps its numbers on one line at 1366 pixels.
    auto *tiles = new QGridLayout;
    int at = 0;
    for (DashboardTile *t : {m_caseload, m_exits, m_sustained, m_reentry, m_independence, m_work, m_plans, m_referrals,
                             m_wellbeing, m_clinic, m_satisfaction}) {
        if (!t)
            continue;
        tiles->addWidget(t, at / 3, at % 3);
        ++at;
        connect(t, &DashboardTile::drillDown, this, &DashboardView::drillDown);
    }
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_survival, 1);
    charts->addWidget(m_trend, 1);
    auto *inner = new QVBoxLayout(content);
    inner->setContentsMargins(0, 0, 0, 0);
    inner->addLayout(tiles);
    inner->addLayout(charts, 1);
    inner->addWidget(m_groups, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filters);
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);
    connect(m_filters, &DashboardFilters::changed, this, &DashboardView::refresh);
    connect(&settings, &AppSettings::displayChanged, this, [this] {
        if (m_data && !isBusy()) // else the result on its way is drawn in the new digits
            show(m_request, *m_data);
    });
    // Once the dashboard has been looked at, what a commit made the engine
    // drop (an edit, an import) is read again while it is out of sight, so
    // that the next look does not wait for it (about a second at 100,000
    // households, where a dashboard from what is kept takes a fifth of that).
    m_keepCurrent->setInterval(5000);
    connect(m_keepCurrent, &QTimer::timeout, this, [this] {
        if (!isVisible() && m_threads.isEmpty() && !m_engine->keepsCurrent())
            readAhead();
    });
}

// A worker still computing is waited for: it holds its own connection and
// posts to this object, which must outlive it.
DashboardView::~DashboardView()
{
    m_closing = true; // what is queued or under way stops at its next group
    for (QThread *t : std::as_const(m_threads))
        t->wait();
    qDeleteAll(m_threads);
}

DashboardTile *DashboardView::tile(Indicator indicator) const
{
    switch (indicator) {
    case Indicator::Caseload:
        return m_caseload;
    case Indicator::Exits:
        return m_exits;
    case Indicator::SustainedExits:
        return m_sustained;
    case Indicator::ReentryRate:
        return m_reentry;
    case Indicator::Independence:
        return m_independence;
    case Indicator::Work:
        return m_work;
    case Indicator::Plans:
        return m_plans;
    case Indicator::Referrals:
        return m_referrals;
    case Indicator::Wellbeing:
        return m_wellbeing;
    case Indicator::Clinic:
        return m_clinic;
    }
    return nullptr;
}

void DashboardView::refresh()
{
    auto period = m_filters->period();
    if (!period) {
        m_banner->showError(period.error().message);
        return;
    }
    const quint64 request = ++m_request;
    m_newest = request;
    if (isVisible() && !m_keepCurrent->isActive()) // looked at (not another tab of Reports)
        m_keepCurrent->start();
    m_busy->setVisible(true);
    m_status->setText(tr("Computing the indicators…"));
    const Period p = period.value();
    const ImpactFilter filter = m_filters->filter();
    const QDate asOf = QDate::currentDate();
    const security::Session reader = m_session; // a copy: the worker reads it, never this object's
    const GroupBy groupBy = m_filters->grouping();
    // A database connection stays in its thread: core opens the worker its own.
    DashboardEngine *engine = m_engine.get();
    QThread *thread = QThread::create([this, engine, request, p, filter, asOf, reader, groupBy] {
        const Result<impact::DashboardData> result = engine->compute(
            p, filter, asOf, &reader, groupBy, [this, request] { return !m_closing && m_newest == request; });
        QMetaObject::invokeMethod(this, [this, request, result] { show(request, result); }, Qt::QueuedConnection);
    });
    m_threads << thread;
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeOne(thread);
        thread->deleteLater();
    });
    thread->start(QThread::LowPriority);
}

void DashboardView::prepare()
{
    if (m_request == 0)
        readAhead();
}

void DashboardView::readAhead()
{
    auto period = m_filters->period();
    if (!period)
        return;
    DashboardEngine *engine = m_engine.get();
    // Given up as soon as the dashboard itself is asked for (what was read
    // by then is kept), or the window closes.
    QThread *thread = QThread::create([this, engine, p = period.value(), filter = m_filters->filter(),
                                       asOf = QDate::currentDate(), reader = m_session,
                                       groupBy = m_filters->grouping(), newest = quint64(m_newest)] {
        // An error shows at the dashboard's own turn; until then nothing is
        // read ahead again (a damaged file would fail every 5 s).
        const auto read = engine->compute(p, filter, asOf, &reader, groupBy,
                                          [this, newest] { return !m_closing && m_newest == newest; });
        if (!read && read.error().code != ErrorCode::Cancelled)
            QMetaObject::invokeMethod(this, [this] { m_keepCurrent->stop(); }, Qt::QueuedConnection);
    });
    m_threads << thread;
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeOne(thread);
        thread->deleteLater();
    });
    thread->start(QThread::LowPriority);
}

void DashboardView::show(quint64 request, const Result<impact::DashboardData> &result)
{
    if (request != m_request)
        return; // superseded by a newer choice
    m_shown = request;
    m_busy->setVisible(false);
    if (!result) {
        m_status->clear();
        m_banner->showError(result.error().message);
        emit computed();
        return;
    }
    m_data = result.value();
    auto period = m_filters->period();
    m_status->setText(period ? tr("From %1 to %2, against the period before.")
                                   .arg(Display(m_settings).shortDate(period.value().first()),
                                        Display(m_settings).shortDate(period.value().last()))
                             : QString());
    showTiles(*m_data);
    showTiles5To10(*m_data);
    const Display display(m_settings);
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    ChartAndRows s = survivalChart(m_data->sustained, display, rtl);
    m_survival->show(s.chart, s.rows);
    m_survival->table()->setHorizontalHeaderLabels(survivalHeaders(display)); // digits may have changed
    ChartAndRows t = exitsTrendChart(m_data->exitsByMonth, display, rtl);
    m_trend->show(t.chart, t.rows);
    showGroups(*m_data);
    emit computed();
}

// The bars by centre, worker or track; a bar opens its households.
void DashboardView::showGroups(const impact::DashboardData &d)
{
    const Display display(m_settings);
    ChartAndRows g = groupsChart(d.groups, d.groupedBy, display, layoutDirection() == Qt::RightToLeft);
    m_groups->show(g.chart, g.rows);
    m_groups->table()->setHorizontalHeaderLabels(groupHeaders(d.groupedBy));
    const QString when = periodName();
    for (QAbstractSeries *series : g.chart->series()) {
        auto *bars = qobject_cast<QHorizontalBarSeries *>(series);
        if (!bars)
            continue;
        const QList<QBarSet *> sets = bars->barSets();
        for (qsizetype s = 0; s < sets.size(); ++s)
            connect(sets[s], &QBarSet::clicked, this, [this, s, when](int index) {
                // Bars are drawn bottom up: index 0 is the last group.
                const QList<GroupFigures> &groups = m_data->groups;
                const qsizetype at = groups.size() - 1 - index;
                if (at < 0 || at >= groups.size())
                    return;
                const GroupFigures &group = groups[at];
                if (s == 0)
                    drillDown(tr("Households supported at the end of the period, %1 (%2)").arg(group.name, when),
                              group.supported);
                else
                    drillDown(tr("Exits, %1 (%2)").arg(group.name, when), group.exits);
            });
    }
}

DrillDownDialog *DashboardView::drillDown(const QString &what, const impact::Figure &figure)
{
    auto *dialog = new DrillDownDialog(m_db, m_settings, what, figure, this);
    connect(dialog, &DrillDownDialog::openHousehold, this, &DashboardView::openHousehold);
    dialog->open();
    return dialog;
}

} // namespace tamkeen::ui
