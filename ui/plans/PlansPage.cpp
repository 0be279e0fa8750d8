#include "plans/PlansPage.h"

#include "format/AppSettings.h"
#include "format/Display.h"
#include "plans/PlanDialog.h"
#include "plans/PlanService.h"
#include "plans/PlanStepDialog.h"
#include "plans/PlanText.h"
#include "storage/Database.h"
#include "widgets/Heading.h"
#include "widgets/MessageBanner.h"
#include "widgets/ReadOnlyTable.h"

#include "widgets/ListExport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using tamkeen::plans::PlanService;

namespace tamkeen::ui {

namespace {

enum Column { ColBeneficiary, ColFile, ColStatus, ColStarted, ColNextReview, ColGoals, ColOverdue };

QStringList headers()
{
    return {PlansPage::tr("Beneficiary"), PlansPage::tr("File number"), PlansPage::tr("Status"),
            PlansPage::tr("Started"), PlansPage::tr("Next review"), PlansPage::tr("Goals achieved"),
            PlansPage::tr("Overdue tasks")};
}

} // namespace

PlansPage::PlansPage(storage::Database &db, const AppSettings &settings, const security::Session &session,
                     QWidget *parent)
    : QWidget(parent), m_db(db), m_settings(settings), m_session(session), m_banner(new MessageBanner(this)),
      m_tabs(new QTabWidget(this))
{
    setObjectName(u"plansPage"_s);
    m_tabs->addTab(buildMine(), tr("My plans"));
    if (m_session.role == security::Role::Supervisor) {
        // Supervisors draw up no plans of their own: they start on the approval
        // queue, and the list shows every counsellor's plans.
        m_tabs->addTab(buildQueue(), tr("Waiting for approval"));
        m_tabs->setCurrentIndex(1);
        m_everyone->setChecked(true);
    }
    auto *hint = new QLabel(tr("A new plan is drawn up from the member's page in the empowerment clinic."), this);
    hint->setStyleSheet(u"color: palette(dark);"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Individual empowerment plans"), this));
    layout->addWidget(hint);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    connect(&settings, &AppSettings::displayChanged, this, &PlansPage::refresh);
    // Plans change in their windows, in other screens and through imported packages.
    connect(&db.notifier(), &Notifier::plansChanged, this, &PlansPage::refresh);
    connect(&db.notifier(), &Notifier::householdsChanged, this, &PlansPage::refresh);
    refresh();
}

QWidget *PlansPage::buildMine()
{
    auto *tab = new QWidget(this);
    m_status = new QComboBox(tab);
    m_status->setObjectName(u"statusFilter"_s);
    m_status->addItem(tr("Any status"), QString());
    for (const registry::Term &t : PlanService::statuses())
        m_status->addItem(t.label, t.key);
    m_reviewDue = new QCheckBox(tr("Review due"), tab);
    m_reviewDue->setObjectName(u"reviewDue"_s);
    m_overdue = new QCheckBox(tr("With overdue tasks"), tab);
    m_overdue->setObjectName(u"overdueTasks"_s);
    m_everyone = new QCheckBox(tr("Every counsellor's plans"), tab);
    m_everyone->setObjectName(u"everyone"_s);
    // Supervisors watch the whole centre; counsellors their own plans.
    m_everyone->setVisible(m_session.role == security::Role::Supervisor);
    m_count = new QLabel(tab);
    connect(m_status, &QComboBox::currentIndexChanged, this, &PlansPage::refresh);
    for (QCheckBox *b : {m_reviewDue, m_overdue, m_everyone})
        connect(b, &QCheckBox::toggled, this, &PlansPage::refresh);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Status"), tab));
    filters->addWidget(m_status);
    filters->addWidget(m_reviewDue);
    filters->addWidget(m_overdue);
    filters->addWidget(m_everyone);
    filters->addStretch(1);
    filters->addWidget(m_count);
    auto *exportMine = new QPushButton(tr("Export…"), tab);
    exportMine->setObjectName(u"export"_s);
    connect(exportMine, &QPushButton::clicked, this, &PlansPage::exportList);
    filters->addWidget(exportMine);

    m_mine = readOnlyTable(headers(), tab, ColBeneficiary);
    m_mine->setObjectName(u"myPlans"_s);
    connect(m_mine, &QTableWidget::cellDoubleClicked, this, [this](int r) { openMyPlan(r); });
    connect(m_mine, &QTableWidget::cellActivated, this, [this](int r) { openMyPlan(r); });

    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(filters);
    layout->addWidget(m_mine, 1);
    return tab;
}

QWidget *PlansPage::buildQueue()
{
    auto *tab = new QWidget(this);
    m_queue = readOnlyTable(headers(), tab, ColBeneficiary);
    m_queue->setObjectName(u"approvalQueue"_s);
    connect(m_queue, &QTableWidget::cellDoubleClicked, this, [this](int r) { openQueued(r); });
    connect(m_queue, &QTableWidget::cellActivated, this, [this](int r) { openQueued(r); });
    auto *open = new QPushButton(tr("Open the plan"), tab);
    auto *approve = new QPushButton(tr("Approve"), tab);
    approve->setObjectName(u"approve"_s);
    auto *back = new QPushButton(tr("Return for changes…"), tab);
    back->setObjectName(u"return"_s);
    connect(open, &QPushButton::clicked, this, [this] { openQueued(m_queue->currentRow()); });
    connect(approve, &QPushButton::clicked, this, &PlansPage::approveSelected);
    connect(back, &QPushButton::clicked, this, &PlansPage::returnSelected);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addWidget(approve);
    buttons->addWidget(back);
    buttons->addStretch(1);
    auto *exportQueue = new QPushButton(tr("Export…"), tab);
    exportQueue->setObjectName(u"exportQueue"_s);
    connect(exportQueue, &QPushButton::clicked, this, &PlansPage::exportList);
    buttons->addWidget(exportQueue);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(new QLabel(tr("Plans submitted by counsellors, the oldest first."), tab));
    layout->addWidget(m_queue, 1);
    layout->addLayout(buttons);
    return tab;
}

Status PlansPage::exportTo(const QString &path)
{
    const bool queueShown = m_queue && m_tabs->currentWidget() && m_tabs->currentWidget()->isAncestorOf(m_queue);
    const QString list = queueShown ? tr("Waiting for approval") : tr("Plans");
    const Status s = ListExport::fromView(this, queueShown ? m_queue : m_mine, path, list, {ColFile});
    ListExport::audit(m_db, m_session, s, list,
                      queueShown ? QStringList() : ListExport::shownFilters({m_status, m_reviewDue, m_overdue, m_everyone}), path);
    return s;
}

void PlansPage::exportList()
{
    const QString path = ListExport::askPath(this, m_settings, tr("plans"));
    if (!path.isEmpty())
        ListExport::report(this, exportTo(path));
}

void PlansPage::refresh()
{
    PlanService plans(m_db);
    plans::PlanFilter filter;
    if (!m_everyone->isChecked())
        filter.counsellorId = m_session.userId;
    filter.status = m_status->currentData().toString();
    filter.reviewDue = m_reviewDue->isChecked();
    filter.overdueTasks = m_overdue->isChecked();
    auto mine = plans.list(filter, QDate::currentDate());
    if (!mine) {
        m_banner->showError(mine.error().message);
        return;
    }
    m_mineRows = mine.value();
    fill(m_mine, m_mineRows);
    m_count->setText(Display(m_settings).digits(tr("%Ln plan(s)", nullptr, int(m_mineRows.size()))));
    if (m_queue) {
        auto queued = plans.approvalQueue();
        m_queueRows = queued ? queued.value() : QList<plans::PlanRow>();
        fill(m_queue, m_queueRows);
        m_tabs->setTabText(1, tr("Waiting for approval (%1)").arg(Display(m_settings).number(m_queueRows.size())));
    }
}

void PlansPage::fill(QTableWidget *table, const QList<plans::PlanRow> &rows)
{
    const Display display(m_settings);
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const plans::PlanRow &p = rows[r];
        const QStringList cells = {p.memberName,
                                   Display::ltr(p.fileNumber),
                                   PlanText::status(p.status),
                                   display.shortDate(p.startedOn),
                                   display.shortDate(p.nextReview),
                                   display.fraction(p.goalsAchieved, p.goals),
                                   display.number(p.tasksOverdue)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == ColOverdue && p.tasksOverdue > 0) {
                item->setForeground(QColor(0x8a, 0x1c, 0x1c));
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            // A review whose date has come is marked too.
            if (c == ColNextReview && p.nextReview.isValid() && p.nextReview <= QDate::currentDate())
                item->setForeground(QColor(0x8a, 0x5a, 0x00));
            table->setItem(r, c, item);
        }
    }
}

PlanDialog *PlansPage::openPlan(const QByteArray &planId)
{
    auto *d = new PlanDialog(m_db, m_settings, m_session, planId, this);
    connect(d, &PlanDialog::changed, this, &PlansPage::refresh);
    d->show();
    return d;
}

PlanDialog *PlansPage::openMyPlan(int row)
{
    return row >= 0 && row < m_mineRows.size() ? openPlan(m_mineRows[row].id) : nullptr;
}

PlanDialog *PlansPage::openQueued(int row)
{
    return row >= 0 && row < m_queueRows.size() ? openPlan(m_queueRows[row].id) : nullptr;
}

QByteArray PlansPage::selectedQueued() const
{
    const int row = m_queue ? m_queue->currentRow() : -1;
    return row >= 0 && row < m_queueRows.size() ? m_queueRows[row].id : QByteArray();
}

bool PlansPage::approveSelected()
{
    const QByteArray id = selectedQueued();
    if (id.isEmpty()) {
        m_banner->showInfo(tr("Select a plan in the list first."));
        return false;
    }
    if (Status s = PlanService(m_db).approve(m_session, id); !s) {
        m_banner->showError(s.error().message);
        return false;
    }
    m_banner->showSuccess(tr("The plan was approved and is now active."));
    refresh();
    return true;
}

PlanStepDialog *PlansPage::returnSelected()
{
    const QByteArray id = selectedQueued();
    if (id.isEmpty()) {
        m_banner->showInfo(tr("Select a plan in the list first."));
        return nullptr;
    }
    storage::Database &db = m_db;
    const security::Session session = m_session;
    auto *d = new PlanStepDialog(PlanStepDialog::Step::Return, m_settings,
                                 [&db, session, id](const PlanStepDialog::Answer &a) {
                                     return PlanService(db).returnToDraft(session, id, a.text);
                                 },
                                 this);
    connect(d, &PlanStepDialog::done, this, [this] {
        m_banner->showSuccess(tr("The plan was returned to its counsellor for changes."));
        refresh();
    });
    d->show();
    return d;
}

} // namespace tamkeen::ui
