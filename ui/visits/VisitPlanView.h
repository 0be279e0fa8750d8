#pragma once
// Planned home visits as a route: by day, then district (a heading row for
// each), then address. Shown on a field worker's home page (today's visits
// and those still due from before) and in the Home visits section (a week).
#include "security/Session.h"
#include "visits/VisitRecords.h"

#include <QWidget>

class QTableWidget;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;
class MessageBanner;
class VisitDialog;

class VisitPlanView : public QWidget {
    Q_OBJECT
public:
    VisitPlanView(storage::Database &db, const AppSettings &settings, const security::Session &session,
                  MessageBanner *banner, QWidget *parent = nullptr);

    // From `from` to `to`, of `worker` (empty: everyone's, with a column for who goes);
    // with `overdue`, the visits still planned for an earlier day first.
    void setRange(const QDate &from, const QDate &to, const QByteArray &worker, bool overdue);
    void refresh();
    const QList<visits::PlannedVisit> &visits() const { return m_visits; }
    QTableWidget *table() const { return m_table; }
    VisitDialog *recordSelected(); // null without a visit selected

signals:
    void countChanged(int visits);
    void openHousehold(const QByteArray &householdId);
    void recorded();

private:
    const visits::PlannedVisit *selected() const;

    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    MessageBanner *m_banner;
    QDate m_from, m_to;
    QByteArray m_worker;
    bool m_overdue = false;
    QList<visits::PlannedVisit> m_visits;
    QList<int> m_rowVisit; // the table's row → index in m_visits, -1 for a heading
    QTableWidget *m_table;
};

} // namespace tamkeen::ui
