#pragma once
// What each Reports view exports: the data it shows now, as core's report
// tables (ReportTables), in the interface's language.
#include "common/Result.h"
#include "impact/ReportTable.h"

#include <QCoreApplication>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::ui {

class DashboardView;
class ReadinessView;
class WarningsView;

class ReportSources {
    Q_DECLARE_TR_FUNCTIONS(ReportSources)
public:
    static QString language(); // "ar" or "en", as the interface
    static Result<impact::ReportDocument> dashboard(storage::Database &db, const DashboardView &view);
    static Result<impact::ReportDocument> warnings(storage::Database &db, const WarningsView &view);
    static Result<impact::ReportDocument> readiness(const ReadinessView &view);
};

} // namespace tamkeen::ui
