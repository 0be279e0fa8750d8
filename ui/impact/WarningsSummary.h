#pragma once
// The home page's early-warning box: how many families each rule lists today
// and how many of them nobody has marked seen yet; a rule opens its list in
// the Reports section. A field worker counts their own caseload.
#include "impact/EarlyWarnings.h"
#include "security/Session.h"

#include <QGroupBox>
#include <QMap>

class QLabel;

namespace tamkeen::ui {

class AppSettings;

class WarningsSummary : public QGroupBox {
    Q_OBJECT
public:
    WarningsSummary(storage::Database &db, const AppSettings &settings, const security::Session &session,
                    QWidget *parent = nullptr);

    void setWorker(const QByteArray &worker) { m_scope.workerId = worker; }
    // Counts again; false (the box says why) when a list cannot be read.
    bool refresh();
    QLabel *line(impact::WarningRule rule) const { return m_lines.value(int(rule)); }

signals:
    void openRule(impact::WarningRule rule);

private:
    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    impact::WarningScope m_scope;
    QMap<int, QLabel *> m_lines; // each a link to its rule's list
};

} // namespace tamkeen::ui
