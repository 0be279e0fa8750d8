#pragma once
// The Empowerment clinic section: the counsellor's home, the appointments of a
// day or a week (one counsellor or the whole centre) with what can be done to
// the selected one, and today's queue at the centre.
#include "clinic/AppointmentService.h"
#include "clinic/DayListPrinter.h"
#include "common/Result.h"
#include "security/Session.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolButton;

namespace tamkeen::ui {

class AppSettings;
class AppointmentActions;
class AppointmentFilter;
class AppointmentModel;
class BookAppointmentDialog;
class CounsellorHome;
class DateField;
class DocumentOutput;
class MessageBanner;
class QueueView;
class WeekView;

class ClinicPage : public QWidget {
    Q_OBJECT
public:
    ClinicPage(storage::Database &db, const AppSettings &settings, const security::Session &session,
               QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    CounsellorHome *home() const { return m_home; } // counsellors and supervisors only
    QWidget *appointmentsTab() const { return m_appointmentsTab; }
    QWidget *queueTab() const { return m_queueTab; }
    MessageBanner *banner() const { return m_banner; }
    QComboBox *counsellorFilter() const { return m_counsellor; }
    DateField *dateField() const { return m_date; }
    QLineEdit *filterBox() const { return m_filter; }
    QLabel *countLabel() const { return m_count; }
    QTableView *dayView() const { return m_dayView; }
    AppointmentModel *model() const { return m_model; }
    AppointmentFilter *filter() const { return m_proxy; }
    WeekView *weekView() const { return m_week; }
    QueueView *queueView() const { return m_queue; }
    AppointmentActions *actions() const { return m_actions; }
    AppointmentActions *queueActions() const { return m_queueActions; }

    QDate date() const;
    void setDate(const QDate &date);
    void setCounsellor(const QByteArray &counsellorId); // empty: the whole centre
    QByteArray counsellor() const;
    bool isWeekMode() const;
    void setWeekMode(bool week);
    void previous();
    void goToday();
    void next();
    // Shows the appointment in the day view of its date and acts on it.
    void showAppointment(const QByteArray &id);
    bool selectInDayView(const QByteArray &id);

    BookAppointmentDialog *bookAppointment(const QByteArray &memberId = {});
    // The day list of the shown date and counsellor, as a PDF at `path`.
    Status writeDayList(const QString &path);
    // The same list for the printer or the preview.
    Result<PrintedDocument> makeDayList();
    DocumentOutput *dayListOutput() const { return m_dayListOutput; } // "Save as PDF…" and "Print…"
    // The appointments shown (the day as filtered, or the whole week) as XLSX
    // or CSV by the path's suffix; exportList() asks where first.
    Status exportTo(const QString &path);
    void exportList();
    void refresh();

signals:
    void openHousehold(const QByteArray &householdId);

private:
    Status writeList(const QString &path); // exportTo without the audit entry
    Result<DayList> dayList();
    QWidget *buildAppointmentsTab();
    QWidget *buildQueueTab();
    void loadCounsellors();
    void changed(const QByteArray &id);
    void daySelectionChanged();

    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    clinic::AppointmentService m_service;
    MessageBanner *m_banner;
    DocumentOutput *m_dayListOutput = nullptr;
    QTabWidget *m_tabs;
    CounsellorHome *m_home = nullptr;
    QWidget *m_appointmentsTab = nullptr, *m_queueTab = nullptr;
    QComboBox *m_counsellor = nullptr;
    DateField *m_date = nullptr;
    QToolButton *m_dayMode = nullptr, *m_weekMode = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_count = nullptr;
    QStackedWidget *m_views = nullptr;
    QTableView *m_dayView = nullptr;
    AppointmentModel *m_model;
    AppointmentFilter *m_proxy;
    WeekView *m_week = nullptr;
    QueueView *m_queue = nullptr;
    AppointmentActions *m_actions = nullptr, *m_queueActions = nullptr;
    bool m_refreshing = false;
};

} // namespace tamkeen::ui
