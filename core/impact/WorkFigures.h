#pragma once
// What indicator 6 (work) returns; see docs/indicators.md. Values count
// members (or referrals); each figure's households are theirs, once each.
#include "impact/Figure.h"

namespace tamkeen::impact {

struct WorkFigures {
    Figure members;        // able to work, with an approved plan started by the last day (their first)
    Figure workingAtStart; // employed or self-employed in their plan's baseline
    Figure workingNow;     // employed or self-employed as their record says now (it has no dated history)
    Figure earningAtStart; // a salary or own-business income of their own in force on their plan's start date
    Figure earningAtEnd;   // the same on the period's last day
    // Referrals completed in the period, by what they obtained: "jobs"
    // (employers), "training_places" (training institutes), "loans" (banks
    // and financing bodies). Value: referrals.
    QList<Figure> throughReferrals;
    Rate earningAtStartRate() const { return {earningAtStart, members}; }
    Rate earningAtEndRate() const { return {earningAtEnd, members}; }
};

} // namespace tamkeen::impact
