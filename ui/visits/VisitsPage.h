#pragma once
// The Home visits section: a week's planned visits, by day and district, of
// the field worker (a supervisor chooses whose, or everyone's), with the weeks
// before and after, and the route of a day printed for the road.
#include "common/Result.h"
#include "security/Session.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;
class DocumentOutput;
class MessageBanner;
class PlanWeekDialog;
class VisitPlanView;
struct VisitRoute;

class VisitsPage : public QWidget {
    Q_OBJECT
public:
    VisitsPage(storage::Database &db, const AppSettings &settings, const security::Session &session,
               QWidget *parent = nullptr);

    void showWeekOf(const QDate &day);
    QDate weekStart() const { return m_first; }
    VisitPlanView *plan() const { return m_plan; }
    QComboBox *workerBox() const { return m_worker; }
    QComboBox *dayBox() const { return m_day; }
    DocumentOutput *routeOutput() const { return m_route; }
    Result<VisitRoute> route() const; // the chosen day's, for the printer
    void refresh();
    // The caseload of the worker chosen, to tick the families of a day (null: no one chosen).
    PlanWeekDialog *planVisits();

signals:
    void openHousehold(const QByteArray &householdId);

private:
    void loadWorkers();
    QByteArray worker() const;

    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    MessageBanner *m_banner;
    QLabel *m_week;
    QComboBox *m_worker;
    QComboBox *m_day;
    VisitPlanView *m_plan;
    DocumentOutput *m_route = nullptr;
    QDate m_first;
};

} // namespace tamkeen::ui
