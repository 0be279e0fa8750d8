#pragma once
// The caseload and the exits of a period by centre, assigned worker or
// empowerment track (issue 14 §2, the dashboard's bars): the households of
// the caseload's and the exits' figures split by group, never one
// computation per group.
#include "common/Result.h"
#include "impact/Figure.h"
#include "impact/Indicators.h"
#include "impact/ImpactFilter.h"
#include "impact/Period.h"

#include <QCoreApplication>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::impact {

class ScopeOrder;

enum class GroupBy { Centre, Worker, Track };

// One bar: a centre, a worker or a track, with the households behind each number.
struct GroupFigures {
    QByteArray id;      // centres.id or users.id; empty for a track, or for "none"
    QString key;        // the track's key; empty for a centre, a worker, or "none"
    QString name;       // shown: the centre's or worker's name, the track's label, or "none" in words
    Figure supported;   // households active or re-entered on the period's last day (as Caseload::supported)
    Figure exits;       // households that left support in the period, each once (as Exits::total)
    Figure positive;    // of those, to self-sufficiency by their last exit (as Exits::positive)
    bool isNone() const { return id.isEmpty() && key.isEmpty(); }
};

class GroupedFigures {
    Q_DECLARE_TR_FUNCTIONS(GroupedFigures)
public:
    static QString title(GroupBy by); // "By centre", …
    // Groups by name (the "none" group last), those with neither households
    // supported nor exits left out. By track, a household counts under every
    // track of its plans (any status), so the bars may add up to more than
    // the total; one with no plan counts under "No plan".
    static Result<QList<GroupFigures>> compute(storage::Database &db, const Period &period, const ImpactFilter &filter,
                                               GroupBy by);
    // The same from the caseload's supported households and the exits
    // already computed for the period (the dashboard has them). `scope`,
    // when the figures are of it: centres and workers as it read them, not
    // read again (a scan of every household, a tenth of a warm dashboard).
    static Result<QList<GroupFigures>> group(storage::Database &db, const Figure &supportedOnLastDay,
                                             const Exits &exitsInPeriod, GroupBy by,
                                             const ScopeOrder *scope = nullptr);
};

} // namespace tamkeen::impact
