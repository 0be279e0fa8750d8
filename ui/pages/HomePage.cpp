#include "pages/HomePage.h"

#include "format/AppSettings.h"
#include "format/Display.h"
#include "impact/WarningsSummary.h"
#include "pages/CounsellorDesk.h"
#include "pages/SupervisorHome.h"
#include "referrals/ExitFollowUpsView.h"
#include "storage/Database.h"
#include "visits/VisitPlanView.h"
#include "widgets/DayWatch.h"
#include "widgets/Heading.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using tamkeen::security::Role;

namespace tamkeen::ui {

HomePage::HomePage(storage::Database &db, const AppSettings &settings, const security::Session &session,
                   const QByteArray &centre, QWidget *parent)
    : QWidget(parent), m_settings(settings), m_session(session), m_banner(new MessageBanner(this)),
      m_date(new QLabel(this)), m_warnings(new WarningsSummary(db, settings, session, this))
{
    setObjectName(u"homePage"_s);
    m_date->setObjectName(u"today"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Welcome, %1").arg(session.fullName), this));
    layout->addWidget(m_date);
    layout->addWidget(m_banner);
    layout->addWidget(m_warnings);
    switch (session.role) {
    case Role::Supervisor:
    case Role::Administrator:
        m_warnings->setCentre(centre);
        m_supervisor = new SupervisorHome(db, settings, session, centre, m_banner, this);
        connect(m_supervisor, &SupervisorHome::openPlan, this, &HomePage::openPlan);
        connect(m_supervisor, &SupervisorHome::openHousehold, this, &HomePage::openHousehold);
        connect(m_supervisor, &SupervisorHome::openGraduation, this, &HomePage::openGraduation);
        layout->addWidget(m_supervisor, 1);
        break;
    case Role::Counsellor: // the families they counsel, as their Reports section lists them
        m_warnings->setCounsellor(session.userId);
        m_counsellor = new CounsellorDesk(db, settings, session, m_banner, this);
        connect(m_counsellor, &CounsellorDesk::openPlan, this, &HomePage::openPlan);
        connect(m_counsellor, &CounsellorDesk::openHousehold, this, &HomePage::openHousehold);
        layout->addWidget(m_counsellor, 1);
        break;
    case Role::FieldWorker:
        // The day's visits first: they are the day's work; follow-ups fall due now and then.
        layout->addWidget(visitsBox(db), 3);
        layout->addWidget(followUpsBox(db), 2);
        break;
    }
    connect(m_warnings, &WarningsSummary::openRule, this, &HomePage::openWarnings);
    connect(&settings, &AppSettings::displayChanged, this, &HomePage::refresh);
    const Notifier &n = db.notifier();
    connect(&n, &Notifier::exitsChanged, this, &HomePage::refresh);
    connect(&n, &Notifier::householdsChanged, this, &HomePage::refresh);
    // The counts and queues change with almost any write; they are read off the
    // UI thread, a burst of notifications coalesced into one read.
    for (auto signal : {&Notifier::plansChanged, &Notifier::clinicChanged, &Notifier::settingsChanged,
                        &Notifier::usersChanged})
        connect(&n, signal, this, &HomePage::refreshCounts);
    // Follow-ups and reviews fall due with the date, not with a write.
    connect(new DayWatch(this), &DayWatch::dayChanged, this, &HomePage::refresh);
    refresh();
}

QWidget *HomePage::followUpsBox(storage::Database &db)
{
    m_followUpsBox = new QGroupBox(this);
    m_onlyMine = new QCheckBox(tr("Only the families assigned to me"), m_followUpsBox);
    m_followUps = new ExitFollowUpsView(db, m_settings, m_session, m_banner, m_followUpsBox);
    m_onlyMine->setObjectName(u"onlyMine"_s);
    m_onlyMine->setChecked(true);
    connect(m_onlyMine, &QCheckBox::toggled, this, &HomePage::refresh);
    connect(m_followUps, &ExitFollowUpsView::countChanged, this, [this](int due) {
        m_followUpsBox->setTitle(due == 0 ? tr("Follow-ups after exit: none due")
                                          : tr("Follow-ups after exit due: %1").arg(Display(m_settings).number(due)));
    });
    auto *boxLayout = new QVBoxLayout(m_followUpsBox);
    boxLayout->addWidget(m_onlyMine);
    boxLayout->addWidget(m_followUps, 1);
    return m_followUpsBox;
}

QWidget *HomePage::visitsBox(storage::Database &db)
{
    m_visitsBox = new QGroupBox(this);
    m_visitsBox->setObjectName(u"visitsToday"_s);
    m_visits = new VisitPlanView(db, m_settings, m_session, m_banner, m_visitsBox);
    connect(m_visits, &VisitPlanView::openHousehold, this, &HomePage::openHousehold);
    connect(m_visits, &VisitPlanView::countChanged, this, [this](int visits) {
        m_visitsBox->setTitle(visits == 0 ? tr("My home visits today: none planned")
                                          : tr("My home visits today: %1").arg(Display(m_settings).number(visits)));
    });
    auto *boxLayout = new QVBoxLayout(m_visitsBox);
    boxLayout->addWidget(m_visits, 1);
    return m_visitsBox;
}

void HomePage::refresh()
{
    showDate();
    if (m_visits) { // today's, and those still due from an earlier day
        const QDate today = QDate::currentDate();
        m_visits->setRange(today, today, m_session.userId, true);
        m_visits->refresh();
    }
    if (m_followUps) {
        const QByteArray worker = m_onlyMine->isChecked() ? m_session.userId : QByteArray();
        m_followUps->setWorker(worker);
        m_followUps->refresh();
        m_warnings->setWorker(worker);
    }
    refreshCounts();
}

void HomePage::refreshCounts()
{
    m_warnings->refresh();
    if (m_supervisor)
        m_supervisor->refresh();
    if (m_counsellor)
        m_counsellor->refresh();
}

bool HomePage::computing() const
{
    return m_warnings->computing() || (m_supervisor && m_supervisor->computing())
           || (m_counsellor && m_counsellor->computing());
}

void HomePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    showDate(); // the day may have changed since; the data reloads through the notifier
}

void HomePage::showDate()
{
    m_date->setText(tr("Today is %1").arg(Display(m_settings).date(QDate::currentDate())));
}

} // namespace tamkeen::ui
