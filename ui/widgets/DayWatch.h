#pragma once
// Tells when the calendar day changes (midnight, or the computer woken or its date
// set): pages that show "today" (the clinic's queue, the home page) reload then,
// since nothing is written to the database to tell them.
#include <QDate>
#include <QObject>

class QTimer;

namespace tamkeen::ui {

class DayWatch : public QObject {
    Q_OBJECT
public:
    // `day` is the day the watcher believes it is (today, but for tests).
    explicit DayWatch(QObject *parent = nullptr, const QDate &day = QDate::currentDate());

    // Checks now (the timer checks once a minute).
    void check();

signals:
    void dayChanged(const QDate &today);

private:
    QDate m_day;
    QTimer *m_timer;
};

} // namespace tamkeen::ui
