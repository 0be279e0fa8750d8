#pragma once
// The graduation lists of Reports → Readiness to exit: the proposals waiting
// for a supervisor (who approves or rejects them here), and the families
// after graduation with their follow-ups and whether their pathway still
// holds. Each family opens its file.
#include "impact/GraduationMonitoring.h"
#include "impact/GraduationService.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tamkeen::ui {

class AppSettings;
class DecideGraduationDialog;
class MessageBanner;

class GraduationRequestsView : public QWidget {
    Q_OBJECT
public:
    GraduationRequestsView(storage::Database &db, const AppSettings &settings, const security::Session &session,
                           MessageBanner *banner, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    const QList<impact::GraduationRequest> &rows() const { return m_rows; }
    void refresh();
    // On the selected proposal; nullptr (with a message) when none is.
    DecideGraduationDialog *decideSelected(bool approve);
    // Reads the list again and selects that proposal; false when it is no longer pending.
    bool select(const QByteArray &requestId);

signals:
    void openHousehold(const QByteArray &householdId);
    void countChanged(int pending);
    void decided();

private:
    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    MessageBanner *m_banner;
    QList<impact::GraduationRequest> m_rows;
    QTableWidget *m_table;
};

class GraduationMonitorView : public QWidget {
    Q_OBJECT
public:
    GraduationMonitorView(storage::Database &db, const AppSettings &settings, const security::Session &session,
                          MessageBanner *banner, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    const QList<impact::GraduatedHousehold> &rows() const { return m_rows; }
    void setWorker(const QByteArray &worker) { m_scope.workerId = worker; }
    void refresh();

signals:
    void openHousehold(const QByteArray &householdId);

private:
    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    MessageBanner *m_banner;
    impact::ReadinessScope m_scope;
    QList<impact::GraduatedHousehold> m_rows;
    QTableWidget *m_table;
};

} // namespace tamkeen::ui
