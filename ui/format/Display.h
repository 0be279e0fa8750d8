#pragma once
// The one formatting layer of the UI: every number, count, percentage, amount of
// money, date and identifier that a screen, chart, letter or PDF shows goes through
// here, so digits follow the user's setting and Latin codes read right inside
// Arabic text.
//
// Rules:
// - Counts with plurals: tr("%Ln households", nullptr, n), then digits(): the
//   translation picks the Arabic plural form, digits() the user's digits.
// - Identifiers (IDs, phone numbers, file numbers, codes such as "WHO-5") are wrapped
//   with ltr(): they keep their Latin digits and their left-to-right order. digits()
//   leaves whatever stands inside an isolate alone.
// - A list of facts on one line is joined with joined(), never with "·" (next to
//   Arabic-Indic digits it reads as the digit zero).
#include "format/AppSettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QStringList>

namespace tamkeen::ui {

class Display {
    Q_DECLARE_TR_FUNCTIONS(Display)
public:
    explicit Display(const AppSettings &settings) : m_settings(settings) {}

    bool arabicDigits() const;
    // Is the interface in Arabic (the translation loaded)?
    static bool arabicLanguage();

    // Every digit in the user's style, and the thousands and decimal separators
    // between digits with them; text inside LRI…PDI isolates is left as it is.
    QString digits(const QString &text) const;
    static QString digits(const QString &text, text::DigitStyle style);

    QString number(qint64 n) const;                 // ١٢٬٣٤٥ or 12,345
    QString decimal(double value, int places) const; // ١٢٬٣٤٥٫٥٠
    QString percent(int percent) const;             // ٥٠٪ or 50%
    QString fraction(qint64 part, qint64 whole) const; // "١ من ٢" / "1 of 2"
    // "١٥٬٠٠٠٫٠٠ ر.س" / "15,000.00 SAR". Lebanese pounds have no minor unit in use.
    QString money(double amount, const QString &currencyCode) const;
    // The symbol users read: ر.س، ج.م، ل.ل in Arabic, the ISO code in English.
    static QString currencySymbol(const QString &currencyCode);
    // Facts on one line: "a، b، c" in Arabic, "a; b; c" in English.
    static QString joined(const QStringList &parts);

    // The short date, the same in editors, lists, charts and PDFs: day, month,
    // year, the day first from the right in Arabic (٢٠٢٦/١٢/٠٢ as it looks),
    // typed in that order in the editors.
    QString shortDate(const QDate &date) const;
    // The format string for QDateEdit::setDisplayFormat: it looks like shortDate.
    static QString shortDateFormat();
    // The long date: "23 نوفمبر 2026", plus " — 2 جمادى الآخرة 1448 هـ" when Hijri is on.
    QString date(const QDate &date) const;
    QString gregorian(const QDate &date) const;
    QString hijri(const QDate &date) const;
    QString time(const QTime &time) const;          // 14:05
    // The long date and the local time of day, e.g. "23 نوفمبر 2026  14:05".
    QString moment(const QDateTime &when) const;
    // The short date and the local time of day.
    QString shortMoment(const QDateTime &when) const;

    // The locale for date and time editors and calendar pop-ups: the user's
    // digits with the interface language's month names.
    QLocale editorLocale() const;
    // The locale for number editors (spin boxes): the user's digits, "." as the
    // decimal mark with Latin digits, no grouping.
    QLocale numberEditorLocale() const;

    // Wraps an ID, phone or file number, or a Latin code, in a left-to-right
    // isolate. Codes keep their Latin digits: Arabic-Indic digits between hyphens
    // would be laid out right to left by the bidi algorithm and read backwards.
    static QString ltr(const QString &text);
    // A person's name as shown: «(بيانات ممحوّة)» when it is empty, which only
    // an erasure leaves (a name is required).
    static QString personName(const QString &fullName);

private:
    const AppSettings &m_settings;
};

} // namespace tamkeen::ui
