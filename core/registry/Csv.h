#pragma once
// RFC 4180 CSV as spreadsheets write it: comma, semicolon or tab separated
// (detected from the header line), quoted fields with doubled quotes and line
// breaks inside quotes. The bytes may be UTF-8 (with or without BOM), UTF-16
// with a BOM (Excel's "Unicode text") or Windows-1256 (Arabic Excel's "CSV");
// anything else is refused rather than imported as replacement characters.
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace tamkeen::registry {

struct CsvRow {
    int line = 0; // 1-based line number where the row starts, for error reports
    QStringList fields;
};

enum class TextEncoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Windows1256 };

struct DecodedText {
    QString text;
    TextEncoding encoding = TextEncoding::Utf8;
};

class Csv {
    Q_DECLARE_TR_FUNCTIONS(Csv)
public:
    // The text of a file, or why it cannot be read as text (translated).
    static Result<DecodedText> decode(const QByteArray &bytes);
    // Decodes, then splits into rows. Formula guards written by csvLine are removed.
    static Result<QList<CsvRow>> parse(const QByteArray &bytes);
    static QList<CsvRow> parseText(const QString &text);

    // A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first,
    // after any apostrophes) gets one apostrophe in front; unguard() takes it
    // back, so reading our own file gives the original values.
    static QString guard(const QString &cell);
    static QString unguard(const QString &cell);
    static bool looksLikeFormula(const QString &cell);
};

// One line, fields guarded and quoted when needed, CRLF ended (what Excel expects).
QByteArray csvLine(const QStringList &fields, char delimiter = ',');

} // namespace tamkeen::registry
