#pragma once
// The selected appointment and what can be done with it: the queue (arrived,
// called in), recording its session, did not come, cancel with a reason, and
// reschedule. Buttons are enabled only where core would accept the step;
// outcomes and refusals go to the page's banner.
#include "clinic/AppointmentService.h"
#include "security/Session.h"

#include <QWidget>
#include <optional>

class QDialog;
class QLabel;
class QPushButton;

namespace tamkeen::ui {

class AppSettings;
class MessageBanner;
class RescheduleDialog;

class AppointmentActions : public QWidget {
    Q_OBJECT
public:
    AppointmentActions(storage::Database &db, const AppSettings &settings, const security::Session &session,
                       MessageBanner *banner, QWidget *parent = nullptr);

    // Reads the appointment again (an empty id: nothing selected).
    void setAppointment(const QByteArray &id);
    QByteArray appointmentId() const { return m_current ? m_current->id : QByteArray(); }
    QLabel *details() const { return m_details; }
    QPushButton *button(const char *name) const;

    bool markArrived();
    bool callIn();
    bool noShow();
    QDialog *recordSession();
    QDialog *cancelAppointment();
    RescheduleDialog *reschedule();

signals:
    // Something changed: `id` is the appointment to keep selected (the new one after rescheduling).
    void changed(const QByteArray &id);
    void openHousehold(const QByteArray &householdId);

private:
    void refreshButtons();
    bool done(const Status &status, const QString &success);

    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    clinic::AppointmentService m_service;
    MessageBanner *m_banner;
    std::optional<clinic::Appointment> m_current;
    int m_noShows = 0;
    QLabel *m_details;
    QPushButton *m_arrived, *m_callIn, *m_record, *m_noShow, *m_cancel, *m_reschedule, *m_file;
};

} // namespace tamkeen::ui
