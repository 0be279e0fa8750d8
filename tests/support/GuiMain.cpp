// Catch2 runner for GUI tests: a QApplication in Arabic, as users start it.
#define CATCH_CONFIG_RUNNER
#include "support/catch.h"

#include "format/Translations.h"
#include "widgets/ButtonStyle.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QLocalSocket>
#include <QPointer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QThread>
#include <QWidget>
#include <atomic>
#include <cstdio>

namespace {
// The offscreen platform warns about window hints it cannot honour; that is noise.
QtMessageHandler previousHandler = nullptr;
std::atomic<int> placeholdersInArabicDigits = 0;
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("propagateSizeHints")) || message.contains(QLatin1String("XDG_RUNTIME_DIR")))
        return;
    // A "%1" turned into the user's digits before arg() filled it in: Qt 6.4
    // still fills "%١", later versions will not, and the user would read it.
    if (message.contains(QLatin1String("non-ASCII digits")))
        ++placeholdersInArabicDigits;
    if (previousHandler)
        previousHandler(type, context, message);
    else
        fprintf(stderr, "%s\n", qPrintable(message));
}
// Under X without a window manager a window is active only while the server
// gives it the keyboard focus, which other test processes on the same Xvfb take
// in turn (ctest -j2). The tests are about one application at a time: as on the
// offscreen platform, the window shown last is the active one (shortcuts and
// QApplication::focusWidget() depend on it), whatever the server says.
class KeepShownActive : public QObject {
protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!watched->isWidgetType() || (event->type() != QEvent::Show && event->type() != QEvent::WindowDeactivate))
            return false;
        auto *w = static_cast<QWidget *>(watched);
        if (!w->isWindow() || w->windowType() == Qt::Popup || w->windowType() == Qt::ToolTip)
            return false;
        QPointer<QWidget> window = w;
        QTimer::singleShot(0, this, [window, shown = event->type() == QEvent::Show] {
            QT_WARNING_PUSH
            QT_WARNING_DISABLE_DEPRECATED
            if (window && window->isVisible() && (shown || !QApplication::activeWindow()))
                QApplication::setActiveWindow(window);
            QT_WARNING_POP
        });
        return false;
    }
};

// Once in a CI run of 498 tests one process found the shared Xvfb refusing its
// connection for a moment (the next test connected fine), and Qt aborts when
// it cannot connect. Wait up to 10 s for the display's socket to accept
// before creating the application, so a moment's refusal is not a failure.
// That was not enough: the refusals came from the server resetting when its
// last client left (between two tests), after the socket had accepted;
// scripts/test now starts Xvfb with -noreset (so should any other runner).
void waitForXDisplay()
{
    const QByteArray display = qgetenv("DISPLAY");
    if (!display.startsWith(':'))
        return; // a remote or unusual display: leave it to Qt
    const QByteArray number = display.mid(1).split('.').value(0);
    const QString socketPath = QStringLiteral("/tmp/.X11-unix/X") + QString::fromLatin1(number);
    for (int attempt = 0; attempt < 40; ++attempt) {
        QLocalSocket socket;
        socket.connectToServer(socketPath);
        if (socket.waitForConnected(250)) {
            socket.abort();
            return;
        }
        if (attempt == 0)
            fprintf(stderr, "X display %s refused a connection (%s); waiting for it.\n", display.constData(),
                    qPrintable(socket.errorString()));
        QThread::msleep(250);
    }
}

} // namespace

int main(int argc, char **argv)
{
    previousHandler = qInstallMessageHandler(quietHandler);
    // The platform follows the environment (scripts/test sets xcb on its Xvfb);
    // with no platform and no display at all, offscreen. Offscreen gets the
    // field laptop's 1366×768 screen instead of its default 800×600.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qgetenv("QT_QPA_PLATFORM") == "xcb")
        waitForXDisplay();
    QTemporaryDir userSettings;
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen") {
        const QString config = userSettings.filePath(QStringLiteral("offscreen.json"));
        QFile file(config);
        if (file.open(QIODevice::WriteOnly)
            && file.write(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768}]})") > 0) {
            file.close();
            qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(config));
        }
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TamkeenTests"));
    QApplication::setApplicationName(QStringLiteral("tamkeen-ui-tests"));
    QApplication::setQuitOnLastWindowClosed(false);
    tamkeen::ui::installStyle(); // as app/gui/main.cpp does
    if (QApplication::platformName() == QLatin1String("xcb"))
        app.installEventFilter(new KeepShownActive);
    QDir().mkpath(QStringLiteral(TAMKEEN_SCREENSHOT_DIR));
    // Remembered window sizes and positions stay inside this run.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, userSettings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, userSettings.path());
    if (!tamkeen::ui::installTranslations(QStringLiteral("ar")))
        return 3;
    const int failed = Catch::Session().run(argc, argv);
    if (placeholdersInArabicDigits > 0) {
        fprintf(stderr, "A text's placeholder was put in the user's digits before it was filled in (%d times): "
                        "call Display::digits() after arg().\n",
                int(placeholdersInArabicDigits));
        return failed + 1;
    }
    return failed;
}
