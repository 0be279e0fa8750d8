#include "impact/MaintainedFacts.h"

#include "casework/CareLevels.h"

#include "impact/AbleMembers.h"
#include "impact/ClinicFacts.h"
#include "impact/PlanFacts.h"
#include "impact/ReferralFacts.h"
#include "impact/StatusFacts.h"
#include "storage/KeptFactsMarks.h"

using namespace Qt::StringLiterals;

namespace tamkeen::impact::maintained {

Status markRow(storage::Database &db, const QString &table, const QByteArray &rowId)
{
    return storage::markKeptFacts(db, table, u"id = ?"_s, {rowId});
}

Status refreshAll(storage::Database &db)
{
    if (Status s = ClinicFacts::refresh(db); !s)
        return s;
    if (Status s = ReferralFacts::refresh(db); !s)
        return s;
    if (Status s = StatusFacts::refresh(db); !s)
        return s;
    if (Status s = PlanFacts::refresh(db); !s)
        return s;
    return AbleMembers::refresh(db);
}

Result<QStringList> rebuildAll(storage::Database &db)
{
    QStringList wrong;
    qint64 clinic = 0, referrals = 0, statuses = 0, plans = 0, able = 0;
    if (Status s = ClinicFacts::rebuild(db, &clinic); !s)
        return s.error();
    if (Status s = ReferralFacts::rebuild(db, &referrals); !s)
        return s.error();
    if (Status s = StatusFacts::rebuild(db, &statuses); !s)
        return s.error();
    if (Status s = PlanFacts::rebuild(db, &plans); !s)
        return s.error();
    if (Status s = AbleMembers::rebuild(db, &able); !s)
        return s.error();
    auto levels = casework::CareLevels::rebuildCurrent(db);
    if (!levels)
        return levels.error();
    if (levels.value() > 0)
        wrong << u"casework: the level of care of %1 household(s) was out of date (now set again)"_s.arg(levels.value());
    if (clinic > 0)
        wrong << u"impact: the clinic facts of %1 household(s) were out of date (now rebuilt)"_s.arg(clinic);
    if (referrals > 0)
        wrong << u"impact: the referral facts of %1 household(s) were out of date (now rebuilt)"_s.arg(referrals);
    if (statuses > 0)
        wrong << u"impact: the member and status facts of %1 household(s) were out of date (now rebuilt)"_s.arg(statuses);
    if (plans > 0)
        wrong << u"impact: the plan facts of %1 household(s) were out of date (now rebuilt)"_s.arg(plans);
    if (able > 0)
        wrong << u"impact: the facts of members able to work of %1 household(s) were out of date (now rebuilt)"_s.arg(able);
    return wrong;
}

} // namespace tamkeen::impact::maintained
