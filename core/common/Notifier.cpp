#include "common/Notifier.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace tamkeen {

Notifier::Areas Notifier::areaOf(const QString &table)
{
    static const QHash<QString, Areas> areas = {
        {u"users"_s, Users},
        {u"households"_s, Households},
        {u"household_status"_s, Households},
        {u"members"_s, Households},
        {u"incomes"_s, Households},
        {u"duplicate_decisions"_s, Households},
        {u"household_merges"_s, Households},
        {u"appointments"_s, Clinic},
        {u"appointment_status"_s, Clinic},
        {u"sessions"_s, Clinic},
        {u"session_amendments"_s, Clinic},
        {u"agreed_actions"_s, Clinic},
        {u"assessments"_s, Clinic},
        {u"plans"_s, Plans},
        {u"plan_events"_s, Plans},
        {u"plan_goals"_s, Plans},
        {u"plan_tasks"_s, Plans},
        {u"referrals"_s, Referrals},
        {u"referral_status"_s, Referrals},
        {u"partners"_s, Referrals | Settings},
        {u"household_exits"_s, Exits},
        {u"exit_followups"_s, Exits},
        {u"graduation_requests"_s, Exits | Plans},
        {u"graduation_decisions"_s, Exits | Plans}, // an approval exits and closes the plan
        {u"satisfaction_surveys"_s, Households}, // the household file lists them
        {u"home_visits"_s, Households}, // the file, the home page and the visits plan
        {u"care_levels"_s, Households},
        {u"household_assignments"_s, Households},
        {u"household_support"_s, Households},
        {u"objections"_s, Households}, // the objections section, the inbox
        {u"objection_notes"_s, Households},
        {u"places"_s, Settings | Households},
        {u"crisis_events"_s, Households},
        {u"crisis_assistance"_s, Households},
        {u"documents"_s, Households}, // the household file's documents
        {u"support_conditions"_s, Settings | Households},
        {u"condition_compliance"_s, Households},
        {u"compliance_actions"_s, Households}, // the file, the inbox
        {u"conditional_decisions"_s, Households},
        {u"warning_reviews"_s, Households}, // a warning marked seen leaves the home page's counts and the inbox
        {u"consents"_s, Households | Referrals},
        {u"org_settings"_s, Settings},
        {u"session_types"_s, Settings | Clinic},
        {u"plan_tracks"_s, Settings | Plans},
        {u"centres"_s, Settings | Sync},
        {u"devices"_s, Sync},
        {u"device_revocations"_s, Sync},
        {u"sync_conflicts"_s, Sync},
        {u"sync_history"_s, Sync},
    };
    return areas.value(table);
}

Notifier::Areas Notifier::areasOf(const QSet<QString> &tables)
{
    Areas all;
    for (const QString &t : tables)
        all |= areaOf(t);
    return all;
}

void Notifier::announce(Areas areas)
{
    if (areas & Users)
        emit usersChanged();
    if (areas & Households)
        emit householdsChanged();
    if (areas & Clinic)
        emit clinicChanged();
    if (areas & Plans)
        emit plansChanged();
    if (areas & Referrals)
        emit referralsChanged();
    if (areas & Exits)
        emit exitsChanged();
    if (areas & Settings)
        emit settingsChanged();
    if (areas & Sync)
        emit syncChanged();
}

} // namespace tamkeen
