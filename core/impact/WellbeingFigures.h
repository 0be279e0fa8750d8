#pragma once
// What indicator 9 (wellbeing and work readiness) returns; see
// docs/indicators.md. Values count members; households are theirs, once each.
#include "impact/Figure.h"

#include <QString>
#include <optional>

namespace tamkeen::impact {

// Members' scores of one kind of assessment (0–100): first against latest.
struct ScoreChange {
    QString kind;                      // "wellbeing" (WHO-5) or "work_readiness"
    Figure members;                    // latest score in the period, an earlier one before it
    std::optional<double> meanChange;  // mean of latest − first, in points
    Figure lowAtFirst;                 // first score under kLow
    Figure leftLow;                    // of those, latest kLow or more
    Rate leftLowRate() const { return {leftLow, lowAtFirst}; }
};

struct WellbeingFigures {
    static constexpr double kLow = 50; // WHO-5 under 50: low wellbeing
    ScoreChange who5;
    ScoreChange workReadiness;
};

} // namespace tamkeen::impact
