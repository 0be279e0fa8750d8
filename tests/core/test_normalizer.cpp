#include "support/catch.h"
#include "text/ArabicNormalizer.h"

using namespace tamkeen::text;

// Invisible and presentation-form characters are written as \u escapes so the test says
// which code point it feeds in; editors would otherwise show them as ordinary letters.

TEST_CASE("NFKC turns PDF presentation forms into base letters", "[text][normalizer]")
{
    CHECK(normalizeArabic(QStringLiteral("\uFEFB")) == QStringLiteral("لا")); // lam-alef ligature
    CHECK(normalizeArabic(QStringLiteral("\uFEF7")) == QStringLiteral("لا")); // lam-alef with hamza above
    CHECK(normalizeArabic(QStringLiteral("\uFEF9")) == QStringLiteral("لا")); // lam-alef with hamza below
    CHECK(normalizeArabic(QStringLiteral("\uFEF5")) == QStringLiteral("لا")); // lam-alef with madda
    // "محمد" as initial, medial, medial, final glyphs.
    CHECK(normalizeArabic(QStringLiteral("\uFEE3\uFEA4\uFEE4\uFEAA")) == QStringLiteral("محمد"));
    // "السلام" with the lam-alef ligature in the middle of the word.
    CHECK(normalizeArabic(QStringLiteral("\uFE8D\uFEDF\uFEB4\uFEFC\uFEE1")) == QStringLiteral("السلام"));
    CHECK(normalizeArabic(QStringLiteral("\uFDF2")) == QStringLiteral("الله")); // Allah ligature
    CHECK(normalizeArabic(QStringLiteral("\uFE8B\uFEB4")) == QStringLiteral("يس")); // initial yeh with hamza
    CHECK(normalizeArabic(QStringLiteral("\uFF21\uFF42\uFF43")) == QStringLiteral("abc")); // full-width Latin
    CHECK(normalizeArabic(QStringLiteral("علي\u00A0حسن")) == QStringLiteral("علي حسن")); // no-break space
}

TEST_CASE("Harakat and other combining marks are removed", "[text][normalizer]")
{
    CHECK(normalizeArabic(QStringLiteral("مُحَمَّد")) == QStringLiteral("محمد"));
    CHECK(normalizeArabic(QStringLiteral("عَلِيٌّ")) == QStringLiteral("علي"));
    CHECK(normalizeArabic(QStringLiteral("كتابًا")) == QStringLiteral("كتابا")); // tanween
    CHECK(normalizeArabic(QStringLiteral("مِنْ")) == QStringLiteral("من")); // sukun
    CHECK(normalizeArabic(QStringLiteral("هٰذا")) == QStringLiteral("هذا")); // superscript alef U+0670
    CHECK(normalizeArabic(QStringLiteral("محمد\u0610")) == QStringLiteral("محمد")); // honorific sign U+0610
    CHECK(normalizeArabic(QStringLiteral("رسول\u0617")) == QStringLiteral("رسول")); // small high zain U+0617
    // Decomposed hamza (alef + U+0654 / U+0655) composes under NFKC and then folds.
    CHECK(normalizeArabic(QStringLiteral("ا\u0654حمد")) == QStringLiteral("احمد"));
    CHECK(normalizeArabic(QStringLiteral("ا\u0655براهيم")) == QStringLiteral("ابراهيم"));
    // Quranic text: wasla alef and the small high dotless khah (U+06E1) used as sukun.
    CHECK(normalizeArabic(QStringLiteral("ٱلۡحَمۡدُ")) == QStringLiteral("الحمد"));
}

TEST_CASE("Tatweel from PDF-extracted text is removed", "[text][normalizer]")
{
    CHECK(normalizeArabic(QStringLiteral("محمــــد")) == QStringLiteral("محمد"));
    // Lines from a Lebanese social-protection strategy PDF (seeds/003).
    CHECK(normalizeArabic(QStringLiteral("تهــدف ركيــزة الرعايــة الاجتماعيــة إلى إرســاء"))
          == QStringLiteral("تهدف ركيزه الرعايه الاجتماعيه الي ارساء"));
    CHECK(normalizeArabic(QStringLiteral("وتدريجيـًـا، يتطلـّـع إطــار الحمايــة"))
          == QStringLiteral("وتدريجيا يتطلع اطار الحمايه"));
    CHECK(normalizeArabic(QStringLiteral("لــوزارة الشــؤون الاجتماعيــة، مُســتكمَلةً"))
          == QStringLiteral("لوزاره الشوون الاجتماعيه مستكمله"));
}

TEST_CASE("Each letter fold on its own", "[text][normalizer]")
{
    CHECK(normalizeArabic(QStringLiteral("أحمد")) == QStringLiteral("احمد"));
    CHECK(normalizeArabic(QStringLiteral("إسلام")) == QStringLiteral("اسلام"));
    CHECK(normalizeArabic(QStringLiteral("آدم")) == QStringLiteral("ادم"));
    CHECK(normalizeArabic(QStringLiteral("ٱسم")) == QStringLiteral("اسم"));
    CHECK(normalizeArabic(QStringLiteral("مصطفى")) == QStringLiteral("مصطفي"));
    CHECK(normalizeArabic(QStringLiteral("عل\u06CC")) == QStringLiteral("علي")); // Farsi yeh
    CHECK(normalizeArabic(QStringLiteral("فاطمة")) == QStringLiteral("فاطمه"));
    CHECK(normalizeArabic(QStringLiteral("مؤمن")) == QStringLiteral("مومن"));
    CHECK(normalizeArabic(QStringLiteral("رئيس")) == QStringLiteral("رييس"));
    CHECK(normalizeArabic(QStringLiteral("\u06A9مال")) == QStringLiteral("كمال")); // keheh
    // Hamza on the line has no seat to fold and stays.
    CHECK(normalizeArabic(QStringLiteral("سماء")) == QStringLiteral("سماء"));
}

TEST_CASE("Normalized text has ASCII digits", "[text][normalizer]")
{
    CHECK(normalizeArabic(QStringLiteral("٠١٢٣٤٥٦٧٨٩")) == QStringLiteral("0123456789"));
    CHECK(normalizeArabic(QStringLiteral("۰۱۲۳۴۵۶۷۸۹")) == QStringLiteral("0123456789"));
    CHECK(normalizeArabic(QStringLiteral("٠٥٥۱۲3")) == QStringLiteral("055123"));
    CHECK(normalizeArabic(QStringLiteral("هاتف: ٠٥٥-١٢٣")) == QStringLiteral("هاتف 055 123"));
    CHECK(normalizeArabic(QStringLiteral("شقة ١٢ب")) == QStringLiteral("شقه 12ب"));
}

TEST_CASE("Direction marks, joiners and BOM are removed", "[text][normalizer]")
{
    // Inside a word, where a mark turned into a space would split the word.
    CHECK(normalizeArabic(QStringLiteral("اح\u200Fمد")) == QStringLiteral("احمد")); // RLM
    CHECK(normalizeArabic(QStringLiteral("05\u200E5")) == QStringLiteral("055")); // LRM
    CHECK(normalizeArabic(QStringLiteral("سا\u061Cلم")) == QStringLiteral("سالم")); // Arabic letter mark
    CHECK(normalizeArabic(QStringLiteral("مح\u202Bمد\u202C")) == QStringLiteral("محمد")); // embedding
    CHECK(normalizeArabic(QStringLiteral("عل\u202Eي\u202C")) == QStringLiteral("علي")); // override
    CHECK(normalizeArabic(QStringLiteral("رقم \u2066١٢٣\u2069ب")) == QStringLiteral("رقم 123ب")); // isolate
    CHECK(normalizeArabic(QStringLiteral("مح\u200Cمد")) == QStringLiteral("محمد")); // ZWNJ
    CHECK(normalizeArabic(QStringLiteral("مح\u200Dمد")) == QStringLiteral("محمد")); // ZWJ
    CHECK(normalizeArabic(QStringLiteral("اح\uFEFFمد")) == QStringLiteral("احمد")); // BOM as ZWNBSP
    CHECK(normalizeArabic(QStringLiteral("\uFEFF\u200Fأحمد\u200E")) == QStringLiteral("احمد"));
}

TEST_CASE("Every listed mark vanishes inside a word", "[text][normalizer]")
{
    const QList<QPair<char16_t, char16_t>> ranges{
        {0x064B, 0x065F}, {0x0670, 0x0670}, {0x0610, 0x061A}, {0x0640, 0x0640}, {0x200C, 0x200F},
        {0x061C, 0x061C}, {0x202A, 0x202E}, {0x2066, 0x2069}, {0xFEFF, 0xFEFF}};
    for (const auto &[first, last] : ranges) {
        for (char16_t c = first; c <= last; ++c) {
            INFO("U+" << std::hex << int(c));
            CHECK(normalizeArabic(QStringLiteral("مح") + QChar(c) + QStringLiteral("مد"))
                  == QStringLiteral("محمد"));
        }
    }
}

TEST_CASE("Punctuation separates words and spaces collapse", "[text][normalizer]")
{
    CHECK(normalizeArabic(QStringLiteral("محمد،علي")) == QStringLiteral("محمد علي"));
    CHECK(normalizeArabic(QStringLiteral("آل-سعود")) == QStringLiteral("ال سعود"));
    CHECK(normalizeArabic(QStringLiteral("«مرحبا»؟")) == QStringLiteral("مرحبا"));
    CHECK(normalizeArabic(QStringLiteral("  أحمد \t\n  علي  ")) == QStringLiteral("احمد علي"));
    CHECK(normalizeArabic(QStringLiteral("حي_النزهة/شارع٥")) == QStringLiteral("حي النزهه شارع5"));
    CHECK(normalizeArabic(QString()).isEmpty());
    CHECK(normalizeArabic(QStringLiteral("")).isEmpty());
    CHECK(normalizeArabic(QStringLiteral(" \t\n\u00A0 ")).isEmpty());
    CHECK(normalizeArabic(QStringLiteral("\u200F\u0640\u064E")).isEmpty()); // only ignorable marks
    CHECK(nameTokens(QStringLiteral("  ")).isEmpty());
    CHECK(nameKey(QStringLiteral("-\t-")).isEmpty());
}

TEST_CASE("Latin letters are lower-cased", "[text][normalizer]")
{
    CHECK(normalizeArabic(QStringLiteral("Ahmed ALI")) == QStringLiteral("ahmed ali"));
    CHECK(normalizeArabic(QStringLiteral("McDonald")) == QStringLiteral("mcdonald"));
    CHECK(normalizeArabic(QStringLiteral("أحمد Ahmed")) == QStringLiteral("احمد ahmed"));
    CHECK(normalizeArabic(QStringLiteral("ÉCOLE")) == QStringLiteral("école"));
}

TEST_CASE("Normalizing twice changes nothing", "[text][normalizer]")
{
    const QString once = normalizeArabic(QStringLiteral("إِبْرَاهِيم \uFEFB ٣ Ali"));
    CHECK(once == QStringLiteral("ابراهيم لا 3 ali"));
    CHECK(normalizeArabic(once) == once);
}

TEST_CASE("Compound names become one token", "[text][normalizer]")
{
    const QStringList abdullah{QStringLiteral("عبدالله")};
    CHECK(nameTokens(QStringLiteral("عبد الله")) == abdullah);
    CHECK(nameTokens(QStringLiteral("عبدالله")) == abdullah);
    CHECK(nameTokens(QStringLiteral("عَبْدُ اللّٰه")) == abdullah);
    CHECK(nameTokens(QStringLiteral("عبد-الله")) == abdullah);
    CHECK(nameTokens(QStringLiteral("ابو بكر")) == QStringList{QStringLiteral("ابوبكر")});
    CHECK(nameTokens(QStringLiteral("أبو بكر")) == QStringList{QStringLiteral("ابوبكر")});
    CHECK(nameTokens(QStringLiteral("أبوبكر")) == QStringList{QStringLiteral("ابوبكر")});
    CHECK(nameTokens(QStringLiteral("نور الدين")) == QStringList{QStringLiteral("نورالدين")});
    CHECK(nameTokens(QStringLiteral("نورالدين")) == QStringList{QStringLiteral("نورالدين")});
    CHECK(nameTokens(QStringLiteral("جار الله")) == QStringList{QStringLiteral("جارالله")});
    CHECK(nameTokens(QStringLiteral("عبد الرحمن")) == QStringList{QStringLiteral("عبدالرحمن")});
    CHECK(nameTokens(QStringLiteral("ابو عبد الله")) == QStringList{QStringLiteral("ابوعبدالله")});
    CHECK(nameTokens(QStringLiteral("سيف الدين محمد"))
          == QStringList({QStringLiteral("سيفالدين"), QStringLiteral("محمد")}));
    CHECK(nameKey(QStringLiteral("محمد بن عبد الله آل سعود"))
          == QStringLiteral("محمد بن عبدالله ال سعود"));
    CHECK(nameKey(QStringLiteral("فاطمة بنت عبد الرحمن")) == QStringLiteral("فاطمه بنت عبدالرحمن"));
}

TEST_CASE("Compound parts with nothing to join stay alone", "[text][normalizer]")
{
    CHECK(nameTokens(QStringLiteral("محمد عبد"))
          == QStringList({QStringLiteral("محمد"), QStringLiteral("عبد")}));
    CHECK(nameTokens(QStringLiteral("عبد")) == QStringList{QStringLiteral("عبد")});
    CHECK(nameTokens(QStringLiteral("الله اكبر"))
          == QStringList({QStringLiteral("الله"), QStringLiteral("اكبر")}));
    // "عبده" (Abduh) is a name of its own, not the prefix "عبد".
    CHECK(nameTokens(QStringLiteral("عبده محمد"))
          == QStringList({QStringLiteral("عبده"), QStringLiteral("محمد")}));
}

TEST_CASE("Spellings from the product issue find each other", "[text][normalizer]")
{
    // Both spellings are checked against the key itself: equal keys alone would pass for a
    // normalizer that returned the same string for everything.
    CHECK(nameKey(QStringLiteral("أحمد")) == QStringLiteral("احمد"));
    CHECK(nameKey(QStringLiteral("احمد")) == QStringLiteral("احمد"));
    CHECK(nameKey(QStringLiteral("إبراهيم")) == QStringLiteral("ابراهيم"));
    CHECK(nameKey(QStringLiteral("ابراهيم")) == QStringLiteral("ابراهيم"));
    CHECK(nameKey(QStringLiteral("فاطمة")) == QStringLiteral("فاطمه"));
    CHECK(nameKey(QStringLiteral("فاطمه")) == QStringLiteral("فاطمه"));
    CHECK(nameKey(QStringLiteral("مصطفى")) == QStringLiteral("مصطفي"));
    CHECK(nameKey(QStringLiteral("مصطفي")) == QStringLiteral("مصطفي"));
    CHECK(nameKey(QStringLiteral("عبدالله")) == QStringLiteral("عبدالله"));
    CHECK(nameKey(QStringLiteral("عبد الله")) == QStringLiteral("عبدالله"));
}

TEST_CASE("Names are never stemmed", "[text][normalizer]")
{
    CHECK(normalizeArabic(QStringLiteral("علي")) == QStringLiteral("علي"));
    CHECK(normalizeArabic(QStringLiteral("المحمد")) == QStringLiteral("المحمد"));
    CHECK(nameKey(QStringLiteral("محمد")) == QStringLiteral("محمد"));
    CHECK(nameKey(QStringLiteral("محمود")) == QStringLiteral("محمود"));
    CHECK(nameKey(QStringLiteral("محمد")) != nameKey(QStringLiteral("محمود")));
    CHECK(nameKey(QStringLiteral("عليا")) == QStringLiteral("عليا"));
    CHECK(nameKey(QStringLiteral("علي")) != nameKey(QStringLiteral("عليا")));
}

TEST_CASE("Name connectors are recognised after normalization", "[text][normalizer]")
{
    CHECK(isNameConnector(QStringLiteral("بن")));
    CHECK(isNameConnector(QStringLiteral("بنت")));
    CHECK(isNameConnector(QStringLiteral("ابن")));
    CHECK(isNameConnector(nameKey(QStringLiteral("إبن"))));
    CHECK(isNameConnector(nameKey(QStringLiteral("بِنْت"))));
    CHECK_FALSE(isNameConnector(QStringLiteral("بنات")));
    CHECK_FALSE(isNameConnector(QStringLiteral("ابنه")));
    CHECK_FALSE(isNameConnector(QStringLiteral("محمد")));
    CHECK_FALSE(isNameConnector(QString()));
    const QStringList parts = nameTokens(QStringLiteral("خالد بن الوليد"));
    REQUIRE(parts.size() == 3);
    CHECK_FALSE(isNameConnector(parts[0]));
    CHECK(isNameConnector(parts[1]));
}
