#pragma once
// The first page after logging in: today's date and what the user's role acts
// on (issue 14 §2). Everyone sees the early warnings of the day. A supervisor
// (and an administrator) sees the approval queue and the caseload per worker
// of this centre; a counsellor their appointments of the week and their plans
// due for review; a field worker the follow-ups after exit that have fallen
// due, of the families assigned to them (a box shows everyone's).
#include "impact/EarlyWarnings.h"
#include "security/Session.h"

#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLabel;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;
class CounsellorDesk;
class ExitFollowUpsView;
class MessageBanner;
class SupervisorHome;
class VisitPlanView;
class WarningsSummary;

class HomePage : public QWidget {
    Q_OBJECT
public:
    // `centre`: this installation's centre, whose queue a supervisor sees (empty: every centre).
    HomePage(storage::Database &db, const AppSettings &settings, const security::Session &session,
             const QByteArray &centre, QWidget *parent = nullptr);

    // Each null where the role does not see it.
    ExitFollowUpsView *followUps() const { return m_followUps; }
    VisitPlanView *visitsToday() const { return m_visits; }
    QCheckBox *onlyMineBox() const { return m_onlyMine; }
    SupervisorHome *supervisor() const { return m_supervisor; }
    CounsellorDesk *counsellor() const { return m_counsellor; }
    MessageBanner *banner() const { return m_banner; }
    WarningsSummary *warnings() const { return m_warnings; }
    void refresh();
    // True while something on the page is still being read on a worker thread.
    bool computing() const;

signals:
    void openWarnings(impact::WarningRule rule);
    void openPlan(const QByteArray &planId);
    void openHousehold(const QByteArray &householdId);
    void openGraduation(const QByteArray &requestId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showDate();
    void refreshCounts(); // what is read off the UI thread: warnings, queues
    QWidget *followUpsBox(storage::Database &db);
    QWidget *visitsBox(storage::Database &db);

    const AppSettings &m_settings;
    security::Session m_session;
    MessageBanner *m_banner;
    QLabel *m_date;
    WarningsSummary *m_warnings;
    QGroupBox *m_followUpsBox = nullptr;
    QCheckBox *m_onlyMine = nullptr;
    ExitFollowUpsView *m_followUps = nullptr;
    QGroupBox *m_visitsBox = nullptr;
    VisitPlanView *m_visits = nullptr;
    SupervisorHome *m_supervisor = nullptr;
    CounsellorDesk *m_counsellor = nullptr;
};

} // namespace tamkeen::ui
