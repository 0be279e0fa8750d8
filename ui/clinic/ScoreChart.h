#pragma once
// A small chart of one score over time: points joined by a line, time running
// in the reading direction (oldest on the right in Arabic), the user's digits.
// Drawn with QPainter: Qt Charts is not a dependency.
#include <QDate>
#include <QWidget>

#include <optional>
#include <utility>

namespace tamkeen::ui {

class AppSettings;

class ScoreChart : public QWidget {
    Q_OBJECT
public:
    struct Point {
        QDate date;
        double score = 0;
    };

    explicit ScoreChart(const AppSettings &settings, QWidget *parent = nullptr);

    void setPoints(const QList<Point> &points); // oldest first
    QList<Point> points() const { return m_points; }
    // A fixed vertical range (scores of 0–100); without it the range fits the points.
    void setRange(double low, double high);
    // Dashed reference lines, e.g. the WHO-5 cut-offs.
    void setGuides(const QList<double> &values) { m_guides = values; update(); }
    // Shown instead of the chart (no assessment yet, or confidential).
    void setMessage(const QString &text);
    QString message() const { return m_message; }

    QSize sizeHint() const override { return {260, 120}; }
    QSize minimumSizeHint() const override { return {160, 90}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString number(double value) const;

    const AppSettings &m_settings;
    QList<Point> m_points;
    QList<double> m_guides;
    std::optional<std::pair<double, double>> m_range;
    QString m_message;
};

} // namespace tamkeen::ui
