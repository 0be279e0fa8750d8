#pragma once
// The dashboard's charts (Qt Charts) and the same values as table rows:
// the survival curve of sustained exits (issue 14 §1.3) and exits by month.
// Right to left: time runs from right to left and the value axis stands on
// the right; every axis label is written by Display, in the user's digits.
#include "impact/DashboardData.h"

#include <QList>
#include <QStringList>

class QChart;

namespace tamkeen::ui {

class Display;

struct ChartAndRows {
    QChart *chart = nullptr; // owned by the caller
    QList<QStringList> rows;
};

QStringList survivalHeaders(const Display &display);
QStringList trendHeaders();
ChartAndRows survivalChart(const impact::SustainedExits &sustained, const Display &display, bool rightToLeft);
ChartAndRows exitsTrendChart(const QList<impact::MonthFigure> &months, const Display &display, bool rightToLeft);
// The caseload and exits by centre, worker or track: horizontal bars, one row
// of the table per group (its name, supported, exits, to self-sufficiency).
// The bar sets are in the order of `groupSets()`.
QStringList groupHeaders(impact::GroupBy by);
QStringList groupSets();
ChartAndRows groupsChart(const QList<impact::GroupFigures> &groups, impact::GroupBy by, const Display &display,
                         bool rightToLeft);

} // namespace tamkeen::ui
