#include "format/PdfDocument.h"

#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPrinter>
#include <QTextDocument>
#include <QTextOption>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

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
    const QStringList installed = QFontDatabase::families();
    QStringList families;
    for (const QString &f : {u"Noto Naskh Arabic"_s, u"Noto Sans Arabic"_s})
        if (installed.contains(f)) {
            families << f;
            break;
        }
    for (const QString &f : {u"Noto Sans"_s, u"DejaVu Sans"_s})
        if (installed.contains(f)) {
            families << f;
            break;
        }
    return families; // empty: the default font
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

QString PdfDocument::html(const QString &body)
{
    return u"<html dir=\"%1\"><body dir=\"%1\">%2</body></html>"_s.arg(direction(), body);
}

std::unique_ptr<QTextDocument> PdfDocument::document(const QString &html, qreal pointSize)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font;
    if (const QStringList families = fontFamilies(); !families.isEmpty())
        font.setFamilies(families);
    font.setPointSizeF(pointSize);
    doc->setDefaultFont(font);
    QTextOption option = doc->defaultTextOption();
    option.setTextDirection(QGuiApplication::layoutDirection());
    doc->setDefaultTextOption(option);
    doc->setHtml(html);
    return doc;
}

Status PdfDocument::write(const QString &path, QTextDocument &doc, const QString &title,
                          const std::function<QString(const QString &reason)> &failure)
{
    // QPrinter fails silently on a file it cannot write: try it first for a message.
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return makeError(ErrorCode::Io, failure(probe.errorString()));
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                      QPageLayout::Millimeter));
    printer.setDocName(title);
    printer.setCreator(u"Tamkeen"_s);

    doc.print(&printer);

    if (QFileInfo(path).size() == 0)
        return makeError(ErrorCode::Io, failure(QString()));
    return {};
}

} // namespace tamkeen::ui
