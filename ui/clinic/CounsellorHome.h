#pragma once
// The counsellor's start page: today's appointments, the agreed actions that are
// due (overdue ones marked), and the members not seen for longer than the
// follow-up interval, each a double click away from the next step.
#include "clinic/AppointmentService.h"
#include "clinic/ClinicViews.h"
#include "clinic/SessionService.h"
#include "security/Session.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace tamkeen::ui {

class AppSettings;

class CounsellorHome : public QWidget {
    Q_OBJECT
public:
    CounsellorHome(storage::Database &db, const AppSettings &settings, const security::Session &session,
                   QWidget *parent = nullptr);

    void refresh();
    QTreeWidget *todayList() const { return m_today; }
    QTreeWidget *actionList() const { return m_actions; }
    QTreeWidget *followUpList() const { return m_followUps; }
    QLabel *errorLabel() const { return m_error; }

signals:
    void openAppointment(const QByteArray &appointmentId, const QDate &day);
    void bookFor(const QByteArray &memberId);
    void openHousehold(const QByteArray &householdId);

private:
    QWidget *section(QLabel *&title, QTreeWidget *list, QWidget *extra = nullptr);

    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    clinic::AppointmentService m_appointments;
    clinic::SessionService m_sessions;
    QLabel *m_heading, *m_error;
    QLabel *m_todayTitle = nullptr, *m_actionsTitle = nullptr, *m_followUpsTitle = nullptr;
    QTreeWidget *m_today, *m_actions, *m_followUps;
    QPushButton *m_book;
};

} // namespace tamkeen::ui
