// The editing side of PlanDialog: cells edited in place, saving goals and
// tasks, and the lifecycle steps (submit, approve, review, close, print).
#include "plans/PlanDialog.h"

#include "clinic/AssessmentService.h"
#include "clinic/ClinicVocabulary.h"
#include "format/AppSettings.h"
#include "format/Display.h"
#include "impact/SatisfactionDialog.h"
#include "plans/ExitTermsDialog.h"
#include "plans/PlanCells.h"
#include "plans/PlanPrinter.h"
#include "plans/PlanService.h"
#include "plans/PlanStepDialog.h"
#include "plans/PlanText.h"
#include "registry/HouseholdService.h"
#include "registry/IncomeService.h"
#include "widgets/Heading.h"
#include "widgets/MessageBanner.h"
#include "widgets/ReadOnlyTable.h"
#include <QApplication>
#include <QCheckBox>
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
#include <QTableWidget>
#include <QVBoxLayout>
using namespace Qt::StringLiterals;
using tamkeen::plans::PlanService;
using tamkeen::registry::Vocabulary;

namespace tamkeen::ui {

namespace {

bool sameData(const plans::GoalData &a, const plans::GoalData &b)
{
    return a.domain == b.domain && a.description == b.description && a.indicator == b.indicator
        && a.baselineValue == b.baselineValue && a.targetValue == b.targetValue && a.targetDate == b.targetDate;
}

bool sameTask(const plans::TaskData &a, const plans::TaskData &b)
{
    return a.description == b.description && a.responsible == b.responsible && a.dueDate == b.dueDate;
}

int goalColumnOf(const QString &field)
{
    static const QHash<QString, int> columns = {{u"domain"_s, PlanDialog::GDomain},
                                                {u"description"_s, PlanDialog::GDescription},
                                                {u"indicator"_s, PlanDialog::GIndicator},
                                                {u"targetDate"_s, PlanDialog::GTargetDate},
                                                {u"status"_s, PlanDialog::GStatus}};
    return columns.value(field, PlanDialog::GDescription);
}

int taskColumnOf(const QString &field)
{
    static const QHash<QString, int> columns = {{u"description"_s, PlanDialog::TDescription},
                                                {u"responsible"_s, PlanDialog::TResponsible},
                                                {u"dueDate"_s, PlanDialog::TDue},
                                                {u"doneOn"_s, PlanDialog::TDone}};
    return columns.value(field, PlanDialog::TDescription);
}


} // namespace

bool PlanDialog::eventFilter(QObject *watched, QEvent *event)
{
    auto *table = qobject_cast<QTableWidget *>(watched);
    if (table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        auto *delegate = table == m_goalTable ? m_goalCells : m_taskCells;
        QTableWidgetItem *item = table->currentItem();
        if ((key == Qt::Key_Delete || key == Qt::Key_Backspace) && item && (item->flags() & Qt::ItemIsEditable)
            && table->editTriggers() != QAbstractItemView::NoEditTriggers
            && delegate->kind(item->column()).type == CellKind::Date) {
            item->setData(Qt::UserRole, QDate());
            item->setText(QString());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void PlanDialog::goalEdited(int row, int column)
{
    if (m_filling || row < 0 || row >= m_goals.size())
        return;
    QTableWidgetItem *item = m_goalTable->item(row, column);
    GoalRow &g = m_goals[row];
    switch (column) {
    case GDomain: g.goal.domain = item->data(Qt::UserRole).toString(); break;
    case GDescription: g.goal.description = item->text(); break;
    case GIndicator: g.goal.indicator = item->text(); break;
    case GBaseline: g.baselineText = item->text(); break;
    case GTarget: g.targetText = item->text(); break;
    case GTargetDate: g.goal.targetDate = item->data(Qt::UserRole).toDate(); break;
    case GStatus: g.goal.status = item->data(Qt::UserRole).toString(); break;
    case GCurrent: g.currentText = item->text(); break;
    }
    if (column == GStatus)
        refreshProgress();
}

void PlanDialog::taskEdited(int row, int column)
{
    const int goal = m_goalTable->currentRow();
    if (m_filling || goal < 0 || goal >= m_goals.size() || row < 0 || row >= m_goals[goal].tasks.size())
        return;
    QTableWidgetItem *item = m_taskTable->item(row, column);
    plans::Task &t = m_goals[goal].tasks[row].task;
    switch (column) {
    case TDescription: t.description = item->text(); break;
    case TResponsible: t.responsible = item->data(Qt::UserRole).toString(); break;
    case TDue: t.dueDate = item->data(Qt::UserRole).toDate(); break;
    case TDone: t.doneOn = item->data(Qt::UserRole).toDate(); break;
    }
}

int PlanDialog::addGoal()
{
    GoalRow row;
    const QStringList tracks = checkedTracks();
    row.goal.domain = tracks.value(0);
    row.goal.targetDate = QDate::currentDate().addMonths(6); // clearable with Delete
    m_goals << row;
    const int r = int(m_goals.size()) - 1;
    m_goalTable->setRowCount(r + 1);
    fillGoalRow(r);
    fitGoalColumns();
    m_goalTable->setCurrentCell(r, GDescription);
    fillTasks();
    return r;
}

int PlanDialog::addTask()
{
    const int goal = m_goalTable->currentRow();
    if (goal < 0 || goal >= m_goals.size())
        return -1;
    TaskRow t;
    t.task.responsible = u"beneficiary"_s;
    t.task.dueDate = QDate::currentDate().addDays(14);
    m_goals[goal].tasks << t;
    fillTasks();
    const int r = m_taskTable->rowCount() - 1;
    m_taskTable->setCurrentCell(r, TDescription);
    return r;
}

bool PlanDialog::hasPendingEdits() const
{
    if (m_plan.id.isEmpty())
        return !m_goals.isEmpty();
    if (m_plan.status == u"draft" && checkedTracks() != m_plan.tracks)
        return true;
    const Display display(m_settings);
    for (const GoalRow &g : m_goals) {
        if (g.goal.id.isEmpty())
            return true;
        const plans::Goal saved = m_savedGoals.value(g.goal.id);
        if (g.goal.domain != saved.domain || g.goal.description != saved.description
            || g.goal.indicator != saved.indicator || g.goal.targetDate != saved.targetDate
            || g.goal.status != saved.status || g.baselineText != PlanText::number(display, saved.baselineValue)
            || g.targetText != PlanText::number(display, saved.targetValue)
            || g.currentText != PlanText::number(display, saved.currentValue))
            return true;
        for (const TaskRow &t : g.tasks) {
            if (t.task.id.isEmpty())
                return true;
            const plans::Task s = m_savedTasks.value(t.task.id);
            if (!sameTask(t.task, s) || t.task.doneOn != s.doneOn)
                return true;
        }
    }
    return false;
}

bool PlanDialog::fail(const Error &error, int goalRow, int taskRow)
{
    m_banner->showError(error.message);
    if (error.field == u"tracks") {
        m_tracks->setFocus();
    } else if (goalRow >= 0) {
        const bool numberField = error.field.isEmpty();
        m_goalTable->setCurrentCell(goalRow, numberField ? m_goalTable->currentColumn() : goalColumnOf(error.field));
        if (taskRow >= 0) {
            m_taskTable->setCurrentCell(taskRow, taskColumnOf(error.field));
            m_taskTable->setFocus();
        } else {
            m_goalTable->setFocus();
        }
    }
    return false;
}

bool PlanDialog::saveGoal(int i)
{
    PlanService plans(m_db);
    GoalRow &row = m_goals[i];
    // Numbers as typed, in any digits.
    for (const auto &[text, target, column] :
         {std::tuple{&row.baselineText, &row.goal.baselineValue, int(GBaseline)},
          std::tuple{&row.targetText, &row.goal.targetValue, int(GTarget)},
          std::tuple{&row.currentText, &row.goal.currentValue, int(GCurrent)}}) {
        bool ok = true;
        const std::optional<double> v = PlanText::parseNumber(*text, &ok);
        if (!ok) {
            m_goalTable->setCurrentCell(i, column);
            return fail(Error{ErrorCode::Invalid, tr("Write a number here, or leave it empty."), {}, {}}, i);
        }
        *target = v;
    }
    plans::Goal &g = row.goal;
    if (g.id.isEmpty()) {
        auto id = plans.addGoal(m_session, m_plan.id, g);
        if (!id)
            return fail(id.error(), i);
        g.id = id.value();
        plans::Goal saved = g;
        saved.status = u"not_started"_s;
        saved.currentValue.reset();
        m_savedGoals.insert(g.id, saved);
    } else if (!sameData(g, m_savedGoals.value(g.id))) {
        if (Status s = plans.updateGoal(m_session, g.id, g); !s)
            return fail(s.error(), i);
        static_cast<plans::GoalData &>(m_savedGoals[g.id]) = g;
    }
    const plans::Goal saved = m_savedGoals.value(g.id);
    if (g.status != saved.status || g.currentValue != saved.currentValue) {
        if (Status s = plans.setGoalStatus(m_session, g.id, g.status, g.currentValue); !s)
            return fail(s.error(), i);
        m_savedGoals[g.id].status = g.status;
        m_savedGoals[g.id].currentValue = g.currentValue;
    }
    for (int j = 0; j < row.tasks.size(); ++j) {
        plans::Task &t = row.tasks[j].task;
        if (t.id.isEmpty()) {
            auto id = plans.addTask(m_session, g.id, t);
            if (!id)
                return fail(id.error(), i, j);
            t.id = id.value();
            plans::Task saved = t;
            saved.doneOn = {};
            saved.status = u"open"_s;
            m_savedTasks.insert(t.id, saved);
        } else if (m_savedTasks.value(t.id).status == u"open" && !sameTask(t, m_savedTasks.value(t.id))) {
            if (Status s = plans.updateTask(m_session, t.id, t); !s)
                return fail(s.error(), i, j);
            static_cast<plans::TaskData &>(m_savedTasks[t.id]) = t;
        }
        if (t.doneOn.isValid() && m_savedTasks.value(t.id).status == u"open") {
            if (Status s = plans.completeTask(m_session, t.id, t.doneOn); !s)
                return fail(s.error(), i, j);
            m_savedTasks[t.id].status = u"done"_s;
            m_savedTasks[t.id].doneOn = t.doneOn;
        }
    }
    return true;
}

bool PlanDialog::save()
{
    m_goalCells->commitOpenEditor();
    m_taskCells->commitOpenEditor();
    if (!editable())
        return true;
    PlanService plans(m_db);
    if (m_plan.id.isEmpty()) {
        auto id = plans.create(m_session, m_plan.memberId, checkedTracks(), m_plan.sessionId);
        if (!id)
            return fail(id.error());
        if (auto created = plans.plan(m_session, id.value()))
            m_plan = created.value();
        m_plan.id = id.value();
        showHeader();
        fillBaseline();
        fillHistory();
        updateControls();
    } else if (m_plan.status == u"draft" && checkedTracks() != m_plan.tracks) {
        if (Status s = plans.setTracks(m_session, m_plan.id, checkedTracks()); !s)
            return fail(s.error());
        m_plan.tracks = checkedTracks();
    }
    for (int i = 0; i < m_goals.size(); ++i) {
        if (!saveGoal(i)) {
            emit changed(); // what was saved before the error is kept
            return false;
        }
    }
    reload();
    m_banner->showSuccess(tr("The plan was saved."));
    emit changed();
    return true;
}

bool PlanDialog::submit()
{
    if (!save())
        return false;
    if (Status s = PlanService(m_db).submit(m_session, m_plan.id); !s) {
        m_banner->showError(s.error().message);
        return false;
    }
    reload();
    m_banner->showSuccess(tr("The plan was submitted to a supervisor for approval."));
    emit changed();
    return true;
}

bool PlanDialog::approve()
{
    if (Status s = PlanService(m_db).approve(m_session, m_plan.id); !s) {
        m_banner->showError(s.error().message);
        return false;
    }
    reload();
    m_banner->showSuccess(tr("The plan was approved and is now active."));
    emit changed();
    return true;
}

PlanStepDialog *PlanDialog::step(int kind)
{
    const auto which = PlanStepDialog::Step(kind);
    const QByteArray id = m_plan.id;
    storage::Database &db = m_db;
    const security::Session session = m_session;
    auto *d = new PlanStepDialog(which, m_settings, [&db, session, id, which](const PlanStepDialog::Answer &a) {
        PlanService plans(db);
        switch (which) {
        case PlanStepDialog::Step::Return: return plans.returnToDraft(session, id, a.text);
        case PlanStepDialog::Step::Review: return plans.review(session, id, a.text, a.on);
        case PlanStepDialog::Step::Close: return plans.close(session, id, a.outcome, a.text);
        }
        return Status();
    }, this);
    connect(d, &PlanStepDialog::done, this, [this, which, d] {
        // Asked now, over the plan, when the counsellor ticked it.
        if (which == PlanStepDialog::Step::Review && d->surveyBox()->isChecked()
            && impact::SatisfactionService::mayRecord(m_session, impact::Occasion::PlanReview))
            (new SatisfactionDialog(m_db, m_settings, m_session, m_plan.householdId, impact::Occasion::PlanReview,
                                    m_plan.id, m_plan.memberId, this))
                ->open();
        reload();
        m_banner->showSuccess(which == PlanStepDialog::Step::Return ? tr("The plan was returned for changes.")
                              : which == PlanStepDialog::Step::Review ? tr("The review was recorded.")
                                                                       : tr("The plan was closed."));
        emit changed();
    });
    d->show();
    return d;
}

PlanStepDialog *PlanDialog::returnForChanges()
{
    return step(int(PlanStepDialog::Step::Return));
}

PlanStepDialog *PlanDialog::recordReview()
{
    return step(int(PlanStepDialog::Step::Review));
}

PlanStepDialog *PlanDialog::closePlan()
{
    if (hasPendingEdits() && !save())
        return nullptr;
    return step(int(PlanStepDialog::Step::Close));
}

ExitTermsDialog *PlanDialog::editExitTerms()
{
    if (hasPendingEdits() && !save())
        return nullptr;
    auto *d = new ExitTermsDialog(m_db, m_settings, m_session, m_plan.id, this);
    connect(d, &ExitTermsDialog::saved, this, [this] {
        fillExitTerms();
        m_banner->showSuccess(tr("The voluntary exit plan was saved."));
        emit changed();
    });
    d->setWindowModality(Qt::WindowModal);
    d->show();
    return d;
}

void PlanDialog::fillExitTerms()
{
    const std::optional<referrals::ExitTerms> terms =
        m_plan.id.isEmpty() ? std::nullopt : referrals::ExitService(m_db).exitTerms(m_plan.id);
    m_exitTerms->setVisible(terms.has_value());
    if (!terms)
        return;
    const Display display(m_settings);
    QString text = tr("Voluntary exit planned for %1. Incentives: %2").arg(display.date(terms->target), terms->incentives);
    if (!terms->conditions.trimmed().isEmpty())
        text += u"\n"_s + tr("Conditions: %1").arg(terms->conditions);
    m_exitTerms->setText(text);
}

Status PlanDialog::writePlan(const QString &path)
{
    if (m_plan.id.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Save the plan before printing it."));
    return PlanPrinter::write(path, m_db, m_settings, m_session, m_plan.id);
}

void PlanDialog::reject()
{
    if (hasPendingEdits()) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved changes"), tr("This plan has changes that are not saved. Save them before closing?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save()))
            return;
    }
    QDialog::reject();
}

} // namespace tamkeen::ui
