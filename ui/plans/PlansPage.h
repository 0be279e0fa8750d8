#pragma once
// The Empowerment plans section: the counsellor's plans with filters (status,
// review due, overdue tasks) and, for supervisors, the plans waiting for their
// approval. A plan opens in its own window (PlanDialog); new plans start from a
// member's page in the clinic.
#include "common/Result.h"
#include "plans/PlanRecords.h"
#include "security/Session.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;
class MessageBanner;
class PlanDialog;
class PlanStepDialog;

class PlansPage : public QWidget {
    Q_OBJECT
public:
    PlansPage(storage::Database &db, const AppSettings &settings, const security::Session &session,
              QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    MessageBanner *banner() const { return m_banner; }
    QTableWidget *myPlans() const { return m_mine; }
    QTableWidget *queue() const { return m_queue; } // supervisors only, else null
    QComboBox *statusFilter() const { return m_status; }
    QCheckBox *reviewDueFilter() const { return m_reviewDue; }
    QCheckBox *overdueFilter() const { return m_overdue; }

    void refresh();
    PlanDialog *openPlan(const QByteArray &planId);
    PlanDialog *openMyPlan(int row);
    PlanDialog *openQueued(int row);
    bool approveSelected();
    PlanStepDialog *returnSelected();
    // The plans of the tab shown, as XLSX or CSV by the path's suffix;
    // exportList() asks where first.
    Status exportTo(const QString &path);
    void exportList();

private:
    QWidget *buildMine();
    QWidget *buildQueue();
    void fill(QTableWidget *table, const QList<plans::PlanRow> &rows);
    QByteArray selectedQueued() const;

    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    QList<plans::PlanRow> m_mineRows, m_queueRows;
    MessageBanner *m_banner;
    QTabWidget *m_tabs;
    QTableWidget *m_mine = nullptr, *m_queue = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_reviewDue = nullptr, *m_overdue = nullptr, *m_everyone = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace tamkeen::ui
