#include "registry/Fields.h"

#include "text/Digits.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tamkeen::registry {

QVariant textOrNull(const QString &text)
{
    const QString t = text.trimmed();
    return t.isEmpty() ? QVariant() : QVariant(t);
}

bool normalizePhone(QString &phone)
{
    phone = text::toAsciiDigits(phone).remove(u' ').remove(u'-');
    static const QRegularExpression pattern(u"^\\+?[0-9]{7,15}$"_s);
    return phone.isEmpty() || pattern.match(phone).hasMatch();
}

} // namespace tamkeen::registry
