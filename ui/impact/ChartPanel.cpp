#include "impact/ChartPanel.h"

#include "widgets/ReadOnlyTable.h"

#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

ChartPanel::ChartPanel(const QString &title, const QString &objectName, const QStringList &headers, QWidget *parent)
    : QWidget(parent), m_view(new QChartView(this)), m_table(readOnlyTable(headers, this, 0)),
      m_stack(new QStackedWidget(this)), m_toggle(new QPushButton(tr("Show as table"), this))
{
    setObjectName(objectName);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(340);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_table);
    m_toggle->setObjectName(u"chartTableToggle"_s);
    m_toggle->setCheckable(true);
    connect(m_toggle, &QPushButton::toggled, this, [this](bool table) {
        m_stack->setCurrentIndex(table ? 1 : 0);
        m_toggle->setText(table ? tr("Show as chart") : tr("Show as table"));
    });
    auto *name = new QLabel(title, this);
    QFont bold = name->font();
    bold.setBold(true);
    name->setFont(bold);
    auto *top = new QHBoxLayout;
    top->addWidget(name, 1);
    top->addWidget(m_toggle);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
}

void ChartPanel::show(QChart *chart, const QList<QStringList> &rows)
{
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(rows[r][c]));
}

bool ChartPanel::showsTable() const
{
    return m_stack->currentIndex() == 1;
}

} // namespace tamkeen::ui
