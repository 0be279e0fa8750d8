#pragma once
// What a counsellor acts on, on the home page: their own appointments of the
// coming week and their plans whose review date has come. An appointment opens
// the family's file, a plan the plan editor. Read on a worker thread
// (BackgroundRefresh); the clinic section keeps the day's full queue.
#include "clinic/ClinicRecords.h"
#include "plans/PlanRecords.h"
#include "security/Session.h"

#include <QWidget>

class QGroupBox;
class QTableWidget;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;
class BackgroundRefresh;
class MessageBanner;

class CounsellorDesk : public QWidget {
    Q_OBJECT
public:
    static constexpr int kDaysAhead = 7; // today and the six days after

    CounsellorDesk(storage::Database &db, const AppSettings &settings, const security::Session &session,
                   MessageBanner *banner, QWidget *parent = nullptr);

    void refresh(); // shortly, off the UI thread; `computed` follows
    bool computing() const;
    QTableWidget *appointmentTable() const { return m_appointments; }
    QTableWidget *reviewTable() const { return m_reviews; }
    void openAppointment(int row);
    void openReview(int row);

signals:
    void openPlan(const QByteArray &planId);
    void openHousehold(const QByteArray &householdId);
    void computed();

private:
    struct Data {
        QList<clinic::Appointment> appointments;
        QList<plans::PlanRow> reviews;
        QString error;
    };
    void show(const Data &data);

    const AppSettings &m_settings;
    security::Session m_session;
    MessageBanner *m_banner;
    BackgroundRefresh *m_background;
    QGroupBox *m_appointmentsBox, *m_reviewsBox;
    QTableWidget *m_appointments, *m_reviews;
    Data m_data;
};

} // namespace tamkeen::ui
