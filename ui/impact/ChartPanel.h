#pragma once
// A chart with its values as a table: a button switches between the two, so
// that every value drawn can also be read (and copied) as text.
#include <QWidget>

class QChart;
class QChartView;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace tamkeen::ui {

class ChartPanel : public QWidget {
    Q_OBJECT
public:
    ChartPanel(const QString &title, const QString &objectName, const QStringList &headers,
               QWidget *parent = nullptr);

    // Takes `chart` (the previous one is deleted) and the table's rows.
    void show(QChart *chart, const QList<QStringList> &rows);
    QChartView *view() const { return m_view; }
    QTableWidget *table() const { return m_table; }
    QPushButton *toggle() const { return m_toggle; }
    bool showsTable() const;

private:
    QChartView *m_view;
    QTableWidget *m_table;
    QStackedWidget *m_stack;
    QPushButton *m_toggle;
};

} // namespace tamkeen::ui
