#include "export/ReportFiles.h"

#include "export/FileOutput.h"
#include "export/Workbook.h"
#include "registry/Csv.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using tamkeen::impact::ReportCell;
using tamkeen::impact::ReportKind;

namespace tamkeen::exporting {

namespace {

WorkbookCell workbookCell(const ReportCell &c, const QString &language)
{
    if (c.suppressed || c.value.isNull())
        return {c.value, CellKind::Text};
    switch (c.kind) {
    case ReportKind::Identifier:
        return {c.value, CellKind::Identifier};
    case ReportKind::Count:
    case ReportKind::Number:
        return {c.value, CellKind::Number};
    case ReportKind::Share:
        return {c.value, CellKind::Percent};
    case ReportKind::Date: // Hijri beside Gregorian: words, not an Excel date
        return {impact::gregorianAndHijri(c.value.toDate(), language), CellKind::Text};
    case ReportKind::Text:
        break;
    }
    return {c.value, CellKind::Text};
}

QString csvText(const ReportCell &c, const QString &language)
{
    if (c.suppressed || c.value.isNull())
        return c.value.toString();
    switch (c.kind) {
    case ReportKind::Count:
        return QString::number(c.value.toLongLong());
    case ReportKind::Number:
        return QString::number(c.value.toDouble(), 'f', 2).remove(QRegularExpression(u"\\.?0+$"_s));
    case ReportKind::Share:
        return QString::number(std::lround(c.value.toDouble() * 100)) + u'%';
    case ReportKind::Date:
        return impact::gregorianAndHijri(c.value.toDate(), language);
    case ReportKind::Identifier:
    case ReportKind::Text:
        break;
    }
    return c.value.toString();
}

} // namespace

Status ReportFiles::writeXlsx(const QString &path, const impact::PreparedReport &report)
{
    const impact::ReportDocument &doc = report.document();
    QList<WorkbookSheet> sheets;
    for (const impact::ReportTable &t : doc.tables) {
        WorkbookSheet s;
        s.name = t.title;
        s.rightToLeft = doc.language == u"ar";
        s.titleBlock << doc.title << doc.about << QString() << t.title;
        if (!t.note.isEmpty())
            s.titleBlock << t.note;
        s.headers = t.headers;
        for (const QList<ReportCell> &row : t.rows) {
            QList<WorkbookCell> cells;
            for (const ReportCell &c : row)
                cells << workbookCell(c, doc.language);
            s.rows << cells;
        }
        sheets << s;
    }
    return Workbook::write(path, sheets);
}

QByteArray ReportFiles::csv(const impact::PreparedReport &report)
{
    const impact::ReportDocument &doc = report.document();
    QByteArray bytes = "\xEF\xBB\xBF";
    bytes += registry::csvLine({doc.title});
    for (const QString &line : doc.about)
        bytes += registry::csvLine({line});
    for (const impact::ReportTable &t : doc.tables) {
        bytes += "\r\n";
        bytes += registry::csvLine({t.title});
        if (!t.note.isEmpty())
            bytes += registry::csvLine({t.note});
        bytes += registry::csvLine(t.headers);
        for (const QList<ReportCell> &row : t.rows) {
            QStringList fields;
            for (const ReportCell &c : row)
                fields << csvText(c, doc.language);
            bytes += registry::csvLine(fields);
        }
    }
    return bytes;
}

Status ReportFiles::writeCsv(const QString &path, const impact::PreparedReport &report)
{
    return FileOutput::write(path, csv(report));
}

} // namespace tamkeen::exporting
