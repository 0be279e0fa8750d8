#pragma once
// How numbers and dates appear: in the user's digits, with the Hijri date beside
// the Gregorian one when chosen, and identifiers kept left-to-right in Arabic text.
#include "format/AppSettings.h"

#include <QDate>
#include <QDateTime>

namespace tamkeen::ui {

class Display {
public:
    explicit Display(const AppSettings &settings) : m_settings(settings) {}

    QString digits(const QString &text) const;
    QString number(qint64 n) const;
    // "23 نوفمبر 2026", plus " — 2 جمادى الآخرة 1448 هـ" when Hijri is on.
    QString date(const QDate &date) const;
    QString gregorian(const QDate &date) const;
    // The date and the local time of day, e.g. "23 نوفمبر 2026  14:05".
    QString moment(const QDateTime &when) const;
    QString hijri(const QDate &date) const;

    // Wraps an ID, phone or file number in a left-to-right isolate. Codes keep
    // their Latin digits: Arabic-Indic digits between hyphens would be laid out
    // right to left by the bidi algorithm and read backwards.
    static QString ltr(const QString &text);

private:
    const AppSettings &m_settings;
};

} // namespace tamkeen::ui
