#include "registry/Identity.h"
#include "support/catch.h"

#include <QSet>

using namespace tamkeen::registry;

namespace {

// A fixed "today" so that the future-date tests do not depend on the clock.
const QDate kToday(2026, 3, 1);

IdCheck national(const QString &raw) { return Identity::check(IdType::SaudiNationalId, raw, kToday); }
IdCheck iqama(const QString &raw) { return Identity::check(IdType::SaudiIqama, raw, kToday); }
IdCheck egyptian(const QString &raw) { return Identity::check(IdType::EgyptianNationalId, raw, kToday); }
IdCheck other(const QString &raw) { return Identity::check(IdType::Other, raw, kToday); }

// Luhn over 10 digits: double the digits at 0-based positions 0, 2, 4, 6, 8
// (subtract 9 when the result is over 9), add all ten; valid when the sum ends in 0.
//   1 2 3 4 5 6 7 8 9 ?  → 2+2+6+4+1+6+5+8+9 = 43, so ? = 7: 1234567897
//   1 0 0 0 0 0 0 0 0 ?  → 2, so ? = 8:                     1000000008
//   1 0 0 0 0 0 0 0 4 ?  → 2+8 = 10, so ? = 0:              1000000040
//   2 3 4 5 6 7 8 9 0 ?  → 4+3+8+5+3+7+7+9+0 = 46, so ? = 4: 2345678904
//   2 0 0 0 0 0 0 0 0 ?  → 4, so ? = 6:                     2000000006
//   2 1 0 9 8 7 6 5 4 ?  → 4+1+0+9+7+7+3+5+8 = 44, so ? = 6: 2109876546
//   3 0 0 0 0 0 0 0 0 ?  → 6, so ? = 4:                     3000000004 (Luhn-valid, wrong first digit)
const QString kNational = QStringLiteral("1234567897");
const QString kIqama = QStringLiteral("2345678904");

// Egyptian: century, YYMMDD, governorate, 4-digit sequence (its last digit, the
// 13th, gives the sex), check digit.
//   2 900515 01 0123 5: man born 1990-05-15 in Cairo
//   3 031102 21 0042 7: woman born 2003-11-02 in Giza
const QString kEgyptMale = QStringLiteral("29005150101235");
const QString kEgyptFemale = QStringLiteral("30311022100427");

} // namespace

TEST_CASE("The Luhn check digit of a Saudi number", "[registry][identity]")
{
    CHECK(Identity::luhnCheckDigit(QStringLiteral("123456789")) == 7);
    CHECK(Identity::luhnCheckDigit(QStringLiteral("100000000")) == 8);
    CHECK(Identity::luhnCheckDigit(QStringLiteral("100000004")) == 0);
    CHECK(Identity::luhnCheckDigit(QStringLiteral("234567890")) == 4);
    CHECK(Identity::luhnCheckDigit(QStringLiteral("210987654")) == 6);
    CHECK(Identity::luhnCheckDigit(QStringLiteral("١٢٣٤٥٦٧٨٩")) == 7);
    CHECK(Identity::luhnCheckDigit(QStringLiteral("12345678")) == -1);
    CHECK(Identity::luhnCheckDigit(QStringLiteral("1234567890")) == -1);
    CHECK(Identity::luhnCheckDigit(QStringLiteral("12345678x")) == -1);
    CHECK(Identity::luhnCheckDigit(QString()) == -1);
}

TEST_CASE("Valid Saudi national IDs and iqamas are accepted", "[registry][identity]")
{
    for (const QString &n : {kNational, QStringLiteral("1000000008"), QStringLiteral("1000000040")}) {
        INFO(n.toStdString());
        const IdCheck r = national(n);
        CHECK(r.valid);
        CHECK(r.normalized == n);
        CHECK(r.message.isEmpty());
        CHECK_FALSE(r.birthDate.has_value());
        CHECK_FALSE(r.sex.has_value());
    }
    for (const QString &n : {kIqama, QStringLiteral("2000000006"), QStringLiteral("2109876546")}) {
        INFO(n.toStdString());
        const IdCheck r = iqama(n);
        CHECK(r.valid);
        CHECK(r.normalized == n);
        CHECK(r.message.isEmpty());
    }
}

TEST_CASE("Saudi numbers of the wrong length are refused", "[registry][identity]")
{
    const IdCheck shortId = national(QStringLiteral("123456789"));
    CHECK_FALSE(shortId.valid);
    CHECK(shortId.message == QStringLiteral("A Saudi national ID has 10 digits and starts with 1."));
    CHECK_FALSE(national(QStringLiteral("12345678970")).valid);
    CHECK_FALSE(national(QStringLiteral("1")).valid);

    const IdCheck longIqama = iqama(QStringLiteral("23456789040"));
    CHECK_FALSE(longIqama.valid);
    CHECK(longIqama.message == QStringLiteral("An iqama number has 10 digits and starts with 2."));
    CHECK_FALSE(iqama(QStringLiteral("234567890")).valid);
}

TEST_CASE("Saudi numbers with the wrong first digit are refused", "[registry][identity]")
{
    // Each of these passes the Luhn check; only the first digit is wrong.
    const IdCheck iqamaAsNational = national(kIqama);
    CHECK_FALSE(iqamaAsNational.valid);
    CHECK(iqamaAsNational.message.contains(QStringLiteral("iqama")));

    const IdCheck nationalAsIqama = iqama(kNational);
    CHECK_FALSE(nationalAsIqama.valid);
    CHECK(nationalAsIqama.message.contains(QStringLiteral("national ID")));

    CHECK(national(QStringLiteral("3000000004")).message == QStringLiteral("A Saudi national ID starts with 1."));
    CHECK(iqama(QStringLiteral("3000000004")).message == QStringLiteral("An iqama number starts with 2."));
    CHECK_FALSE(national(QStringLiteral("0000000000")).valid);
    CHECK_FALSE(iqama(QStringLiteral("0000000000")).valid);
}

TEST_CASE("Saudi numbers with a wrong check digit are refused", "[registry][identity]")
{
    for (char16_t d = u'0'; d <= u'9'; ++d) {
        const QString n = kNational.left(9) + QChar(d);
        INFO(n.toStdString());
        CHECK(national(n).valid == (d == u'7'));
    }
    const IdCheck wrong = national(QStringLiteral("1234567898"));
    CHECK(wrong.message.contains(QStringLiteral("check digit")));
    CHECK_FALSE(iqama(QStringLiteral("2345678905")).valid);

    // Luhn catches every single mistyped digit after the first.
    for (int pos = 1; pos < 10; ++pos) {
        QString n = kIqama;
        n[pos] = QChar(char16_t(u'0' + (n.at(pos).unicode() - u'0' + 1) % 10));
        INFO(n.toStdString());
        CHECK_FALSE(iqama(n).valid);
    }
}

TEST_CASE("Saudi numbers may be typed in Arabic-Indic or Persian digits, with spaces and hyphens",
          "[registry][identity]")
{
    const IdCheck arabic = national(QStringLiteral("١٢٣٤٥٦٧٨٩٧"));
    CHECK(arabic.valid);
    CHECK(arabic.normalized == kNational);

    const IdCheck persian = iqama(QStringLiteral("۲۳۴۵۶۷۸۹۰۴"));
    CHECK(persian.valid);
    CHECK(persian.normalized == kIqama);

    const IdCheck spaced = national(QStringLiteral(" 1 234-567 897 "));
    CHECK(spaced.valid);
    CHECK(spaced.normalized == kNational);

    // Mixed scripts, a non-breaking space and a right-to-left mark pasted from Arabic text.
    const IdCheck mixed = iqama(QStringLiteral("\u200F٢٣٤-۵۶۷\u00A08904"));
    CHECK(mixed.valid);
    CHECK(mixed.normalized == kIqama);

    // Arabic-Indic digits still get the Luhn check.
    CHECK_FALSE(national(QStringLiteral("١٢٣٤٥٦٧٨٩٨")).valid);
}

TEST_CASE("Saudi numbers with letters or nothing in them are refused", "[registry][identity]")
{
    const IdCheck letters = national(QStringLiteral("12345678X7"));
    CHECK_FALSE(letters.valid);
    CHECK(letters.message == QStringLiteral("A Saudi national ID is made of digits only."));
    CHECK_FALSE(iqama(QStringLiteral("234567890.4")).valid);

    const IdCheck empty = national(QStringLiteral(" - "));
    CHECK_FALSE(empty.valid);
    CHECK(empty.message == QStringLiteral("Enter the document number."));
    CHECK_FALSE(iqama(QString()).valid);
}

TEST_CASE("A valid Egyptian national ID gives birth date, sex and governorate", "[registry][identity]")
{
    const IdCheck man = egyptian(kEgyptMale);
    REQUIRE(man.valid);
    CHECK(man.normalized == kEgyptMale);
    CHECK(man.message.isEmpty());
    CHECK(man.birthDate == QDate(1990, 5, 15));
    CHECK(man.sex == Sex::Male);
    CHECK(man.governorate == QStringLiteral("Cairo"));

    const IdCheck woman = egyptian(kEgyptFemale);
    REQUIRE(woman.valid);
    CHECK(woman.birthDate == QDate(2003, 11, 2));
    CHECK(woman.sex == Sex::Female);
    CHECK(woman.governorate == QStringLiteral("Giza"));
}

TEST_CASE("The 13th digit of an Egyptian ID gives the sex", "[registry][identity]")
{
    for (int d = 0; d <= 9; ++d) {
        const QString n = kEgyptMale.left(12) + QString::number(d) + kEgyptMale.right(1);
        INFO(n.toStdString());
        const IdCheck r = egyptian(n);
        REQUIRE(r.valid);
        CHECK(r.sex == (d % 2 == 1 ? Sex::Male : Sex::Female));
    }
}

TEST_CASE("The first Egyptian digit is the century", "[registry][identity]")
{
    // 29 February exists in 2000 but not in 1900.
    const IdCheck born2000 = egyptian(QStringLiteral("30002290101235"));
    REQUIRE(born2000.valid);
    CHECK(born2000.birthDate == QDate(2000, 2, 29));
    CHECK_FALSE(egyptian(QStringLiteral("20002290101235")).valid);

    CHECK(egyptian(QStringLiteral("20501010101235")).birthDate == QDate(1905, 1, 1));
    CHECK(egyptian(QStringLiteral("30501010101235")).birthDate == QDate(2005, 1, 1));

    for (const QString &n : {QStringLiteral("19005150101235"), QStringLiteral("49005150101235"),
                             QStringLiteral("09005150101235")}) {
        INFO(n.toStdString());
        const IdCheck r = egyptian(n);
        CHECK_FALSE(r.valid);
        CHECK(r.message.contains(QStringLiteral("starts with 2")));
    }
}

TEST_CASE("Egyptian IDs with an impossible or future birth date are refused", "[registry][identity]")
{
    // 31 February, month 13, day 0.
    for (const QString &n : {QStringLiteral("29002310101235"), QStringLiteral("29013010101235"),
                             QStringLiteral("29005000101235")}) {
        INFO(n.toStdString());
        const IdCheck r = egyptian(n);
        CHECK_FALSE(r.valid);
        CHECK(r.message.contains(QStringLiteral("does not exist")));
        CHECK_FALSE(r.birthDate.has_value());
    }

    // Today is 2026-03-01: born today is fine, tomorrow is not.
    CHECK(egyptian(QStringLiteral("32603010101235")).valid);
    const IdCheck tomorrow = egyptian(QStringLiteral("32603020101235"));
    CHECK_FALSE(tomorrow.valid);
    CHECK(tomorrow.message.contains(QStringLiteral("future")));
    CHECK_FALSE(egyptian(QStringLiteral("39001010101235")).valid); // 2090
}

TEST_CASE("Only official Egyptian governorate codes are accepted", "[registry][identity]")
{
    const QSet<int> official = {1, 2, 3, 4, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21,
                                22, 23, 24, 25, 26, 27, 28, 29, 31, 32, 33, 34, 35, 88};
    QSet<QString> names;
    for (int code = 0; code <= 99; ++code) {
        const QString n = QStringLiteral("2900515%1%2").arg(code, 2, 10, QLatin1Char('0')).arg(QStringLiteral("01235"));
        INFO(n.toStdString());
        const IdCheck r = egyptian(n);
        CHECK(r.valid == official.contains(code));
        if (r.valid)
            names.insert(r.governorate);
        else
            CHECK(r.message.contains(QStringLiteral("governorate")));
    }
    CHECK(names.size() == official.size()); // every governorate has its own name
    CHECK(egyptian(QStringLiteral("29005158801235")).governorate == QStringLiteral("Born abroad"));
    CHECK(egyptian(QStringLiteral("29005153501235")).governorate == QStringLiteral("South Sinai"));
}

TEST_CASE("Egyptian IDs of the wrong length or with letters are refused", "[registry][identity]")
{
    const IdCheck shortId = egyptian(kEgyptMale.left(13));
    CHECK_FALSE(shortId.valid);
    CHECK(shortId.message == QStringLiteral("An Egyptian national ID has 14 digits."));
    CHECK_FALSE(egyptian(kEgyptMale + QStringLiteral("0")).valid);
    CHECK_FALSE(egyptian(QStringLiteral("2900515010123A")).valid);
    CHECK_FALSE(egyptian(QString()).valid);
}

TEST_CASE("The Egyptian check digit is never used to refuse a number", "[registry][identity]")
{
    for (int d = 0; d <= 9; ++d) {
        const QString n = kEgyptMale.left(13) + QString::number(d);
        INFO(n.toStdString());
        CHECK(egyptian(n).valid);
    }
}

TEST_CASE("Egyptian IDs may be typed in Arabic-Indic or Persian digits, with spaces and hyphens",
          "[registry][identity]")
{
    const IdCheck arabic = egyptian(QStringLiteral("٢٩٠٠٥١٥٠١٠١٢٣٥"));
    REQUIRE(arabic.valid);
    CHECK(arabic.normalized == kEgyptMale);
    CHECK(arabic.birthDate == QDate(1990, 5, 15));

    const IdCheck persian = egyptian(QStringLiteral("۳۰۳۱۱۰۲ ۲۱ ۰۰۴۲۷"));
    REQUIRE(persian.valid);
    CHECK(persian.normalized == kEgyptFemale);

    CHECK(egyptian(QStringLiteral("2-900515-01-0123-5")).normalized == kEgyptMale);
    CHECK(egyptian(QStringLiteral(" 2 900515 01 0123 5 ")).valid);
}

TEST_CASE("Other documents take any short text, trimmed", "[registry][identity]")
{
    const IdCheck unhcr = other(QStringLiteral("  UNHCR 123-45C67890 \n"));
    CHECK(unhcr.valid);
    CHECK(unhcr.normalized == QStringLiteral("UNHCR 123-45C67890"));
    CHECK(unhcr.message.isEmpty());
    CHECK_FALSE(unhcr.birthDate.has_value());

    // Digits are stored as ASCII, as everywhere.
    CHECK(other(QStringLiteral("أونروا ١٢٣۴")).normalized == QStringLiteral("أونروا 1234"));

    const IdCheck empty = other(QStringLiteral("   "));
    CHECK_FALSE(empty.valid);
    CHECK(empty.message == QStringLiteral("Enter the document number."));
    CHECK_FALSE(other(QString()).valid);

    CHECK(other(QStringLiteral(" ") + QString(40, QLatin1Char('x')) + QStringLiteral(" ")).valid);
    const IdCheck tooLong = other(QString(41, QLatin1Char('x')));
    CHECK_FALSE(tooLong.valid);
    CHECK(tooLong.message.contains(QStringLiteral("40 characters")));
}

TEST_CASE("Each kind of mistake has its own message", "[registry][identity]")
{
    const QList<IdCheck> failures = {
        national(QString()),
        national(QStringLiteral("12345678X7")),
        national(QStringLiteral("123")),
        national(kIqama),
        national(QStringLiteral("3000000004")),
        national(QStringLiteral("1234567898")),
        iqama(QStringLiteral("23456789X4")),
        iqama(QStringLiteral("234")),
        iqama(kNational),
        iqama(QStringLiteral("3000000004")),
        iqama(QStringLiteral("2345678905")),
        egyptian(QStringLiteral("2900515010123A")),
        egyptian(QStringLiteral("290051501012")),
        egyptian(QStringLiteral("19005150101235")),
        egyptian(QStringLiteral("29002310101235")),
        egyptian(QStringLiteral("32603020101235")),
        egyptian(QStringLiteral("29005150501235")),
        other(QString(41, QLatin1Char('x'))),
    };
    QSet<QString> messages;
    for (const IdCheck &r : failures) {
        INFO(r.normalized.toStdString());
        CHECK_FALSE(r.valid);
        CHECK_FALSE(r.message.isEmpty());
        CHECK(r.message.endsWith(QLatin1Char('.')));
        messages.insert(r.message);
    }
    CHECK(messages.size() == failures.size());
}

TEST_CASE("ID types have stored keys and display names", "[registry][identity]")
{
    CHECK(Identity::all().size() == 4);
    CHECK(Identity::key(IdType::SaudiNationalId) == QStringLiteral("sa_national"));
    CHECK(Identity::key(IdType::SaudiIqama) == QStringLiteral("sa_iqama"));
    CHECK(Identity::key(IdType::EgyptianNationalId) == QStringLiteral("eg_national"));
    CHECK(Identity::key(IdType::Other) == QStringLiteral("other"));
    for (IdType t : Identity::all()) {
        CHECK(Identity::fromKey(Identity::key(t)) == t);
        CHECK_FALSE(Identity::displayName(t).isEmpty());
    }
    CHECK_FALSE(Identity::fromKey(QStringLiteral("passport")).has_value());
    CHECK_FALSE(Identity::fromKey(QString()).has_value());
    CHECK(Identity::displayName(IdType::SaudiIqama) == QStringLiteral("Saudi iqama (residence ID)"));
    CHECK(Identity::displayName(IdType::Other) == QStringLiteral("Other document (e.g. UNHCR or UNRWA number)"));
}
