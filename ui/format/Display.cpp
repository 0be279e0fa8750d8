#include "format/Display.h"

#include "calendar/Hijri.h"

#include <QCoreApplication>
#include <QTime>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

namespace {

constexpr char16_t kLri = 0x2066;
constexpr char16_t kPdi = 0x2069;
constexpr char16_t kRlm = 0x200F;
constexpr char16_t kArabicThousands = 0x066C; // ٬
constexpr char16_t kArabicDecimal = 0x066B;   // ٫

bool isDigitAt(const QString &s, qsizetype i)
{
    return i >= 0 && i < s.size() && text::digitValue(s.at(i)) >= 0;
}

} // namespace

bool Display::arabicDigits() const
{
    return m_settings.digitStyle() == text::DigitStyle::ArabicIndic;
}

bool Display::arabicLanguage()
{
    return QLocale().language() == QLocale::Arabic;
}

QString Display::digits(const QString &text) const
{
    return digits(text, m_settings.digitStyle());
}

QString Display::digits(const QString &text, text::DigitStyle style)
{
    const bool arabic = style == text::DigitStyle::ArabicIndic;
    const char16_t zero = arabic ? 0x0660 : u'0';
    const char16_t thousands = arabic ? kArabicThousands : u',';
    const char16_t decimal = arabic ? kArabicDecimal : u'.';
    QString out = text;
    int isolates = 0; // nesting depth of LRI/RLI/FSI … PDI
    for (qsizetype i = 0; i < out.size(); ++i) {
        const char16_t u = out.at(i).unicode();
        if (u >= 0x2066 && u <= 0x2068) {
            ++isolates;
            continue;
        }
        if (u == kPdi) {
            isolates = std::max(0, isolates - 1);
            continue;
        }
        if (isolates > 0)
            continue;
        const int v = text::digitValue(out.at(i));
        if (v >= 0) {
            out[i] = QChar(char16_t(zero + v));
            continue;
        }
        // Separators count only between two digits: "1,2" is a number, "a, b" is not.
        if (!isDigitAt(out, i - 1) || !isDigitAt(out, i + 1))
            continue;
        if (u == u',' || u == kArabicThousands)
            out[i] = QChar(thousands);
        else if (u == u'.' || u == kArabicDecimal)
            out[i] = QChar(decimal);
    }
    return out;
}

QString Display::number(qint64 n) const
{
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::DefaultNumberOptions); // the C locale omits grouping by default
    return digits(c.toString(n));
}

QString Display::decimal(double value, int places) const
{
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::DefaultNumberOptions); // grouping on
    return digits(c.toString(value, 'f', places));
}

QString Display::percent(int percent) const
{
    const QString n = number(percent);
    return arabicDigits() ? n + QChar(0x066A) : n + u'%';
}

QString Display::fraction(qint64 part, qint64 whole) const
{
    return digits(tr("%1 of %2").arg(number(part), number(whole)));
}

QString Display::currencySymbol(const QString &code)
{
    const QString upper = code.trimmed().toUpper();
    if (!arabicLanguage())
        return upper;
    if (upper == u"SAR")
        return tr("SAR");
    if (upper == u"EGP")
        return tr("EGP");
    if (upper == u"LBP")
        return tr("LBP");
    return ltr(upper);
}

QString Display::money(double amount, const QString &currencyCode) const
{
    const bool noMinor = currencyCode.trimmed().toUpper() == u"LBP";
    const QString value = decimal(std::round(amount * 100.0) / 100.0, noMinor ? 0 : 2);
    const QString symbol = currencySymbol(currencyCode);
    if (symbol.isEmpty())
        return value;
    return digits(tr("%1 %2", "amount and currency").arg(value, symbol));
}

QString Display::joined(const QStringList &parts)
{
    return parts.join(tr("; ", "between facts on one line"));
}

QString Display::shortDateFormat()
{
    // Qt's date editor in a right-to-left window shows "dd/MM/yyyy" with the day
    // at the right (٢٠٢٦/١٢/٠٢, read from the right: day first) and types the day
    // first. Plain text needs a right-to-left mark after each part for the same
    // look (shortDate); in the editor those marks would turn it around again.
    return u"dd/MM/yyyy"_s;
}

QString Display::shortDate(const QDate &date) const
{
    if (!date.isValid())
        return {};
    if (!arabicLanguage())
        return digits(QLocale::c().toString(date, u"dd/MM/yyyy"_s));
    const QString rlm(QChar{kRlm});
    return digits(QLocale::c().toString(date, u"dd"_s + rlm + u"/MM"_s + rlm + u"/yyyy"_s));
}

QString Display::gregorian(const QDate &date) const
{
    if (!date.isValid())
        return {};
    // The default locale follows the loaded translation (installTranslations).
    return digits(QLocale().toString(date, u"d MMMM yyyy"_s));
}

QString Display::hijri(const QDate &date) const
{
    const QString language = arabicLanguage() ? u"ar"_s : u"en"_s;
    return digits(calendar::formatHijri(date, language));
}

QString Display::date(const QDate &date) const
{
    const QString g = gregorian(date);
    if (!m_settings.showHijri() || g.isEmpty())
        return g;
    return u"%1 — %2"_s.arg(g, hijri(date));
}

QString Display::time(const QTime &time) const
{
    return time.isValid() ? digits(time.toString(u"HH:mm"_s)) : QString();
}

QString Display::moment(const QDateTime &when) const
{
    const QDateTime local = when.toLocalTime();
    return date(local.date()) + u"  "_s + time(local.time());
}

QString Display::shortMoment(const QDateTime &when) const
{
    const QDateTime local = when.toLocalTime();
    return shortDate(local.date()) + u"  "_s + time(local.time());
}

QLocale Display::editorLocale() const
{
    // Arabic (Saudi Arabia) writes Arabic-Indic digits; Arabic (Libya) writes
    // Latin ones with the same month names (Tunisia's and Morocco's differ).
    QLocale locale = arabicDigits()      ? QLocale(QLocale::Arabic, QLocale::SaudiArabia)
                     : arabicLanguage() ? QLocale(QLocale::Arabic, QLocale::Libya)
                                        : QLocale(QLocale::English, QLocale::UnitedKingdom);
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale;
}

QLocale Display::numberEditorLocale() const
{
    // Libya's decimal mark is a comma; English gives Latin digits with a point.
    QLocale locale = arabicDigits() ? QLocale(QLocale::Arabic, QLocale::SaudiArabia)
                                    : QLocale(QLocale::English, QLocale::UnitedKingdom);
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale;
}

QString Display::ltr(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QChar(kLri) + text + QChar(kPdi);
}

QString Display::personName(const QString &fullName)
{
    return fullName.trimmed().isEmpty() ? tr("(data erased)") : fullName;
}

} // namespace tamkeen::ui
