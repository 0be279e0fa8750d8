#include "format/Display.h"

#include "calendar/Hijri.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace tamkeen::ui {

QString Display::digits(const QString &text) const
{
    return text::toDigitStyle(text, m_settings.digitStyle());
}

QString Display::number(qint64 n) const
{
    return digits(QString::number(n));
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
    const QString language = QLocale().language() == QLocale::Arabic ? u"ar"_s : u"en"_s;
    return digits(calendar::formatHijri(date, language));
}

QString Display::date(const QDate &date) const
{
    const QString g = gregorian(date);
    if (!m_settings.showHijri() || g.isEmpty())
        return g;
    return u"%1 — %2"_s.arg(g, hijri(date));
}

QString Display::ltr(const QString &text)
{
    return QChar(0x2066) + text + QChar(0x2069); // LRI … PDI
}

QString Display::moment(const QDateTime &when) const
{
    const QDateTime local = when.toLocalTime();
    return date(local.date()) + QStringLiteral("  ") + digits(local.toString(QStringLiteral("HH:mm")));
}

} // namespace tamkeen::ui
