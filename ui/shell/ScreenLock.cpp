#include "shell/ScreenLock.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

IdleWatcher::IdleWatcher(std::function<int()> minutes, QObject *parent) : QObject(parent), m_minutes(std::move(minutes))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    qApp->installEventFilter(this);
}

void IdleWatcher::restart()
{
    m_timer.setInterval(std::max(1, m_minutes()) * 60 * 1000);
    m_timer.start();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer.isActive())
            m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

namespace {

// An opaque sheet over one window, following its size.
class Cover : public QWidget {
public:
    explicit Cover(QWidget *window) : QWidget(window)
    {
        setObjectName(u"lockCover"_s);
        setAutoFillBackground(true);
        auto *layout = new QVBoxLayout(this);
        auto *label = new QLabel(QCoreApplication::translate("ScreenLock", "Tamkeen is locked."), this);
        label->setAlignment(Qt::AlignCenter);
        layout->addWidget(label);
        setGeometry(window->rect());
        window->installEventFilter(this);
        show();
        raise();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == parent() && event->type() == QEvent::Resize)
            setGeometry(parentWidget()->rect());
        if (watched == parent() && event->type() == QEvent::ChildAdded)
            raise();
        return false;
    }
};

} // namespace

void ScreenLock::coverWindow(QWidget *w)
{
    // The lock dialog and its own pop-ups (a field's context menu) stay usable.
    for (const QWidget *p = w; p; p = p->parentWidget())
        if (p == m_except)
            return;
    if (w->objectName() == u"lockCover"_s)
        return;
    for (const QPointer<QWidget> &c : std::as_const(m_covers))
        if (c && c->parentWidget() == w)
            return;
    m_covers.append(new Cover(w));
}

void ScreenLock::cover(const QWidget *except)
{
    m_locked = true;
    m_except = except;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->isVisible())
            coverWindow(w);
    qApp->installEventFilter(this);
}

void ScreenLock::uncover()
{
    qApp->removeEventFilter(this);
    m_locked = false;
    for (const QPointer<QWidget> &c : std::as_const(m_covers))
        delete c.data();
    m_covers.clear();
}

bool ScreenLock::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show && watched->isWidgetType()) {
        auto *w = static_cast<QWidget *>(watched);
        if (w->isWindow())
            coverWindow(w);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tamkeen::ui
