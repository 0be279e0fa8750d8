#pragma once
// Indicator 9's arithmetic for one kind of assessment, wherever the scores
// were read: SQLite, or tamkeen-hub's PostgreSQL (internal to core/impact and
// the hub). Scores come by member, then date (created_at, id), up to the
// period's last day; those of households out of scope are not given.
#include "impact/WellbeingFigures.h"

#include <vector>

namespace tamkeen::impact {

class ScopeOrder;

class ScoreCount {
public:
    // A score of `member` (raw bytes may be passed) given on `assessedOn`,
    // of the household at `household` in scope.
    void add(const QByteArray &member, qint32 household, double score, const QByteArray &assessedOn);
    // Members scored at least twice whose latest score is on or after
    // `firstDay`: their first score against their latest.
    ScoreChange figures(const ScopeOrder &scope, const QString &kind, const QByteArray &firstDay);

private:
    struct Change {
        qint32 household; // the latest score's
        QByteArray member;
        double first, latest;
        QByteArray latestOn;
    };
    std::vector<Change> m_done;
    Change m_current{};
    int m_scores = 0;
};

} // namespace tamkeen::impact
