#include "registry/SubjectAccessPrinter.h"

#include "format/AppSettings.h"
#include "format/Display.h"
#include "org/DeviceInfo.h"

#include <QTextDocument>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

namespace {

QString shown(const Display &display, const registry::SubjectField &f)
{
    const QVariant &v = f.value;
    if (v.typeId() == QMetaType::QDate)
        return display.date(v.toDate());
    if (v.typeId() == QMetaType::QDateTime)
        return display.moment(v.toDateTime());
    if (v.typeId() == QMetaType::Double) {
        const double d = v.toDouble();
        return d == std::floor(d) && std::abs(d) < 1e15 ? display.number(qint64(d)) : display.decimal(d, 2);
    }
    if (f.identifier)
        return Display::ltr(v.toString());
    return f.numbers ? display.digits(v.toString()) : v.toString();
}

} // namespace

QString SubjectAccessPrinter::html(const AppSettings &settings, const org::DeviceInfo &centre,
                                   const registry::SubjectReport &report)
{
    const Display display(settings);
    QString body = PdfDocument::letterhead(centre, tr("Data held about a person"));
    body += PdfDocument::facts({{tr("Name"), report.memberName},
                                {tr("File number"), Display::ltr(report.fileNumber)},
                                {tr("Prepared on"), display.moment(report.madeAt)},
                                {tr("Prepared by"), report.madeBy}});
    body += u"<p align=\"%1\">%2</p>"_s.arg(
        PdfDocument::start(),
        tr("This document lists everything this centre's copy of Tamkeen holds about the person named above, "
           "with who recorded each item and when. Confidential counselling notes that the person preparing it may "
           "not read are marked as withheld: a counsellor or a supervisor can give them.")
            .toHtmlEscaped());
    for (const registry::SubjectSection &section : report.sections) {
        body += u"<h3 align=\"%1\">%2</h3>"_s.arg(PdfDocument::start(), section.title.toHtmlEscaped());
        int n = 0;
        for (const QList<registry::SubjectField> &record : section.records) {
            QList<std::pair<QString, QString>> pairs;
            for (const registry::SubjectField &f : record)
                pairs.append({f.label, shown(display, f)});
            if (section.records.size() > 1)
                body += u"<p align=\"%1\"><b>%2</b></p>"_s.arg(PdfDocument::start(),
                                                               display.number(++n).toHtmlEscaped());
            body += PdfDocument::facts(pairs);
        }
    }
    return PdfDocument::html(body);
}

Status SubjectAccessPrinter::write(const QString &path, storage::Database &db, const AppSettings &settings,
                                   const security::Session &reader, const QByteArray &memberId)
{
    auto report = registry::SubjectReportBuilder::member(db, reader, memberId);
    if (!report)
        return report.error();
    auto centre = org::Devices::thisDevice(db);
    const QString title = tr("Data held about a person");
    PrintedDocument doc{PdfDocument::document(html(settings, centre ? centre.value() : org::DeviceInfo{},
                                                   report.value())),
                        title, Display::joined({title, report.value().memberName})};
    return PdfDocument::write(path, doc, Display(settings), [&](const QString &reason) {
        return reason.isEmpty()
                   ? tr("The document could not be written to %1. Choose another folder.").arg(Display::ltr(path))
                   : tr("The document could not be written to %1 (%2). Choose another folder.")
                         .arg(Display::ltr(path), reason);
    });
}

} // namespace tamkeen::ui
