#include "plans/PlanDialog.h"

#include "security/AuditLog.h"
#include "clinic/AssessmentService.h"
#include "clinic/ClinicVocabulary.h"
#include "format/AppSettings.h"
#include "format/Display.h"
#include "plans/PlanCells.h"
#include "plans/PlanPrinter.h"
#include "plans/PlanService.h"
#include "plans/PlanStepDialog.h"
#include "plans/PlanText.h"
#include "registry/HouseholdService.h"
#include "registry/IncomeService.h"
#include "widgets/DocumentOutput.h"
#include "widgets/Heading.h"
#include "widgets/MessageBanner.h"
#include "widgets/ReadOnlyTable.h"
#include "widgets/TabOrder.h"
#include "widgets/WindowGeometry.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using tamkeen::plans::PlanService;
using tamkeen::registry::Vocabulary;

namespace tamkeen::ui {

namespace {

const QColor kOverdue(0x8a, 0x1c, 0x1c);

QTableWidget *editTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectItems);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setTabKeyNavigation(true); // Tab moves through the cells
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    t->horizontalHeader()->setStretchLastSection(false);
    return t;
}

void setCell(QTableWidget *t, int row, int column, const QString &text, const QVariant &value = {})
{
    auto *item = t->item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        t->setItem(row, column, item);
    }
    item->setData(Qt::UserRole, value);
    item->setText(text);
}

} // namespace

PlanDialog::PlanDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                       QWidget *parent)
    : GuardedDialog(parent), m_db(db), m_settings(settings), m_session(session), m_banner(new MessageBanner(this))
{
    build();
}

PlanDialog::PlanDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
                       const QByteArray &planId, QWidget *parent)
    : PlanDialog(db, settings, session, parent)
{
    m_plan.id = planId;
    reload();
}

PlanDialog *PlanDialog::startNew(storage::Database &db, const AppSettings &settings, const security::Session &session,
                                 const QByteArray &memberId, const QByteArray &sessionId, QWidget *parent)
{
    auto *d = new PlanDialog(db, settings, session, parent);
    d->m_plan.memberId = memberId;
    d->m_plan.sessionId = sessionId;
    d->m_plan.status = u"draft"_s;
    d->m_plan.startedOn = QDate::currentDate();
    auto member = registry::HouseholdService(db).members().member(memberId);
    if (member) {
        d->m_plan.householdId = member.value().householdId;
        d->m_plan.memberName = member.value().fullName();
    }
    d->m_ownerName = session.fullName;
    d->showHeader();
    d->fillBaseline();
    d->fillGoals();
    d->fillHistory();
    d->updateControls();
    d->m_banner->showInfo(tr("Choose the plan's tracks and add its goals, then save: the plan is kept as a draft."));
    d->show();
    d->m_tracks->setFocus();
    return d;
}

void PlanDialog::build()
{
    setObjectName(u"planDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    m_title = heading(QString(), this, 1.3);
    m_title->setTextFormat(Qt::PlainText);
    m_facts = new QLabel(this);
    m_facts->setObjectName(u"facts"_s);
    m_facts->setWordWrap(true);

    m_tracks = new QListWidget(this);
    m_tracks->setObjectName(u"tracks"_s);
    m_tracks->setFlow(QListView::LeftToRight);
    m_tracks->setWrapping(true);
    m_tracks->setSpacing(2);
    for (const registry::Term &t : PlanService(m_db).allTracks()) {
        auto *item = new QListWidgetItem(t.label, m_tracks);
        item->setData(Qt::UserRole, t.key);
        item->setCheckState(Qt::Unchecked);
    }
    // One cell size for every track, so that ticking one (or a scroll bar coming
    // and going) never re-wraps the rows under the cursor.
    int cellWidth = 0;
    for (int i = 0; i < m_tracks->count(); ++i)
        cellWidth = std::max(cellWidth, m_tracks->fontMetrics().horizontalAdvance(m_tracks->item(i)->text()));
    cellWidth += m_tracks->style()->pixelMetric(QStyle::PM_IndicatorWidth) + 16; // the check box and margins
    m_tracks->setGridSize(QSize(cellWidth + 12, m_tracks->sizeHintForRow(0) + 4));
    m_tracks->setResizeMode(QListView::Adjust);
    m_tracks->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_tracks->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tracks->setFixedHeight(3 * (m_tracks->sizeHintForRow(0) + 4) + 2 * m_tracks->frameWidth() + 4);
    connect(m_tracks, &QListWidget::itemChanged, this, [this] {
        if (!m_filling)
            refreshDomains();
    });
    auto *tracksBox = new QGroupBox(tr("Empowerment tracks"), this);
    auto *tracksLayout = new QVBoxLayout(tracksBox);
    tracksLayout->addWidget(m_tracks);
    tracksLayout->addStretch(1);

    // Goals, edited in place.
    m_goalTable = editTable({tr("Track"), tr("Goal"), tr("What is measured"), tr("At the start"), tr("Target"),
                             tr("Target date"), tr("Status"), tr("Now")},
                            this);
    m_goalTable->setObjectName(u"goals"_s);
    m_goalCells = new PlanCellDelegate(m_settings, this);
    m_goalCells->setColumn(GDomain, {CellKind::Term, {}});
    m_goalCells->setColumn(GBaseline, {CellKind::Number, {}});
    m_goalCells->setColumn(GTarget, {CellKind::Number, {}});
    m_goalCells->setColumn(GCurrent, {CellKind::Number, {}});
    m_goalCells->setColumn(GTargetDate, {CellKind::Date, {}});
    m_goalCells->setColumn(GStatus, {CellKind::Term, PlanService::goalStatuses()});
    m_goalTable->setItemDelegate(m_goalCells);
    m_goalTable->setMinimumHeight(120);
    m_goalTable->setMaximumHeight(150);
    m_goalTable->horizontalHeader()->setSectionResizeMode(GDescription, QHeaderView::Stretch);
    connect(m_goalTable, &QTableWidget::cellChanged, this, &PlanDialog::goalEdited);
    connect(m_goalTable, &QTableWidget::currentCellChanged, this, [this](int row, int, int previous) {
        if (row != previous)
            fillTasks();
    });
    m_addGoal = new QPushButton(tr("Add a goal"), this);
    m_addGoal->setObjectName(u"addGoal"_s);
    m_addGoal->setShortcut(QKeySequence::New);
    m_addGoal->setToolTip(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText));
    connect(m_addGoal, &QPushButton::clicked, this, [this] {
        const int r = addGoal();
        m_goalTable->setFocus();
        m_goalTable->editItem(m_goalTable->item(r, GDescription));
    });
    auto *goalsBox = new QGroupBox(tr("Goals"), this);
    auto *goalsLayout = new QVBoxLayout(goalsBox);
    goalsLayout->addWidget(m_goalTable);
    auto *goalButtons = new QHBoxLayout;
    goalButtons->addWidget(m_addGoal);
    goalButtons->addStretch(1);
    goalsLayout->addLayout(goalButtons);

    m_taskTable = editTable({tr("Task"), tr("Who does it"), tr("Due"), tr("Done on")}, this);
    m_taskTable->setObjectName(u"tasks"_s);
    m_taskCells = new PlanCellDelegate(m_settings, this);
    m_taskCells->setColumn(TResponsible, {CellKind::Term, PlanService::responsibles()});
    m_taskCells->setColumn(TDue, {CellKind::Date, {}});
    m_taskCells->setColumn(TDone, {CellKind::Date, {}});
    m_taskTable->setItemDelegate(m_taskCells);
    m_taskTable->setMinimumHeight(90);
    m_taskTable->setMaximumHeight(115);
    m_taskTable->horizontalHeader()->setSectionResizeMode(TDescription, QHeaderView::Stretch);
    connect(m_taskTable, &QTableWidget::cellChanged, this, &PlanDialog::taskEdited);
    m_addTask = new QPushButton(tr("Add a task to the selected goal"), this);
    m_addTask->setObjectName(u"addTask"_s);
    connect(m_addTask, &QPushButton::clicked, this, [this] {
        const int r = addTask();
        if (r >= 0) {
            m_taskTable->setFocus();
            m_taskTable->editItem(m_taskTable->item(r, TDescription));
        }
    });
    auto *tasksBox = new QGroupBox(tr("Tasks of the selected goal"), this);
    auto *tasksLayout = new QVBoxLayout(tasksBox);
    tasksLayout->addWidget(m_taskTable);
    auto *taskButtons = new QHBoxLayout;
    taskButtons->addWidget(m_addTask);
    taskButtons->addWidget(new QLabel(tr("Delete clears a date."), this));
    taskButtons->addStretch(1);
    tasksLayout->addLayout(taskButtons);
    // Delete or Backspace on a date cell clears it (dates may be left open).
    for (QTableWidget *t : {m_goalTable, m_taskTable})
        t->installEventFilter(this);

    m_progress = new QLabel(this);
    m_progress->setObjectName(u"progress"_s);
    QFont bold = m_progress->font();
    bold.setBold(true);
    m_progress->setFont(bold);

    auto *steps = new QHBoxLayout;
    const auto stepButton = [&](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        steps->addWidget(b);
        return b;
    };
    m_submit = stepButton(tr("Submit for approval"), u"submitPlan"_s);
    m_approve = stepButton(tr("Approve"), u"approvePlan"_s);
    m_return = stepButton(tr("Return for changes…"), u"returnPlan"_s);
    m_review = stepButton(tr("Record a review…"), u"reviewPlan"_s);
    m_close = stepButton(tr("Close the plan…"), u"closePlan"_s);
    m_exitButton = stepButton(tr("Voluntary exit plan…"), u"exitTerms"_s);
    m_print = stepButton(tr("Print the plan…"), u"printPlan"_s);
    steps->addStretch(1);
    connect(m_submit, &QPushButton::clicked, this, &PlanDialog::submit);
    connect(m_approve, &QPushButton::clicked, this, &PlanDialog::approve);
    connect(m_return, &QPushButton::clicked, this, &PlanDialog::returnForChanges);
    connect(m_review, &QPushButton::clicked, this, &PlanDialog::recordReview);
    connect(m_close, &QPushButton::clicked, this, &PlanDialog::closePlan);
    connect(m_exitButton, &QPushButton::clicked, this, &PlanDialog::editExitTerms);
    // What is printed is what is saved: pending edits are saved first.
    m_printOutput = new DocumentOutput(m_print, m_settings, m_banner,
                                       {[this] { return !hasPendingEdits() || save(); },
                                        [this] { return tr("plan-%1.pdf").arg(m_fileNumber); },
                                        [this](const QString &path) { return writePlan(path); },
                                        [this]() -> Result<PrintedDocument> {
                                            if (m_plan.id.isEmpty())
                                                return makeError(ErrorCode::Invalid, tr("Save the plan before printing it."));
                                            return PlanPrinter::make(m_db, m_settings, m_session, m_plan.id);
                                        },
                                        [this](const QString &path) {
                                            security::AuditLog::logged(security::AuditLog(m_db).record(m_session, u"print"_s, m_plan.householdId,
                                                                            tr("plan-%1.pdf").arg(m_fileNumber) + u' ' + path));
                                        }});

    m_history = readOnlyTable({tr("When"), tr("By"), tr("What"), tr("Status after"), tr("Why / progress")}, this, 4);
    m_history->setObjectName(u"history"_s);
    m_history->setMinimumHeight(120);
    auto *historyBox = new QGroupBox(tr("History of the plan"), this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_history);

    auto *top = new QHBoxLayout;
    top->addWidget(tracksBox, 2);
    top->addWidget(buildBaseline(), 3);

    auto *inner = new QWidget(this);
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->setContentsMargins(0, 0, 0, 0);
    innerLayout->addLayout(top);
    innerLayout->addWidget(goalsBox);
    innerLayout->addWidget(tasksBox);
    innerLayout->addWidget(m_progress);
    m_exitTerms = new QLabel(inner);
    m_exitTerms->setObjectName(u"exitTermsSummary"_s);
    m_exitTerms->setWordWrap(true);
    m_exitTerms->setTextFormat(Qt::PlainText);
    innerLayout->addWidget(m_exitTerms);
    innerLayout->addLayout(steps);
    innerLayout->addWidget(historyBox, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"submit"_s);
    setSaveButton(m_save);
    buttons->addButton(QDialogButtonBox::Close);
    // Enter belongs to the cells: no default button.
    m_save->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, &PlanDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    rememberGeometry(this, QSize(1180, 660));
    followLayoutOrder(this);
}

QWidget *PlanDialog::buildBaseline()
{
    auto *box = new QGroupBox(tr("Where the beneficiary started and where they are now"), this);
    auto *grid = new QGridLayout(box);
    auto *startHead = new QLabel(tr("When the plan started"), box);
    auto *nowHead = new QLabel(tr("Now"), box);
    for (QLabel *l : {startHead, nowHead}) {
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
    }
    grid->addWidget(startHead, 0, 1);
    grid->addWidget(nowHead, 0, 2);
    const QStringList rows = {tr("Income per person"), tr("Employment"), tr("Work readiness"), tr("Wellbeing (WHO-5)")};
    for (int r = 0; r < rows.size(); ++r) {
        grid->addWidget(new QLabel(rows[r], box), r + 1, 0);
        for (int c = 0; c < 2; ++c) {
            auto *l = new QLabel(box);
            l->setObjectName(u"baseline_%1_%2"_s.arg(r).arg(c));
            l->setWordWrap(true);
            grid->addWidget(l, r + 1, c + 1);
            m_baseline << l;
        }
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    return box;
}

QLabel *PlanDialog::baselineLabel(int row, int column) const
{
    return m_baseline.value(row * 2 + column);
}

void PlanDialog::reload()
{
    PlanService plans(m_db);
    auto p = plans.plan(m_session, m_plan.id);
    if (!p) {
        m_banner->showError(p.error().message);
        return;
    }
    m_plan = p.value();
    auto household = registry::HouseholdService(m_db).household(m_plan.householdId);
    m_fileNumber = household ? household.value().fileNumber : QString();

    auto goals = plans.goals(m_plan.id);
    auto tasks = plans.tasks(m_plan.id);
    m_goals.clear();
    m_savedGoals.clear();
    m_savedTasks.clear();
    const Display display(m_settings);
    for (const plans::Goal &g : goals ? goals.value() : QList<plans::Goal>()) {
        GoalRow row{g, PlanText::number(display, g.baselineValue), PlanText::number(display, g.targetValue),
                    PlanText::number(display, g.currentValue), {}};
        for (const plans::Task &t : tasks ? tasks.value() : QList<plans::Task>()) {
            if (t.goalId == g.id) {
                row.tasks << TaskRow{t};
                m_savedTasks.insert(t.id, t);
            }
        }
        m_goals << row;
        m_savedGoals.insert(g.id, g);
    }
    auto events = plans.events(m_plan.id);
    m_ownerName.clear();
    if (events) {
        for (const plans::PlanEvent &e : events.value())
            if (e.event == u"created")
                m_ownerName = e.byName;
    }
    showHeader();
    fillBaseline();
    fillGoals();
    fillHistory();
    fillExitTerms();
    updateControls();
}

void PlanDialog::showHeader()
{
    const Display display(m_settings);
    m_title->setText(m_plan.memberName);
    setWindowTitle(tr("Empowerment plan — %1").arg(m_plan.memberName));
    QStringList facts;
    if (!m_fileNumber.isEmpty() || m_plan.householdId.isEmpty() == false) {
        if (m_fileNumber.isEmpty())
            if (auto h = registry::HouseholdService(m_db).household(m_plan.householdId))
                m_fileNumber = h.value().fileNumber;
        facts << tr("File %1").arg(Display::ltr(m_fileNumber));
    }
    facts << tr("Status: %1").arg(m_plan.id.isEmpty() ? tr("New, not saved yet") : PlanText::status(m_plan.status));
    if (!m_ownerName.isEmpty())
        facts << tr("Counsellor: %1").arg(m_ownerName);
    if (m_plan.startedOn.isValid())
        facts << tr("Started %1").arg(display.date(m_plan.startedOn));
    if (m_plan.nextReview.isValid())
        facts << tr("Next review %1").arg(display.date(m_plan.nextReview));
    if (m_plan.closedOn.isValid())
        facts << tr("Closed %1").arg(display.date(m_plan.closedOn));
    m_facts->setText(Display::joined(facts));

    m_filling = true;
    for (int i = 0; i < m_tracks->count(); ++i) {
        QListWidgetItem *item = m_tracks->item(i);
        item->setCheckState(m_plan.tracks.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
    refreshDomains();
}

void PlanDialog::fillBaseline()
{
    const Display display(m_settings);
    const QString confidential = tr("Confidential: visible to counsellors and supervisors only");
    const QString none = tr("Not assessed");
    const auto score = [&](std::optional<double> v) {
        return v ? display.fraction(qRound64(*v), 100) : none;
    };
    const auto employment = [](const QString &key) {
        return key.isEmpty() ? tr("Not recorded") : Vocabulary::label(Vocabulary::employmentStatuses(), key);
    };
    auto eligibility = registry::IncomeService(m_db).eligibility(m_plan.householdId);
    const QString currency = eligibility ? eligibility.value().currency : QString();
    const auto money = [&](double v) { return display.money(v, currency); };
    const bool mayRead = clinic::mayReadConfidential(m_session);
    const plans::Baseline &b = m_plan.baseline;
    const bool started = !m_plan.id.isEmpty();
    const QString later = tr("Taken when the plan is saved");
    m_baseline[0]->setText(started ? money(b.incomePerPerson) : later);
    m_baseline[2]->setText(started ? employment(b.employment) : later);
    m_baseline[4]->setText(started ? score(b.workReadiness) : later);
    m_baseline[6]->setText(!started ? later : mayRead ? score(b.wellbeing) : confidential);

    m_baseline[1]->setText(eligibility ? money(eligibility.value().incomePerPerson) : QString());
    auto member = registry::HouseholdService(m_db).members().member(m_plan.memberId);
    m_baseline[3]->setText(member ? employment(member.value().employment) : QString());
    std::optional<double> readiness, wellbeing;
    bool withheld = !mayRead;
    if (auto latest = clinic::AssessmentService(m_db).latest(m_session, m_plan.memberId)) {
        for (const clinic::Assessment &a : latest.value()) {
            if (a.kind == u"work_readiness")
                readiness = a.score;
            if (a.kind == u"wellbeing") {
                withheld = a.withheld;
                if (!a.withheld)
                    wellbeing = a.score;
            }
        }
    }
    m_baseline[5]->setText(score(readiness));
    m_baseline[7]->setText(withheld ? confidential : score(wellbeing));
}

void PlanDialog::refreshDomains()
{
    QList<registry::Term> terms;
    for (const QString &t : checkedTracks())
        terms.append({t, PlanText::track(t)});
    m_goalCells->setTerms(GDomain, terms);
}

QStringList PlanDialog::checkedTracks() const
{
    QStringList tracks;
    for (int i = 0; i < m_tracks->count(); ++i)
        if (m_tracks->item(i)->checkState() == Qt::Checked)
            tracks << m_tracks->item(i)->data(Qt::UserRole).toString();
    return tracks;
}

void PlanDialog::fillGoals()
{
    const int current = std::max(0, m_goalTable->currentRow());
    m_filling = true;
    m_goalTable->setRowCount(int(m_goals.size()));
    for (int r = 0; r < m_goals.size(); ++r)
        fillGoalRow(r);
    m_filling = false;
    fitGoalColumns();
    if (!m_goals.isEmpty())
        m_goalTable->setCurrentCell(std::min(current, int(m_goals.size()) - 1), GDescription);
    fillTasks();
}

void PlanDialog::fitGoalColumns()
{
    // Wide enough for the longest label and a spelled-out date; the goal takes the rest.
    const QFontMetrics fm(m_goalTable->font());
    const int date = fm.horizontalAdvance(Display(m_settings).shortDate(QDate(2026, 9, 30))) + 24;
    int track = 0, status = 0;
    for (const registry::Term &t : PlanService(m_db).allTracks())
        track = std::max(track, fm.horizontalAdvance(t.label) + 24);
    for (const registry::Term &t : PlanService::goalStatuses())
        status = std::max(status, fm.horizontalAdvance(t.label) + 24);
    m_goalTable->resizeColumnsToContents();
    for (const auto &[column, width] : {std::pair{int(GDomain), track}, std::pair{int(GTargetDate), date},
                                        std::pair{int(GStatus), status}, std::pair{int(GIndicator), 140}})
        m_goalTable->setColumnWidth(column, std::max(m_goalTable->columnWidth(column), width));
    m_goalTable->horizontalHeader()->setSectionResizeMode(GDescription, QHeaderView::Stretch);
}

void PlanDialog::fillGoalRow(int r)
{
    const Display display(m_settings);
    const GoalRow &g = m_goals[r];
    const bool was = m_filling;
    m_filling = true;
    setCell(m_goalTable, r, GDomain, PlanText::track(g.goal.domain), g.goal.domain);
    setCell(m_goalTable, r, GDescription, g.goal.description);
    setCell(m_goalTable, r, GIndicator, g.goal.indicator);
    setCell(m_goalTable, r, GBaseline, g.baselineText);
    setCell(m_goalTable, r, GTarget, g.targetText);
    setCell(m_goalTable, r, GTargetDate, display.shortDate(g.goal.targetDate),
            g.goal.targetDate);
    setCell(m_goalTable, r, GStatus, PlanText::goalStatus(g.goal.status), g.goal.status);
    setCell(m_goalTable, r, GCurrent, g.currentText);
    m_filling = was;
}

void PlanDialog::fillTasks()
{
    const Display display(m_settings);
    const int goal = m_goalTable->currentRow();
    const QList<TaskRow> tasks = goal >= 0 && goal < m_goals.size() ? m_goals[goal].tasks : QList<TaskRow>();
    const bool was = m_filling;
    m_filling = true;
    m_taskTable->setRowCount(int(tasks.size()));
    const QDate today = QDate::currentDate();
    for (int r = 0; r < tasks.size(); ++r) {
        const plans::Task &t = tasks[r].task;
        setCell(m_taskTable, r, TDescription, t.description);
        setCell(m_taskTable, r, TResponsible, PlanText::responsible(t.responsible), t.responsible);
        setCell(m_taskTable, r, TDue, display.shortDate(t.dueDate), t.dueDate);
        setCell(m_taskTable, r, TDone, display.shortDate(t.doneOn), t.doneOn);
        // Overdue tasks stand out; done ones can no longer change.
        const bool overdue = t.overdue(today);
        const bool done = m_savedTasks.value(t.id).status == u"done";
        for (int c = 0; c < m_taskTable->columnCount(); ++c) {
            QTableWidgetItem *item = m_taskTable->item(r, c);
            item->setForeground(overdue ? QBrush(kOverdue) : QBrush());
            QFont f = item->font();
            f.setBold(overdue);
            item->setFont(f);
            item->setFlags(done ? item->flags() & ~Qt::ItemIsEditable : item->flags() | Qt::ItemIsEditable);
            if (overdue)
                item->setToolTip(tr("Overdue"));
        }
    }
    m_filling = was;
    m_taskTable->resizeColumnsToContents();
    const int date = QFontMetrics(m_taskTable->font()).horizontalAdvance(display.shortDate(QDate(2026, 9, 30))) + 24;
    for (int column : {int(TDue), int(TDone)})
        m_taskTable->setColumnWidth(column, std::max(m_taskTable->columnWidth(column), date));
    m_taskTable->horizontalHeader()->setSectionResizeMode(TDescription, QHeaderView::Stretch);
    m_addTask->setEnabled(editable() && goal >= 0);
    refreshProgress();
}

void PlanDialog::refreshProgress()
{
    // Counted from the rows on screen, so a plan not saved yet shows its own goals and tasks.
    QList<plans::Goal> goals;
    QList<plans::Task> tasks;
    for (const GoalRow &g : std::as_const(m_goals)) {
        goals << g.goal;
        for (const TaskRow &t : g.tasks)
            tasks << t.task;
    }
    const plans::Progress p = plans::Progress::of(goals, tasks, QDate::currentDate());
    m_progress->setText(PlanText::progress(Display(m_settings), p));
    m_progress->setStyleSheet(p.tasksOverdue > 0 ? u"color:#8a1c1c;"_s : QString());
}

void PlanDialog::fillHistory()
{
    const Display display(m_settings);
    auto events = m_plan.id.isEmpty() ? Result<QList<plans::PlanEvent>>(QList<plans::PlanEvent>())
                                      : PlanService(m_db).events(m_plan.id);
    const QList<plans::PlanEvent> list = events ? events.value() : QList<plans::PlanEvent>();
    m_history->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const plans::PlanEvent &e = list[r];
        QString why = e.reason;
        if (!e.progress.isEmpty())
            why = why.isEmpty() ? e.progress : why + u" — "_s + e.progress;
        const QStringList cells = {display.shortMoment(e.at),
                                   e.byName, PlanText::event(e.event), PlanText::status(e.status), why};
        for (int c = 0; c < cells.size(); ++c)
            m_history->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
}

bool PlanDialog::editable() const
{
    return clinic::mayCounsel(m_session) && (m_plan.status == u"draft" || m_plan.status == u"active");
}

void PlanDialog::updateControls()
{
    const bool canEdit = editable();
    const bool isNew = m_plan.id.isEmpty();
    const bool draft = m_plan.status == u"draft";
    const bool supervisor = m_session.role == security::Role::Supervisor;
    const auto triggers = canEdit ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                        | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked
                                  : QAbstractItemView::NoEditTriggers;
    m_goalTable->setEditTriggers(triggers);
    m_taskTable->setEditTriggers(triggers);
    // Tracks change only while the plan is a draft.
    for (int i = 0; i < m_tracks->count(); ++i) {
        QListWidgetItem *item = m_tracks->item(i);
        item->setFlags(canEdit && draft ? item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEnabled
                                        : item->flags() & ~Qt::ItemIsUserCheckable);
    }
    m_addGoal->setVisible(canEdit);
    m_addTask->setVisible(canEdit);
    m_addTask->setEnabled(canEdit && m_goalTable->currentRow() >= 0);
    m_save->setVisible(canEdit);
    m_submit->setVisible(canEdit && draft);
    m_approve->setVisible(supervisor && m_plan.status == u"submitted");
    m_return->setVisible(supervisor && m_plan.status == u"submitted");
    m_review->setVisible(!isNew && canEdit && m_plan.status == u"active");
    m_close->setVisible(!isNew && canEdit && m_plan.status == u"active");
    m_print->setVisible(!isNew);
    m_exitButton->setVisible(!isNew && canEdit && (draft || m_plan.status == u"active"));
}

} // namespace tamkeen::ui
