#include "impact/DrillDownDialog.h"

#include "format/Display.h"
#include "widgets/MessageBanner.h"
#include "widgets/ReadOnlyTable.h"
#include "widgets/WindowGeometry.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

DrillDownDialog::DrillDownDialog(storage::Database &db, const AppSettings &settings, const QString &what,
                                 const impact::Figure &figure, QWidget *parent)
    : QDialog(parent), m_db(db), m_figure(figure)
{
    setObjectName(u"drillDown"_s);
    setWindowTitle(tr("Families behind the number"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *banner = m_banner = new MessageBanner(this);
    auto *title = new QLabel(what, this);
    title->setObjectName(u"drillDownTitle"_s);
    title->setWordWrap(true);
    m_table = readOnlyTable({tr("File number"), tr("Head of household")}, this, 1);
    m_table->setObjectName(u"drillDownRows"_s);
    loadMore();
    // The next page when the list is scrolled to its end.
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value >= m_table->verticalScrollBar()->maximum())
            loadMore();
    });
    auto *count = new QLabel(Display(settings).digits(tr("%Ln families", nullptr, int(figure.households.size()))), this);
    count->setObjectName(u"drillDownCount"_s);
    connect(m_table, &QTableWidget::cellActivated, this, &DrillDownDialog::openRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *open = buttons->addButton(tr("Open file"), QDialogButtonBox::ActionRole);
    connect(open, &QPushButton::clicked, this, [this] { openRow(m_table->currentRow()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(banner);
    layout->addWidget(m_table, 1);
    layout->addWidget(count);
    layout->addWidget(buttons);
    rememberGeometry(this, QSize(560, 480));
}

bool DrillDownDialog::loadMore()
{
    if (m_loaded >= m_figure.households.size())
        return false;
    auto rows = impact::householdRows(m_db, m_figure, m_loaded, impact::kDrillDownPage);
    if (!rows) {
        m_banner->showError(rows.error().message);
        return false;
    }
    m_loaded += impact::kDrillDownPage;
    const int from = int(m_rows.size());
    m_rows += rows.value();
    m_table->setRowCount(int(m_rows.size()));
    for (int r = from; r < m_rows.size(); ++r) {
        m_table->setItem(r, 0, new QTableWidgetItem(Display::ltr(m_rows[r].fileNumber)));
        m_table->setItem(r, 1, new QTableWidgetItem(m_rows[r].headName));
    }
    return true;
}

void DrillDownDialog::openRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    emit openHousehold(m_rows[row].id);
    accept();
}

} // namespace tamkeen::ui
