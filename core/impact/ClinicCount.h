#pragma once
// Indicator 10's arithmetic, wherever the sessions and appointments were
// read: the kept clinic facts, SQLite, or tamkeen-hub's PostgreSQL (internal
// to core/impact and the hub).
#include "impact/ClinicFigures.h"
#include "impact/Period.h"

#include <QHash>
#include <vector>

namespace tamkeen::impact {

class ScopeOrder;

class ClinicCount {
public:
    // One counsellor's rows, or everyone's: a place in scope per row.
    struct Tally {
        QByteArray id;
        std::vector<qint32> sessions, kept, noShow;
        CounsellorActivity activity(const ScopeOrder &scope, const QString &name, qint64 days) const;
    };
    // The counsellor of id `id` (raw bytes may be passed: copied when first met).
    Tally &counsellor(const QByteArray &id);
    // A session held in the period (`session`), or an appointment in it
    // attended or not come to (`noShow`), of the household at `household`.
    void add(Tally &counsellor, qint32 household, bool session, bool noShow);
    bool hasCounsellor(const QByteArray &id) const { return m_byId.contains(id); }
    // The counsellors in name order (`names`: id to full name), then ties by
    // id, and the total; the first sessions not filled in.
    ClinicFigures figures(const ScopeOrder &scope, const QHash<QByteArray, QString> &names, const Period &period) const;
    // The households whose first session ever (`firstDay`, a Julian day by
    // place in `scope`; 0: none) fell in the period, and the median days
    // from their registration to it.
    static void addFirstSessions(ClinicFigures &figures, const std::vector<qint64> &firstDay, const ScopeOrder &scope,
                                 const Period &period);

private:
    QHash<QByteArray, Tally> m_byId;
    Tally m_total;
};

} // namespace tamkeen::impact
