#include "widgets/DayWatch.h"

#include <QTimer>

namespace tamkeen::ui {

DayWatch::DayWatch(QObject *parent, const QDate &day) : QObject(parent), m_day(day), m_timer(new QTimer(this))
{
    // A minute's polling survives sleep and clock changes, which a single timer
    // aimed at midnight does not.
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &DayWatch::check);
    m_timer->start();
}

void DayWatch::check()
{
    const QDate today = QDate::currentDate();
    if (today == m_day)
        return;
    m_day = today;
    emit dayChanged(today);
}

} // namespace tamkeen::ui
