#pragma once
// Tab follows the reading order of a form, not the order its widgets happened
// to be created in: the order of the layouts, which in Arabic read right to
// left (a row's first item is on the right) and top to bottom.
class QWidget;

namespace tamkeen::ui {

// Chains every input under `root`'s layout in layout order (form rows top to
// bottom, box items in order, grid cells row by row, scroll areas and tab
// pages included). Call at the end of a form's constructor.
void followLayoutOrder(QWidget *root);

} // namespace tamkeen::ui
