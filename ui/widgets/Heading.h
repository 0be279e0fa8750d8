#pragma once
#include <QLabel>

namespace tamkeen::ui {

// The large bold title at the top of a page; `scale` times the normal font.
QLabel *heading(const QString &text, QWidget *parent, qreal scale = 1.6);

} // namespace tamkeen::ui
