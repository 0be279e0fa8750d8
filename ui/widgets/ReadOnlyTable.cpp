#include "widgets/ReadOnlyTable.h"

#include <QHeaderView>
#include <QTableWidget>

namespace tamkeen::ui {

QTableWidget *readOnlyTable(const QStringList &headers, QWidget *parent, int stretch)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->setAlternatingRowColors(true);
    if (stretch < 0) {
        t->horizontalHeader()->setStretchLastSection(true);
    } else {
        // Modes, not resizeColumnsToContents(): a refill after showing keeps the stretch.
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        t->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    }
    return t;
}

} // namespace tamkeen::ui
