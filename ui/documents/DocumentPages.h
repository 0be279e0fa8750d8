#pragma once
// A document's content as pages (issue 17 §8): a photo is one page, a PDF
// its own pages, read with Qt PDF from memory (nothing decrypted is ever
// written to disk). For the viewer and for printing.
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSizeF>
#include <memory>

class QBuffer;
class QPdfDocument;
class QPrinter;

namespace tamkeen::ui {

class Display;

class DocumentPages {
    Q_DECLARE_TR_FUNCTIONS(DocumentPages)
public:
    // Refused when the bytes are no photo or PDF Qt can read (a damaged scan).
    static Result<std::shared_ptr<DocumentPages>> open(const QString &mime, const QByteArray &bytes);
    ~DocumentPages();

    int count() const;
    QSizeF pointSize(int page) const; // in points (1/72 inch)
    // Page `page` at `width` pixels wide (its height as its shape makes it).
    QImage render(int page, int width) const;
    QPdfDocument *pdf() const { return m_pdf.get(); } // null for a photo
    const QImage &photo() const { return m_photo; }

    // Each page on the printer's pages, scaled to fit inside the margins below
    // a line naming the document, with "page X of Y" at the foot. Returns the
    // pages painted, 0 when the printer could not be painted on.
    int print(QPrinter &printer, const Display &display, const QString &heading) const;
    // The same, as an A4 PDF at `path`.
    Status write(const QString &path, const Display &display, const QString &heading) const;

private:
    DocumentPages() = default;
    QByteArray m_bytes;
    std::unique_ptr<QBuffer> m_buffer;
    std::unique_ptr<QPdfDocument> m_pdf;
    QImage m_photo;
};

} // namespace tamkeen::ui
