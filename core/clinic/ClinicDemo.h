#pragma once
// Demonstration clinic data on top of demonstration households: counsellors,
// appointments over the last three years and the next two weeks, sessions from
// the attended ones (then home visits), agreed actions and assessments.
// Reproducible: the same seed gives the same data.
#include "common/Result.h"
#include "security/Session.h"

#include <QString>
#include <functional>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::clinic {

struct ClinicDemoOptions {
    int appointments = 1000;
    int sessions = 700;
    quint32 seed = 1;
    // Every demo counsellor gets this password, chosen by the administrator
    // running the demo (their accounts are made by that administrator).
    QString counsellorPassword;
};

struct ClinicDemoSummary {
    int counsellors = 0;
    int appointments = 0;
    int sessions = 0;
    int actions = 0;
    int assessments = 0;
};

class ClinicDemo {
public:
    // Needs households with adult members (DemoGenerator). Counsellors are
    // created as needed so that nobody is booked twice at the same time:
    // sixteen half-hour slots a day, Sunday to Thursday. `by` is an
    // administrator and the copy must be one demo may fill
    // (registry::DemoGenerator::mayFill).
    static int counsellorsNeeded(int appointments);
    static Result<ClinicDemoSummary> generate(storage::Database &db, const security::Session &by,
                                              const ClinicDemoOptions &options,
                                              const std::function<bool(int, int)> &progress = {});
};

} // namespace tamkeen::clinic
