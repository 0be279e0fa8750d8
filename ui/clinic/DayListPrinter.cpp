#include "clinic/DayListPrinter.h"

#include "clinic/ClinicText.h"
#include "format/AppSettings.h"
#include "format/Display.h"

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

QStringList DayListPrinter::fontFamilies()
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

QString DayListPrinter::html(const AppSettings &settings, const DayList &list)
{
    const Display display(settings);
    // Qt's rich text does not mirror tables: in Arabic the columns are written
    // last to first so that the time stands on the right.
    const bool rtl = QGuiApplication::isRightToLeft();
    const QString dir = rtl ? u"rtl"_s : u"ltr"_s;
    const QString align = rtl ? u"right"_s : u"left"_s;
    auto row = [&](const QStringList &cells, const QString &tag, const QString &attributes) {
        QString html = u"<tr>"_s;
        for (qsizetype i = 0; i < cells.size(); ++i)
            html += u"<%1 %2>%3</%1>"_s.arg(tag, attributes, cells[rtl ? cells.size() - 1 - i : i].toHtmlEscaped());
        return html + u"</tr>"_s;
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
    QString body = u"<h2>%1</h2><h3>%2</h3><p>%3 — %4</p>"_s.arg(
        list.centreName.toHtmlEscaped(), tr("Appointments of %1").arg(display.date(list.date)).toHtmlEscaped(),
        who.toHtmlEscaped(), tr("%1 appointments").arg(display.number(count)).toHtmlEscaped());
    if (count == 0) {
        body += u"<p>%1</p>"_s.arg(tr("No appointments on this day.").toHtmlEscaped());
    } else {
        body += u"<table dir=\"%1\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><thead>"_s.arg(dir);
        body += row({tr("Time"), tr("Beneficiary"), tr("File number"), tr("Phone"), tr("Counsellor"), tr("Place")},
                    u"th"_s, u"bgcolor=\"#e6efee\""_s);
        body += u"</thead><tbody>"_s + rows + u"</tbody></table>"_s;
    }
    body += u"<p><small>%1</small></p>"_s.arg(
        tr("Printed on %1 at %2")
            .arg(display.date(QDate::currentDate()), ClinicText::time(display, QDateTime::currentDateTime()))
            .toHtmlEscaped());
    return u"<html dir=\"%1\"><body dir=\"%1\">%2</body></html>"_s.arg(dir, body);
}

std::unique_ptr<QTextDocument> DayListPrinter::document(const AppSettings &settings, const DayList &list)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font;
    if (const QStringList families = fontFamilies(); !families.isEmpty())
        font.setFamilies(families);
    font.setPointSizeF(10.5);
    doc->setDefaultFont(font);
    QTextOption option = doc->defaultTextOption();
    option.setTextDirection(QGuiApplication::layoutDirection());
    doc->setDefaultTextOption(option);
    doc->setHtml(html(settings, list));
    return doc;
}

Status DayListPrinter::write(const QString &path, const AppSettings &settings, const DayList &list)
{
    // QPrinter fails silently on a file it cannot write: try it first for a message.
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return makeError(ErrorCode::Io, tr("The day list could not be written to %1 (%2). Choose another folder.")
                                                .arg(Display::ltr(path), probe.errorString()));
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                      QPageLayout::Millimeter));
    printer.setDocName(tr("Appointments of %1").arg(list.date.toString(Qt::ISODate)));
    printer.setCreator(u"Tamkeen"_s);

    document(settings, list)->print(&printer);

    if (QFileInfo(path).size() == 0)
        return makeError(ErrorCode::Io,
                         tr("The day list could not be written to %1. Choose another folder.").arg(Display::ltr(path)));
    return {};
}

} // namespace tamkeen::ui
