#include "format/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

namespace {

// Tells lupdate about the string Qt reads to choose the layout direction.
[[maybe_unused]] const char *const kLayoutDirection = QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION");

// Qt's own words that qtbase_ar lacks, translated in our file under Qt's context
// (ours is installed after qtbase's, so it is asked first): the Type column of
// the file dialog. The comments are Qt's disambiguations and must match.
struct QtText {
    const char *source;
    const char *comment;
};
[[maybe_unused]] const QtText kQtFileTypes[] = {
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Shortcut", "All other platforms"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Drive", ""),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "File", ""),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Unknown", ""),
};

// Qt's standard buttons (QDialogButtonBox, QMessageBox) in the application's own
// words: qtbase_ar names them with imperatives («ألغِ», «أغلق»), our screens with
// nouns («إلغاء», «إغلاق»). Our translator is installed after Qt's, so it is asked first.
[[maybe_unused]] const char *const kStandardButtons[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),           QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),     QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),         QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),          QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),        QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),       QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),       QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),         QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),        QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
};

QList<QTranslator *> &installed()
{
    static QList<QTranslator *> list;
    return list;
}

} // namespace

bool installTranslations(const QString &language)
{
    for (QTranslator *t : installed()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installed().clear();
    QLocale::setDefault(QLocale(language == u"en" ? QLocale::English : QLocale::Arabic,
                                language == u"en" ? QLocale::UnitedKingdom : QLocale::SaudiArabia));

    // Qt's own strings (standard buttons, file dialogs): next to the program on
    // Windows and macOS bundles, in Qt's folder on Linux.
    auto *qt = new QTranslator(qApp);
    const QStringList qtDirs = {QLibraryInfo::path(QLibraryInfo::TranslationsPath),
                                QCoreApplication::applicationDirPath() + u"/translations"_s};
    for (const QString &dir : qtDirs) {
        if (qt->load(u"qtbase_"_s + language, dir))
            break;
    }
    if (!qt->isEmpty() && QCoreApplication::installTranslator(qt))
        installed() << qt;
    else
        delete qt;

    auto *own = new QTranslator(qApp);
    const bool ok = own->load(u":/i18n/tamkeen_"_s + language);
    if (ok && QCoreApplication::installTranslator(own))
        installed() << own;
    else
        delete own;
    return ok;
}

} // namespace tamkeen::ui
