#include "support/catch.h"
#include "text/Digits.h"

using namespace tamkeen::text;

TEST_CASE("Arabic-Indic and Persian digits become ASCII", "[text]")
{
    CHECK(toAsciiDigits(QStringLiteral("١٠٢٣٤٥٦٧٨٩")) == QStringLiteral("1023456789"));
    CHECK(toAsciiDigits(QStringLiteral("۰۱۲۳۴۵۶۷۸۹")) == QStringLiteral("0123456789"));
    CHECK(toAsciiDigits(QStringLiteral("هاتف ٠٥٥-۱۲٣ x9")) == QStringLiteral("هاتف 055-123 x9"));
    CHECK(toAsciiDigits(QString()).isEmpty());
}

TEST_CASE("Any digit can be shown in the user's style", "[text]")
{
    CHECK(toDigitStyle(QStringLiteral("2026/11/23"), DigitStyle::ArabicIndic) == QStringLiteral("٢٠٢٦/١١/٢٣"));
    CHECK(toDigitStyle(QStringLiteral("۱۲ و 3"), DigitStyle::ArabicIndic) == QStringLiteral("١٢ و ٣"));
    CHECK(toDigitStyle(QStringLiteral("٢٠٢٦"), DigitStyle::Latin) == QStringLiteral("2026"));
    CHECK(digitValue(QChar(u'٧')) == 7);
    CHECK(digitValue(QChar(u'۷')) == 7);
    CHECK(digitValue(QChar(u'a')) == -1);
}
