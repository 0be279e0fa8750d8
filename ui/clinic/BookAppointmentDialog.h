#pragma once
// Booking an appointment: find the family (search as you type), choose the
// member, the counsellor, when, how long, for what and where. Core's refusals
// show inline and the dialog stays open with everything typed; when the
// counsellor is already booked at that time it says with whom and offers
// "Book anyway".
#include "clinic/AppointmentService.h"
#include "clinic/ClinicVocabulary.h"
#include "registry/HouseholdService.h"
#include "registry/SearchIndex.h"
#include "security/Session.h"

#include "widgets/GuardedDialog.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTimeEdit;
class QTimer;

namespace tamkeen::ui {

class AppSettings;
class DateField;
class MessageBanner;

class BookAppointmentDialog : public GuardedDialog {
    Q_OBJECT
public:
    // With `memberId` the family and member are chosen already.
    BookAppointmentDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                          const QByteArray &memberId = {}, QWidget *parent = nullptr);

    void setCounsellor(const QByteArray &counsellorId);
    void setStart(const QDateTime &start);
    // Chooses a family (and a member of it; the head when empty).
    bool chooseHousehold(const QByteArray &householdId, const QByteArray &memberId = {});
    bool checkType(const QString &code, bool checked = true);

    void runSearch(); // what the debounce timer calls
    QLineEdit *searchBox() const { return m_search; }
    QListWidget *results() const { return m_results; }
    QComboBox *memberCombo() const { return m_member; }
    QComboBox *counsellorCombo() const { return m_counsellor; }
    DateField *dateField() const { return m_date; }
    QTimeEdit *timeEdit() const { return m_time; }
    QSpinBox *durationBox() const { return m_duration; }
    QListWidget *typeList() const { return m_types; }
    QComboBox *placeCombo() const { return m_place; }
    QLineEdit *noteEdit() const { return m_note; }
    MessageBanner *banner() const { return m_banner; }
    QPushButton *bookAnywayButton() const { return m_anyway; }
    QLabel *hoursWarning() const { return m_hoursWarning; }

signals:
    void booked(const QByteArray &appointmentId);

private:
    void submit(bool overlapAccepted);
    void focusField(const QString &field);
    void retractWarning();
    void checkHours(); // warns, without refusing, when the time is outside working hours
    clinic::AppointmentData data() const;

    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    clinic::AppointmentService m_appointments;
    registry::HouseholdService m_households;
    QList<registry::SearchHit> m_hits;
    MessageBanner *m_banner;
    QLineEdit *m_search;
    QListWidget *m_results;
    QLabel *m_family, *m_hoursWarning = nullptr;
    QComboBox *m_member, *m_counsellor, *m_place;
    DateField *m_date;
    QTimeEdit *m_time;
    QSpinBox *m_duration;
    QListWidget *m_types;
    QLineEdit *m_note;
    QPushButton *m_book, *m_anyway;
    QTimer *m_debounce;
};

} // namespace tamkeen::ui
