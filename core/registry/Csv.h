#pragma once
// RFC 4180 CSV as spreadsheets write it: UTF-8 with or without BOM, comma or
// semicolon (detected from the header line), quoted fields with doubled quotes
// and line breaks inside quotes.
#include <QByteArray>
#include <QList>
#include <QStringList>

namespace tamkeen::registry {

struct CsvRow {
    int line = 0; // 1-based line number where the row starts, for error reports
    QStringList fields;
};

QList<CsvRow> parseCsv(const QByteArray &data);
// One line, fields quoted when needed, CRLF ended (what Excel expects).
QByteArray csvLine(const QStringList &fields, char delimiter = ',');

} // namespace tamkeen::registry
