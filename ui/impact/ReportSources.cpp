#include "impact/ReportSources.h"

#include "format/Display.h"
#include "impact/DashboardFilters.h"
#include "impact/DashboardView.h"
#include "impact/ReadinessView.h"
#include "impact/ReportTables.h"
#include "impact/WarningsView.h"

#include <QCheckBox>
#include <QComboBox>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

QString ReportSources::language()
{
    return Display::arabicLanguage() ? u"ar"_s : u"en"_s;
}

Result<impact::ReportDocument> ReportSources::dashboard(storage::Database &db, const DashboardView &view)
{
    // The numbers on screen belong to the period and filters they were computed for.
    if (!view.data() || view.isBusy())
        return makeError(ErrorCode::Invalid, tr("The indicators are still being computed. Export once they are shown."));
    auto period = view.filters()->period();
    if (!period)
        return period.error();
    auto filters = impact::ReportTables::describe(db, view.filters()->filter());
    if (!filters)
        return filters.error();
    return impact::ReportTables::dashboard(*view.data(), period.value(), filters.value(), language(),
                                           QDate::currentDate());
}

Result<impact::ReportDocument> ReportSources::warnings(storage::Database &db, const WarningsView &view)
{
    if (view.rules()->count() == 0)
        return makeError(ErrorCode::Invalid, tr("There is no early-warning list to export."));
    const auto rule = impact::WarningRule(view.rules()->currentData().toInt());
    auto thresholds = impact::EarlyWarnings(db).thresholds();
    if (!thresholds)
        return thresholds.error();
    return impact::ReportTables::warnings(rule, impact::EarlyWarnings::explain(rule, thresholds.value()), view.items(),
                                          language(), QDate::currentDate());
}

Result<impact::ReportDocument> ReportSources::readiness(const ReadinessView &view)
{
    return impact::ReportTables::readiness(view.rows(), view.onlyReady()->isChecked(), language(), QDate::currentDate());
}

} // namespace tamkeen::ui
