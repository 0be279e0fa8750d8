#pragma once
// The plan page and its editor in one non-modal window: who it is for and its
// state, the baseline beside today's values, the tracks, goals and the tasks of
// the selected goal edited in place, the progress, the lifecycle steps the
// reader may take, and the history of the plan. Edits wait until saved
// (Ctrl+S); a new plan becomes a draft on its first save.
#include "common/Result.h"
#include "plans/PlanRecords.h"
#include "security/Session.h"

#include "widgets/GuardedDialog.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class AppSettings;
class DocumentOutput;
class ExitTermsDialog;
class MessageBanner;
class PlanCellDelegate;
class PlanStepDialog;

class PlanDialog : public GuardedDialog {
    Q_OBJECT
public:
    enum GoalColumn { GDomain, GDescription, GIndicator, GBaseline, GTarget, GTargetDate, GStatus, GCurrent };
    enum TaskColumn { TDescription, TResponsible, TDue, TDone };

    // An existing plan.
    PlanDialog(storage::Database &db, const AppSettings &settings, const security::Session &session,
               const QByteArray &planId, QWidget *parent = nullptr);
    // A new plan for `memberId`, linked to `sessionId` when given.
    static PlanDialog *startNew(storage::Database &db, const AppSettings &settings, const security::Session &session,
                                const QByteArray &memberId, const QByteArray &sessionId, QWidget *parent = nullptr);

    QByteArray planId() const { return m_plan.id; }
    QString status() const { return m_plan.status; }
    MessageBanner *banner() const { return m_banner; }
    QListWidget *tracksList() const { return m_tracks; }
    QTableWidget *goalsTable() const { return m_goalTable; }
    QTableWidget *tasksTable() const { return m_taskTable; }
    QTableWidget *historyTable() const { return m_history; }
    QLabel *progressLabel() const { return m_progress; }
    QLabel *baselineLabel(int row, int column) const; // row: income, employment, readiness, wellbeing; column 0 start, 1 now
    bool hasPendingEdits() const;

    // The buttons' actions, callable from tests.
    int addGoal();        // a new goal row, selected; returns it
    int addTask();        // a new task under the selected goal; -1 without one
    bool save();          // the pending edits; false with the error shown and nothing lost
    bool submit();        // saves, then submits for approval
    bool approve();
    PlanStepDialog *returnForChanges();
    PlanStepDialog *recordReview();
    PlanStepDialog *closePlan();
    ExitTermsDialog *editExitTerms(); // saves pending edits first; null when that fails
    QLabel *exitTermsLabel() const { return m_exitTerms; }
    DocumentOutput *printOutput() const { return m_printOutput; } // "Save as PDF…" and "Print…"
    Status writePlan(const QString &path); // the saved plan as a PDF (PlanPrinter)

signals:
    void changed(); // something was saved: lists refresh

public slots:
    void reject() override; // asks before pending edits are dropped

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct TaskRow {
        plans::Task task;
    };
    struct GoalRow {
        plans::Goal goal;
        QString baselineText, targetText, currentText; // as typed: checked on save
        QList<TaskRow> tasks;
    };
    PlanDialog(storage::Database &db, const AppSettings &settings, const security::Session &session, QWidget *parent);
    void build();
    QWidget *buildBaseline();
    void reload();
    void showHeader();
    void fillBaseline();
    void fillGoals();
    void fillGoalRow(int row);
    void fitGoalColumns();
    void fillTasks();
    void refreshProgress(); // from the goals and tasks on screen, saved or not
    void fillHistory();
    void fillExitTerms();
    void updateControls();
    void goalEdited(int row, int column);
    void taskEdited(int row, int column);
    QStringList checkedTracks() const;
    void refreshDomains();
    bool fail(const Error &error, int goalRow = -1, int taskRow = -1);
    bool saveGoal(int row);
    PlanStepDialog *step(int kind);
    bool editable() const;

    storage::Database &m_db;
    const AppSettings &m_settings;
    security::Session m_session;
    plans::Plan m_plan; // id empty until a new plan is saved
    QString m_fileNumber, m_ownerName;
    QList<GoalRow> m_goals;
    QHash<QByteArray, plans::Goal> m_savedGoals;
    QHash<QByteArray, plans::Task> m_savedTasks;
    bool m_filling = false;
    MessageBanner *m_banner;
    QLabel *m_title = nullptr, *m_facts = nullptr, *m_progress = nullptr, *m_exitTerms = nullptr;
    QListWidget *m_tracks = nullptr;
    QTableWidget *m_goalTable = nullptr, *m_taskTable = nullptr, *m_history = nullptr;
    PlanCellDelegate *m_goalCells = nullptr, *m_taskCells = nullptr;
    QList<QLabel *> m_baseline; // 4 rows × (start, now)
    QPushButton *m_addGoal = nullptr, *m_addTask = nullptr, *m_save = nullptr, *m_submit = nullptr,
                *m_approve = nullptr, *m_return = nullptr, *m_review = nullptr, *m_close = nullptr, *m_print = nullptr,
                *m_exitButton = nullptr;
    DocumentOutput *m_printOutput = nullptr;
};

} // namespace tamkeen::ui
