#pragma once
#include <QApplication>
#include <QString>
#include <QWidget>

namespace tamkeen::test {

// Saves what the widget shows into tests/screenshots/NAME.png in the build tree.
bool screenshot(QWidget *widget, const QString &name);
// Types text key by key; QTest::keyClicks handles only ASCII.
void typeText(QWidget *widget, const QString &text);
// Lets queued events (dialogs opening, layouts) run.
void settle();

} // namespace tamkeen::test
