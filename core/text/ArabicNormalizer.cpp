#include "text/ArabicNormalizer.h"

#include "text/Digits.h"

#include <string>

namespace tamkeen::text {

namespace {

// Characters that change no letter. Harakat (U+064B–065F, U+0670, U+0610–061A) and Quranic
// marks are all combining marks: any mark must vanish rather than split its word in two.
// The rest are tatweel, joiners, direction marks and isolates (pasted from other apps), BOM.
bool isIgnorable(char32_t c)
{
    return QChar::isMark(c) || c == 0x0640 || c == 0x200C || c == 0x200D || c == 0x200E
        || c == 0x200F || c == 0x061C || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
        || c == 0xFEFF;
}

// Letters people write interchangeably: hamza seats, alef maksura, teh marbuta, and the
// Persian keheh / Farsi yeh that Persian keyboard layouts produce.
char32_t foldLetter(char32_t c)
{
    switch (c) {
    case U'أ': case U'إ': case U'آ': case U'ٱ': return U'ا';
    case U'ى': case U'ئ': case U'\u06CC': return U'ي'; // U+06CC: Farsi yeh
    case U'ة': return U'ه';
    case U'ؤ': return U'و';
    case U'\u06A9': return U'ك'; // keheh
    default: return c;
    }
}

// Compound-name parts: a prefix binds to the next word and a suffix to the previous one,
// so "عبد الله" and "عبدالله" give one key however the name was typed.
bool bindsToNext(const QString &token)
{
    return token == QStringLiteral("عبد") || token == QStringLiteral("ابو");
}

bool bindsToPrevious(const QString &token)
{
    return token == QStringLiteral("الله") || token == QStringLiteral("الدين");
}

} // namespace

QString normalizeArabic(const QString &text)
{
    // NFKC first: text extracted from PDFs carries presentation forms (ﻻ, ﺑ) that must become
    // base letters before they are folded. Digit and letter folds touch disjoint characters,
    // so folding the digits up front changes nothing in the result.
    const QString composed = toAsciiDigits(text.normalized(QString::NormalizationForm_KC));
    std::u32string out;
    for (const char32_t c : composed.toUcs4()) {
        if (isIgnorable(c))
            continue;
        const char32_t folded = QChar::toLower(foldLetter(c));
        if (QChar::isLetter(folded) || QChar::isDigit(folded))
            out += folded;
        else if (!out.empty() && out.back() != U' ') // punctuation separates words
            out += U' ';
    }
    if (!out.empty() && out.back() == U' ')
        out.pop_back();
    return QString::fromUcs4(out.data(), qsizetype(out.size()));
}

QStringList nameTokens(const QString &text)
{
    QStringList tokens;
    bool joinNext = false;
    for (const QString &token : normalizeArabic(text).split(u' ', Qt::SkipEmptyParts)) {
        if (!tokens.isEmpty() && (joinNext || bindsToPrevious(token)))
            tokens.last() += token;
        else
            tokens.append(token);
        joinNext = bindsToNext(token); // a trailing "عبد" has nothing to join and stays alone
    }
    return tokens;
}

QString nameKey(const QString &text)
{
    return nameTokens(text).join(u' ');
}

bool isNameConnector(const QString &normalizedToken)
{
    return normalizedToken == QStringLiteral("بن") || normalizedToken == QStringLiteral("بنت")
        || normalizedToken == QStringLiteral("ابن");
}

} // namespace tamkeen::text
