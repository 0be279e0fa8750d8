#pragma once
// What indicator 10 (clinic activity) returns; see docs/indicators.md.
#include "impact/Figure.h"

#include <QString>
#include <optional>

namespace tamkeen::impact {

// One counsellor's sessions and appointments in the period, or everyone's.
struct CounsellorActivity {
    QByteArray counsellorId; // empty for the total
    QString name;            // the counsellor's full name (empty for the total)
    Figure sessions;         // value: sessions held in the period; households: theirs
    double perWeek = 0;      // sessions over the period's days / 7
    Figure kept;             // value: appointments in the period attended or not come to
    Figure noShow;           // value: of those, not come to
    Rate noShowRate() const { return {noShow, kept}; }
};

struct ClinicFigures {
    QList<CounsellorActivity> counsellors; // by name; counsellors with neither sessions nor appointments left out
    CounsellorActivity total;
    Figure firstSessions;    // households whose first session ever was held in the period
    std::optional<double> medianDaysToFirstSession; // from registration to that session
};

} // namespace tamkeen::impact
