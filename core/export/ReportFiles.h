#pragma once
// A prepared report (impact::PreparedReport: the small-numbers rule applied)
// as an XLSX workbook, one sheet per table, or as one CSV file (UTF-8 with a
// BOM): the title and the facts about the report first, then each table
// after a blank line, preceded by its title line, so that it reads top to
// bottom in a spreadsheet and a script splits it at the blank lines. Both all
// or nothing (FileOutput).
#include "impact/SmallNumbers.h"

#include <QCoreApplication>

namespace tamkeen::exporting {

class ReportFiles {
    Q_DECLARE_TR_FUNCTIONS(ReportFiles)
public:
    static Status writeXlsx(const QString &path, const impact::PreparedReport &report);
    static Status writeCsv(const QString &path, const impact::PreparedReport &report);
    static QByteArray csv(const impact::PreparedReport &report);
};

} // namespace tamkeen::exporting
