#include "widgets/Sparkline.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace tamkeen::ui {

Sparkline::Sparkline(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void Sparkline::setValues(const QList<qint64> &values)
{
    m_values = values;
    setVisible(values.size() > 1);
    update();
}

QSize Sparkline::sizeHint() const
{
    return {fontMetrics().height() * 6, fontMetrics().height() * 2};
}

QList<QPointF> Sparkline::points() const
{
    QList<QPointF> out;
    if (m_values.size() < 2)
        return out;
    const auto [low, high] = std::minmax_element(m_values.cbegin(), m_values.cend());
    const double span = std::max<double>(1.0, double(*high - *low));
    const double margin = 3.0;
    const double w = width() - 2 * margin, h = height() - 2 * margin;
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    for (qsizetype i = 0; i < m_values.size(); ++i) {
        const double along = w * double(i) / double(m_values.size() - 1);
        const double x = margin + (rtl ? w - along : along);
        const double y = margin + h - h * double(m_values[i] - *low) / span;
        out << QPointF(x, y);
    }
    return out;
}

void Sparkline::paintEvent(QPaintEvent *)
{
    const QList<QPointF> p = points();
    if (p.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath path(p.first());
    for (qsizetype i = 1; i < p.size(); ++i)
        path.lineTo(p[i]);
    const QColor colour = palette().color(QPalette::Highlight);
    painter.setPen(QPen(colour, 1.6));
    painter.drawPath(path);
    painter.setBrush(colour);
    painter.drawEllipse(p.last(), 2.5, 2.5);
}

} // namespace tamkeen::ui
