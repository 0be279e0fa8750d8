#pragma once
// The household's timeline (Timeline tab of the household file): registration,
// status changes, incomes, appointments, sessions and assessments, newest first,
// filtered by member and kind. Double-click opens what a line is about.
#include "clinic/ClinicViews.h"
#include "registry/Records.h"
#include "security/Session.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;

class TimelineView : public QWidget {
    Q_OBJECT
public:
    TimelineView(storage::Database &db, const AppSettings &settings, const security::Session &session,
                 QWidget *parent = nullptr);

    // The household shown; keeps the chosen filters when it is the same one.
    void setHousehold(const QByteArray &householdId, const QString &fileNumber, const QList<registry::Member> &members);
    void reload();

    QComboBox *memberFilter() const { return m_member; }
    QComboBox *kindFilter() const { return m_kind; }
    QTableWidget *table() const { return m_table; }
    QList<clinic::TimelineItem> items() const { return m_items; }
    // Opens the line's record: a session or assessment read-only, an
    // appointment's member page; registry lines ask for their tab.
    QWidget *openItem(int row);

signals:
    void showRegistryTab(clinic::TimelineItem::Kind kind);
    void changed(); // something was recorded from a dialog opened here

private:
    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    QByteArray m_household;
    QString m_fileNumber;
    QList<clinic::TimelineItem> m_items;
    QComboBox *m_member, *m_kind;
    QLabel *m_count;
    QTableWidget *m_table;
};

} // namespace tamkeen::ui
