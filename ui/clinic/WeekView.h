#pragma once
// A week at a glance: seven day columns in reading order, each listing its
// appointments as "time  name". Clicking an entry selects that appointment;
// clicking a day's heading opens that day.
#include "clinic/ClinicRecords.h"

#include <QDate>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace tamkeen::ui {

class AppSettings;

class WeekView : public QWidget {
    Q_OBJECT
public:
    explicit WeekView(const AppSettings &settings, QWidget *parent = nullptr);

    // The week that contains `day`, starting on the locale's first day of the week.
    static QDate weekStart(const QDate &day);
    void setWeek(const QDate &day, const QList<clinic::Appointment> &appointments);
    QDate firstDay() const { return m_first; }
    void select(const QByteArray &appointmentId);
    QByteArray selected() const;

    QListWidget *dayList(int column) const { return m_lists.value(column); }
    QPushButton *dayButton(int column) const { return m_heads.value(column); }

signals:
    void appointmentSelected(const QByteArray &appointmentId);
    void dayChosen(const QDate &day);

private:
    const AppSettings &m_settings;
    QDate m_first;
    QList<QPushButton *> m_heads;
    QList<QListWidget *> m_lists;
};

} // namespace tamkeen::ui
