#include "text/Digits.h"

namespace tamkeen::text {

namespace {
constexpr char16_t kArabicIndicZero = 0x0660;
constexpr char16_t kPersianZero = 0x06F0;
} // namespace

int digitValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= kArabicIndicZero && u <= kArabicIndicZero + 9)
        return u - kArabicIndicZero;
    if (u >= kPersianZero && u <= kPersianZero + 9)
        return u - kPersianZero;
    return -1;
}

QString toDigitStyle(const QString &text, DigitStyle style)
{
    const char16_t zero = style == DigitStyle::Latin ? u'0' : kArabicIndicZero;
    QString out = text;
    for (QChar &c : out) {
        const int v = digitValue(c);
        if (v >= 0)
            c = QChar(char16_t(zero + v));
    }
    return out;
}

QString isolate(const QString &code)
{
    if (code.isEmpty())
        return code;
    return QChar(0x2066) + code + QChar(0x2069);
}

QString toAsciiDigits(const QString &text)
{
    return toDigitStyle(text, DigitStyle::Latin);
}

} // namespace tamkeen::text
