#pragma once
// Each user's task inbox (issue 17 §2): what has fallen due for them, from
// every part of Tamkeen, in one list, oldest first. What is theirs follows
// their role: a supervisor decides plans and graduations; a counsellor
// reviews the plans they lead and chases the tasks of those plans past due; a
// field worker visits and follows up the families assigned to them. Everyone
// sees the early warnings (not yet marked seen) of the families that are
// theirs: a field worker's caseload, a counsellor's families, a supervisor's
// centre; and the objections and complaints assigned to them, open (a
// supervisor every open one of the centre: the decision and reply are theirs).
// Nothing is stored: the inbox is read from the records themselves,
// so it is right on every copy after a sync.
#include "common/Result.h"
#include "impact/EarlyWarnings.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::casework {

struct InboxItem {
    enum class Kind { Approval, Graduation, Review, OverdueTask, Visit, FollowUp, Warning, Objection, Counselling };
    Kind kind = Kind::Approval;
    // What opens it: the plan (Approval, Review, OverdueTask), the graduation
    // request, the planned visit, the follow-up, the objection; the household
    // for a warning.
    QByteArray targetId;
    QByteArray householdId;
    QString fileNumber;
    QString name;   // the plan's member, else the household's head
    QString detail; // the task, the pathway, the warning's rule, the follow-up's month
    QDate due;      // fell due, was submitted, or the warning's fact happened
    std::optional<impact::WarningRule> rule;
};

class TaskInbox {
    Q_DECLARE_TR_FUNCTIONS(TaskInbox)
public:
    // What can come into the inbox of a user of `role`, in order.
    static QList<InboxItem::Kind> kindsFor(security::Role role);
    static QString kindName(InboxItem::Kind kind);

    // `centre`: this installation's centre, whose approvals and warnings a
    // supervisor sees (empty: every centre). Oldest first, then by kind.
    static Result<QList<InboxItem>> of(storage::Database &db, const security::Session &user,
                                       const QByteArray &centre, const QDate &today);
    // A visit, follow-up, review or plan task that fell due before `today` (a
    // visit planned for today is due, not late); approvals and warnings wait.
    static bool overdue(const InboxItem &item, const QDate &today);
};

} // namespace tamkeen::casework
