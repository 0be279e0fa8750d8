#pragma once
// The Reports section's views as ReportDocuments (issue 14 §6): what the
// dashboard, an early-warning list and the readiness list show, with the
// period, the filters in words, and Hijri beside Gregorian dates. The GUI's
// exports and tamkeen-cli report build the same documents here.
//
// Adding a table to the indicators' report is one function of the form
// `ReportTable name(const DashboardData &, const QString &language)` and one
// line in kDashboardTables (ReportTables.cpp).
#include "common/Result.h"
#include "impact/DashboardData.h"
#include "impact/EarlyWarnings.h"
#include "impact/ExitReadiness.h"
#include "impact/ReportTable.h"

#include <QCoreApplication>

namespace tamkeen::impact {

class ReportTables {
    Q_DECLARE_TR_FUNCTIONS(ReportTables)
public:
    // The filters in words, one a line; "All households" when there are none.
    static Result<QStringList> describe(storage::Database &db, const ImpactFilter &filter);
    // "Period: 2026-01-01 (…) to 2026-03-31 (…)".
    static QString periodLine(const QDate &first, const QDate &last, const QString &language);
    // A month's short name and year, in `language` ("Jan 2026", «يناير 2026»).
    static QString monthName(const QDate &month, const QString &language);

    static ReportDocument dashboard(const DashboardData &data, const Period &period, const QStringList &filters,
                                    const QString &language, const QDate &madeOn);
    static ReportDocument warnings(WarningRule rule, const QString &ruleInWords, const QList<WarningItem> &items,
                                   const QString &language, const QDate &today);
    static ReportDocument readiness(const QList<HouseholdReadiness> &rows, bool onlyReady, const QString &language,
                                    const QDate &today);

    // The indicators' tables, one function each.
    static ReportTable tiles(const DashboardData &d, const QString &language);
    static ReportTable exitReasons(const DashboardData &d, const QString &language);
    static ReportTable exitsByMonth(const DashboardData &d, const QString &language);
    static ReportTable cohorts(const DashboardData &d, const QString &language);
    // Indicators 5-10 (ReportTables5To10.cpp). wellbeingTable: an empty table (no
    // key) when it was not computed for the reader; the report leaves it out.
    static ReportTable independenceTable(const DashboardData &d, const QString &language);
    static ReportTable workTable(const DashboardData &d, const QString &language);
    static ReportTable plansTable(const DashboardData &d, const QString &language);
    static ReportTable partnersTable(const DashboardData &d, const QString &language);
    static ReportTable wellbeingTable(const DashboardData &d, const QString &language);
    static ReportTable clinicTable(const DashboardData &d, const QString &language);
    static ReportTable firstSessionsTable(const DashboardData &d, const QString &language);
    // The dashboard's bars: the caseload and exits by centre, worker or track.
    static ReportTable groupsTable(const DashboardData &d, const QString &language);
    // The charts the dashboard draws.
    static ReportChart exitsChart(const DashboardData &d, const QString &language);
    static ReportChart survivalChart(const DashboardData &d, const QString &language);
};

} // namespace tamkeen::impact
