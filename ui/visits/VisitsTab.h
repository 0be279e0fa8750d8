#pragma once
// The household file's "Home visits" tab: the family's visits, planned and
// made, the latest first; what the selected one found; the buttons that plan,
// record and cancel them (for field workers and supervisors).
#include "security/Session.h"
#include "visits/VisitRecords.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;
class FormDialog;
class MessageBanner;
class VisitDialog;

class VisitsTab : public QWidget {
    Q_OBJECT
public:
    VisitsTab(storage::Database &db, const AppSettings &settings, const security::Session &session,
              MessageBanner *banner, QWidget *parent = nullptr);

    void setHousehold(const QByteArray &householdId);
    void reload();
    QTableWidget *table() const { return m_table; }
    QLabel *details() const { return m_details; }
    FormDialog *planVisit();
    // The selected planned visit recorded, or a visit that was not planned.
    VisitDialog *recordVisit();
    FormDialog *cancelSelected(); // null without a planned visit selected
    QPushButton *attachButton() const { return m_attach; }

signals:
    void changed();
    void addMemberAsked();
    void recordIncomeAsked();
    void attachDocumentAsked(const QByteArray &visitId); // a photo of the housing, a paper seen

private:
    void showDetails();
    const visits::Visit *selected() const;

    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    MessageBanner *m_banner;
    QByteArray m_householdId;
    QList<visits::Visit> m_visits;
    QTableWidget *m_table;
    QLabel *m_details;
    QPushButton *m_attach;
};

} // namespace tamkeen::ui
