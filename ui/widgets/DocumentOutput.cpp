#include "widgets/DocumentOutput.h"

#include "format/AppSettings.h"
#include "format/Display.h"
#include "widgets/FileDialogs.h"
#include "widgets/MessageBanner.h"

#include <QDir>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QTextDocument>
#include <memory>

namespace tamkeen::ui {

DocumentOutput::DocumentOutput(QPushButton *button, const AppSettings &settings, MessageBanner *banner, Source source)
    : QObject(button), m_parent(button->window()), m_settings(settings), m_banner(banner), m_source(std::move(source))
{
    m_menu = new QMenu(button);
    m_save = m_menu->addAction(tr("Save as PDF…"));
    m_print = m_menu->addAction(tr("Print…"));
    button->setMenu(m_menu);
    connect(m_save, &QAction::triggered, this, &DocumentOutput::saveAsPdf);
    connect(m_print, &QAction::triggered, this, [this] { preview(); });
}

void DocumentOutput::saveAsPdf()
{
    if (m_source.prepare && !m_source.prepare())
        return;
    const QString path = files::saveDocument(m_parent, m_settings, tr("Save as PDF"), m_source.suggestedName(),
                                             tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = m_source.writePdf(path); !s)
        m_banner->showError(s.error().message);
    else {
        m_banner->showSuccess(tr("Saved in %1.").arg(Display::ltr(QDir::toNativeSeparators(path))));
        if (m_source.audit)
            m_source.audit(path);
    }
}

QPrintPreviewDialog *DocumentOutput::preview()
{
    if (m_source.prepare && !m_source.prepare())
        return nullptr;
    auto first = m_source.make();
    if (!first) {
        m_banner->showError(first.error().message);
        return nullptr;
    }
    if (m_source.audit)
        m_source.audit(QString());
    // The printer lives as long as the dialog's connection below holds it.
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    PdfDocument::setUp(*printer, first.value().title);
    auto *dialog = new QPrintPreviewDialog(printer.get(), m_parent);
    dialog->setObjectName(QStringLiteral("printPreview"));
    dialog->setWindowTitle(first.value().title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Large enough to read a page, within a 1366×768 laptop screen.
    if (const QScreen *screen = m_parent->screen()) {
        const QRect available = screen->availableGeometry();
        dialog->resize(std::min(1000, available.width() * 9 / 10), std::min(720, available.height() * 9 / 10));
    }
    // The preview repaints on every zoom or page-setup change: lay the document
    // out again each time, on the printer it is given.
    connect(dialog, &QPrintPreviewDialog::paintRequested, this, [this, printer](QPrinter *target) {
        auto made = m_source.make();
        if (!made)
            return;
        PdfDocument::print(*made.value().text, *target, Display(m_settings), made.value().footer);
    });
    dialog->open();
    return dialog;
}

} // namespace tamkeen::ui
