#pragma once
// What indicator 8 (referrals and partners) returns; see docs/indicators.md.
// Values count referrals; each figure's households are those of its referrals.
#include "impact/Figure.h"

#include <QString>
#include <optional>

namespace tamkeen::impact {

// The referrals sent in the period to one partner, one kind of partner, or all.
struct ReferralLine {
    QByteArray partnerId;   // empty for a kind's or the total line
    QString partnerName;    // the partner's name (empty for a kind's or the total line)
    QString kind;           // ReferralService::partnerKinds() key (empty for the total)
    Figure sent;            // sent within the period
    Figure accepted;        // of those, accepted by the last day (later in progress or completed included)
    Figure rejected;        // rejected by the last day
    Figure completed;       // completed by the last day
    Figure withOutcome;     // completed or rejected, with an outcome recorded (as it is now)
    std::optional<double> medianDaysToCompletion; // from sending to completion, of `completed`
    Rate acceptedRate() const { return {accepted, sent}; }
    Rate completedRate() const { return {completed, sent}; }
};

struct ReferralFigures {
    QList<ReferralLine> partners; // by partner name; partners with no referral in the period left out
    QList<ReferralLine> kinds;    // one per partner kind, zeros included
    ReferralLine total;
    // The partners best first, for a manager: completion rate, then acceptance
    // rate, then referrals sent (more first), then name.
    QList<ReferralLine> ranked() const;
};

} // namespace tamkeen::impact
