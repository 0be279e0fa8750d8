#include "casework/TaskInboxPage.h"

#include "common/Notifier.h"
#include "format/AppSettings.h"
#include "format/Display.h"
#include "storage/Database.h"
#include "widgets/BackgroundRefresh.h"
#include "widgets/DayWatch.h"
#include "widgets/Heading.h"
#include "widgets/MessageBanner.h"
#include "widgets/ReadOnlyTable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using tamkeen::casework::InboxItem;
using tamkeen::casework::TaskInbox;

namespace tamkeen::ui {

TaskInboxPage::TaskInboxPage(storage::Database &db, const AppSettings &settings, const security::Session &session,
                             const QByteArray &centre, QWidget *parent)
    : QWidget(parent), m_settings(settings), m_session(session), m_centre(centre), m_banner(new MessageBanner(this)),
      m_background(new BackgroundRefresh(db, this)), m_summary(new QLabel(this)), m_kind(new QComboBox(this)),
      m_lateOnly(new QCheckBox(tr("Only what is late"), this))
{
    setObjectName(u"taskInboxPage"_s);
    m_summary->setObjectName(u"inboxSummary"_s);
    m_summary->setText(tr("Reading your tasks…"));
    m_kind->setObjectName(u"inboxKind"_s);
    m_lateOnly->setObjectName(u"inboxLateOnly"_s);
    m_kind->addItem(tr("Everything"), -1);
    for (InboxItem::Kind kind : TaskInbox::kindsFor(session.role))
        m_kind->addItem(TaskInbox::kindName(kind), int(kind));
    m_table = readOnlyTable({tr("What"), tr("Due"), tr("File number"), tr("Name"), tr("Details")}, this, 4);
    m_table->setObjectName(u"inboxTable"_s);
    connect(m_table, &QTableWidget::cellActivated, this, &TaskInboxPage::openRow);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &TaskInboxPage::show);
    connect(m_lateOnly, &QCheckBox::toggled, this, &TaskInboxPage::show);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_kind);
    filters->addWidget(m_lateOnly);
    filters->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("My tasks"), this));
    layout->addWidget(m_banner);
    layout->addWidget(m_summary);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(new QLabel(tr("Open a row with a double click or Enter."), this));

    connect(m_background, &BackgroundRefresh::failed, m_banner, &MessageBanner::showError);
    connect(m_background, &BackgroundRefresh::finished, this, &TaskInboxPage::computed);
    // Almost any write may bring a task or take one away; a burst is read once.
    const Notifier &n = db.notifier();
    for (auto signal : {&Notifier::householdsChanged, &Notifier::plansChanged, &Notifier::clinicChanged,
                        &Notifier::exitsChanged, &Notifier::settingsChanged, &Notifier::usersChanged})
        connect(&n, signal, this, &TaskInboxPage::refresh);
    connect(new DayWatch(this), &DayWatch::dayChanged, this, &TaskInboxPage::refresh); // what falls due with the date
    connect(&settings, &AppSettings::displayChanged, this, &TaskInboxPage::show);
    refresh();
}

bool TaskInboxPage::computing() const
{
    return m_background->busy();
}

void TaskInboxPage::refresh()
{
    m_background->request([this, session = m_session, centre = m_centre,
                           today = QDate::currentDate()](storage::Database &db) -> BackgroundRefresh::Deliver {
        auto items = TaskInbox::of(db, session, centre, today);
        return [this, items, today] {
            if (!items) {
                m_banner->showError(items.error().message);
                return;
            }
            m_items = items.value();
            m_today = today;
            int late = 0;
            for (const InboxItem &i : m_items)
                late += TaskInbox::overdue(i, today) ? 1 : 0;
            emit countChanged(int(m_items.size()), late);
            show();
        };
    });
}

void TaskInboxPage::show()
{
    const Display display(m_settings);
    int late = 0;
    for (const InboxItem &i : std::as_const(m_items))
        late += TaskInbox::overdue(i, m_today) ? 1 : 0;
    if (m_items.isEmpty())
        m_summary->setText(tr("Nothing is due for you."));
    else if (late == 0)
        m_summary->setText(tr("%1 due, none of it late.").arg(display.number(m_items.size())));
    else
        m_summary->setText(tr("%1 due, %2 of it late.").arg(display.number(m_items.size()), display.number(late)));

    const int kind = m_kind->currentData().toInt();
    m_shown.clear();
    for (const InboxItem &i : std::as_const(m_items))
        if ((kind < 0 || int(i.kind) == kind) && (!m_lateOnly->isChecked() || TaskInbox::overdue(i, m_today)))
            m_shown << i;
    m_table->setRowCount(int(m_shown.size()));
    for (int r = 0; r < m_shown.size(); ++r) {
        const InboxItem &i = m_shown[r];
        const bool overdue = TaskInbox::overdue(i, m_today);
        auto *due = new QTableWidgetItem(overdue ? tr("%1 (late)").arg(display.shortDate(i.due)) : display.shortDate(i.due));
        if (overdue) { // red and bold: seen at a glance, and not by colour alone
            due->setForeground(QColor(0xb3, 0x26, 0x1e));
            QFont bold = due->font();
            bold.setBold(true);
            due->setFont(bold);
        }
        m_table->setItem(r, 0, new QTableWidgetItem(TaskInbox::kindName(i.kind)));
        m_table->setItem(r, 1, due);
        m_table->setItem(r, 2, new QTableWidgetItem(Display::ltr(i.fileNumber)));
        m_table->setItem(r, 3, new QTableWidgetItem(i.name));
        QString detail = i.detail;
        if (i.kind == InboxItem::Kind::Approval && !detail.isEmpty())
            detail = tr("Submitted by %1").arg(detail);
        else if (i.kind == InboxItem::Kind::Graduation)
            detail = tr("Pathway: %1").arg(detail);
        m_table->setItem(r, 4, new QTableWidgetItem(display.digits(detail)));
    }
}

void TaskInboxPage::openRow(int row)
{
    if (row < 0 || row >= m_shown.size())
        return;
    const InboxItem &i = m_shown[row];
    switch (i.kind) {
    case InboxItem::Kind::Approval:
    case InboxItem::Kind::Review:
    case InboxItem::Kind::OverdueTask:
        emit openPlan(i.targetId);
        break;
    case InboxItem::Kind::Graduation:
        emit openGraduation(i.targetId);
        break;
    case InboxItem::Kind::Visit:
    case InboxItem::Kind::FollowUp:
    case InboxItem::Kind::Warning:
    case InboxItem::Kind::Counselling:
        emit openHousehold(i.householdId);
        break;
    case InboxItem::Kind::Objection:
        emit openObjection(i.targetId);
        break;
    }
}

void TaskInboxPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh(); // coalesced with any read already asked for
}

} // namespace tamkeen::ui
