#pragma once
// The Reports section: what supervisors act on. The indicators' dashboard,
// early warnings and readiness to exit (issue 14).
#include "impact/EarlyWarnings.h"
#include "security/Session.h"

#include <QWidget>

class QPushButton;
class QTabWidget;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;
class DashboardView;
class MessageBanner;
class ReadinessView;
class ReportExport;
class WarningsView;

class ReportsPage : public QWidget {
    Q_OBJECT
public:
    ReportsPage(storage::Database &db, const AppSettings &settings, const security::Session &session,
                QWidget *parent = nullptr);

    DashboardView *dashboard() const { return m_dashboard; }
    WarningsView *warnings() const { return m_warnings; }
    ReadinessView *readiness() const { return m_readiness; }
    // Exports the view of the current tab (PDF, XLSX, CSV).
    ReportExport *exporter() const { return m_export; }
    QTabWidget *tabs() const { return m_tabs; }
    void refresh();
    // The early-warning tab, on `rule`'s list.
    void showWarnings(impact::WarningRule rule);
    // Readiness to exit, the graduation proposal awaiting a decision selected.
    void showGraduationRequest(const QByteArray &requestId);

signals:
    void openHousehold(const QByteArray &householdId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    MessageBanner *m_banner;
    DashboardView *m_dashboard;
    QTabWidget *m_tabs;
    WarningsView *m_warnings;
    ReadinessView *m_readiness;
    ReportExport *m_export;
};

} // namespace tamkeen::ui
