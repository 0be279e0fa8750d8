#include "registry/Identity.h"

#include "text/Digits.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tamkeen::registry {

namespace {

constexpr int kOtherMaxLength = 40;

// Characters people type or paste inside a number that carry no meaning.
bool isIgnored(QChar c)
{
    const char16_t u = c.unicode();
    return c.isSpace() || u == u'-' || (u >= 0x2010 && u <= 0x2015) || u == 0x2212 // hyphens, dashes, minus
        || u == 0x061C || u == 0x200E || u == 0x200F                                // direction marks
        || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);           // direction embeddings
}

// The typed number without separators, with ASCII digits.
QString cleanNumber(const QString &raw)
{
    QString out;
    out.reserve(raw.size());
    for (QChar c : raw) {
        if (!isIgnored(c))
            out.append(c);
    }
    return text::toAsciiDigits(out);
}

bool isAllAsciiDigits(const QString &s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// The value of `count` ASCII digits starting at `pos`.
int numberAt(const QString &digits, qsizetype pos, qsizetype count)
{
    int value = 0;
    for (qsizetype i = pos; i < pos + count; ++i)
        value = value * 10 + (digits.at(i).unicode() - u'0');
    return value;
}

// Luhn sum, doubling the digits at even 0-based positions from the left.
int luhnSum(const QString &digits)
{
    int sum = 0;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        int d = digits.at(i).unicode() - u'0';
        if (i % 2 == 0) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return sum;
}

IdCheck invalid(const QString &normalized, const QString &message)
{
    IdCheck c;
    c.normalized = normalized;
    c.message = message;
    return c;
}

// Translated name of an Egyptian governorate code, or empty if not official.
QString governorateName(int code)
{
    switch (code) {
    case 1: return Identity::tr("Cairo");
    case 2: return Identity::tr("Alexandria");
    case 3: return Identity::tr("Port Said");
    case 4: return Identity::tr("Suez");
    case 11: return Identity::tr("Damietta");
    case 12: return Identity::tr("Dakahlia");
    case 13: return Identity::tr("Sharqia");
    case 14: return Identity::tr("Qalyubia");
    case 15: return Identity::tr("Kafr El Sheikh");
    case 16: return Identity::tr("Gharbia");
    case 17: return Identity::tr("Monufia");
    case 18: return Identity::tr("Beheira");
    case 19: return Identity::tr("Ismailia");
    case 21: return Identity::tr("Giza");
    case 22: return Identity::tr("Beni Suef");
    case 23: return Identity::tr("Fayoum");
    case 24: return Identity::tr("Minya");
    case 25: return Identity::tr("Asyut");
    case 26: return Identity::tr("Sohag");
    case 27: return Identity::tr("Qena");
    case 28: return Identity::tr("Aswan");
    case 29: return Identity::tr("Luxor");
    case 31: return Identity::tr("Red Sea");
    case 32: return Identity::tr("New Valley");
    case 33: return Identity::tr("Matrouh");
    case 34: return Identity::tr("North Sinai");
    case 35: return Identity::tr("South Sinai");
    case 88: return Identity::tr("Born abroad");
    }
    return {};
}

IdCheck checkSaudi(bool national, const QString &raw)
{
    const QString number = cleanNumber(raw);
    if (number.isEmpty())
        return invalid(number, Identity::tr("Enter the document number."));
    if (!isAllAsciiDigits(number))
        return invalid(number, national ? Identity::tr("A Saudi national ID is made of digits only.")
                                        : Identity::tr("An iqama number is made of digits only."));
    if (number.size() != 10)
        return invalid(number, national ? Identity::tr("A Saudi national ID has 10 digits and starts with 1.")
                                        : Identity::tr("An iqama number has 10 digits and starts with 2."));
    const QChar first = number.front();
    if (national && first == u'2')
        return invalid(number, Identity::tr("This number starts with 2, so it is an iqama; a Saudi national ID starts with 1."));
    if (!national && first == u'1')
        return invalid(number, Identity::tr("This number starts with 1, so it is a Saudi national ID; an iqama number starts with 2."));
    if (first != (national ? u'1' : u'2'))
        return invalid(number, national ? Identity::tr("A Saudi national ID starts with 1.")
                                        : Identity::tr("An iqama number starts with 2."));
    if (luhnSum(number) % 10 != 0)
        return invalid(number, national
                ? Identity::tr("This Saudi national ID fails its check digit, so a digit is probably mistyped; compare it with the card.")
                : Identity::tr("This iqama number fails its check digit, so a digit is probably mistyped; compare it with the card."));
    IdCheck ok;
    ok.valid = true;
    ok.normalized = number;
    return ok;
}

IdCheck checkEgyptian(const QString &raw, const QDate &today)
{
    const QString number = cleanNumber(raw);
    if (number.isEmpty())
        return invalid(number, Identity::tr("Enter the document number."));
    if (!isAllAsciiDigits(number))
        return invalid(number, Identity::tr("An Egyptian national ID is made of digits only."));
    if (number.size() != 14)
        return invalid(number, Identity::tr("An Egyptian national ID has 14 digits."));
    const int century = numberAt(number, 0, 1);
    if (century != 2 && century != 3)
        return invalid(number, Identity::tr("An Egyptian national ID starts with 2 (born in the 1900s) or 3 (born in 2000 or later)."));
    const int year = (century == 2 ? 1900 : 2000) + numberAt(number, 1, 2);
    const QDate birth(year, numberAt(number, 3, 2), numberAt(number, 5, 2));
    if (!birth.isValid())
        return invalid(number, Identity::tr("Digits 2 to 7 of an Egyptian national ID are the birth date as YYMMDD, but this date does not exist."));
    if (birth > today)
        return invalid(number, Identity::tr("Digits 2 to 7 of an Egyptian national ID are the birth date as YYMMDD, but this date is in the future."));
    const QString governorate = governorateName(numberAt(number, 7, 2));
    if (governorate.isEmpty())
        return invalid(number, Identity::tr("Digits 8 and 9 of an Egyptian national ID are the governorate of birth, but this code is not a known governorate."));
    // Digit 14 is a check digit whose algorithm is not published: never checked.
    IdCheck ok;
    ok.valid = true;
    ok.normalized = number;
    ok.birthDate = birth;
    ok.sex = numberAt(number, 12, 1) % 2 == 1 ? Sex::Male : Sex::Female;
    ok.governorate = governorate;
    return ok;
}

IdCheck checkOther(const QString &raw)
{
    const QString value = text::toAsciiDigits(raw.trimmed());
    if (value.isEmpty())
        return invalid(value, Identity::tr("Enter the document number."));
    if (value.size() > kOtherMaxLength)
        return invalid(value, Identity::tr("A document number can have at most 40 characters."));
    IdCheck ok;
    ok.valid = true;
    ok.normalized = value;
    return ok;
}

} // namespace

IdCheck Identity::check(IdType type, const QString &raw, const QDate &today)
{
    switch (type) {
    case IdType::SaudiNationalId: return checkSaudi(true, raw);
    case IdType::SaudiIqama: return checkSaudi(false, raw);
    case IdType::EgyptianNationalId: return checkEgyptian(raw, today);
    case IdType::Other: return checkOther(raw);
    }
    return {};
}

int Identity::luhnCheckDigit(const QString &firstNineDigits)
{
    const QString digits = cleanNumber(firstNineDigits);
    if (digits.size() != 9 || !isAllAsciiDigits(digits))
        return -1;
    return (10 - luhnSum(digits) % 10) % 10;
}

const QList<IdType> &Identity::all()
{
    static const QList<IdType> list = {IdType::SaudiNationalId, IdType::SaudiIqama, IdType::EgyptianNationalId,
                                       IdType::Other};
    return list;
}

QString Identity::key(IdType type)
{
    switch (type) {
    case IdType::SaudiNationalId: return u"sa_national"_s;
    case IdType::SaudiIqama: return u"sa_iqama"_s;
    case IdType::EgyptianNationalId: return u"eg_national"_s;
    case IdType::Other: return u"other"_s;
    }
    return {};
}

std::optional<IdType> Identity::fromKey(const QString &key)
{
    for (IdType t : all()) {
        if (Identity::key(t) == key)
            return t;
    }
    return std::nullopt;
}

QString Identity::displayName(IdType type)
{
    switch (type) {
    case IdType::SaudiNationalId: return tr("Saudi national ID");
    case IdType::SaudiIqama: return tr("Saudi iqama (residence ID)");
    case IdType::EgyptianNationalId: return tr("Egyptian national ID");
    case IdType::Other: return tr("Other document (e.g. UNHCR or UNRWA number)");
    }
    return {};
}

} // namespace tamkeen::registry
