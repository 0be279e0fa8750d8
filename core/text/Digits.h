#pragma once
#include <QString>

namespace tamkeen::text {

enum class DigitStyle { Latin, ArabicIndic };

// Replaces Arabic-Indic (٠-٩) and Persian (۰-۹) digits by ASCII 0-9.
QString toAsciiDigits(const QString &text);

// Replaces every digit (ASCII, Arabic-Indic or Persian) by the given style's digit.
QString toDigitStyle(const QString &text, DigitStyle style);

// The ASCII value (0-9) of any decimal digit we accept, or -1.
int digitValue(QChar c);

// Wraps a code (file number, ID, ISO date) in a left-to-right isolate (LRI … PDI),
// so that inside an Arabic message it keeps its order and its Latin digits: the
// UI converts digits outside isolates only.
QString isolate(const QString &code);

} // namespace tamkeen::text
