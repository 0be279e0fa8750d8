#pragma once
// The referrals of the households in scope with the first day each reached a
// stage, read once (internal to core/impact): the referrals indicator (both
// periods), the referrals obtained through work and the months' trend were a
// query each, with a look-up in the status history per referral per stage
// and, for work, every referral fetched by key.
//
// The first day a stage was reached on or before a day is the first day it
// was reached at all, when that is on or before the day: so one day per
// stage answers every period.
#include "common/Result.h"
#include "impact/ScopeOrder.h"

#include <QStringList>
#include <memory>
#include <utility>
#include <vector>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::impact {

class ReferralFacts;

class ReferralHistory {
public:
    struct Referral {
        qint32 household; // its place in scope
        qint32 partner;   // index in partnerIds()
        qint32 sent;      // Julian day of sent_on
        qint32 accepted;  // first day accepted, in progress or completed; 0: never
        qint32 rejected;  // first day rejected; 0: never
        qint32 completed; // first day completed; 0: never
        bool outcome;     // an outcome is written
    };

    // The live referrals to a known partner of the households in `scope`,
    // from `facts` when given (each household's, kept), else from the tables.
    // Fails with ErrorCode::Invalid when a row of those holds a value the
    // application never writes (a date not in ISO form, an id not a blob):
    // the caller then reads by SQL.
    static Result<std::shared_ptr<const ReferralHistory>> load(storage::Database &db,
                                                               const std::shared_ptr<const ScopeOrder> &scope,
                                                               const ReferralFacts *facts = nullptr);
    // A stage of a referral `x` (accepted, rejected, completed: first days)
    // dated `date`: the first day of each stage it counts as (accepted: also
    // in progress or completed). False when that date is not an ISO date.
    template<typename R>
    static bool reach(R &x, const QByteArray &status, const QByteArray &date)
    {
        const bool completed = status == "completed";
        const bool accepted = completed || status == "accepted" || status == "in_progress";
        const bool rejected = status == "rejected";
        if (!accepted && !rejected)
            return true;
        const qint32 day = isoDay(date);
        if (day == 0)
            return false;
        for (auto [reached, first] : {std::pair{accepted, &x.accepted}, {rejected, &x.rejected}, {completed, &x.completed}})
            if (reached && (*first == 0 || day < *first))
                *first = day;
        return true;
    }
    // The Julian day of an ISO date "YYYY-MM-DD", or 0 for any other value.
    static qint32 isoDay(const QByteArray &text)
    {
        return text.size() == 10 ? qint32(ScopeOrder::julianDay(text)) : 0;
    }

    // The scope it was read with: its places are the households' ranks.
    const ScopeOrder &scope() const { return *m_scope; }

    const std::vector<Referral> &referrals() const { return m_referrals; }
    const QList<QByteArray> &partnerIds() const { return m_partnerIds; }
    const QStringList &partnerNames() const { return m_partnerNames; }
    const QStringList &partnerKinds() const { return m_partnerKinds; }

private:
    std::shared_ptr<const ScopeOrder> m_scope;
    std::vector<Referral> m_referrals;
    QList<QByteArray> m_partnerIds;
    QStringList m_partnerNames, m_partnerKinds;
};

} // namespace tamkeen::impact
