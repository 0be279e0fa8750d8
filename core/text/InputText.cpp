#include "text/InputText.h"

using namespace Qt::StringLiterals;

namespace tamkeen::text {

namespace {

bool bidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

// C0 and C1 controls, DEL, and the non-characters a file can carry.
bool control(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF;
}

} // namespace

QString cleanInput(const QString &text, TextKind kind)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += ch;
            out += text.at(++i);
            continue;
        }
        if (ch.isSurrogate())
            continue; // half of a pair: not a character
        const char32_t c = ch.unicode();
        if (c == u'\n' || c == u'\t' || c == u'\r') {
            if (kind == TextKind::Paragraph) {
                if (c != u'\r')
                    out += ch;
            } else if (!out.endsWith(u' ')) {
                out += u' ';
            }
            continue;
        }
        if (control(c) || bidiControl(c))
            continue;
        out += ch;
    }
    return out;
}

bool hasUnsafeCharacters(const QString &text, TextKind kind)
{
    return cleanInput(text, kind) != text;
}

QString forTerminal(const QString &text)
{
    return cleanInput(text, TextKind::Line);
}

Status InputText::accept(QString &value, const QString &field, const QString &label, int maxLength, TextKind kind)
{
    value = cleanInput(value, kind);
    if (value.size() > maxLength)
        return makeError(ErrorCode::Invalid,
                         tr("%1: at most %2 characters can be stored, and %3 were entered. Shorten it.")
                             .arg(label)
                             .arg(maxLength)
                             .arg(value.size()),
                         field);
    return {};
}

} // namespace tamkeen::text
