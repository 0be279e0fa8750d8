#include "storage/Migrations.h"

using namespace Qt::StringLiterals;

namespace tamkeen::storage {

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> list = {
        {1, u"storage: identity, change log, centres, devices"_s, migration001Storage},
        {2, u"accounts: users and login throttling"_s, migration002Accounts},
        {3, u"registry: households, members, incomes, search"_s, migration003Registry},
        {4, u"capture: inserts recorded by the writer"_s, migration004CaptureInWriter},
        {5, u"clinic: appointments, sessions, assessments"_s, migration005Clinic},
        {6, u"plans: individual empowerment plans, goals, tasks"_s, migration006Plans},
        {7, u"referrals: partners, referrals, exits and follow-ups"_s, migration007Referrals},
        {8, u"sync: peers, conflicts, history, device revocations"_s, migration008Sync},
        {9, u"trust: device and user keys, signed changes, sealed batches"_s, migration009Trust},
        {10, u"refusals: refused entries kept, the role history's enrolled start"_s, migration010Refusals},
        {11, u"sync: sealed batches keyed apart from their bodies"_s, migration011BatchBodies},
        {12, u"satisfaction: beneficiary satisfaction surveys"_s, migration012Satisfaction},
        {13, u"impact: early warnings marked seen"_s, migration013WarningReviews},
        {14, u"impact: graduation requests and their approval"_s, migration014Graduation},
        {16, u"impact: covering indexes for status history, members and exits"_s, migration016ImpactIndexes},
        {17, u"impact: covering indexes for sessions, appointments and plan events"_s, migration017ImpactPeriodIndexes},
        {18, u"consent: members' consents and their withdrawal"_s, migration018Consent},
        {19, u"audit: the hash-chained audit trail"_s, migration019Audit},
        {20, u"clinic: keys that seal confidential notes"_s, migration020ClinicalKeys},
        {21, u"registry: erasures; sync: batches that can be redacted"_s, migration021Erasures},
        {22, u"clinic: confidential notes in format 2 (older builds set packages aside)"_s, migration022NotesFormat2},
        {23, u"impact: each household's clinic events kept for the dashboard (local, not synced)"_s, migration023ClinicFacts},
        {24, u"impact: each household's referrals kept for the dashboard (local, not synced)"_s, migration024ReferralFacts},
        {25, u"impact: each household's members and status changes kept for the dashboard (local, not synced)"_s,
         migration025StatusFacts},
        {26, u"impact: each household's members able to work kept for the dashboard (local, not synced)"_s,
         migration026AbleFacts},
        {27, u"impact: each household's plans, members and exits kept for the dashboard (local, not synced)"_s,
         migration027PlanFacts},
        {28, u"impact: the clinic, plan and referral facts packed tighter, made again (local, not synced)"_s, migration028FactsPackedTighter},
        {29, u"registry: the list's verdict inputs indexed for a new eligibility rule (local, not synced)"_s,
         migration029VerdictIndex},
        {30, u"registry: the list's sort columns never empty of a value, for paging by key (local, not synced)"_s,
         migration030ListKeys},
        {31, u"registry: the full-text index written in records that fit an encrypted page (local, not synced)"_s,
         migration031FtsPageSize},
        {32, u"registry: the household list's length kept as it changes (local, not synced)"_s, migration032ListCount},
        {33, u"sync: how far the change log was compacted (local, not synced)"_s, migration033ChangeLogCompacted},
        {34, u"home visits: planned and recorded visits to households, with their checklist"_s, migration034HomeVisits},
        {35, u"levels of care: each household's assessed level on the continuum of care, dated, with its reason"_s,
         migration035CareLevels},
        {36, u"caseloads: each household's reassignments and transfers between centres, with their reason"_s,
         migration036HouseholdAssignments},
        {37, u"levels of care: each household's current level kept for the caseloads (local, not synced)"_s,
         migration037CareLevelNow},
        {38, u"support received: each programme's support decided for a household, with its amount and dates"_s,
         migration038HouseholdSupport},
        {39, u"objections and complaints: received, assigned, investigated, decided, answered, appealed"_s,
         migration039Objections},
        {40, u"crisis lists: the place list, events declared for places, emergency assistance given"_s, migration040Crisis},
        {41, u"documents: scanned papers and photos attached to a household and what concerns it, their content by hash"_s, migration041Documents},
        {42, u"conditional support: a programme's conditions, compliance per member and period, warnings, counselling, suspensions"_s,
         migration042Conditions},
        {43, u"scoped exports: the entries left out of batches as beyond this copy's scope, the households it asks the history of"_s,
         migration043ScopedExports},
    };
    return list;
}

} // namespace tamkeen::storage
