#pragma once
// After graduation (المتابعة بعد التخرج): every household whose graduation a
// supervisor approved, with the 3-, 6- and 12-month follow-ups of its exit
// (referrals::ExitService; done, overdue, due or later), its income per
// person when it left and at the latest follow-up, and whether each
// criterion of its pathway still holds today. A family whose pathway no
// longer holds (a required criterion unmet or the score under the pass mark)
// is at risk; one that came back to support says so. The early warnings
// "follow-up after exit overdue" and "income fell after exit" stay in
// EarlyWarnings; this list does not repeat their rules.
#include "common/Result.h"
#include "impact/ExitReadiness.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::impact {

enum class FollowUpState {
    Done,
    Overdue, // past its due day, not recorded
    Due,     // due within the next 30 days (or today)
    Later,
};

struct MonitoredFollowUp {
    QByteArray id;
    int months = 0;
    QDate dueOn, doneOn;
    FollowUpState state = FollowUpState::Later;
    std::optional<double> income; // the household's, as recorded
    std::optional<bool> employed;
};

struct GraduatedHousehold {
    QByteArray householdId, requestId, exitId;
    QString fileNumber, headName;
    QString pathwayKey, pathwayName, exitReason;
    QDate graduatedOn;
    int members = 0;
    double incomePerPersonAtExit = 0; // the income in force on the day it left, per member today
    std::optional<double> incomePerPersonLatest; // at the latest follow-up done
    QDate latestFollowUp;
    QList<MonitoredFollowUp> followUps; // 3, 6, 12 months
    HouseholdReadiness now;             // its pathway's criteria judged today
    QList<Criterion> noLongerMet;       // those that weigh and fail today (WHO-5 only for who may read it)
    bool atRisk = false;                // supported no more, and its pathway no longer holds
    bool returned = false;              // came back to support since
    QDate returnedOn;
};

class GraduationMonitoring {
    Q_DECLARE_TR_FUNCTIONS(GraduationMonitoring)
public:
    static constexpr int kDueWithinDays = 30;

    explicit GraduationMonitoring(storage::Database &db);

    // The latest approved graduation of each household in scope, at-risk first, then newest.
    Result<QList<GraduatedHousehold>> graduated(const security::Session &by, const QDate &today,
                                                const ReadinessScope &scope = {});
    static FollowUpState stateOf(const QDate &dueOn, const QDate &doneOn, const QDate &today);
    static QString stateText(FollowUpState s);

private:
    storage::Database &m_db;
};

} // namespace tamkeen::impact
