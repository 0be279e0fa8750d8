#pragma once
// Demonstration plans on top of demonstration households and clinic records:
// plans in every state with goals, tasks, reviews, and referrals to a small
// catalogue of partners. Reproducible: the same seed gives the same data.
#include "common/Result.h"
#include "security/Session.h"

#include <functional>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::plans {

struct PlanDemoOptions {
    int plans = 100;
    int tasksPerPlan = 5;      // on average, over two goals
    int referralsPerPlan = 2;  // on average
    quint32 seed = 1;
};

struct PlanDemoSummary {
    int plans = 0;
    int goals = 0;
    int tasks = 0;
    int referrals = 0;
    int partners = 0;
};

class PlanDemo {
public:
    // Needs counsellors (ClinicDemo) and adult members (DemoGenerator). `by`
    // is an administrator and the copy one demo may fill (DemoGenerator::mayFill).
    static Result<PlanDemoSummary> generate(storage::Database &db, const security::Session &by,
                                            const PlanDemoOptions &options,
                                            const std::function<bool(int, int)> &progress = {});
};

} // namespace tamkeen::plans
