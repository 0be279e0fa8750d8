#pragma once
// Early warning (الاستباق): lists that point at families before a crisis.
// Each rule is one set-based query whose thresholds an administrator sets
// (org_settings, so they sync); each item names the rule and the fact that put
// the family on the list, and can be marked seen with a note
// (warning_reviews), so the next person knows it was handled. A new fact
// lists the family again, unseen. docs/indicators.md states every rule.
#include "common/Result.h"
#include "security/Session.h"
#include "storage/SyncedWriter.h"

#include <QCoreApplication>
#include <QDate>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::impact {

enum class WarningRule {
    IncomeDrop,         // household income fell by X % or more
    PlanIdle,           // an active plan with no task done for N days
    MissedAppointments, // N missed appointments in a row
    LowWellbeing,       // WHO-5 under a score, or a fall of N points
    FollowUpOverdue,    // a follow-up after exit overdue
    ExitIncomeFell,     // exited less than N months ago, and income fell since
};

struct WarningThresholds {
    int incomeDropPercent = 20;
    int incomeLookbackDays = 90; // today's income against the income this many days ago
    int planIdleDays = 60;
    int missedInARow = 2;
    int who5Low = 28;
    int who5Fall = 10;
    int recentExitMonths = 6;
};

// A threshold, its stored name and the range a person may set.
struct ThresholdBound {
    int WarningThresholds::*field;
    const char *name;
    int low, high;
};

// Which households a list covers: a centre, a worker's caseload, or all.
// Whose families a list holds (empty: any). A counsellor's own: those with a
// plan they lead, a session they held or an appointment with them.
struct WarningScope {
    QByteArray centreId;
    QByteArray workerId;
    QByteArray counsellorId;
};

struct WarningItem {
    WarningRule rule = WarningRule::IncomeDrop;
    QByteArray householdId;
    QByteArray memberId; // when the fact is a person's (appointments, WHO-5, a plan)
    QString fileNumber;
    QString headName;
    QString fact;        // what put the family on the list, as stored with a review
    QDate since;         // the date of that fact
    double before = 0;   // the two numbers the rule compared (income, score) …
    double after = 0;    // … or, for a duration, the days (after) against the threshold
    bool seen = false;
    QDate seenOn;
    QString seenNote;
};

class EarlyWarnings {
    Q_DECLARE_TR_FUNCTIONS(EarlyWarnings)
public:
    explicit EarlyWarnings(storage::Database &db);

    static const QList<WarningRule> &rules();
    static QString key(WarningRule rule); // stored with reviews: "income_drop", …
    static QString title(WarningRule rule);
    // The rule in words with the thresholds in force, for the list's header.
    static QString explain(WarningRule rule, const WarningThresholds &t);
    // WHO-5 scores are confidential: only counsellors and supervisors see that list.
    static bool mayRead(const security::Session &by, WarningRule rule);
    static const QList<ThresholdBound> &thresholdBounds();

    Result<WarningThresholds> thresholds();
    Status setThresholds(const security::Session &by, const WarningThresholds &t); // administrators

    // The families `rule` lists on `today`, oldest fact first.
    Result<QList<WarningItem>> list(const security::Session &by, WarningRule rule, const QDate &today,
                                    const WarningScope &scope = {});
    Status markSeen(const security::Session &by, const WarningItem &item, const QString &note,
                    const QDate &on = QDate::currentDate());

private:
    Result<QList<WarningItem>> query(WarningRule rule, const WarningThresholds &t, const QDate &today,
                                     const WarningScope &scope);
    Status addReviews(WarningRule rule, QList<WarningItem> &items);

    storage::Database &m_db;
    storage::SyncedWriter m_writer;
};

} // namespace tamkeen::impact
