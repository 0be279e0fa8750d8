#pragma once
// Readiness to exit: every household with an active plan and its score out
// of 100 on its graduation pathway, best first, with the criteria it meets;
// "only the ready ones" lists the families to offer a voluntary exit plan,
// and a caseworker proposes a ready family's graduation from here. Two more
// tabs: the proposals waiting for a supervisor, and the families after
// graduation. A family opens its file from every list.
#include "impact/ExitReadiness.h"
#include "impact/GraduationService.h"
#include "security/Session.h"

#include <QWidget>

class QCheckBox;
class QTableWidget;
class QTabWidget;

namespace tamkeen::ui {

class AppSettings;
class GraduationMonitorView;
class GraduationRequestsView;
class MessageBanner;
class ProposeGraduationDialog;

class ReadinessView : public QWidget {
    Q_OBJECT
public:
    ReadinessView(storage::Database &db, const AppSettings &settings, const security::Session &session,
                  MessageBanner *banner, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QCheckBox *onlyReady() const { return m_onlyReady; }
    QTabWidget *tabs() const { return m_tabs; }
    GraduationRequestsView *requests() const { return m_requests; }
    // The proposals awaiting approval, that one selected (a supervisor's home page sends here).
    void showRequest(const QByteArray &requestId);
    GraduationMonitorView *monitor() const { return m_monitor; }
    const QList<impact::HouseholdReadiness> &rows() const { return m_rows; }
    void setWorker(const QByteArray &worker);
    void refresh();
    // For the selected family; nullptr (with a message) when none is.
    ProposeGraduationDialog *proposeSelected();

signals:
    void openHousehold(const QByteArray &householdId);

private:
    void refreshScores();
    QString graduationText(const impact::GraduationRequest &r) const;

    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    MessageBanner *m_banner;
    impact::ReadinessScope m_scope;
    QList<impact::HouseholdReadiness> m_rows;
    QCheckBox *m_onlyReady;
    QTableWidget *m_table;
    QTabWidget *m_tabs;
    GraduationRequestsView *m_requests;
    GraduationMonitorView *m_monitor;
};

} // namespace tamkeen::ui
