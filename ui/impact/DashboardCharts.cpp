#include "impact/DashboardCharts.h"

#include "format/Display.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QHorizontalBarSeries>
#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>
#include <QLocale>

using namespace Qt::StringLiterals;
using namespace tamkeen::impact;

namespace tamkeen::ui {

namespace {

// The charts' words, in one translation context.
struct DashboardCharts {
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)
};

QString share(const Display &display, std::optional<double> value)
{
    return value ? display.percent(int(std::lround(*value * 100))) : DashboardCharts::tr("not yet known");
}

QString monthLabel(const Display &display, const QDate &month)
{
    return display.digits(QLocale().toString(month, u"MMM yyyy"_s));
}

// Category axes carry labels we write ourselves: Qt Charts would draw its
// own numbers in Latin digits whatever the user chose.
QCategoryAxis *axis(QChart *chart, Qt::Alignment side, QLineSeries *series)
{
    auto *a = new QCategoryAxis(chart);
    a->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    chart->addAxis(a, side);
    series->attachAxis(a);
    return a;
}

QChart *newChart(QLineSeries *series)
{
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->legend()->setVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setLocale(QLocale());
    return chart;
}

void percentAxis(QChart *chart, QLineSeries *series, const Display &display, bool rightToLeft)
{
    QCategoryAxis *y = axis(chart, rightToLeft ? Qt::AlignRight : Qt::AlignLeft, series);
    y->setRange(0, 100);
    for (int p = 0; p <= 100; p += 25)
        y->append(display.percent(p), p);
}

} // namespace

QStringList survivalHeaders(const Display &display)
{
    QStringList headers{DashboardCharts::tr("Month of exit"), DashboardCharts::tr("Exits")};
    for (int months : Indicators::kHorizons)
        headers << display.digits(DashboardCharts::tr("After %n month(s)", nullptr, months));
    return headers;
}

QStringList trendHeaders()
{
    return {DashboardCharts::tr("Month"), DashboardCharts::tr("Exits")};
}

// The period's cohorts pooled: of the exits whose horizon is known, the share
// not re-entered; 100 % at the exit itself. Unknown horizons are not drawn.
ChartAndRows survivalChart(const SustainedExits &sustained, const Display &display, bool rightToLeft)
{
    auto *series = new QLineSeries;
    series->setName(DashboardCharts::tr("Not re-entered"));
    series->setPointsVisible(true);
    ChartAndRows out;
    bool any = false;
    for (const ExitCohort &c : sustained.cohorts)
        any = any || !c.exits.households.isEmpty();
    if (any)
        series->append(0, 100);
    for (int months : Indicators::kHorizons)
        if (auto s = impact::pooledHorizon(sustained, months).share())
            series->append(months, *s * 100);
    out.chart = newChart(series);
    out.chart->setTitle(DashboardCharts::tr("Share of exits not re-entered, by months since the exit"));
    QCategoryAxis *x = axis(out.chart, Qt::AlignBottom, series);
    x->setRange(-0.5, 14); // room for the end labels: Qt Charts hides a label that would cross the plot edge
    x->setReverse(rightToLeft);
    x->append(display.number(0), 0);
    for (int months : Indicators::kHorizons)
        x->append(display.digits(DashboardCharts::tr("%n month(s)", nullptr, months)),
                  months);
    // The last category ends at the range: an empty one, so that 12 months is an ordinary label.
    x->append(u" "_s, 14);
    percentAxis(out.chart, series, display, rightToLeft);
    for (const ExitCohort &c : sustained.cohorts) {
        QStringList row{monthLabel(display, c.month), display.number(c.exits.value)};
        for (int months : Indicators::kHorizons)
            row << share(display, c.sustainedShare(months));
        out.rows << row;
    }
    return out;
}

ChartAndRows exitsTrendChart(const QList<impact::MonthFigure> &months, const Display &display, bool rightToLeft)
{
    auto *series = new QLineSeries;
    series->setName(DashboardCharts::tr("Exits"));
    series->setPointsVisible(true);
    qint64 top = 0;
    for (int i = 0; i < months.size(); ++i) {
        series->append(i, double(months[i].exits.value));
        top = std::max(top, months[i].exits.value);
    }
    ChartAndRows out;
    out.chart = newChart(series);
    out.chart->setTitle(DashboardCharts::tr("Households that left support, by month"));
    QCategoryAxis *x = axis(out.chart, Qt::AlignBottom, series);
    x->setRange(-0.5, double(months.size()) - 0.5); // room for the end labels
    x->setReverse(rightToLeft);
    x->setLabelsAngle(-90); // twelve month names side by side would be cut short
    for (int i = 0; i < months.size(); ++i)
        x->append(monthLabel(display, months[i].month), i);
    // Whole households on the value axis: about four steps up to the highest month.
    const qint64 step = std::max<qint64>(1, (top + 3) / 4);
    QCategoryAxis *y = axis(out.chart, rightToLeft ? Qt::AlignRight : Qt::AlignLeft, series);
    y->setRange(0, double(step * 4));
    for (qint64 v = 0; v <= step * 4; v += step)
        y->append(display.number(v), double(v));
    for (const impact::MonthFigure &m : months)
        out.rows << QStringList{monthLabel(display, m.month), display.number(m.exits.value)};
    return out;
}

QStringList groupHeaders(impact::GroupBy by)
{
    const QString group = by == GroupBy::Centre   ? DashboardCharts::tr("Centre")
                          : by == GroupBy::Worker ? DashboardCharts::tr("Worker")
                                                  : DashboardCharts::tr("Track");
    return {group, DashboardCharts::tr("Supported at the end"), DashboardCharts::tr("Exits"),
            DashboardCharts::tr("Exits to self-sufficiency")};
}

QStringList groupSets()
{
    return {DashboardCharts::tr("Supported at the end"), DashboardCharts::tr("Exits")};
}

ChartAndRows groupsChart(const QList<impact::GroupFigures> &groups, impact::GroupBy by, const Display &display,
                         bool rightToLeft)
{
    auto *series = new QHorizontalBarSeries;
    const QStringList names = groupSets();
    auto *supported = new QBarSet(names.at(0));
    auto *exits = new QBarSet(names.at(1));
    QStringList categories;
    qint64 top = 0;
    ChartAndRows out;
    // The first group at the top: horizontal bars are drawn from the bottom up.
    for (qsizetype i = groups.size() - 1; i >= 0; --i) {
        const impact::GroupFigures &g = groups.at(i);
        supported->append(double(g.supported.value));
        exits->append(double(g.exits.value));
        categories << g.name;
        top = std::max({top, g.supported.value, g.exits.value});
    }
    for (const impact::GroupFigures &g : groups)
        out.rows << QStringList{g.name, display.number(g.supported.value), display.number(g.exits.value),
                                display.number(g.positive.value)};
    series->append(supported);
    series->append(exits);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setLocale(QLocale());
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTitle(DashboardCharts::tr("Households supported and exits: %1").arg(impact::GroupedFigures::title(by)));
    // Names stand on the right in right-to-left, and the bars grow leftwards.
    auto *groupAxis = new QBarCategoryAxis(chart);
    groupAxis->append(categories);
    chart->addAxis(groupAxis, rightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    series->attachAxis(groupAxis);
    const qint64 step = std::max<qint64>(1, (top + 3) / 4);
    auto *values = new QCategoryAxis(chart);
    values->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    values->setRange(0, double(step * 4));
    values->setReverse(rightToLeft);
    for (qint64 v = 0; v <= step * 4; v += step)
        values->append(display.number(v), double(v));
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    out.chart = chart;
    return out;
}

} // namespace tamkeen::ui
