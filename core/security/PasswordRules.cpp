#include "security/PasswordRules.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace tamkeen::security {

namespace {

// Passwords of ten characters or more that lists of leaked passwords put near
// the top, and their Arabic-keyboard twins (the same keys with the Arabic
// layout on). Shorter ones are refused for their length already.
const char16_t *const kCommon[] = {
    u"1234567890", u"0123456789", u"0987654321", u"1111111111", u"0000000000", u"1234512345", u"1122334455",
    u"123456789a", u"a123456789", u"12345678910", u"123123123123", u"147258369", u"1234567891", u"qwertyuiop",
    u"qwerty1234", u"qwerty12345", u"qwerty123456", u"1q2w3e4r5t", u"1q2w3e4r5t6y", u"q1w2e3r4t5", u"zaq12wsxcde",
    u"1qaz2wsx3edc", u"asdfghjkl;", u"asdfghjkl1", u"zxcvbnm123", u"password12", u"password123", u"password1234",
    u"password!!", u"passw0rd123", u"p@ssw0rd12", u"p@ssword123", u"iloveyou12", u"iloveyou123", u"princess12",
    u"football12", u"football123", u"baseball12", u"superman12", u"sunshine12", u"welcome123", u"welcome1234",
    u"letmein123", u"abc1234567", u"abcd123456", u"abcdefghij", u"abcdefg123", u"admin12345", u"admin123456",
    u"administrator", u"adminadmin", u"changeme123", u"trustno1234", u"computer12", u"internet12", u"qazwsxedc123",
    u"michael123", u"mohammed123", u"mohamed123", u"muhammad123", u"ahmed12345", u"egypt12345", u"saudi12345",
    u"lebanon123", u"riyadh1234", u"cairo12345", u"beirut1234", u"tamkeen123", u"tamkeen1234", u"tamkeen2026",
    u"ministry123", u"allahakbar", u"bismillah1", u"bismillah123", u"alhamdulillah", u"mashallah1",
    u"ضصثقفغعهخح", u"ضصثقفغعهخحج", u"شسيبلاتنمك", u"ئءؤرلاىةوزظ", u"١٢٣٤٥٦٧٨٩٠", u"كلمةالسر123", u"كلمةالمرور",
    u"كلمة المرور", u"كلمة السر123", u"بسم الله الرحمن الرحيم", u"الحمدلله123", u"لا اله الا الله",
    u"تمكين12345", u"محمد123456", u"احمد123456",
};

// Lower case, digits in Latin: how the list above is compared.
QString folded(const QString &text)
{
    QString out = text.toLower();
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u >= 0x0660 && u <= 0x0669)
            c = QChar(u'0' + (u - 0x0660));
        else if (u >= 0x06F0 && u <= 0x06F9)
            c = QChar(u'0' + (u - 0x06F0));
    }
    return out;
}

const QSet<QString> &common()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char16_t *p : kCommon)
            s.insert(folded(QString::fromUtf16(p)));
        return s;
    }();
    return set;
}

// Each character one more (or one less) than the one before: 0123456789, abcdefghij.
bool isRun(const QString &text)
{
    if (text.size() < 2)
        return false;
    const int step = text.at(1).unicode() - text.at(0).unicode();
    if (step != 1 && step != -1)
        return false;
    for (qsizetype i = 1; i < text.size(); ++i)
        if (text.at(i).unicode() - text.at(i - 1).unicode() != step)
            return false;
    return true;
}

} // namespace

QString PasswordRules::normalized(const QString &password) { return password.normalized(QString::NormalizationForm_KC); }

QStringList PasswordRules::forms(const QString &password)
{
    const QString normal = normalized(password);
    return normal == password ? QStringList{normal} : QStringList{normal, password};
}

QString PasswordRules::weakness(const QString &password)
{
    const QString p = normalized(password);
    if (p.trimmed().size() < kMinLength)
        return tr("The password must have at least %1 characters.").arg(kMinLength);
    const QString f = folded(p.trimmed()); // spaces around a weak password do not make it strong
    if (f.count(f.at(0)) == f.size() || isRun(f))
        return tr("The password is too easy to guess: it is one character repeated or a run of letters or digits. "
                  "Choose another.");
    if (common().contains(f))
        return tr("The password is one of the most common passwords, which are tried first. Choose another.");
    return {};
}

} // namespace tamkeen::security
