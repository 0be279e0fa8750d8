#pragma once
// What readiness to exit is judged on, read once per household and plan,
// then weighed against each pathway's criteria (ExitReadiness, and the
// monitoring after graduation, which judges the same criteria again today).
#include "common/Result.h"

#include <QDate>
#include <QStringList>
#include <optional>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::impact {

struct ReadinessFacts {
    QByteArray householdId, planId, memberId;
    QString fileNumber, headName;
    QStringList tracks;  // the plan's
    double income = 0;   // the household's monthly income in force on the day
    double ownBusiness = 0;
    int members = 0;
    bool employed = false; // a member employed or self-employed
    int goals = 0, achieved = 0; // dropped goals not counted
    std::optional<double> wellbeing, workReadiness; // the plan member's latest scores
};

enum class PlanChoice {
    Active,    // each household's active plan (its latest, if two)
    Graduated, // the plans named by approved graduations
};

// ?5 centre and ?6 worker narrow the households (empty: any); `household` one.
Result<QList<ReadinessFacts>> readFacts(storage::Database &db, const QDate &day, PlanChoice plans,
                                        const QByteArray &centre, const QByteArray &worker,
                                        const QByteArray &household = {});

} // namespace tamkeen::impact
