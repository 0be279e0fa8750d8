#include "clinic/ScoreChart.h"

#include "format/AppSettings.h"
#include "format/Display.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

ScoreChart::ScoreChart(const AppSettings &settings, QWidget *parent) : QWidget(parent), m_settings(settings)
{
    setObjectName(u"scoreChart"_s);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    connect(&settings, &AppSettings::displayChanged, this, qOverload<>(&QWidget::update));
}

void ScoreChart::setPoints(const QList<Point> &points)
{
    m_points = points;
    m_message.clear();
    update();
}

void ScoreChart::setRange(double low, double high)
{
    m_range = std::make_pair(low, high);
    update();
}

void ScoreChart::setMessage(const QString &text)
{
    m_message = text;
    setAccessibleDescription(text);
    update();
}

QString ScoreChart::number(double value) const
{
    return Display(m_settings).digits(QLocale::c().toString(value, 'f', value == std::floor(value) ? 0 : 1));
}

void ScoreChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect all = rect().adjusted(1, 1, -1, -1);
    p.setPen(palette().color(QPalette::Mid));
    p.setBrush(palette().color(QPalette::Base));
    p.drawRoundedRect(all, 4, 4);
    if (!m_message.isEmpty() || m_points.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(all.adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }

    double low = 0, high = 0;
    if (m_range) {
        std::tie(low, high) = *m_range;
    } else {
        const auto [min, max] = std::minmax_element(m_points.cbegin(), m_points.cend(),
                                                    [](const Point &a, const Point &b) { return a.score < b.score; });
        low = std::min(0.0, min->score);
        high = std::max(max->score, low + 1);
    }
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const QFontMetrics fm(font());
    const int labelWidth = std::max(fm.horizontalAdvance(number(low)), fm.horizontalAdvance(number(high))) + 8;
    // The value axis stands on the reading side; dates run under the plot.
    QRect plot = all.adjusted(8, 8, -8, -(fm.height() + 6));
    if (rtl)
        plot.setRight(plot.right() - labelWidth);
    else
        plot.setLeft(plot.left() + labelWidth);

    const auto yOf = [&](double v) { return plot.bottom() - (v - low) / (high - low) * plot.height(); };
    const QDate first = m_points.first().date, last = m_points.last().date;
    const qint64 span = std::max<qint64>(1, first.daysTo(last));
    const auto xOf = [&](const QDate &d) {
        const double t = m_points.size() == 1 ? 0.5 : double(first.daysTo(d)) / span;
        return rtl ? plot.right() - t * plot.width() : plot.left() + t * plot.width();
    };

    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    const int axisX = rtl ? plot.right() : plot.left();
    p.drawLine(QPoint(axisX, plot.top()), QPoint(axisX, plot.bottom()));
    p.setPen(palette().color(QPalette::WindowText));
    const QRect highLabel(rtl ? plot.right() + 4 : all.left() + 2, plot.top() - fm.height() / 2, labelWidth - 6, fm.height());
    const QRect lowLabel(highLabel.left(), plot.bottom() - fm.height() / 2, labelWidth - 6, fm.height());
    // Painter alignments are logical unless absolute; these name the visual side.
    const Qt::Alignment towardPlot = (rtl ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignAbsolute | Qt::AlignVCenter;
    p.drawText(highLabel, towardPlot, number(high));
    p.drawText(lowLabel, towardPlot, number(low));

    QPen guide(QColor(0xb0, 0x4a, 0x4a), 1, Qt::DashLine);
    for (double g : std::as_const(m_guides)) {
        if (g <= low || g >= high)
            continue;
        p.setPen(guide);
        p.drawLine(QPointF(plot.left(), yOf(g)), QPointF(plot.right(), yOf(g)));
    }

    const Display display(m_settings);
    const auto dateText = [&](const QDate &d) { return display.shortDate(d); };
    p.setPen(palette().color(QPalette::WindowText));
    const QRect dates(plot.left(), plot.bottom() + 3, plot.width(), fm.height());
    // Oldest at the start of the reading direction, newest at its end.
    if (m_points.size() == 1)
        p.drawText(dates, Qt::AlignCenter, dateText(first));
    else
        p.drawText(dates, (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute | Qt::AlignVCenter, dateText(first));
    if (m_points.size() > 1)
        p.drawText(dates, (rtl ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignAbsolute | Qt::AlignVCenter, dateText(last));

    const QColor ink(0x0f, 0x6e, 0x66);
    QPainterPath line;
    for (int i = 0; i < m_points.size(); ++i) {
        const QPointF at(xOf(m_points[i].date), yOf(m_points[i].score));
        if (i == 0)
            line.moveTo(at);
        else
            line.lineTo(at);
    }
    p.setPen(QPen(ink, 2));
    p.setBrush(Qt::NoBrush);
    p.drawPath(line);
    p.setBrush(ink);
    for (const Point &pt : std::as_const(m_points))
        p.drawEllipse(QPointF(xOf(pt.date), yOf(pt.score)), 3.5, 3.5);
}

} // namespace tamkeen::ui
