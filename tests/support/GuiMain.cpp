// Catch2 runner for GUI tests: a QApplication in Arabic, as users start it.
#define CATCH_CONFIG_RUNNER
#include "support/catch.h"

#include "format/Translations.h"

#include <QApplication>
#include <QDir>

int main(int argc, char **argv)
{
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
