#include "widgets/FileDialogs.h"

#include "format/AppSettings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace tamkeen::ui::files {

QString saveDocument(QWidget *parent, const AppSettings &settings, const QString &title, const QString &suggestedName,
                     const QString &filter)
{
    const QString start = QDir(settings.documentsFolder()).filePath(suggestedName);
    const QString path = QFileDialog::getSaveFileName(parent, title, start, filter);
    if (!path.isEmpty())
        settings.rememberDocumentsFolder(QFileInfo(path).absolutePath());
    return path;
}

QString openDocument(QWidget *parent, const AppSettings &settings, const QString &title, const QString &filter)
{
    const QString path = QFileDialog::getOpenFileName(parent, title, settings.documentsFolder(), filter);
    if (!path.isEmpty())
        settings.rememberDocumentsFolder(QFileInfo(path).absolutePath());
    return path;
}

} // namespace tamkeen::ui::files
