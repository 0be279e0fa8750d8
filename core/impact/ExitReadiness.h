#pragma once
// Readiness to exit (الجاهزية للخروج من الدعم): weighted criteria the
// administrators define (org_settings, so they sync), each required or not,
// in graduation pathways (GraduationPathways); every household with an
// active plan gets a score out of 100 on its pathway and the list of
// criteria it meets, and the households that meet every required criterion
// and the pass mark are ready for a voluntary exit plan. docs/indicators.md
// states each criterion and how the pathway is chosen.
#include "common/Result.h"
#include "registry/IncomeService.h"
#include "security/Session.h"

#include <QCoreApplication>
#include <QDate>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::impact {

enum class Criterion {
    AboveThreshold, // household income at or above the eligibility threshold
    EmployedMember, // a member employed or self-employed
    OwnProject,     // income from an own business in force
    GoalsAchieved,  // at least `parameter` % of the plan's goals achieved
    Wellbeing,      // the plan member's latest WHO-5 at or above `parameter`
    WorkReadiness,  // the plan member's latest work readiness at or above `parameter`
};

struct CriterionSetting {
    Criterion criterion = Criterion::AboveThreshold;
    int weight = 0; // 0: not counted
    bool required = false;
    int parameter = 0; // a percentage or a score, for the criteria that take one
};

struct ReadinessCriteria {
    QList<CriterionSetting> criteria; // one per Criterion, in its order
    int passMark = 70;                // out of 100
    static ReadinessCriteria defaults();
};

struct CriterionResult {
    Criterion criterion = Criterion::AboveThreshold;
    bool met = false;
    bool withheld = false; // WHO-5, for a role that may not read it: counted, not shown
    double value = 0;      // what was compared (income, a share, a score)
};

struct HouseholdReadiness {
    QByteArray householdId, planId, memberId;
    QString fileNumber;
    QString headName;
    QString pathwayKey, pathwayName; // the pathway it is judged on
    bool pathwayByTrack = false;     // chosen by the plan's track (else the best of the general ones)
    int passMark = 70;
    int score = 0; // the weights met, out of 100
    bool ready = false;
    QList<CriterionResult> results;
    double incomePerPerson = 0;
};

struct Pathway;
struct ReadinessFacts;

// Households within a scope (a centre, a worker's caseload).
struct ReadinessScope {
    QByteArray centreId;
    QByteArray workerId;
};

class ExitReadiness {
    Q_DECLARE_TR_FUNCTIONS(ExitReadiness)
public:
    explicit ExitReadiness(storage::Database &db);

    static const QList<Criterion> &all();
    static QString key(Criterion c); // stored: "above_threshold", …
    static QString title(Criterion c);
    static QString explain(const CriterionSetting &s); // the criterion in words, with its parameter

    // The general (default) pathway's criteria, as before pathways.
    Result<ReadinessCriteria> criteria();
    Status setCriteria(const security::Session &by, const ReadinessCriteria &c); // administrators

    // Every household with an active plan, best score first; or one household
    // (NotFound when it has no active plan).
    Result<QList<HouseholdReadiness>> scores(const security::Session &by, const QDate &today, const ReadinessScope &scope = {});
    Result<HouseholdReadiness> ofHousehold(const security::Session &by, const QByteArray &householdId, const QDate &today);
    // The ones ready for a voluntary exit plan.
    Result<QList<HouseholdReadiness>> ready(const security::Session &by, const QDate &today, const ReadinessScope &scope = {});
    // One household with an active plan judged on every pathway, the one it
    // is judged on first.
    Result<QList<HouseholdReadiness>> onEachPathway(const security::Session &by, const QByteArray &householdId,
                                                    const QDate &today);

    // The arithmetic alone: a score and a verdict from what was met.
    static void judge(const ReadinessCriteria &c, HouseholdReadiness &r);
    // The facts weighed on one pathway (income threshold from `rule`).
    static HouseholdReadiness evaluate(const ReadinessFacts &f, const Pathway &p, const registry::EligibilityRule &rule,
                                       bool mayReadScores);
    static bool mayReadScores(const security::Session &by); // WHO-5, as AssessmentService

private:
    Result<QList<HouseholdReadiness>> read(const security::Session &by, const QDate &today, const ReadinessScope &scope,
                                  const QByteArray &householdId, bool everyPathway = false);

    storage::Database &m_db;
};

} // namespace tamkeen::impact
