#pragma once
// tamkeen-hub dashboard: the national dashboard's figures of a period and
// filter, with the period before and the twelve months' trends, counted from
// the facts the publication keeps (DashboardFacts) rather than from every
// row, so that the whole country's answer takes about a second (docs/hub.md,
// "The national dashboard"). Each number is the one tamkeen-hub report gives
// for the same period and filter (a test), without the households' list.
#include "common/Result.h"
#include "impact/ImpactFilter.h"
#include "impact/Period.h"

#include <QJsonObject>

namespace tamkeen::hub {

class PgConnection;

struct DashboardRequest {
    impact::Period period;
    impact::ImpactFilter filter;
    QDate asOf; // today when not given
};

struct DashboardRow {
    QString period;    // "this" or "before" (the period before, of the same kind); empty for trends and bars
    QString indicator; // caseload, exits, sustained, reentry, as tamkeen-hub report; trend; by_centre
    QString group;
    QString key;
    std::optional<double> value; // nothing: not applicable, not yet known, or hidden
    qint64 households = 0;       // behind the value
    qint64 base = -1;            // a share's denominator households (-1: not a share)
    bool suppressed = false;     // fewer than 5 households, hidden (SmallNumbers)
};

class NationalDashboard {
public:
    // The indicators it computes (1-4 of docs/indicators.md).
    static QStringList indicators();
    static Result<QList<DashboardRow>> rows(PgConnection &pg, const DashboardRequest &request);
    static QJsonObject json(const DashboardRequest &request, const QList<DashboardRow> &rows);
    static QByteArray csv(const QList<DashboardRow> &rows); // UTF-8 with a BOM, CRLF
};

} // namespace tamkeen::hub
