#pragma once
// Locking the screen (issue 15 §3): after an idle time, or «lock now», every
// window of Tamkeen is covered and the login dialog asks the same user's
// password again. Windows are covered, not closed or hidden: a dialog being
// filled in keeps what was typed (hiding a dialog would end it), and comes
// back as it was after the unlock.
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

class QWidget;

namespace tamkeen::ui {

// Calls back when no key, click, wheel or touch reached the application for
// `minutes`; any such input starts the count again.
class IdleWatcher : public QObject {
    Q_OBJECT
public:
    // `minutes` is asked again at each restart (the setting may change).
    IdleWatcher(std::function<int()> minutes, QObject *parent = nullptr);
    void restart();
    void stop() { m_timer.stop(); }
    int remainingMs() const { return m_timer.remainingTime(); }

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<int()> m_minutes;
    QTimer m_timer;
};

class ScreenLock : public QObject {
    Q_OBJECT
public:
    // Covers every visible window of the application but `except`, and any
    // window shown while locked (a dialog a timer or a finished task opens).
    void cover(const QWidget *except);
    void uncover();
    bool isLocked() const { return m_locked; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void coverWindow(QWidget *window);

    bool m_locked = false;
    QPointer<const QWidget> m_except;
    QList<QPointer<QWidget>> m_covers;
};

} // namespace tamkeen::ui
