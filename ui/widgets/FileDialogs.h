#pragma once
// The one way a screen asks where to save or which file to open: Qt's dialog in the
// user's language, starting in one remembered documents folder (the last folder a
// document was saved to or opened from), so plans, letters, lists and spreadsheets
// land together.
#include <QString>

class QWidget;

namespace tamkeen::ui {

class AppSettings;

namespace files {

// Returns the chosen path, or an empty string when the user cancelled. The
// suggested name is a file name (no folder); the filter is e.g. tr("PDF files (*.pdf)").
QString saveDocument(QWidget *parent, const AppSettings &settings, const QString &title,
                     const QString &suggestedName, const QString &filter);
QString openDocument(QWidget *parent, const AppSettings &settings, const QString &title, const QString &filter);

} // namespace files
} // namespace tamkeen::ui
