#pragma once
// Early warnings (الاستباق): one list per rule, the rule in words above it,
// the families it points at (oldest fact first), each markable as seen with
// a note so the next person knows it was handled; a family opens its file.
#include "impact/EarlyWarnings.h"
#include "security/Session.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace tamkeen::ui {

class AppSettings;
class MessageBanner;

class WarningsView : public QWidget {
    Q_OBJECT
public:
    WarningsView(storage::Database &db, const AppSettings &settings, const security::Session &session,
                 MessageBanner *banner, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QComboBox *rules() const { return m_rules; }
    const QList<impact::WarningItem> &items() const { return m_items; }
    // Only the households assigned to `worker` when given; empty: everyone's.
    void setWorker(const QByteArray &worker);
    void setCounsellor(const QByteArray &counsellor);
    void refresh();
    void showRule(impact::WarningRule rule); // the list of `rule`, if this user may read it
    // Marks the selected family seen with `note`; false (and says why) without one.
    bool markSelectedSeen(const QString &note);

signals:
    void openHousehold(const QByteArray &householdId);

private:
    void askAndMarkSeen();
    QStringList cells(const impact::WarningItem &item) const;

    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    MessageBanner *m_banner;
    impact::WarningScope m_scope;
    QList<impact::WarningItem> m_items;
    QComboBox *m_rules;
    QLabel *m_rule;
    QTableWidget *m_table;
};

} // namespace tamkeen::ui
