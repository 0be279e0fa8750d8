#include "visits/VisitRoutePrinter.h"

#include "format/AppSettings.h"
#include "format/Display.h"
#include "visits/Coordinates.h"

#include <QLocale>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

namespace {

QString title(const Display &display, const QDate &date)
{
    return VisitRoutePrinter::tr("Home visits of %1 %2").arg(QLocale().dayName(date.dayOfWeek()), display.date(date));
}

} // namespace

QString VisitRoutePrinter::html(const AppSettings &settings, const VisitRoute &route)
{
    const Display display(settings);
    const QString align = PdfDocument::start();
    QString body = PdfDocument::letterhead(route.centre, title(display, route.date));
    const QString who = route.workerName.isEmpty() ? tr("Every field worker") : tr("Field worker: %1").arg(route.workerName);
    body += u"<p align=\"%1\">%2</p>"_s.arg(
        align, Display::joined({who, display.digits(tr("%Ln visits", nullptr, int(route.visits.size())))}).toHtmlEscaped());
    if (route.visits.isEmpty())
        body += u"<p>%1</p>"_s.arg(tr("No visits are planned on this day.").toHtmlEscaped());
    const QStringList headers{tr("No."), tr("File number"), tr("Head of household"), tr("Address"), tr("Phone"),
                              tr("Place"), tr("Notes at the visit")};
    QList<QStringList> rows;
    QString group;
    int number = 0;
    const auto flush = [&] {
        if (!rows.isEmpty())
            body += PdfDocument::table(headers, rows);
        rows.clear();
    };
    for (const visits::PlannedVisit &v : route.visits) {
        const bool late = v.plannedOn < route.date;
        const QString district = !v.district.isEmpty() ? v.district : !v.city.isEmpty() ? v.city : tr("District not recorded");
        const QString heading = late ? tr("Still due from an earlier day") : district;
        if (heading != group) {
            flush();
            group = heading;
            body += u"<h3 align=\"%1\">%2</h3>"_s.arg(align, heading.toHtmlEscaped());
        }
        QStringList where{v.address, v.district.isEmpty() ? QString() : v.city};
        where.removeAll(QString());
        if (late)
            where.prepend(district);
        QStringList note{v.planNote};
        if (route.workerName.isEmpty()) // everyone's visits: who goes
            note.prepend(v.workerName);
        note.removeAll(QString());
        rows << QStringList{display.digits(QString::number(++number)), Display::ltr(v.fileNumber), v.headName,
                            display.digits(Display::joined(where)), v.phone.isEmpty() ? QString() : Display::ltr(v.phone),
                            v.coordinates ? Display::ltr(visits::CoordinateText::format(*v.coordinates)) : QString(),
                            display.digits(Display::joined(note))};
    }
    flush();
    const QString when = tr("Printed on %1").arg(display.date(route.printedAt.date()));
    body += u"<p align=\"%1\"><small>%2</small></p>"_s.arg(
        align, (route.printedBy.isEmpty() ? when : Display::joined({when, tr("by %1").arg(route.printedBy)})).toHtmlEscaped());
    return PdfDocument::html(body);
}

PrintedDocument VisitRoutePrinter::printed(const AppSettings &settings, const VisitRoute &route)
{
    const Display display(settings);
    const QString t = title(display, route.date);
    return {PdfDocument::document(html(settings, route)), t, Display::joined({route.centre.centreName, t})};
}

Status VisitRoutePrinter::write(const QString &path, const AppSettings &settings, const VisitRoute &route)
{
    PrintedDocument doc = printed(settings, route);
    return PdfDocument::write(path, doc, Display(settings), [&](const QString &reason) {
        return reason.isEmpty() ? tr("The route could not be written to %1. Choose another folder.").arg(Display::ltr(path))
                                : tr("The route could not be written to %1 (%2). Choose another folder.")
                                      .arg(Display::ltr(path), reason);
    });
}

} // namespace tamkeen::ui
