#pragma once
// The home page's early-warning box: how many families each rule lists today
// and how many of them nobody has marked seen yet; a rule opens its list in
// the Reports section. A field worker counts their own caseload, a counsellor
// the families they counsel, a supervisor their centre. The lists are read on a worker thread (BackgroundRefresh):
// the box says it is counting meanwhile, and the page never freezes.
#include "impact/WarningCounts.h"
#include "security/Session.h"

#include <QGroupBox>
#include <QMap>

class QLabel;

namespace tamkeen::ui {

class AppSettings;
class BackgroundRefresh;

class WarningsSummary : public QGroupBox {
    Q_OBJECT
public:
    WarningsSummary(storage::Database &db, const AppSettings &settings, const security::Session &session,
                    QWidget *parent = nullptr);

    void setWorker(const QByteArray &worker) { m_scope.workerId = worker; }
    void setCentre(const QByteArray &centre) { m_scope.centreId = centre; }
    void setCounsellor(const QByteArray &counsellor) { m_scope.counsellorId = counsellor; }
    // Counts again, shortly and off the UI thread; `computed` follows.
    void refresh();
    bool computing() const;
    QLabel *line(impact::WarningRule rule) const { return m_lines.value(int(rule)); }
    QLabel *statusLine() const { return m_status; }

signals:
    void openRule(impact::WarningRule rule);
    void computed(); // the lines show the newest counts (or why a list could not be read)

private:
    void show(const QList<impact::WarningCount> &counts);

    const AppSettings &m_settings;
    security::Session m_session;
    impact::WarningScope m_scope;
    BackgroundRefresh *m_background;
    QLabel *m_status; // "counting…", or why the file could not be read
    QMap<int, QLabel *> m_lines; // each a link to its rule's list
};

} // namespace tamkeen::ui
