#pragma once
#include <QApplication>
#include <QString>
#include <QWidget>
#include <functional>

namespace tamkeen::test {

// Saves what the widget shows into tests/screenshots/NAME.png in the build tree.
bool screenshot(QWidget *widget, const QString &name);
// Types text key by key; QTest::keyClicks handles only ASCII.
void typeText(QWidget *widget, const QString &text);
// Lets queued events (dialogs opening, layouts) run.
void settle();
// Lets events run until `done` holds (work on a worker thread delivered), at most `ms`.
bool waitUntil(const std::function<bool()> &done, int ms = 15000);

} // namespace tamkeen::test
