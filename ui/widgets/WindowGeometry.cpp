#include "widgets/WindowGeometry.h"

#include <QEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

namespace {

// The objectName, else the class: one remembered geometry per kind of window.
QString key(const QWidget *window)
{
    const QString name = window->objectName();
    return u"windows/"_s + (name.isEmpty() ? QString::fromLatin1(window->metaObject()->className()) : name);
}

// Fits the window into the screen when it shows and saves its geometry when it hides.
class GeometryKeeper : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *window = static_cast<QWidget *>(watched);
        if (event->type() == QEvent::Show)
            fitIntoScreen(window);
        else if (event->type() == QEvent::Hide)
            QSettings().setValue(key(window), window->saveGeometry());
        return false;
    }
};

QScreen *screenOf(const QWidget *window)
{
    if (QScreen *s = QGuiApplication::screenAt(window->frameGeometry().center()))
        return s;
    if (window->parentWidget())
        return window->parentWidget()->window()->screen();
    return window->screen() ? window->screen() : QGuiApplication::primaryScreen();
}

} // namespace

void fitIntoScreen(QWidget *window)
{
    const QScreen *screen = screenOf(window);
    if (!screen || window->isMaximized() || window->isFullScreen())
        return;
    const QRect available = screen->availableGeometry();
    const QRect frame = window->frameGeometry();
    const QSize decoration = frame.size() - window->size();
    const QSize fitted = window->size().boundedTo(available.size() - decoration);
    if (fitted != window->size())
        window->resize(fitted.expandedTo(window->minimumSize()));
    QRect placed(window->frameGeometry().topLeft(), window->size() + decoration);
    if (placed.right() > available.right())
        placed.moveRight(available.right());
    if (placed.bottom() > available.bottom())
        placed.moveBottom(available.bottom());
    if (placed.left() < available.left())
        placed.moveLeft(available.left());
    if (placed.top() < available.top())
        placed.moveTop(available.top());
    if (placed.topLeft() != window->frameGeometry().topLeft())
        window->move(placed.topLeft());
}

void rememberGeometry(QWidget *window, QSize preferred)
{
    const QByteArray saved = QSettings().value(key(window)).toByteArray();
    if (saved.isEmpty() || !window->restoreGeometry(saved)) {
        if (preferred.isValid())
            window->resize(preferred);
    }
    window->installEventFilter(new GeometryKeeper(window));
}

} // namespace tamkeen::ui
