// Catch2 runner for GUI tests: a QApplication in Arabic, as users start it.
#define CATCH_CONFIG_RUNNER
#include "support/catch.h"

#include "format/Translations.h"

#include <QApplication>
#include <QDir>
#include <cstdio>

namespace {
// The offscreen platform warns about window hints it cannot honour; that is noise.
QtMessageHandler previousHandler = nullptr;
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("propagateSizeHints")) || message.contains(QLatin1String("XDG_RUNTIME_DIR")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
    else
        fprintf(stderr, "%s\n", qPrintable(message));
}
} // namespace

int main(int argc, char **argv)
{
    previousHandler = qInstallMessageHandler(quietHandler);
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TamkeenTests"));
    QApplication::setApplicationName(QStringLiteral("tamkeen-ui-tests"));
    QApplication::setQuitOnLastWindowClosed(false);
    QDir().mkpath(QStringLiteral(TAMKEEN_SCREENSHOT_DIR));
    if (!tamkeen::ui::installTranslations(QStringLiteral("ar")))
        return 3;
    return Catch::Session().run(argc, argv);
}
