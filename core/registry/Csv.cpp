#include "registry/Csv.h"

#include <QString>
#include <QStringDecoder>
#include <memory>
#include <unicode/ucnv.h>

using namespace Qt::StringLiterals;

namespace tamkeen::registry {

namespace {

// Windows-1256 through ICU (Qt 6.4's QStringDecoder knows only the UTF and
// Latin-1 encodings). Every byte has a character in 1256, so the result is
// checked by the caller.
std::optional<QString> fromWindows1256(const QByteArray &bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, void (*)(UConverter *)> conv(ucnv_open("windows-1256", &status), ucnv_close);
    if (U_FAILURE(status))
        return std::nullopt;
    QString out(bytes.size() * 2 + 1, Qt::Uninitialized);
    const int32_t n = ucnv_toUChars(conv.get(), reinterpret_cast<UChar *>(out.data()), int32_t(out.size()),
                                    bytes.constData(), int32_t(bytes.size()), &status);
    if (U_FAILURE(status))
        return std::nullopt;
    out.truncate(n);
    return out;
}

// Text a person typed has no control characters besides tab and line breaks;
// a NUL or other control means binary data or UTF-16 without its BOM.
bool plausibleText(const QString &text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0x7F || u == 0xFFFD)
            return false;
    }
    return true;
}

std::optional<QString> strict(QStringConverter::Encoding encoding, QByteArrayView bytes)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

} // namespace

Result<DecodedText> Csv::decode(const QByteArray &bytes)
{
    const QByteArrayView view(bytes);
    std::optional<QString> text;
    TextEncoding encoding = TextEncoding::Utf8;
    if (view.startsWith("\xEF\xBB\xBF")) {
        encoding = TextEncoding::Utf8Bom;
        text = strict(QStringConverter::Utf8, view.sliced(3));
    } else if (view.startsWith("\xFF\xFE")) {
        encoding = TextEncoding::Utf16LE;
        text = view.size() % 2 == 0 ? strict(QStringConverter::Utf16LE, view.sliced(2)) : std::nullopt;
    } else if (view.startsWith("\xFE\xFF")) {
        encoding = TextEncoding::Utf16BE;
        text = view.size() % 2 == 0 ? strict(QStringConverter::Utf16BE, view.sliced(2)) : std::nullopt;
    } else if ((text = strict(QStringConverter::Utf8, view))) {
        encoding = TextEncoding::Utf8;
    } else {
        encoding = TextEncoding::Windows1256;
        text = fromWindows1256(bytes);
    }
    if (!text || !plausibleText(*text)) {
        if (text && text->contains(QChar(0xFFFD)))
            return makeError(ErrorCode::Invalid,
                             tr("The file contains replacement characters (a question mark in a diamond) where letters "
                                "were lost by an earlier conversion. Save it again from the original spreadsheet as "
                                "\"CSV UTF-8\" and import that file."));
        return makeError(ErrorCode::Invalid,
                         tr("The file is not text in a known encoding (UTF-8, UTF-16 with a byte-order mark, or "
                            "Arabic Windows 1256). Save it from the spreadsheet as \"CSV UTF-8\" and import that file."));
    }
    return DecodedText{*text, encoding};
}

Result<QList<CsvRow>> Csv::parse(const QByteArray &bytes)
{
    auto decoded = decode(bytes);
    if (!decoded)
        return decoded.error();
    return parseText(decoded.value().text);
}

QList<CsvRow> Csv::parseText(const QString &text)
{
    const qsizetype firstBreak = text.indexOf(u'\n');
    const QString header = text.left(firstBreak < 0 ? text.size() : firstBreak);
    // Excel's "Unicode text" separates with tabs, European locales with semicolons.
    QChar delimiter = u',';
    qsizetype most = header.count(u',');
    for (QChar c : {QChar(u';'), QChar(u'\t')}) {
        if (header.count(c) > most) {
            most = header.count(c);
            delimiter = c;
        }
    }

    QList<CsvRow> rows;
    CsvRow row;
    QString field;
    bool quoted = false;
    bool rowHasContent = false;
    int line = 1;
    row.line = 1;
    auto endField = [&] {
        row.fields << unguard(field);
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

bool Csv::looksLikeFormula(const QString &cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == u'\'')
        ++i;
    if (i >= cell.size())
        return false;
    const QChar c = cell.at(i);
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

QString Csv::guard(const QString &cell)
{
    return looksLikeFormula(cell) ? u'\'' + cell : cell;
}

QString Csv::unguard(const QString &cell)
{
    if (cell.startsWith(u'\'') && looksLikeFormula(cell.mid(1)))
        return cell.mid(1);
    return cell;
}

QByteArray csvLine(const QStringList &fields, char delimiter)
{
    QStringList out;
    for (const QString &raw : fields) {
        const QString f = Csv::guard(raw);
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
