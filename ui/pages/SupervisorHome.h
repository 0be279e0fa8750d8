#pragma once
// What a supervisor acts on, on the home page: the approval queue (plans
// submitted for approval, graduation proposals waiting for a decision) and
// the caseload per worker, of this centre: households by status and level of
// care, overdue visits and follow-ups. A queued plan opens in the plan
// editor, a graduation opens the family's file; a worker's row opens the list
// of their families, and their families are reassigned from it. Read on a
// worker thread (BackgroundRefresh).
#include "impact/HomeQueues.h"
#include "security/Session.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace tamkeen::ui {

class AppSettings;
class BackgroundRefresh;
class DrillDownDialog;
class MessageBanner;
class ReassignManyDialog;

class SupervisorHome : public QWidget {
    Q_OBJECT
public:
    // A supervisor decides plans and graduations; an administrator sees the
    // same queue as waiting for a supervisor. Both reassign families.
    SupervisorHome(storage::Database &db, const AppSettings &settings, const security::Session &session,
                   const QByteArray &centre, MessageBanner *banner, QWidget *parent = nullptr);
    QString queueTitle() const;

    void refresh(); // shortly, off the UI thread; `computed` follows
    bool computing() const;
    QTableWidget *queueTable() const { return m_queue; }
    QTableWidget *caseloadTable() const { return m_caseload; }
    QLabel *levelsLabel() const { return m_levels; }
    const impact::SupervisorHome &data() const { return m_data; }
    // The row's plan or family file; the worker's families (the dialog, open).
    void openQueued(int row);
    DrillDownDialog *openWorker(int row);
    // The families of the caseload's current row, to tick and reassign (null: no row).
    ReassignManyDialog *reassignFamilies();
    QPushButton *reassignButton() const { return m_reassign; }

signals:
    void openPlan(const QByteArray &planId);
    void openHousehold(const QByteArray &householdId);
    void openGraduation(const QByteArray &requestId);
    void computed();

private:
    void show(const impact::SupervisorHome &data);
    QString workerName(const impact::WorkerCaseload &w) const;

    storage::Database &m_db;
    const AppSettings &m_settings;
    QByteArray m_centre;
    security::Session m_session;
    bool m_decides;
    MessageBanner *m_banner;
    BackgroundRefresh *m_background;
    QGroupBox *m_queueBox, *m_caseloadBox;
    QLabel *m_status;
    QTableWidget *m_queue, *m_caseload;
    QLabel *m_levels = nullptr;
    QPushButton *m_reassign = nullptr;
    impact::SupervisorHome m_data;
};

} // namespace tamkeen::ui
