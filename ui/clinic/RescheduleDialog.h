#pragma once
// Moving an appointment to another date and time, with the reason. The old one
// is kept as "rescheduled"; a clash with the counsellor's other appointments is
// shown with a "Book anyway" choice, as when booking.
#include "clinic/AppointmentService.h"
#include "security/Session.h"

#include "widgets/GuardedDialog.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class QTimeEdit;

namespace tamkeen::ui {

class AppSettings;
class DateField;
class MessageBanner;

class RescheduleDialog : public GuardedDialog {
    Q_OBJECT
public:
    RescheduleDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                     const clinic::Appointment &appointment, QWidget *parent = nullptr);

    DateField *dateField() const { return m_date; }
    QTimeEdit *timeEdit() const { return m_time; }
    QLineEdit *reasonEdit() const { return m_reason; }
    MessageBanner *banner() const { return m_banner; }
    QPushButton *bookAnywayButton() const { return m_anyway; }

signals:
    void rescheduled(const QByteArray &newAppointmentId);

private:
    void submit(bool overlapAccepted);

    clinic::AppointmentService m_service;
    security::Session m_session;
    QByteArray m_id;
    MessageBanner *m_banner;
    DateField *m_date;
    QTimeEdit *m_time;
    QLineEdit *m_reason;
    QPushButton *m_anyway;
};

} // namespace tamkeen::ui
