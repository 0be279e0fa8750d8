#pragma once
// A small trend line beside a number: the values oldest first, drawn from the
// reading side (right to left in Arabic, as the dashboard's charts run), the
// latest marked with a dot. Its tool tip carries the values in words.
#include <QList>
#include <QWidget>

namespace tamkeen::ui {

class Sparkline : public QWidget {
    Q_OBJECT
public:
    explicit Sparkline(QWidget *parent = nullptr);

    void setValues(const QList<qint64> &values);
    QList<qint64> values() const { return m_values; }
    // Where each value is drawn, in widget coordinates, oldest first.
    QList<QPointF> points() const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<qint64> m_values;
};

} // namespace tamkeen::ui
