#include "registry/Csv.h"

#include <QString>

using namespace Qt::StringLiterals;

namespace tamkeen::registry {

QList<CsvRow> parseCsv(const QByteArray &raw)
{
    QString text = QString::fromUtf8(raw);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const qsizetype firstBreak = text.indexOf(u'\n');
    const QString header = text.left(firstBreak < 0 ? text.size() : firstBreak);
    const QChar delimiter = header.count(u';') > header.count(u',') ? u';' : u',';

    QList<CsvRow> rows;
    CsvRow row;
    QString field;
    bool quoted = false;
    bool rowHasContent = false;
    int line = 1;
    row.line = 1;
    auto endField = [&] {
        row.fields << field;
        field.clear();
    };
    auto endRow = [&] {
        endField();
        if (rowHasContent || row.fields.size() > 1 || !row.fields.first().isEmpty())
            rows << row;
        row = CsvRow{line, {}};
        rowHasContent = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            quoted = true;
            rowHasContent = true;
        } else if (c == delimiter) {
            endField();
            rowHasContent = true;
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            ++line;
            endRow();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.fields.isEmpty() || rowHasContent)
        endRow();
    return rows;
}

QByteArray csvLine(const QStringList &fields, char delimiter)
{
    QStringList out;
    for (const QString &f : fields) {
        if (f.contains(QLatin1Char(delimiter)) || f.contains(u'"') || f.contains(u'\n') || f.contains(u'\r')) {
            QString q = f;
            q.replace(u"\""_s, u"\"\""_s);
            out << u'"' + q + u'"';
        } else {
            out << f;
        }
    }
    return out.join(QLatin1Char(delimiter)).toUtf8() + "\r\n";
}

} // namespace tamkeen::registry
