#pragma once
// Readiness to exit: every household with an active plan and its score out
// of 100, best first, with the criteria it meets; "only the ready ones" lists
// the families to offer a voluntary exit plan. A family opens its file.
#include "impact/ExitReadiness.h"
#include "security/Session.h"

#include <QWidget>

class QCheckBox;
class QTableWidget;

namespace tamkeen::ui {

class AppSettings;
class MessageBanner;

class ReadinessView : public QWidget {
    Q_OBJECT
public:
    ReadinessView(storage::Database &db, const AppSettings &settings, const security::Session &session,
                  MessageBanner *banner, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QCheckBox *onlyReady() const { return m_onlyReady; }
    const QList<impact::HouseholdReadiness> &rows() const { return m_rows; }
    void setWorker(const QByteArray &worker);
    void refresh();

signals:
    void openHousehold(const QByteArray &householdId);

private:
    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    MessageBanner *m_banner;
    impact::ReadinessScope m_scope;
    QList<impact::HouseholdReadiness> m_rows;
    QCheckBox *m_onlyReady;
    QTableWidget *m_table;
};

} // namespace tamkeen::ui
