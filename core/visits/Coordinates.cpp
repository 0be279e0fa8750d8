#include "visits/Coordinates.h"

#include "text/Digits.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tamkeen::visits {

Result<Coordinates> CoordinateText::parse(const QString &typed, const QString &field)
{
    // Arabic decimal sign (U+066B) and comma (U+060C, U+066C) as their Latin forms.
    QString text = text::toAsciiDigits(typed);
    text.replace(QChar(0x066B), u'.').replace(QChar(0x060C), u',').replace(QChar(0x066C), u',');
    // A number on its own: not the digits inside a word or a longer number.
    static const QRegularExpression number(u"(?<![\\w.])[-+]?\\d{1,3}(?:\\.\\d+)?(?![\\w.])"_s);
    QList<double> found;
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        found << m.captured().toDouble();
    }
    // A map link holds other numbers (a zoom level after the place): the first two count.
    if (found.size() < 2)
        return makeError(ErrorCode::Invalid,
                         tr("Type the place as two numbers, latitude then longitude, such as 24.7136, 46.6753."), field);
    const Coordinates c{found[0], found[1]};
    if (c.latitude < -90 || c.latitude > 90 || c.longitude < -180 || c.longitude > 180)
        return makeError(ErrorCode::Invalid,
                         tr("The latitude is between -90 and 90 and the longitude between -180 and 180."), field);
    return c;
}

QString CoordinateText::format(const Coordinates &c)
{
    return u"%1, %2"_s.arg(c.latitude, 0, 'f', 6).arg(c.longitude, 0, 'f', 6);
}

} // namespace tamkeen::visits
