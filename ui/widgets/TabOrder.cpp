#include "widgets/TabOrder.h"

#include <QGridLayout>
#include <QLayout>
#include <QScrollArea>
#include <QTabWidget>
#include <QWidget>
#include <algorithm>

namespace tamkeen::ui {

namespace {

void collect(QWidget *widget, QList<QWidget *> &out);

// The layout's items in reading order: grids by cell, everything else as added.
QList<QLayoutItem *> itemsInOrder(QLayout *layout)
{
    QList<QLayoutItem *> items;
    for (int i = 0; i < layout->count(); ++i)
        items << layout->itemAt(i);
    if (auto *grid = qobject_cast<QGridLayout *>(layout)) {
        const auto cell = [grid](QLayoutItem *item) {
            int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
            grid->getItemPosition(grid->indexOf(item), &row, &column, &rowSpan, &columnSpan);
            return std::pair{row, column};
        };
        std::stable_sort(items.begin(), items.end(), [&](QLayoutItem *a, QLayoutItem *b) { return cell(a) < cell(b); });
    }
    return items;
}

void collect(QLayout *layout, QList<QWidget *> &out)
{
    for (QLayoutItem *item : itemsInOrder(layout)) {
        if (QWidget *w = item->widget())
            collect(w, out);
        else if (QLayout *inner = item->layout())
            collect(inner, out);
    }
}

void collect(QWidget *widget, QList<QWidget *> &out)
{
    if (widget->focusProxy()) { // a compound input (setTabOrder uses its proxy)
        out << widget;
        return;
    }
    if (widget->focusPolicy() & Qt::TabFocus)
        out << widget;
    if (auto *scroll = qobject_cast<QScrollArea *>(widget)) {
        if (scroll->widget())
            collect(scroll->widget(), out);
        return;
    }
    if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
        for (int i = 0; i < tabs->count(); ++i)
            collect(tabs->widget(i), out);
        return;
    }
    if (widget->layout())
        collect(widget->layout(), out);
}

} // namespace

void followLayoutOrder(QWidget *root)
{
    QList<QWidget *> chain;
    if (root->layout())
        collect(root->layout(), chain);
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain[i - 1], chain[i]);
}

} // namespace tamkeen::ui
