#pragma once
// The My tasks section (issue 17 §2): what has fallen due for the user, from
// every part of Tamkeen, oldest first (casework::TaskInbox): plans and
// graduations to decide, plans to review and their tasks past due, home
// visits and follow-ups due, early warnings not yet seen. A row opens where
// it is acted on. Read on a worker thread (BackgroundRefresh).
#include "casework/TaskInbox.h"
#include "security/Session.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;
class BackgroundRefresh;
class MessageBanner;

class TaskInboxPage : public QWidget {
    Q_OBJECT
public:
    // `centre`: this installation's centre, whose approvals and warnings a supervisor sees.
    TaskInboxPage(storage::Database &db, const AppSettings &settings, const security::Session &session,
                  const QByteArray &centre, QWidget *parent = nullptr);

    void refresh(); // shortly, off the UI thread; `computed` follows
    bool computing() const;
    QTableWidget *table() const { return m_table; }
    QComboBox *kindBox() const { return m_kind; }
    QCheckBox *lateOnlyBox() const { return m_lateOnly; }
    QLabel *summary() const { return m_summary; }
    const QList<casework::InboxItem> &shown() const { return m_shown; }
    void openRow(int row);

signals:
    void openPlan(const QByteArray &planId);
    void openHousehold(const QByteArray &householdId);
    void openGraduation(const QByteArray &requestId);
    void openObjection(const QByteArray &objectionId);
    void countChanged(int due, int late); // everything in the inbox, whatever is filtered
    void computed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void show(); // m_items, filtered, into the table

    const AppSettings &m_settings;
    security::Session m_session;
    QByteArray m_centre;
    MessageBanner *m_banner;
    BackgroundRefresh *m_background;
    QLabel *m_summary;
    QComboBox *m_kind;
    QCheckBox *m_lateOnly;
    QTableWidget *m_table;
    QList<casework::InboxItem> m_items, m_shown;
    QDate m_today;
};

} // namespace tamkeen::ui
