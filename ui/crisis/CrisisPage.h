#pragma once
// The Crisis lists section (issue 17 §7): the events declared, newest first;
// for the one chosen, the households of its places, the most vulnerable
// first, with the assistance each was given; a family's row opens its file.
#include "casework/Crisis.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;
class AssistanceDialog;
class DeclareEventDialog;
class MessageBanner;

class CrisisPage : public QWidget {
    Q_OBJECT
public:
    CrisisPage(storage::Database &db, const AppSettings &settings, const security::Session &session,
               QWidget *parent = nullptr);
    void refresh();
    QTableWidget *eventTable() const { return m_events; }
    QTableWidget *householdTable() const { return m_households; }
    QLabel *listTitle() const { return m_title; }
    const QList<casework::CrisisHousehold> &households() const { return m_list; }
    DeclareEventDialog *declareEvent();
    AssistanceDialog *recordAssistance(); // for the household chosen (null: none)
    // Writes the chosen event's list to `path` (CSV or XLSX); false with the banner saying why.
    bool exportTo(const QString &path);

signals:
    void openHousehold(const QByteArray &householdId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showHouseholds();
    QByteArray chosenEvent() const;

    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    MessageBanner *m_banner;
    QTableWidget *m_events, *m_households;
    QLabel *m_title;
    QPushButton *m_assist, *m_export;
    QList<casework::CrisisEvent> m_eventList;
    QList<casework::CrisisHousehold> m_list;
};

} // namespace tamkeen::ui
