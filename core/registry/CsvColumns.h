#pragma once
// The columns and coded values of the household CSV format in both languages:
// the stored English keys (`widowed`, `head`) and fixed Arabic words (أرملة،
// رب الأسرة). Reading accepts either, with Arabic compared after folding
// (hamza forms, ة/ه, harakat), so «رب الاسرة» and «ربة الأسرة» both mean head.
// The Arabic words are fixed here, not taken from the translation files, so a
// file reads the same on every machine and in the English-only CLI.
#include <QString>
#include <QStringList>

namespace tamkeen::registry {

enum class CsvLanguage { English, Arabic };

class CsvColumns {
public:
    // Every column key, in the order export writes them.
    static const QStringList &keys();
    // The header to write for `key`.
    static QString header(const QString &key, CsvLanguage language);
    // The column key a header names (English key or Arabic name), or empty.
    static QString keyOf(const QString &header);

    // Whether the column holds coded values (sex, relation, status …).
    static bool isCoded(const QString &key);
    // The stored key for a coded value written in English or Arabic; empty
    // when it is not one of the column's values. Keys not coded: the value.
    static QString valueKey(const QString &column, const QString &value);
    // The word to write for a stored key.
    static QString valueText(const QString &column, const QString &key, CsvLanguage language);
    // The values a coded column accepts, English keys, for messages.
    static QStringList allowed(const QString &column);
};

} // namespace tamkeen::registry
