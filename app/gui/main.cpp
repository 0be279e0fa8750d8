// tamkeen: the desktop application. Arabic and right-to-left unless the user
// chose English in Settings.
#include "format/AppSettings.h"
#include "format/Translations.h"
#include "shell/AppController.h"
#include "storage/Database.h"
#include "tamkeen/Version.h"
#include "widgets/ButtonStyle.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Tamkeen"_s);
    QApplication::setApplicationName(u"tamkeen"_s);
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Tamkeen"));
    QApplication::setApplicationVersion(QStringLiteral(TAMKEEN_VERSION));
    QApplication::setWindowIcon(QIcon(u":/icons/tamkeen-256.png"_s));
    // The desktop file's name without .desktop, as is the AppStream component's id.
    QApplication::setDesktopFileName(u"io.github.tamkeen.Tamkeen"_s);
    tamkeen::ui::installStyle();

    tamkeen::ui::AppSettings settings;
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Tamkeen: households, empowerment clinics and plans, offline first."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(u"db"_s, u"Open the database file PATH instead of the one in Settings."_s, u"PATH"_s);
    const QCommandLineOption lang(u"lang"_s, u"Use the language ar or en for this run."_s, u"LANG"_s);
    parser.addOptions({db, lang});
    parser.addPositionalArgument(u"file"_s, u"A Tamkeen package (.tamkeen) to import after logging in."_s, u"[file]"_s);
    parser.process(app);

    tamkeen::ui::installTranslations(parser.isSet(lang) ? parser.value(lang) : settings.language());
    // Translated again now that the translation is loaded.
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Tamkeen"));

    QString path = parser.value(db);
    if (path.isEmpty())
        path = settings.databasePath();
    if (path.isEmpty())
        path = tamkeen::storage::Database::defaultPath();

    tamkeen::ui::AppController controller(settings, path);
    // A double-click on a package (the desktop file's %f); relative to where we were started.
    if (const QStringList files = parser.positionalArguments(); !files.isEmpty())
        controller.importAfterLogin(QFileInfo(files.first()).absoluteFilePath());
    controller.start();
    return app.exec();
}
