#pragma once
// Identity documents of household members: which kinds we know, and checking a
// typed number before it is stored. Arabic-Indic and Persian digits, spaces,
// hyphens and invisible direction marks are accepted; numbers are stored as
// ASCII digits.
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace tamkeen::registry {

enum class IdType { SaudiNationalId, SaudiIqama, EgyptianNationalId, Other };
enum class Sex { Male, Female };

struct IdCheck {
    bool valid = false;
    // What is stored: ASCII digits for numeric IDs, trimmed text (ASCII digits)
    // for Other. Filled in also when invalid, but store it only when valid.
    QString normalized;
    QString message;                 // translated reason when invalid, else empty
    std::optional<QDate> birthDate;  // Egyptian IDs: derived from the number
    std::optional<Sex> sex;          // Egyptian IDs: 13th digit odd = male, even = female
    QString governorate;             // Egyptian IDs: translated governorate name
};

class Identity {
    Q_DECLARE_TR_FUNCTIONS(Identity)
public:
    // Saudi national ID: 10 digits, starts with 1, Luhn check over all 10 digits.
    // Saudi iqama: the same, but starts with 2.
    // Egyptian national ID: 14 digits: century (2 = 1900s, 3 = 2000s), birth date
    // YYMMDD (real, not after today), governorate code, sequence whose last digit
    // (the 13th) gives the sex, and a check digit that is never checked because
    // its algorithm is not published.
    // Other (UNHCR, UNRWA, passport, …): any text of 1 to 40 characters, trimmed.
    static IdCheck check(IdType type, const QString &raw, const QDate &today = QDate::currentDate());

    static QString key(IdType type); // stored: "sa_national", "sa_iqama", "eg_national", "other"
    static std::optional<IdType> fromKey(const QString &key);
    static QString displayName(IdType type); // translated
    static const QList<IdType> &all();

    // The Luhn check digit (0-9) that makes a Saudi ID or iqama of these nine
    // digits valid, or -1 unless given exactly nine digits (any script).
    static int luhnCheckDigit(const QString &firstNineDigits);
};

} // namespace tamkeen::registry
