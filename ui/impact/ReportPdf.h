#pragma once
// A prepared report (core's tables, the small-numbers rule applied) as an A4
// PDF: the centre's letterhead, the title, the period and filters with Hijri
// beside Gregorian dates, the charts, the tables, "page X of Y" in the user's
// digits; right to left in Arabic. The charts are drawn here with QPainter
// rather than Qt Charts: a QChart needs a QApplication and a scene, prints
// its axis numbers in Latin digits, and the CLI must make the same PDF on a
// server with no display (QGuiApplication on the offscreen platform is enough
// for this code). Written to a temporary file, then to the chosen path
// through FileOutput: all or nothing.
#include "common/Result.h"
#include "format/PdfDocument.h"
#include "impact/SmallNumbers.h"
#include "org/DeviceInfo.h"

#include <QCoreApplication>
#include <QImage>

namespace tamkeen::ui {

class Display;

class ReportPdf {
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)
public:
    static PrintedDocument make(const impact::PreparedReport &report, const org::DeviceInfo &centre,
                                const Display &display);
    static Status write(const QString &path, const impact::PreparedReport &report, const org::DeviceInfo &centre,
                        const Display &display);

    // One cell as the PDF shows it: the user's digits, «<5» for a hidden number.
    static QString cellText(const impact::ReportCell &cell, const Display &display);
    // A line of core's text with its ISO dates in the short date and the user's digits.
    static QString lineText(const QString &line, const Display &display);
    // A chart as an image `size` pixels large (drawn at `scale` times for print).
    static QImage chart(const impact::ReportChart &chart, const Display &display, bool rightToLeft,
                        const QSize &size, qreal scale = 3);
};

} // namespace tamkeen::ui
