#pragma once
// Numbered schema migrations. Migration N brings PRAGMA user_version from N-1 to N.
// Synced tables only ever grow (DESIGN.md §2): never rename, retype or reuse a column.
#include "common/Result.h"

#include <QString>
#include <functional>
#include <vector>

namespace tamkeen::storage {

class Database;

struct Migration {
    int version;
    QString title;
    std::function<Status(Database &)> apply;
};

const std::vector<Migration> &migrations();

// One file per migration, under storage/migrations/.
Status migration001Storage(Database &db);
Status migration002Accounts(Database &db);
Status migration003Registry(Database &db);
Status migration004CaptureInWriter(Database &db);
Status migration005Clinic(Database &db);
Status migration006Plans(Database &db);
Status migration007Referrals(Database &db);
Status migration008Sync(Database &db);
Status migration009Trust(Database &db);
Status migration010Refusals(Database &db);
Status migration011BatchBodies(Database &db);
Status migration012Satisfaction(Database &db);
Status migration013WarningReviews(Database &db);
Status migration014Graduation(Database &db);
Status migration016ImpactIndexes(Database &db);
Status migration017ImpactPeriodIndexes(Database &db);
Status migration018Consent(Database &db);
Status migration019Audit(Database &db);
Status migration020ClinicalKeys(Database &db);
Status migration021Erasures(Database &db);
Status migration022NotesFormat2(Database &db);
Status migration023ClinicFacts(Database &db);
Status migration024ReferralFacts(Database &db);
Status migration025StatusFacts(Database &db);
Status migration026AbleFacts(Database &db);
Status migration027PlanFacts(Database &db);
Status migration028FactsPackedTighter(Database &db);
Status migration029VerdictIndex(Database &db);
Status migration030ListKeys(Database &db);
Status migration031FtsPageSize(Database &db);
Status migration032ListCount(Database &db);
Status migration033ChangeLogCompacted(Database &db);
Status migration034HomeVisits(Database &db);
Status migration035CareLevels(Database &db);
Status migration036HouseholdAssignments(Database &db);
Status migration037CareLevelNow(Database &db);
Status migration038HouseholdSupport(Database &db);
Status migration039Objections(Database &db);
Status migration040Crisis(Database &db);
Status migration041Documents(Database &db);
Status migration042Conditions(Database &db);
Status migration043ScopedExports(Database &db);

} // namespace tamkeen::storage
