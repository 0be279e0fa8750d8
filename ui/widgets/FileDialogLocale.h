#pragma once
// Qt's own file dialog in the user's language. Its words come from qtbase's
// translation and ours (Translations.cpp adds what qtbase_ar lacks), but Qt 6.4
// formats the Size and Date Modified columns with QLocale::system(), the
// language of the computer, not of Tamkeen: every QFileDialog that shows its own
// widgets gets a proxy that formats them through Display instead.
class QFileDialog;

namespace tamkeen::ui {

class AppSettings;

// Once for the application (later calls only change the settings used): watches
// for file dialogs, including those of QFileDialog's static functions.
void localiseFileDialogs(const AppSettings &settings);
// For a dialog made by hand; done at its first show otherwise.
void localiseFileDialog(QFileDialog *dialog);

} // namespace tamkeen::ui
