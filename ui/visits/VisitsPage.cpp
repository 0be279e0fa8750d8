#include "visits/VisitsPage.h"

#include "clinic/WeekView.h"
#include "common/Notifier.h"
#include "format/Display.h"
#include "org/DeviceInfo.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "visits/PlanWeekDialog.h"
#include "visits/VisitPlanView.h"
#include "visits/VisitRoutePrinter.h"
#include "visits/VisitService.h"
#include "widgets/DayWatch.h"
#include "widgets/DocumentOutput.h"
#include "widgets/Heading.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using tamkeen::security::Role;

namespace tamkeen::ui {

VisitsPage::VisitsPage(storage::Database &db, const AppSettings &settings, const security::Session &session,
                       QWidget *parent)
    : QWidget(parent), m_db(db), m_settings(settings), m_session(session), m_banner(new MessageBanner(this)),
      m_week(new QLabel(this)), m_worker(new QComboBox(this)), m_day(new QComboBox(this)),
      m_plan(new VisitPlanView(db, settings, session, m_banner, this))
{
    setObjectName(u"visitsPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Home visits"), this));
    layout->addWidget(m_banner);
    auto *tools = new QHBoxLayout;
    auto *previous = new QPushButton(tr("Previous week"), this);
    previous->setObjectName(u"previousWeek"_s);
    auto *thisWeek = new QPushButton(tr("This week"), this);
    thisWeek->setObjectName(u"thisWeek"_s);
    auto *next = new QPushButton(tr("Next week"), this);
    next->setObjectName(u"nextWeek"_s);
    connect(previous, &QPushButton::clicked, this, [this] { showWeekOf(m_first.addDays(-7)); });
    connect(thisWeek, &QPushButton::clicked, this, [this] { showWeekOf(QDate::currentDate()); });
    connect(next, &QPushButton::clicked, this, [this] { showWeekOf(m_first.addDays(7)); });
    m_week->setObjectName(u"week"_s);
    m_worker->setObjectName(u"worker"_s);
    tools->addWidget(previous);
    tools->addWidget(thisWeek);
    tools->addWidget(next);
    tools->addWidget(m_week, 1);
    auto *planMany = new QPushButton(tr("Plan visits…"), this);
    planMany->setObjectName(u"planVisits"_s);
    planMany->setToolTip(tr("Choose families of the caseload to visit on a day"));
    planMany->setVisible(visits::VisitService::mayVisit(session));
    connect(planMany, &QPushButton::clicked, this, &VisitsPage::planVisits);
    tools->addWidget(planMany);
    tools->addWidget(new QLabel(tr("Visits of"), this));
    tools->addWidget(m_worker);
    layout->addLayout(tools);
    layout->addWidget(m_plan, 1);

    auto *printing = new QHBoxLayout;
    m_day->setObjectName(u"routeDay"_s);
    auto *print = new QPushButton(tr("Print the route…"), this);
    print->setObjectName(u"printRoute"_s);
    printing->addWidget(new QLabel(tr("Route of the day"), this));
    printing->addWidget(m_day);
    printing->addWidget(print);
    printing->addStretch(1);
    layout->addLayout(printing);
    m_route = new DocumentOutput(
        print, settings, m_banner,
        {{},
         [this] { return tr("visits-%1.pdf").arg(m_day->currentData().toDate().toString(Qt::ISODate)); },
         [this](const QString &path) -> Status {
             auto r = route();
             return r ? VisitRoutePrinter::write(path, m_settings, r.value()) : Status(r.error());
         },
         [this]() -> Result<PrintedDocument> {
             auto r = route();
             if (!r)
                 return r.error();
             return VisitRoutePrinter::printed(m_settings, r.value());
         },
         // The route lists families' names, addresses and phones: who printed it is kept.
         [this](const QString &path) {
             security::AuditLog::logged(security::AuditLog(m_db).record(
                 m_session, u"print"_s, {},
                 u"visits-%1 %2"_s.arg(m_day->currentData().toDate().toString(Qt::ISODate), path)));
         }});

    loadWorkers();
    connect(m_worker, &QComboBox::currentIndexChanged, this, &VisitsPage::refresh);
    connect(m_plan, &VisitPlanView::openHousehold, this, &VisitsPage::openHousehold);
    connect(&db.notifier(), &Notifier::householdsChanged, this, &VisitsPage::refresh);
    connect(&db.notifier(), &Notifier::usersChanged, this, &VisitsPage::loadWorkers);
    // At midnight the page showing the week that held yesterday moves on with the day.
    connect(new DayWatch(this), &DayWatch::dayChanged, this, [this] {
        const QDate today = QDate::currentDate();
        if (m_first == WeekView::weekStart(today.addDays(-1)))
            showWeekOf(today);
        else
            refresh();
    });
    showWeekOf(QDate::currentDate());
}

PlanWeekDialog *VisitsPage::planVisits()
{
    if (worker().isEmpty()) {
        m_banner->showInfo(tr("Choose whose visits to plan first."));
        return nullptr;
    }
    m_banner->clear();
    auto *d = new PlanWeekDialog(m_db, m_settings, m_session, worker(), window());
    connect(d, &FormDialog::saved, this, [this, d] {
        const int n = d->planned();
        m_banner->showSuccess(Display(m_settings).digits(tr("%Ln visits planned.", nullptr, n)));
        refresh();
    });
    d->open();
    return d;
}

void VisitsPage::loadWorkers()
{
    const QByteArray keep = worker();
    const QSignalBlocker quiet(m_worker);
    m_worker->clear();
    // A field worker plans their own visits; a supervisor sees whose they choose.
    if (m_session.role == Role::FieldWorker) {
        m_worker->addItem(tr("Mine"), m_session.userId);
    } else {
        m_worker->addItem(tr("Every field worker"), QByteArray());
        auto visitors = visits::VisitService(m_db).visitors();
        for (const registry::Term &t : visitors ? visitors.value() : QList<registry::Term>())
            m_worker->addItem(t.label, QByteArray::fromHex(t.key.toLatin1()));
    }
    const int at = m_worker->findData(keep);
    m_worker->setCurrentIndex(at < 0 ? 0 : at);
    m_worker->setEnabled(m_worker->count() > 1);
}

QByteArray VisitsPage::worker() const
{
    return m_worker->currentData().toByteArray();
}

void VisitsPage::showWeekOf(const QDate &day)
{
    m_first = WeekView::weekStart(day);
    const Display display(m_settings);
    m_week->setText(tr("Week of %1 to %2").arg(display.shortDate(m_first), display.shortDate(m_first.addDays(6))));
    const QDate keep = m_day->currentData().toDate();
    const QSignalBlocker quiet(m_day);
    m_day->clear();
    const QLocale locale;
    for (int i = 0; i < 7; ++i) {
        const QDate d = m_first.addDays(i);
        m_day->addItem(u"%1 %2"_s.arg(locale.dayName(d.dayOfWeek()), display.shortDate(d)), d);
    }
    const QDate today = QDate::currentDate();
    const int at = m_day->findData(keep.isValid() && keep >= m_first && keep <= m_first.addDays(6) ? keep : today);
    m_day->setCurrentIndex(at < 0 ? 0 : at);
    refresh();
}

void VisitsPage::refresh()
{
    const QDate today = QDate::currentDate();
    // The week that holds today also lists the visits still due from before.
    const bool current = today >= m_first && today <= m_first.addDays(6);
    m_plan->setRange(current ? today : m_first, m_first.addDays(6), worker(), current);
    m_plan->refresh();
}

Result<VisitRoute> VisitsPage::route() const
{
    VisitRoute r;
    if (auto device = org::Devices::thisDevice(m_db))
        r.centre = device.value();
    r.date = m_day->currentData().toDate();
    r.workerName = worker().isEmpty() ? QString() : m_worker->currentText();
    if (m_session.role == Role::FieldWorker)
        r.workerName = m_session.fullName.isEmpty() ? m_session.username : m_session.fullName;
    r.printedBy = m_session.fullName.isEmpty() ? m_session.username : m_session.fullName;
    // The day's route; today's also carries what is still due from before.
    auto planned = visits::VisitService(m_db).planned(r.date, r.date, worker(), r.date == QDate::currentDate());
    if (!planned)
        return planned.error();
    r.visits = planned.value();
    return r;
}

} // namespace tamkeen::ui
