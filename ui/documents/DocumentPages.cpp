#include "documents/DocumentPages.h"

#include "format/Display.h"
#include "format/PdfDocument.h"

#include <QBuffer>
#include <QEventLoop>
#include <QFileInfo>
#include <QPainter>
#include <QPdfDocument>
#include <QPrinter>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

namespace {

// Loading from memory is quick, but Qt may report it a moment later.
bool loaded(QPdfDocument &pdf)
{
    if (pdf.status() == QPdfDocument::Status::Loading) {
        QEventLoop wait;
        QObject::connect(&pdf, &QPdfDocument::statusChanged, &wait, [&](QPdfDocument::Status s) {
            if (s != QPdfDocument::Status::Loading)
                wait.quit();
        });
        QTimer::singleShot(10'000, &wait, &QEventLoop::quit);
        wait.exec();
    }
    return pdf.status() == QPdfDocument::Status::Ready && pdf.pageCount() > 0;
}

} // namespace

DocumentPages::~DocumentPages() = default;

Result<std::shared_ptr<DocumentPages>> DocumentPages::open(const QString &mime, const QByteArray &bytes)
{
    std::shared_ptr<DocumentPages> pages(new DocumentPages);
    pages->m_bytes = bytes;
    if (mime == u"application/pdf") {
        pages->m_buffer = std::make_unique<QBuffer>(&pages->m_bytes);
        pages->m_buffer->open(QIODevice::ReadOnly);
        pages->m_pdf = std::make_unique<QPdfDocument>();
        pages->m_pdf->load(pages->m_buffer.get());
        if (!loaded(*pages->m_pdf))
            return makeError(ErrorCode::Corrupt, tr("This PDF cannot be read: it may be damaged or protected by a "
                                                    "password. Ask for the paper again and scan it anew."));
        return pages;
    }
    if (!pages->m_photo.loadFromData(bytes) || pages->m_photo.isNull())
        return makeError(ErrorCode::Corrupt, tr("This photo cannot be shown: it may be damaged. Take it again."));
    return pages;
}

int DocumentPages::count() const
{
    return m_pdf ? m_pdf->pageCount() : 1;
}

QSizeF DocumentPages::pointSize(int page) const
{
    if (m_pdf)
        return m_pdf->pagePointSize(page);
    return QSizeF(m_photo.size()); // a photo's pixels stand for points: only the shape matters
}

QImage DocumentPages::render(int page, int width) const
{
    const QSizeF points = pointSize(page);
    if (points.isEmpty() || width <= 0)
        return {};
    const QSize size(width, std::max(1, int(width * points.height() / points.width())));
    if (m_pdf)
        return m_pdf->render(page, size);
    return m_photo.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

int DocumentPages::print(QPrinter &printer, const Display &display, const QString &heading) const
{
    QPainter painter;
    if (!painter.begin(&printer))
        return 0;
    const QRect page = printer.pageLayout().paintRectPixels(printer.resolution());
    const QRect area(0, 0, page.width(), page.height());
    QFont font(PdfDocument::fontFamilies().first());
    font.setPointSizeF(9);
    painter.setFont(font);
    const int line = painter.fontMetrics().height() * 2;
    const Qt::LayoutDirection direction = PdfDocument::rightToLeft() ? Qt::RightToLeft : Qt::LeftToRight;
    // Enough pixels for print, without a scan of 100 pages holding gigabytes.
    const int dpi = std::min(printer.resolution(), 200);
    const int pages = count();
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !printer.newPage())
            return i;
        QTextOption option(Qt::AlignLeading | Qt::AlignVCenter);
        option.setTextDirection(direction);
        painter.drawText(QRectF(area.left(), area.top(), area.width(), line), heading, option);
        painter.drawText(QRectF(area.left(), area.bottom() - line, area.width(), line),
                         PdfDocument::pageLabel(display, i + 1, pages), option);
        const QRect room(area.left(), area.top() + line, area.width(), area.height() - 2 * line);
        const QSizeF points = pointSize(i);
        if (points.isEmpty())
            continue;
        QSizeF fitted = points;
        fitted.scale(QSizeF(room.size()), Qt::KeepAspectRatio);
        const QRectF target(room.left() + (room.width() - fitted.width()) / 2, room.top(), fitted.width(),
                            fitted.height());
        const int width = m_pdf ? int(points.width() / 72.0 * dpi) : std::min(m_photo.width(), int(target.width()));
        painter.drawImage(target, render(i, std::max(1, width)));
    }
    painter.end();
    return pages;
}

Status DocumentPages::write(const QString &path, const Display &display, const QString &heading) const
{
    QPrinter printer(QPrinter::HighResolution);
    PdfDocument::setUp(printer, heading);
    printer.setOutputFileName(path);
    if (print(printer, display, heading) == 0 || QFileInfo(path).size() == 0)
        return makeError(ErrorCode::Io, tr("The PDF could not be written to %1.").arg(path));
    return {};
}

} // namespace tamkeen::ui
