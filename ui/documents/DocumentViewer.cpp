#include "documents/DocumentViewer.h"

#include "format/AppSettings.h"
#include "format/Display.h"
#include "format/PdfDocument.h"
#include "security/AuditLog.h"
#include "widgets/FileDialogs.h"
#include "widgets/MessageBanner.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QDir>
#include <QLabel>
#include <QPdfView>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

DocumentViewer::DocumentViewer(storage::Database &db, const AppSettings &settings, const security::Session &session,
                               const documents::Document &document, std::shared_ptr<DocumentPages> pages,
                               QByteArray bytes, const QString &heading, QWidget *parent)
    : QDialog(parent), m_db(db), m_settings(settings), m_session(session), m_document(document),
      m_pages(std::move(pages)), m_bytes(std::move(bytes)), m_heading(heading), m_banner(new MessageBanner(this))
{
    setObjectName(u"documentViewer"_s);
    setWindowTitle(heading);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(heading, this);
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    layout->addWidget(m_banner);
    if (QPdfDocument *pdf = m_pages->pdf()) {
        auto *view = new QPdfView(this);
        view->setObjectName(u"pdfView"_s);
        view->setDocument(pdf);
        view->setPageMode(QPdfView::PageMode::MultiPage);
        view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
        layout->addWidget(view, 1);
    } else {
        m_scroll = new QScrollArea(this);
        m_photo = new QLabel(m_scroll);
        m_photo->setObjectName(u"photo"_s);
        m_photo->setAlignment(Qt::AlignCenter);
        m_scroll->setWidget(m_photo);
        m_scroll->setAlignment(Qt::AlignCenter);
        m_scroll->viewport()->installEventFilter(this);
        layout->addWidget(m_scroll, 1);
    }
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *printButton = buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    printButton->setObjectName(u"printDocument"_s);
    QPushButton *copy = buttons->addButton(tr("Save a copy…"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"saveCopy"_s);
    buttons->addButton(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(printButton, &QPushButton::clicked, this, &DocumentViewer::print);
    connect(copy, &QPushButton::clicked, this, [this] { (void)saveCopy(); }); // the banner tells
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // Large enough to read a page, within a 1366×768 laptop screen.
    const QRect available = (parent && parent->screen() ? parent->screen() : screen())->availableGeometry();
    resize(std::min(900, available.width() * 9 / 10), std::min(700, available.height() * 9 / 10));
}

// The photo follows the width its view gets (when shown, and at each resize).
bool DocumentViewer::eventFilter(QObject *watched, QEvent *event)
{
    if (m_scroll && watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        fitPhoto();
    return QDialog::eventFilter(watched, event);
}

void DocumentViewer::fitPhoto()
{
    if (!m_photo)
        return;
    // The photo's width at most, never enlarged past its own pixels.
    const int room = m_scroll->viewport()->width() - 4;
    const QImage &photo = m_pages->photo();
    const int width = std::min(photo.width(), std::max(50, room));
    m_photo->setPixmap(QPixmap::fromImage(m_pages->render(0, width)));
    m_photo->adjustSize();
}

QPrintPreviewDialog *DocumentViewer::print()
{
    security::AuditLog::logged(security::AuditLog(m_db).record(m_session, u"print"_s, m_document.householdId,
                                                               u"document %1"_s.arg(m_document.type)));
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    PdfDocument::setUp(*printer, m_heading);
    auto *dialog = new QPrintPreviewDialog(printer.get(), this);
    dialog->setObjectName(u"printPreview"_s);
    dialog->setWindowTitle(m_heading);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QRect available = screen()->availableGeometry();
    dialog->resize(std::min(1000, available.width() * 9 / 10), std::min(720, available.height() * 9 / 10));
    connect(dialog, &QPrintPreviewDialog::paintRequested, this, [this, printer](QPrinter *target) {
        m_pages->print(*target, Display(m_settings), m_heading);
    });
    dialog->open();
    return dialog;
}

Status DocumentViewer::saveCopy(const QString &chosen)
{
    const bool pdf = m_document.mime == u"application/pdf";
    const QString suffix = pdf ? u"pdf"_s : m_document.mime == u"image/png" ? u"png"_s : u"jpg"_s;
    QString path = chosen;
    if (path.isEmpty())
        path = files::saveDocument(this, m_settings, tr("Save a copy"), tr("document") + u'.' + suffix,
                                   pdf ? tr("PDF files (*.pdf)") : tr("Photos (*.%1)").arg(suffix));
    if (path.isEmpty())
        return {};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_bytes) != m_bytes.size() || !file.commit()) {
        const Error e = makeError(ErrorCode::Io, tr("The copy could not be saved: %1").arg(file.errorString()));
        m_banner->showError(e.message);
        return e;
    }
    security::AuditLog::logged(security::AuditLog(m_db).record(m_session, u"export"_s, m_document.householdId,
                                                               u"document %1 %2"_s.arg(m_document.type, path)));
    m_banner->showSuccess(tr("Saved in %1.").arg(Display::ltr(QDir::toNativeSeparators(path))));
    return {};
}

} // namespace tamkeen::ui
