#include "impact/ReportPdf.h"

#include "export/FileOutput.h"
#include "format/Display.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QUrl>
#include <cmath>

using namespace Qt::StringLiterals;
using tamkeen::impact::ReportCell;
using tamkeen::impact::ReportKind;

namespace tamkeen::ui {

namespace {

const QColor kBar(0x2f, 0x6f, 0x6a);
const QColor kGrid(0xd0, 0xd8, 0xd8);

QString hiddenNumber(const Display &display)
{
    // In an isolate: "<" would be mirrored into ">" inside right-to-left text.
    return Display::ltr(display.digits(impact::SmallNumbers::marker()));
}

// The value axis's step: 1, 2 or 5 times a power of ten, four steps reaching `top`.
qint64 niceStep(qint64 top)
{
    for (qint64 power = 1;; power *= 10)
        for (qint64 m : {1, 2, 5})
            if (top <= 4 * m * power)
                return m * power;
}

} // namespace

QString ReportPdf::lineText(const QString &line, const Display &display)
{
    static const QRegularExpression iso(u"\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"_s);
    QString out;
    qsizetype at = 0;
    for (auto it = iso.globalMatch(line); it.hasNext();) {
        const auto m = it.next();
        out += display.digits(line.mid(at, m.capturedStart() - at));
        out += display.shortDate(QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()));
        at = m.capturedEnd();
    }
    out += display.digits(line.mid(at));
    // «<5» in an isolate, as in the tables: right to left it would read «5>».
    return out.replace(display.digits(impact::SmallNumbers::marker()), hiddenNumber(display));
}

QString ReportPdf::cellText(const ReportCell &cell, const Display &display)
{
    if (cell.suppressed)
        return hiddenNumber(display);
    if (cell.value.isNull())
        return tr("n/a");
    switch (cell.kind) {
    case ReportKind::Count:
        return display.number(cell.value.toLongLong());
    case ReportKind::Share:
        return display.percent(int(std::lround(cell.value.toDouble() * 100)));
    case ReportKind::Number: {
        const double v = cell.value.toDouble();
        return display.decimal(v, std::abs(v - std::round(v)) < 1e-9 ? 0 : 1);
    }
    case ReportKind::Date:
        return display.digits(tr("%1 (%2)").arg(display.shortDate(cell.value.toDate()), display.hijri(cell.value.toDate())));
    case ReportKind::Identifier:
        return Display::ltr(cell.value.toString());
    case ReportKind::Text:
        break;
    }
    return lineText(cell.value.toString(), display);
}

QImage ReportPdf::chart(const impact::ReportChart &c, const Display &display, bool rtl, const QSize &size, qreal scale)
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font;
    font.setFamilies(PdfDocument::fontFamilies());
    font.setPixelSize(12);
    p.setFont(font);
    const QFontMetricsF fm(font);
    const qreal w = size.width(), h = size.height();
    QTextOption centred(Qt::AlignCenter);
    centred.setTextDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    // The title stands above the image, as a heading the pages keep with it.

    // The plot: the value axis on the reading side, labels under it.
    const qreal axisWidth = fm.horizontalAdvance(display.percent(100)) + 14;
    const qreal top = fm.height() * 1.2, bottom = h - fm.height() * 2;
    const QRectF plot(rtl ? 8 : axisWidth, top, w - axisWidth - 8, bottom - top);
    const int n = int(c.values.size());
    double topValue = 1; // shares: 100 %
    if (!c.line) {
        qint64 most = 0;
        for (const ReportCell &v : c.values)
            if (!v.suppressed && !v.value.isNull())
                most = std::max(most, v.value.toLongLong());
        topValue = double(4 * niceStep(std::max<qint64>(most, 1)));
    }
    auto yOf = [&](double v) { return plot.bottom() - plot.height() * (v / topValue); };
    // Grid lines with their values in the user's digits.
    QTextOption axisText(rtl ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
    for (int i = 0; i <= 4; ++i) {
        const double v = topValue * i / 4;
        const qreal y = yOf(v);
        p.setPen(QPen(kGrid, 0.8));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(Qt::black);
        const QString label = c.line ? display.percent(int(std::lround(v * 100))) : display.number(qint64(std::lround(v)));
        const QRectF box = rtl ? QRectF(plot.right() + 4, y - fm.height() / 2, axisWidth - 6, fm.height())
                               : QRectF(0, y - fm.height() / 2, axisWidth - 6, fm.height());
        p.drawText(box, label, axisText);
    }
    // x: the first label at the reading start (the right in Arabic).
    auto xOf = [&](qreal fraction) {
        return rtl ? plot.right() - plot.width() * fraction : plot.left() + plot.width() * fraction;
    };
    if (c.line) {
        // The survival curve: 100 % at the exit, then each horizon on a month scale.
        const double last = 12;
        QList<QPointF> points{QPointF(xOf(0.04), yOf(1))};
        QStringList labels{display.number(0)};
        QList<qreal> xs{xOf(0.04)};
        for (int i = 0; i < n; ++i) {
            const double months = i == 0 ? 3 : i == 1 ? 6 : 12;
            const qreal x = xOf(0.04 + 0.92 * months / last);
            xs << x;
            labels << display.digits(c.labels.value(i));
            const ReportCell &v = c.values[i];
            if (v.suppressed) {
                p.drawText(QRectF(x - 40, plot.bottom() - fm.height() * 1.4, 80, fm.height()), hiddenNumber(display),
                           centred);
            } else if (!v.value.isNull()) {
                points << QPointF(x, yOf(v.value.toDouble()));
            }
        }
        const bool any = std::any_of(c.values.cbegin(), c.values.cend(),
                                     [](const ReportCell &v) { return !v.value.isNull(); });
        if (any) {
            p.setPen(QPen(kBar, 2));
            for (qsizetype i = 1; i < points.size(); ++i)
                p.drawLine(points[i - 1], points[i]);
            p.setBrush(kBar);
            for (const QPointF &pt : points)
                p.drawEllipse(pt, 3, 3);
            p.setPen(Qt::black);
            for (qsizetype i = 1; i < points.size(); ++i) {
                const ReportCell *cell = nullptr;
                int seen = 0;
                for (const ReportCell &v : c.values)
                    if (!v.suppressed && !v.value.isNull() && ++seen == i)
                        cell = &v;
                if (cell)
                    p.drawText(QRectF(points[i].x() - 30, points[i].y() - fm.height() * 1.5, 60, fm.height()),
                               display.percent(int(std::lround(cell->value.toDouble() * 100))), centred);
            }
        } else {
            p.drawText(plot, tr("Not yet known"), centred);
        }
        // Each label under its point, kept inside the picture at the ends.
        for (qsizetype i = 0; i < xs.size(); ++i) {
            const qreal width = fm.horizontalAdvance(labels[i]) + 8;
            const qreal left = std::clamp(xs[i] - width / 2, 0.0, w - width);
            p.drawText(QRectF(left, plot.bottom() + 4, width, fm.height()), labels[i], centred);
        }
    } else {
        const qreal slot = plot.width() / std::max(1, n);
        for (int i = 0; i < n; ++i) {
            const qreal centre = xOf((i + 0.5) / std::max(1, n));
            const ReportCell &v = c.values[i];
            const QRectF label(centre - slot / 2, plot.bottom() + 4, slot, fm.height());
            p.drawText(label, display.digits(c.labels.value(i)), centred);
            if (v.suppressed) {
                // The bar's height would give the number away: a dashed outline of the lowest band.
                p.setPen(QPen(kBar, 1, Qt::DashLine));
                p.setBrush(Qt::NoBrush);
                const qreal y = yOf(topValue / 8);
                p.drawRect(QRectF(centre - slot * 0.3, y, slot * 0.6, plot.bottom() - y));
                p.setPen(Qt::black);
                p.drawText(QRectF(centre - slot / 2, y - fm.height() * 1.2, slot, fm.height()), hiddenNumber(display),
                           centred);
                continue;
            }
            const double value = v.value.toDouble();
            const qreal y = yOf(value);
            p.setPen(Qt::NoPen);
            p.setBrush(kBar);
            p.drawRect(QRectF(centre - slot * 0.3, y, slot * 0.6, plot.bottom() - y));
            p.setPen(Qt::black);
            p.drawText(QRectF(centre - slot / 2, y - fm.height() * 1.2, slot, fm.height()),
                       display.number(qint64(value)), centred);
        }
    }
    p.setPen(QPen(Qt::black, 1));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.end();
    return image;
}

PrintedDocument ReportPdf::make(const impact::PreparedReport &report, const org::DeviceInfo &centre,
                                const Display &display)
{
    const impact::ReportDocument &doc = report.document();
    const bool rtl = PdfDocument::rightToLeft();
    QString body = PdfDocument::letterhead(centre, doc.title);
    for (const QString &line : doc.about)
        body += u"<p align=\"%1\">%2</p>"_s.arg(PdfDocument::start(), lineText(line, display).toHtmlEscaped());
    const QSize chartSize(640, 260);
    for (qsizetype i = 0; i < doc.charts.size(); ++i)
        body += u"<h3 align=\"%1\">%2</h3><p align=\"center\"><img src=\"chart:%3\" width=\"%4\" height=\"%5\"/></p>"_s
                    .arg(PdfDocument::start(), display.digits(doc.charts[i].title).toHtmlEscaped())
                    .arg(i)
                    .arg(chartSize.width())
                    .arg(chartSize.height());
    for (const impact::ReportTable &t : doc.tables) {
        body += u"<h3 align=\"%1\">%2</h3>"_s.arg(PdfDocument::start(), display.digits(t.title).toHtmlEscaped());
        if (!t.note.isEmpty())
            body += u"<p align=\"%1\">%2</p>"_s.arg(PdfDocument::start(), lineText(t.note, display).toHtmlEscaped());
        QList<QStringList> rows;
        for (const QList<ReportCell> &row : t.rows) {
            QStringList cells;
            for (const ReportCell &c : row)
                cells << cellText(c, display);
            rows << cells;
        }
        QStringList headers;
        for (const QString &h : t.headers)
            headers << display.digits(h);
        body += rows.isEmpty() ? u"<p align=\"%1\">%2</p>"_s.arg(PdfDocument::start(), tr("Nothing to list.").toHtmlEscaped())
                               : PdfDocument::table(headers, rows);
    }
    PrintedDocument printed;
    printed.text = PdfDocument::document(PdfDocument::html(body), 9.5);
    for (qsizetype i = 0; i < doc.charts.size(); ++i)
        printed.text->addResource(QTextDocument::ImageResource, QUrl(u"chart:%1"_s.arg(i)),
                                  chart(doc.charts[i], display, rtl, chartSize));
    printed.title = doc.title;
    printed.footer = centre.centreName.isEmpty() ? doc.title : tr("%1, %2").arg(centre.centreName, doc.title);
    return printed;
}

Status ReportPdf::write(const QString &path, const impact::PreparedReport &report, const org::DeviceInfo &centre,
                        const Display &display)
{
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return exporting::FileOutput::writeError(scratch.path(), scratch.errorString(), 0);
    const QString made = scratch.filePath(u"report.pdf"_s);
    PrintedDocument doc = make(report, centre, display);
    Status printed = PdfDocument::write(made, doc, display, [](const QString &reason) {
        return reason.isEmpty() ? tr("The PDF could not be made. Try again.")
                                : tr("The PDF could not be made (%1). Try again.").arg(reason);
    });
    if (!printed)
        return printed;
    QFile file(made);
    if (!file.open(QIODevice::ReadOnly))
        return exporting::FileOutput::writeError(made, file.errorString(), 0);
    return exporting::FileOutput::write(path, file.readAll());
}

} // namespace tamkeen::ui
