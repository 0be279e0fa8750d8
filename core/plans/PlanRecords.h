#pragma once
// The individual empowerment plan (خطة التمكين الفردية): goals with measurable
// targets, tasks under them, and a dated lifecycle.
#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace tamkeen::plans {

// What Tamkeen knew of the member when the plan started.
struct Baseline {
    double incomePerPerson = 0;
    QString employment;                  // registry employment key
    std::optional<double> workReadiness; // latest score, 0–100
    std::optional<double> wellbeing;     // latest WHO-5 score, 0–100
};

struct Plan {
    QByteArray id;
    QByteArray memberId;
    QByteArray householdId;
    QByteArray counsellorId;
    QByteArray sessionId;
    QString status; // draft, submitted, active, completed, exited, discontinued
    QStringList tracks;
    QDate startedOn;
    int reviewMonths = 3;
    QDate nextReview;
    Baseline baseline;
    QByteArray approvedBy;
    QDate approvedOn;
    QDate closedOn;
    QString memberName; // for lists
};

struct GoalData {
    QString domain;      // one of the plan's tracks
    QString description;
    QString indicator;   // what is measured, e.g. "monthly income"
    std::optional<double> baselineValue;
    std::optional<double> targetValue;
    QDate targetDate;
};

struct Goal : GoalData {
    QByteArray id;
    QByteArray planId;
    std::optional<double> currentValue;
    QString status = QStringLiteral("not_started"); // not_started, in_progress, achieved, not_achieved, dropped
    int position = 0;
};

struct TaskData {
    QString description;
    QString responsible; // beneficiary, counsellor, partner
    QDate dueDate;
};

struct Task : TaskData {
    QByteArray id;
    QByteArray planId;
    QByteArray goalId;
    QDate doneOn;
    QString status = QStringLiteral("open"); // open, done, dropped
    // Open and past its due date on `today` (the caller's local day).
    bool overdue(const QDate &today) const { return status == QLatin1String("open") && dueDate.isValid() && dueDate < today; }
};

struct PlanEvent {
    QString event;  // created, submitted, approved, returned, reviewed, completed, exited, discontinued
    QString status; // the plan's status after it
    QDateTime at;
    QByteArray by;
    QString byName;
    QString reason;
    QString progress; // a review's record of progress
};

// One line of the "my plans" list and of the approval queue.
struct PlanRow {
    QByteArray id;
    QByteArray memberId;
    QByteArray householdId;
    QString memberName;
    QString fileNumber;
    QString status;
    QDate startedOn;
    QDate nextReview;
    int goals = 0;
    int goalsAchieved = 0;
    int tasksOverdue = 0;
};

struct PlanFilter {
    QByteArray counsellorId;  // empty: every counsellor's
    QString status;           // empty: any
    bool reviewDue = false;   // active plans whose review date has come
    bool overdueTasks = false; // plans with an open task past its due date
    QByteArray memberId;      // empty: every member's
};

struct Progress {
    int goals = 0;
    int goalsAchieved = 0;
    int tasks = 0;
    int tasksDone = 0;
    int tasksOverdue = 0;
    // Achieved goals over goals that count (dropped ones do not), 0–100.
    int percent() const;
    // Counted from goals and tasks as they are, saved or still being typed.
    static Progress of(const QList<Goal> &goals, const QList<Task> &tasks, const QDate &today);
};

} // namespace tamkeen::plans
