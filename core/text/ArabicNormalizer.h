#pragma once
#include <QString>
#include <QStringList>

namespace tamkeen::text {

// Version of the folding rules: raising it makes every copy rebuild its search
// index once (registry::IndexRebuild::kVersion).
constexpr int kNormalizerVersion = 1;

// The search/duplicate key of any text (names, addresses, free text): NFKC, no harakat,
// tatweel or direction marks, hamza/yeh/teh-marbuta folded, ASCII digits, lower-case Latin,
// words separated by single spaces. Never stems.
QString normalizeArabic(const QString &text);

// normalizeArabic, then split into tokens with compound names joined into one token:
// "عبد الله" -> "عبدالله", "ابو بكر" -> "ابوبكر", "نور الدين" -> "نورالدين".
QStringList nameTokens(const QString &text);

// The joined key of a name: nameTokens(text).join(' ').
QString nameKey(const QString &text);

// True for the connectors بن / بنت / ابن (after normalization) that join parts of a four-part name.
bool isNameConnector(const QString &normalizedToken);

} // namespace tamkeen::text
