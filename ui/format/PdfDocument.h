#pragma once
// Printed documents: A4 PDFs laid out in the reading direction of the
// interface (Arabic right to left, English left to right), in Noto Naskh
// Arabic with a Latin family beside it. Shared by the clinic's day list and
// the empowerment plan.
#include "common/Result.h"

#include <QStringList>
#include <functional>
#include <memory>

class QTextDocument;

namespace tamkeen::ui {

class PdfDocument {
public:
    // The interface reads right to left (the loaded translation decides).
    static bool rightToLeft();
    static QString direction(); // "rtl" or "ltr", for HTML attributes
    static QString start();     // "right" or "left": where lines begin

    // Noto Naskh Arabic (or Noto Sans Arabic) with a Latin family beside it, when installed.
    static QStringList fontFamilies();

    // Qt's rich text does not mirror tables: right to left, a row's cells are
    // written last to first so that the first one stands on the right.
    static QStringList inReadingOrder(const QStringList &cells);
    // One table row of already escaped cells, each `<tag cellAttributes>`, in reading order.
    static QString row(const QStringList &cellsHtml, const QString &tag, const QString &cellAttributes);
    static QStringList escaped(const QStringList &texts);
    // The whole page around `body`, in the reading direction.
    static QString html(const QString &body);

    // `html` laid out with the fonts above and the interface's direction.
    static std::unique_ptr<QTextDocument> document(const QString &html, qreal pointSize = 10.5);

    // Prints `doc` to an A4 PDF at `path` (15 mm margins). On failure the
    // error's message is `failure(reason)`, `reason` being the system's words
    // or empty when the printer silently wrote nothing.
    static Status write(const QString &path, QTextDocument &doc, const QString &title,
                        const std::function<QString(const QString &reason)> &failure);
};

} // namespace tamkeen::ui
