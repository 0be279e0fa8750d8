#pragma once
// Which households an indicator counts. Every field is optional (empty: all).
// Households are filtered on their current row: a household that moved to
// another centre, region or worker counts where it is now for every period.
// The registry keeps no dated history of those fields (only the sync
// change_log, which is not a reporting source); status is the one field with
// a dated history (household_status), and the indicators read it by date.
#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QVariantList>
#include <optional>

namespace tamkeen::impact {

struct AgeBand {
    int from = 0;           // years, inclusive
    std::optional<int> to;  // years, inclusive; none: no upper bound
};

struct ImpactFilter {
    QList<QByteArray> centres; // any of these centres.id (two centres may share a code)
    QString region;
    QString city;
    QString district;
    QByteArray worker;  // users.id of the assigned worker
    // users.id of a counsellor: households one of whose members has a plan
    // made by them or a session held by them (any date, as for the fields above).
    QByteArray counsellor;
    // An empowerment track (PlanService::allTracks() key): households one of
    // whose members has a plan, in any status, on that track.
    QString track;
    QString category;   // one key of the household categories
    // A level of care (casework::CareLevels::levels() key): households whose
    // level is that one now (their latest assessment).
    QString careLevel;
    QString headSex;    // "male" / "female"
    std::optional<AgeBand> headAge; // the head's age on the period's last day

    // The households in scope as SQL: "SELECT h.id, h.file_number FROM households h WHERE …",
    // archived households left out, as the household list does. Values are appended in order.
    QString scopeSql(const QDate &ageOn, QVariantList *values) const;
    // The same with other columns of households h (e.g. "h.id, h.registration_date").
    QString scopeSql(const QDate &ageOn, QVariantList *values, const QString &columns) const;
};

} // namespace tamkeen::impact
