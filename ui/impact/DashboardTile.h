#pragma once
// One indicator on the dashboard: its name, its value, the change against
// the previous period, and the figures beside it. Every number is a button
// that asks for the households behind it (drillDown).
#include "impact/Figure.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace tamkeen::ui {

class Sparkline;

// A number shown on a tile: its text in the user's digits, the figure (and
// so the households) behind it and what it counts, in words (the drill-down's title).
struct TileNumber {
    QString text;
    impact::Figure figure;
    QString what;
};

class DashboardTile : public QFrame {
    Q_OBJECT
public:
    DashboardTile(const QString &title, const QString &objectName, QWidget *parent = nullptr);

    void setValue(const TileNumber &value);
    // One line each, its words in the text ("12 exits in all").
    void setDetails(const QList<TileNumber> &details);
    void setChange(const QString &change);
    // A small trend beside the value, oldest first; `about` says what it shows
    // with its values, in the user's digits. Fewer than two values hide it.
    void setTrend(const QList<qint64> &values, const QString &about);

    QPushButton *valueButton() const { return m_value; }
    QList<QPushButton *> detailButtons() const { return m_detailButtons; }
    QLabel *change() const { return m_change; }
    Sparkline *trend() const { return m_trend; }

signals:
    void drillDown(const QString &what, const impact::Figure &figure);

private:
    QPushButton *numberButton(const TileNumber &number, QWidget *parent);

    QPushButton *m_value;
    QWidget *m_details;
    QVBoxLayout *m_detailsLayout;
    QList<QPushButton *> m_detailButtons;
    QLabel *m_change;
    Sparkline *m_trend;
    TileNumber m_valueNumber;
};

} // namespace tamkeen::ui
