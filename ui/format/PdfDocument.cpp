#include "format/PdfDocument.h"

#include "format/Display.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPrinter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextOption>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

namespace {
const QString kLabelColour = u"#e6efee"_s; // table headers and labels
}

bool PdfDocument::rightToLeft()
{
    return QGuiApplication::isRightToLeft();
}

QString PdfDocument::direction()
{
    return rightToLeft() ? u"rtl"_s : u"ltr"_s;
}

QString PdfDocument::start()
{
    return rightToLeft() ? u"right"_s : u"left"_s;
}

QStringList PdfDocument::fontFamilies()
{
    // Named whether installed or not (scripts/deps.sh installs fonts-noto-core):
    // a machine without them falls back to its own fonts rather than failing.
    const QStringList families = {u"Noto Naskh Arabic"_s, u"Noto Sans"_s};
    return rightToLeft() ? families : QStringList{families[1], families[0]};
}

QStringList PdfDocument::inReadingOrder(const QStringList &cells)
{
    if (!rightToLeft())
        return cells;
    QStringList reversed;
    reversed.reserve(cells.size());
    for (qsizetype i = cells.size() - 1; i >= 0; --i)
        reversed << cells[i];
    return reversed;
}

QString PdfDocument::row(const QStringList &cellsHtml, const QString &tag, const QString &cellAttributes)
{
    QString html = u"<tr>"_s;
    for (const QString &cell : inReadingOrder(cellsHtml))
        html += u"<%1 %2>%3</%1>"_s.arg(tag, cellAttributes, cell);
    return html + u"</tr>"_s;
}

QStringList PdfDocument::escaped(const QStringList &texts)
{
    QStringList list;
    list.reserve(texts.size());
    for (const QString &t : texts)
        list << t.toHtmlEscaped();
    return list;
}

QString PdfDocument::facts(const QList<std::pair<QString, QString>> &pairs)
{
    QString html = u"<table dir=\"%1\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"_s.arg(direction());
    const QString align = start();
    for (qsizetype i = 0; i < pairs.size(); i += 2) {
        QStringList cells;
        for (qsizetype j = i; j < i + 2; ++j) {
            const bool present = j < pairs.size();
            cells << u"<td width=\"22%\" align=\"%1\" bgcolor=\"%2\"><b>%3</b></td>"_s.arg(
                align, kLabelColour, present ? pairs[j].first.toHtmlEscaped() : QString());
            cells << u"<td width=\"28%\" align=\"%1\">%2</td>"_s.arg(
                align, present ? pairs[j].second.toHtmlEscaped() : QString());
        }
        html += u"<tr>"_s + inReadingOrder(cells).join(QString()) + u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

QString PdfDocument::table(const QStringList &headers, const QList<QStringList> &rows)
{
    QString html = u"<table dir=\"%1\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><thead>"_s.arg(
        direction());
    html += row(escaped(headers), u"th"_s, u"bgcolor=\"%1\""_s.arg(kLabelColour));
    html += u"</thead><tbody>"_s;
    for (const QStringList &cells : rows)
        html += row(escaped(cells), u"td"_s, u"align=\"%1\""_s.arg(start()));
    return html + u"</tbody></table>"_s;
}

QString PdfDocument::letterhead(const org::DeviceInfo &centre, const QString &title)
{
    QString html = u"<p align=\"center\"><big><b>%1</b></big></p>"_s.arg(centre.centreName.toHtmlEscaped());
    QStringList line;
    if (!centre.centreCode.isEmpty())
        line << tr("Centre code %1").arg(Display::ltr(centre.centreCode));
    if (!centre.region.isEmpty())
        line << centre.region;
    if (!line.isEmpty())
        html += u"<p align=\"center\">%1</p>"_s.arg(Display::joined(line).toHtmlEscaped());
    return html + u"<hr/><h2 align=\"center\">%1</h2>"_s.arg(title.toHtmlEscaped());
}

QString PdfDocument::html(const QString &body)
{
    return u"<html dir=\"%1\"><body dir=\"%1\">%2</body></html>"_s.arg(direction(), body);
}

std::unique_ptr<QTextDocument> PdfDocument::document(const QString &html, qreal pointSize)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font;
    font.setFamilies(fontFamilies());
    font.setPointSizeF(pointSize);
    doc->setDefaultFont(font);
    QTextOption option = doc->defaultTextOption();
    option.setTextDirection(QGuiApplication::layoutDirection());
    doc->setDefaultTextOption(option);
    doc->setHtml(html);
    return doc;
}

QString PdfDocument::pageLabel(const Display &display, int page, int pages)
{
    return display.digits(tr("Page %1 of %2").arg(display.number(page), display.number(pages)));
}

void PdfDocument::setUp(QPrinter &printer, const QString &title)
{
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                      QPageLayout::Millimeter));
    printer.setDocName(title);
    printer.setCreator(u"Tamkeen"_s);
}

namespace {

// One thing on the page at the top level of the document: a paragraph, a
// heading or a table, with where it stands once laid out.
struct Placed {
    qreal top = 0;
    qreal bottom = 0;
    QTextBlock block; // invalid for a table
    bool heading = false;
};

QList<Placed> placed(QTextDocument &doc)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    QList<Placed> items;
    for (auto it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
        Placed p;
        if (QTextFrame *frame = it.currentFrame()) {
            const QRectF r = layout->frameBoundingRect(frame);
            p.top = r.top();
            p.bottom = r.bottom();
        } else {
            p.block = it.currentBlock();
            const QRectF r = layout->blockBoundingRect(p.block);
            p.top = r.top();
            p.bottom = r.bottom();
            p.heading = p.block.blockFormat().headingLevel() > 0;
        }
        items << p;
    }
    return items;
}

// Puts a page break before the heading that opens a group crossing a page
// boundary, one at a time (each break moves everything after it), until no
// group that fits on a page is split and no heading ends a page.
void keepTogether(QTextDocument &doc)
{
    const qreal pageHeight = doc.pageSize().height();
    if (pageHeight <= 0)
        return;
    auto page = [&](qreal y) { return int(std::floor(y / pageHeight)); };
    for (int pass = 0; pass < 500; ++pass) {
        const QList<Placed> items = placed(doc);
        qsizetype breakAt = -1;
        for (qsizetype i = 0; i < items.size() && breakAt < 0; ++i) {
            if (!items[i].heading)
                continue;
            qsizetype end = i + 1;
            while (end < items.size() && !items[end].heading)
                ++end;
            const qreal top = items[i].top;
            const qreal bottom = items[end - 1].bottom;
            const bool split = page(top) != page(bottom - 1);
            const bool fits = bottom - top < pageHeight * 0.9; // room for the page's own margins
            const bool orphaned = i + 1 < items.size() && page(items[i + 1].top) != page(top);
            if (!(split && fits) && !orphaned)
                continue;
            // Headings right above move with it ("Goals and tasks" with "Goal 1").
            qsizetype first = i;
            while (first > 0 && items[first - 1].heading)
                --first;
            if (items[first].block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue; // already at the top of its page: nothing more to gain
            breakAt = first;
        }
        if (breakAt < 0)
            return;
        QTextBlockFormat format = items[breakAt].block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(items[breakAt].block).setBlockFormat(format);
    }
}

} // namespace

int PdfDocument::print(QTextDocument &doc, QPrinter &printer, const Display &display, const QString &footer)
{
    QPainter painter;
    if (!painter.begin(&printer))
        return 0;
    // Laid out at the printer's resolution, as QTextDocument::print() does,
    // but with our own page foot (Qt's prints a bare Latin page number).
    doc.documentLayout()->setPaintDevice(&printer);
    QFont footFont = doc.defaultFont();
    footFont.setPointSizeF(std::max(7.0, doc.defaultFont().pointSizeF() - 2));
    const QFontMetricsF metrics(footFont, &printer);
    const qreal footHeight = metrics.height() * 2.5;
    const QSizeF body(printer.width(), printer.height() - footHeight);
    doc.setPageSize(body);
    keepTogether(doc);

    const int pages = std::max(1, doc.pageCount());
    const bool rtl = rightToLeft();
    painter.setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            printer.newPage();
        painter.save();
        painter.setClipRect(QRectF(QPointF(0, 0), body));
        painter.translate(0, -i * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(QPointF(0, i * body.height()), body);
        context.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();

        // The foot: a thin rule, the document's line at the start, the page at the end.
        const QRectF foot(0, body.height() + metrics.height() * 0.5, body.width(), metrics.height() * 2);
        painter.setPen(QPen(Qt::gray, 0));
        painter.drawLine(QLineF(foot.topLeft(), foot.topRight()));
        painter.setPen(Qt::black);
        painter.setFont(footFont);
        QTextOption option(Qt::AlignVCenter | (rtl ? Qt::AlignRight : Qt::AlignLeft));
        option.setTextDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
        const QRectF text = foot.adjusted(0, metrics.height() * 0.3, 0, 0);
        painter.drawText(text, footer, option);
        option.setAlignment(Qt::AlignVCenter | (rtl ? Qt::AlignLeft : Qt::AlignRight));
        painter.drawText(text, pageLabel(display, i + 1, pages), option);
    }
    painter.end();
    return pages;
}

Status PdfDocument::write(const QString &path, PrintedDocument &doc, const Display &display,
                          const std::function<QString(const QString &reason)> &failure)
{
    // QPrinter fails silently on a file it cannot write: try it first for a message.
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return makeError(ErrorCode::Io, failure(probe.errorString()));
        probe.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // kept when QPrinter rewrites it
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    setUp(printer, doc.title);

    const int pages = print(*doc.text, printer, display, doc.footer);
    doc.text->documentLayout()->setPaintDevice(nullptr); // the printer goes out of scope here
    if (pages == 0 || QFileInfo(path).size() == 0)
        return makeError(ErrorCode::Io, failure(QString()));
    return {};
}

} // namespace tamkeen::ui
