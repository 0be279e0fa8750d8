#pragma once
// tamkeen-hub report: the impact indicators of docs/indicators.md computed
// in PostgreSQL on the hub's published data, row for row what tamkeen-cli
// report writes from a copy (impact::IndicatorReport builds the rows from
// the same figures). The households in scope are chosen by the very SQL the
// desktop uses (impact::ImpactFilter::scopeSql), run in PostgreSQL.
// Where the desktop's arithmetic is pure it is shared (impact::ScopeOrder
// built from PostgreSQL's rows, ReferralCount, ClinicCount, Indicators::
// sustainedOf …): only the reading differs. All ten are computed; wellbeing
// (confidential) only when asked for by name.
#include "common/Result.h"
#include "impact/IndicatorReport.h"

namespace tamkeen::hub {

class PgConnection;

class HubReport {
public:
    static QList<impact::Indicator> computed(); // in the order of docs/indicators.md
    // The rows of `request` (its indicators must all be computed()), read in
    // one snapshot of the database.
    static Result<QList<impact::ReportRow>> rows(PgConnection &pg, const impact::ReportRequest &request);
    // The centres' ids of a code (two centres may share one), for --centre.
    static Result<QList<QByteArray>> centresOfCode(PgConnection &pg, const QString &code);
    // Refused while a table the indicators read holds a value of a type its
    // column cannot (NULL in PostgreSQL, ordered unlike the desktop's value):
    // the message names the columns and says the `what` is not computed.
    static Status refuseMisfits(PgConnection &pg, const QString &what);
    // One moment of the data (a read-only REPEATABLE READ transaction, the
    // caller's to COMMIT), the desktop's table names found in schema tamkeen.
    static Status beginSnapshot(PgConnection &pg);
};

} // namespace tamkeen::hub
