#pragma once
// Printed documents (the plan, the referral letter, the day list, the household
// file): A4 pages laid out in the reading direction of the interface (Arabic
// right to left, English left to right), in Noto Naskh Arabic and Noto Sans
// (Debian's fonts-noto-core) named explicitly so that a PDF looks the same on
// every machine. One way to lay the pages out, for a PDF file, a printer or the
// print preview alike: a heading keeps with what follows it, a goal with its
// tasks when they fit on one page, and every page ends with "page X of Y" in the
// user's digits.
#include "common/Result.h"
#include "org/DeviceInfo.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>
#include <memory>

class QPrinter;
class QTextDocument;

namespace tamkeen::ui {

class Display;

// A document ready to be printed: its laid-out text and what goes around it.
struct PrintedDocument {
    std::unique_ptr<QTextDocument> text;
    QString title;  // the PDF's title and the preview window's
    QString footer; // at the foot of every page, beside the page number
};

class PdfDocument {
    Q_DECLARE_TR_FUNCTIONS(PdfDocument)
public:
    // The interface reads right to left (the loaded translation decides).
    static bool rightToLeft();
    static QString direction(); // "rtl" or "ltr", for HTML attributes
    static QString start();     // "right" or "left": where lines begin

    // Noto Naskh Arabic and Noto Sans, the reading language's first.
    static QStringList fontFamilies();

    // Qt's rich text does not mirror tables: right to left, a row's cells are
    // written last to first so that the first one stands on the right.
    static QStringList inReadingOrder(const QStringList &cells);
    // One table row of already escaped cells, each `<tag cellAttributes>`, in reading order.
    static QString row(const QStringList &cellsHtml, const QString &tag, const QString &cellAttributes);
    static QStringList escaped(const QStringList &texts);
    // Labels and values two by two (label, value, label, value on each line); plain text.
    static QString facts(const QList<std::pair<QString, QString>> &pairs);
    // A full-width table with a shaded header row; plain text cells, in reading order.
    static QString table(const QStringList &headers, const QList<QStringList> &rows);
    // The centre's letterhead: its name, its code and region, a rule, then the
    // document's title.
    static QString letterhead(const org::DeviceInfo &centre, const QString &title);
    // The whole page around `body`, in the reading direction.
    static QString html(const QString &body);

    // `html` laid out with the fonts above and the interface's direction.
    // Headings (<h1>…<h6>) open groups that the pages keep together (see print()).
    static std::unique_ptr<QTextDocument> document(const QString &html, qreal pointSize = 10.5);

    // "Page 2 of 5" in the user's digits.
    static QString pageLabel(const Display &display, int page, int pages);

    // A4 portrait, 15 mm margins, the document's name: for a PDF or a real printer.
    static void setUp(QPrinter &printer, const QString &title);
    // Lays `doc` out on the printer's pages and paints them. A heading and what
    // follows it up to the next heading stay on one page when they fit on one
    // (a goal with its tasks); a heading never ends a page. Every page's foot
    // holds `footer` and "page X of Y". Returns the number of pages, 0 when the
    // printer could not be painted on. `doc` stays laid out for `printer`: do not
    // use its layout once the printer is gone.
    static int print(QTextDocument &doc, QPrinter &printer, const Display &display, const QString &footer);

    // Prints `doc` to an A4 PDF at `path`. On failure the error's message is
    // `failure(reason)`, `reason` being the system's words or empty when the
    // printer silently wrote nothing.
    static Status write(const QString &path, PrintedDocument &doc, const Display &display,
                        const std::function<QString(const QString &reason)> &failure);
};

} // namespace tamkeen::ui
