#pragma once
// The one way a screen offers a printed document: a menu on its print button
// with "Save as PDF…" (the remembered documents folder, files::saveDocument) and
// "Print…" (Qt's print preview, from which the print dialog sends it to a
// printer). The document is made afresh for each, so both show what is saved now.
#include "common/Result.h"
#include "format/PdfDocument.h"

#include <QObject>
#include <functional>

class QAction;
class QMenu;
class QPrintPreviewDialog;
class QPushButton;

namespace tamkeen::ui {

class AppSettings;
class MessageBanner;

class DocumentOutput : public QObject {
    Q_OBJECT
public:
    struct Source {
        std::function<bool()> prepare;               // optional: e.g. save pending edits; false stops
        std::function<QString()> suggestedName;      // a file name, no folder
        std::function<Status(const QString &path)> writePdf;
        std::function<Result<PrintedDocument>()> make;
        // Optional: told what went out (the PDF's path; empty for the print
        // preview), for the audit trail.
        std::function<void(const QString &path)> audit = {};
    };

    // Gives `button` the menu; messages go to `banner`.
    DocumentOutput(QPushButton *button, const AppSettings &settings, MessageBanner *banner, Source source);

    QMenu *menu() const { return m_menu; }
    QAction *saveAction() const { return m_save; }
    QAction *printAction() const { return m_print; }

    // Asks where, then writes the PDF and reports in the banner.
    void saveAsPdf();
    // Opens the print preview (non-modal, deleted on close); nullptr when the
    // document could not be made (the banner says why).
    QPrintPreviewDialog *preview();

private:
    QWidget *m_parent;
    const AppSettings &m_settings;
    MessageBanner *m_banner;
    Source m_source;
    QMenu *m_menu;
    QAction *m_save, *m_print;
};

} // namespace tamkeen::ui
