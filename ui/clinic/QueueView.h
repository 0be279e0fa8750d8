#pragma once
// Today's queue at the centre: who is expected, who has arrived and waits, and
// who is being seen now. Only booked appointments of today take part.
#include "clinic/ClinicRecords.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace tamkeen::ui {

class AppSettings;

class QueueView : public QWidget {
    Q_OBJECT
public:
    enum Group { Expected, Arrived, BeingSeen, GroupCount };

    explicit QueueView(const AppSettings &settings, QWidget *parent = nullptr);

    void setAppointments(const QList<clinic::Appointment> &today);
    QListWidget *list(Group group) const { return m_lists[group]; }
    // The ids in a group, in order; for tests and the details bar.
    QList<QByteArray> ids(Group group) const;
    void select(const QByteArray &appointmentId);

signals:
    void appointmentSelected(const QByteArray &appointmentId);

private:
    const AppSettings &m_settings;
    QListWidget *m_lists[GroupCount];
    QLabel *m_titles[GroupCount];
};

} // namespace tamkeen::ui
