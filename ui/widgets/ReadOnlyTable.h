#pragma once
// The read-only lists of records inside dialogs: whole rows selected, one at a time.
#include <QStringList>

class QTableWidget;
class QWidget;

namespace tamkeen::ui {

// `stretch`: the column that takes the spare width; -1 for the last one.
QTableWidget *readOnlyTable(const QStringList &headers, QWidget *parent, int stretch = -1);

} // namespace tamkeen::ui
