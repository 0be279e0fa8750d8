#pragma once
// Windows and dialogs remember their size and position between runs (QSettings,
// keyed by the window's objectName, else its class) and always open inside the available screen
// area, however large the remembered or preferred size: a 1366×768 laptop with
// a taskbar must show every button.
#include <QSize>

class QWidget;

namespace tamkeen::ui {

// Call once at the end of the window's constructor, after setObjectName(). Restores what
// was saved, else resizes to `preferred` (when given); on every show the window
// is fitted into the available screen, and on every hide its geometry is saved.
void rememberGeometry(QWidget *window, QSize preferred = {});

// Shrinks and moves `window` (its frame included) into its screen's available area.
void fitIntoScreen(QWidget *window);

} // namespace tamkeen::ui
