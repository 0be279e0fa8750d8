#include "support/Gui.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPixmap>
#include <QTest>

namespace tamkeen::test {

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(10);
    }
}

bool waitUntil(const std::function<bool()> &done, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > ms)
            return false;
        QTest::qWait(10);
    }
    settle();
    return true;
}

void typeText(QWidget *widget, const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClick(widget, char(c.unicode()));
            continue;
        }
        const int digit = c.digitValue();
        const Qt::Key key = digit >= 0 ? Qt::Key(Qt::Key_0 + digit) : Qt::Key_unknown;
        QTest::sendKeyEvent(QTest::Press, widget, key, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, key, QString(c), Qt::NoModifier);
    }
}

bool screenshot(QWidget *widget, const QString &name)
{
    settle();
    const QString path = QDir(QStringLiteral(TAMKEEN_SCREENSHOT_DIR)).filePath(name + QStringLiteral(".png"));
    return widget->window()->grab().save(path);
}

} // namespace tamkeen::test
