#include "pages/HomePage.h"

#include "format/AppSettings.h"
#include "format/Display.h"
#include "impact/WarningsSummary.h"
#include "referrals/ExitFollowUpsView.h"
#include "storage/Database.h"
#include "widgets/DayWatch.h"
#include "widgets/Heading.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

HomePage::HomePage(storage::Database &db, const AppSettings &settings, const security::Session &session,
                   QWidget *parent)
    : QWidget(parent), m_settings(settings), m_session(session), m_banner(new MessageBanner(this)),
      m_date(new QLabel(this)), m_followUpsBox(new QGroupBox(this)),
      m_onlyMine(new QCheckBox(tr("Only the families assigned to me"), m_followUpsBox)),
      m_followUps(new ExitFollowUpsView(db, settings, session, m_banner, m_followUpsBox)),
      m_warnings(new WarningsSummary(db, settings, session, this))
{
    setObjectName(u"homePage"_s);
    m_date->setObjectName(u"today"_s);
    m_onlyMine->setObjectName(u"onlyMine"_s);
    m_onlyMine->setChecked(session.role == security::Role::FieldWorker);
    connect(m_onlyMine, &QCheckBox::toggled, this, &HomePage::refresh);
    connect(m_followUps, &ExitFollowUpsView::countChanged, this, [this](int due) {
        m_followUpsBox->setTitle(due == 0 ? tr("Follow-ups after exit: none due")
                                          : tr("Follow-ups after exit due: %1").arg(Display(m_settings).number(due)));
    });
    auto *boxLayout = new QVBoxLayout(m_followUpsBox);
    boxLayout->addWidget(m_onlyMine);
    boxLayout->addWidget(m_followUps, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Welcome, %1").arg(session.fullName), this));
    layout->addWidget(m_date);
    layout->addWidget(m_banner);
    layout->addWidget(m_warnings);
    layout->addWidget(m_followUpsBox, 1);
    connect(m_warnings, &WarningsSummary::openRule, this, &HomePage::openWarnings);
    connect(&settings, &AppSettings::displayChanged, this, &HomePage::refresh);
    connect(&db.notifier(), &Notifier::exitsChanged, this, &HomePage::refresh);
    connect(&db.notifier(), &Notifier::householdsChanged, this, &HomePage::refresh);
    // Follow-ups fall due with the date, not with a write.
    connect(new DayWatch(this), &DayWatch::dayChanged, this, &HomePage::refresh);
    refresh();
}

void HomePage::refresh()
{
    showDate();
    m_followUps->setWorker(m_onlyMine->isChecked() ? m_session.userId : QByteArray());
    m_followUps->refresh();
    m_warnings->setWorker(m_onlyMine->isChecked() ? m_session.userId : QByteArray());
    m_warnings->refresh();
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
