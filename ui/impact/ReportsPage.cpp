#include "impact/ReportsPage.h"

#include "impact/DashboardFilters.h"
#include "impact/DashboardView.h"
#include "impact/ReadinessView.h"
#include "impact/ReportExport.h"
#include "impact/ReportSources.h"
#include "impact/WarningsView.h"
#include "widgets/Heading.h"
#include "widgets/MessageBanner.h"

#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

ReportsPage::ReportsPage(storage::Database &db, const AppSettings &settings, const security::Session &session,
                         QWidget *parent)
    : QWidget(parent), m_banner(new MessageBanner(this)),
      m_dashboard(new DashboardView(db, settings, session, m_banner, this)),
      m_warnings(new WarningsView(db, settings, session, m_banner, this)),
      m_readiness(new ReadinessView(db, settings, session, m_banner, this))
{
    setObjectName(u"reportsPage"_s);
    // A field worker's lists hold their own caseload, a counsellor's early
    // warnings the families they counsel; supervisors see the centre's.
    if (session.role == security::Role::FieldWorker) {
        m_dashboard->filters()->setWorker(session.userId);
        m_warnings->setWorker(session.userId);
        m_readiness->setWorker(session.userId);
    } else if (session.role == security::Role::Counsellor) {
        m_warnings->setCounsellor(session.userId);
    }
    m_tabs = new QTabWidget(this);
    QTabWidget *tabs = m_tabs;
    tabs->setObjectName(u"reportTabs"_s);
    tabs->addTab(m_dashboard, tr("Indicators"));
    tabs->addTab(m_warnings, tr("Early warnings"));
    tabs->addTab(m_readiness, tr("Readiness to exit"));
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(u"exportReport"_s);
    m_export = new ReportExport(exportButton, db, settings, m_banner, [this, &db]() -> Result<impact::ReportDocument> {
        if (m_tabs->currentWidget() == m_warnings)
            return ReportSources::warnings(db, *m_warnings);
        if (m_tabs->currentWidget() == m_readiness)
            return ReportSources::readiness(*m_readiness);
        return ReportSources::dashboard(db, *m_dashboard);
    });
    tabs->setCornerWidget(exportButton, Qt::TopRightCorner);
    connect(m_dashboard, &DashboardView::openHousehold, this, &ReportsPage::openHousehold);
    // The dashboard's kept facts read ahead once the window has settled (a
    // second at 100,000 households), unless the page was opened before.
    QTimer::singleShot(2000, m_dashboard, &DashboardView::prepare);
    connect(m_warnings, &WarningsView::openHousehold, this, &ReportsPage::openHousehold);
    connect(m_readiness, &ReadinessView::openHousehold, this, &ReportsPage::openHousehold);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Reports"), this));
    layout->addWidget(m_banner);
    layout->addWidget(tabs, 1);
}

void ReportsPage::showWarnings(impact::WarningRule rule)
{
    m_tabs->setCurrentWidget(m_warnings);
    m_warnings->showRule(rule);
}

void ReportsPage::showGraduationRequest(const QByteArray &requestId)
{
    m_tabs->setCurrentWidget(m_readiness);
    m_readiness->showRequest(requestId);
}

void ReportsPage::refresh()
{
    m_dashboard->refresh();
    m_warnings->refresh();
    m_readiness->refresh();
}

// The lists follow the date and every other copy's changes: read when shown.
void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

} // namespace tamkeen::ui
