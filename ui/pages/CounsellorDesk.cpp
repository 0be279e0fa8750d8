#include "pages/CounsellorDesk.h"

#include "clinic/AppointmentService.h"
#include "format/Display.h"
#include "plans/PlanService.h"
#include "widgets/BackgroundRefresh.h"
#include "widgets/MessageBanner.h"
#include "widgets/ReadOnlyTable.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

CounsellorDesk::CounsellorDesk(storage::Database &db, const AppSettings &settings, const security::Session &session,
                               MessageBanner *banner, QWidget *parent)
    : QWidget(parent), m_settings(settings), m_session(session), m_banner(banner),
      m_background(new BackgroundRefresh(db, this)), m_appointmentsBox(new QGroupBox(tr("My appointments this week"), this)),
      m_reviewsBox(new QGroupBox(tr("My plans due for review"), this))
{
    setObjectName(u"counsellorDesk"_s);
    m_appointmentsBox->setObjectName(u"myAppointmentsBox"_s);
    m_reviewsBox->setObjectName(u"myReviewsBox"_s);
    m_appointments = readOnlyTable({tr("Day"), tr("Time"), tr("Name"), tr("File number")}, m_appointmentsBox, 2);
    m_appointments->setObjectName(u"myAppointments"_s);
    m_reviews = readOnlyTable({tr("Name"), tr("File number"), tr("Review due")}, m_reviewsBox, 0);
    m_reviews->setObjectName(u"myReviews"_s);
    connect(m_appointments, &QTableWidget::cellActivated, this, &CounsellorDesk::openAppointment);
    connect(m_reviews, &QTableWidget::cellActivated, this, &CounsellorDesk::openReview);
    (new QVBoxLayout(m_appointmentsBox))->addWidget(m_appointments);
    (new QVBoxLayout(m_reviewsBox))->addWidget(m_reviews);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_appointmentsBox, 3);
    layout->addWidget(m_reviewsBox, 2);
    connect(m_background, &BackgroundRefresh::failed, m_banner, &MessageBanner::showError);
    connect(m_background, &BackgroundRefresh::finished, this, &CounsellorDesk::computed);
}

bool CounsellorDesk::computing() const
{
    return m_background->busy();
}

void CounsellorDesk::refresh()
{
    m_background->request([this, me = m_session.userId,
                           now = QDateTime::currentDateTime()](storage::Database &db) -> BackgroundRefresh::Deliver {
        Data data;
        const QDate today = now.date();
        auto booked = clinic::AppointmentService(db).between(today, today.addDays(kDaysAhead - 1), me);
        if (booked) {
            for (const clinic::Appointment &a : booked.value())
                if (a.status == u"booked" && a.endsAt() >= now) // not the ones already over
                    data.appointments << a;
        } else {
            data.error = booked.error().message;
        }
        plans::PlanFilter due;
        due.counsellorId = me;
        due.reviewDue = true;
        auto reviews = plans::PlanService(db).list(due, today);
        if (reviews)
            data.reviews = reviews.value();
        else
            data.error = reviews.error().message;
        return [this, data] { show(data); };
    });
}

void CounsellorDesk::show(const Data &data)
{
    m_data = data;
    if (!data.error.isEmpty())
        m_banner->showError(data.error);
    const Display display(m_settings);
    m_appointmentsBox->setTitle(data.appointments.isEmpty()
                                    ? tr("My appointments this week: none")
                                    : tr("My appointments this week: %1").arg(display.number(data.appointments.size())));
    m_appointments->setRowCount(int(data.appointments.size()));
    for (int r = 0; r < data.appointments.size(); ++r) {
        const clinic::Appointment &a = data.appointments[r];
        const QStringList cells{display.date(a.startsAt.date()), display.time(a.startsAt.time()), a.memberName,
                                Display::ltr(a.fileNumber)};
        for (int c = 0; c < cells.size(); ++c)
            m_appointments->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_reviewsBox->setTitle(data.reviews.isEmpty()
                               ? tr("My plans due for review: none")
                               : tr("My plans due for review: %1").arg(display.number(data.reviews.size())));
    m_reviews->setRowCount(int(data.reviews.size()));
    for (int r = 0; r < data.reviews.size(); ++r) {
        const plans::PlanRow &p = data.reviews[r];
        const QStringList cells{p.memberName, Display::ltr(p.fileNumber), display.shortDate(p.nextReview)};
        for (int c = 0; c < cells.size(); ++c)
            m_reviews->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
}

void CounsellorDesk::openAppointment(int row)
{
    if (row >= 0 && row < m_data.appointments.size())
        emit openHousehold(m_data.appointments[row].householdId);
}

void CounsellorDesk::openReview(int row)
{
    if (row >= 0 && row < m_data.reviews.size())
        emit openPlan(m_data.reviews[row].id);
}

} // namespace tamkeen::ui
