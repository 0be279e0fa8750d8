#include "clinic/DayListPrinter.h"

#include "clinic/ClinicText.h"
#include "format/AppSettings.h"
#include "format/Display.h"
#include "format/PdfDocument.h"

#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

QStringList DayListPrinter::fontFamilies()
{
    return PdfDocument::fontFamilies();
}

QString DayListPrinter::html(const AppSettings &settings, const DayList &list)
{
    const Display display(settings);
    // Right to left the columns are written last to first (PdfDocument::row)
    // so that the time stands on the right.
    const QString dir = PdfDocument::direction();
    const QString align = PdfDocument::start();
    auto row = [](const QStringList &cells, const QString &tag, const QString &attributes) {
        return PdfDocument::row(PdfDocument::escaped(cells), tag, attributes);
    };
    QString rows;
    int count = 0;
    for (const clinic::Appointment &a : list.appointments) {
        if (a.status == u"cancelled" || a.status == u"rescheduled")
            continue;
        ++count;
        rows += row({ClinicText::time(display, a.startsAt), a.memberName, Display::ltr(a.fileNumber),
                     a.memberPhone.isEmpty() ? QString() : Display::ltr(a.memberPhone), a.counsellorName,
                     ClinicText::place(a.place)},
                    u"td"_s, u"align=\"%1\""_s.arg(align));
    }
    const QString who = list.counsellorName.isEmpty() ? tr("All counsellors") : tr("Counsellor: %1").arg(list.counsellorName);
    QString body = PdfDocument::letterhead(list.centre, tr("Appointments of %1").arg(display.date(list.date)));
    body += u"<p align=\"%1\">%2</p>"_s.arg(
        align, Display::joined({who, display.digits(tr("%Ln appointments", nullptr, count))}).toHtmlEscaped());
    if (count == 0) {
        body += u"<p>%1</p>"_s.arg(tr("No appointments on this day.").toHtmlEscaped());
    } else {
        body += u"<table dir=\"%1\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><thead>"_s.arg(dir);
        body += row({tr("Time"), tr("Beneficiary"), tr("File number"), tr("Phone"), tr("Counsellor"), tr("Place")},
                    u"th"_s, u"bgcolor=\"#e6efee\""_s);
        body += u"</thead><tbody>"_s + rows + u"</tbody></table>"_s;
    }
    const QString when = tr("Printed on %1 at %2")
                             .arg(display.date(list.printedAt.date()), ClinicText::time(display, list.printedAt));
    body += u"<p align=\"%1\"><small>%2</small></p>"_s.arg(
        align, (list.printedBy.isEmpty() ? when : Display::joined({when, tr("by %1").arg(list.printedBy)})).toHtmlEscaped());
    return PdfDocument::html(body);
}

PrintedDocument DayListPrinter::printed(const AppSettings &settings, const DayList &list)
{
    const Display display(settings);
    const QString title = tr("Appointments of %1").arg(display.date(list.date));
    return {document(settings, list), title, Display::joined({list.centre.centreName, title})};
}

std::unique_ptr<QTextDocument> DayListPrinter::document(const AppSettings &settings, const DayList &list)
{
    return PdfDocument::document(html(settings, list));
}

Status DayListPrinter::write(const QString &path, const AppSettings &settings, const DayList &list)
{
    PrintedDocument doc = printed(settings, list);
    return PdfDocument::write(path, doc, Display(settings), [&](const QString &reason) {
                                  return reason.isEmpty()
                                             ? tr("The day list could not be written to %1. Choose another folder.")
                                                   .arg(Display::ltr(path))
                                             : tr("The day list could not be written to %1 (%2). Choose another folder.")
                                                   .arg(Display::ltr(path), reason);
                              });
}

} // namespace tamkeen::ui
