#include "visits/Coordinates.h"

#include "text/Digits.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace tamkeen::visits {

namespace {

const QString kNumber = u"([-+]?\\d{1,3}(?:\\.\\d+)?)"_s;

// The two numbers of a map link, where the link's own shape says which they
// are (a zoom level or other numbers beside them are not taken for a place).
std::optional<std::pair<QString, QString>> fromLink(const QString &text)
{
    // The pin before the map's view: a link shared after panning holds both.
    static const QList<QRegularExpression> shapes = {
        // OpenStreetMap's marker: ?mlat=…&mlon=…
        QRegularExpression(u"mlat="_s + kNumber + u"&mlon="_s + kNumber),
        // Google's place pin: …!3dLAT!4dLON
        QRegularExpression(u"!3d"_s + kNumber + u"!4d"_s + kNumber),
        // Google and others: ?q=lat,lon  ?query=lat,lon  ?ll=lat,lon  ?center=lat,lon  ?destination=lat,lon
        QRegularExpression(u"[?&](?:q|query|ll|center|destination|daddr)="_s + kNumber + u"\\s*,\\s*"_s + kNumber),
        // geo: URIs
        QRegularExpression(u"^geo:"_s + kNumber + u","_s + kNumber),
        // The view only: Google's …/@lat,lon,zoom, OpenStreetMap's #map=zoom/lat/lon
        QRegularExpression(u"@"_s + kNumber + u","_s + kNumber),
        QRegularExpression(u"#map=\\d+/"_s + kNumber + u"/"_s + kNumber),
    };
    for (const QRegularExpression &shape : shapes) {
        const QRegularExpressionMatch m = shape.match(text);
        if (m.hasMatch())
            return std::pair{m.captured(1), m.captured(2)};
    }
    return std::nullopt;
}

// Two numbers and nothing else: "24.7136, 46.6753", "24.7136 46.6753",
// or with decimal commas and a space between them: "24,7136 46,6753".
std::optional<std::pair<QString, QString>> fromText(const QString &text)
{
    static const QRegularExpression dotted(u"^\\s*"_s + kNumber + u"\\s*(?:[,;]\\s*|\\s+)"_s + kNumber + u"\\s*$"_s);
    if (const QRegularExpressionMatch m = dotted.match(text); m.hasMatch())
        return std::pair{m.captured(1), m.captured(2)};
    static const QRegularExpression commas(u"^\\s*([-+]?\\d{1,3}),(\\d+)\\s+([-+]?\\d{1,3}),(\\d+)\\s*$"_s);
    if (const QRegularExpressionMatch m = commas.match(text); m.hasMatch())
        return std::pair{m.captured(1) + u'.' + m.captured(2), m.captured(3) + u'.' + m.captured(4)};
    return std::nullopt;
}

} // namespace

Result<Coordinates> CoordinateText::parse(const QString &typed, const QString &field)
{
    // Any digits; the Arabic decimal sign (U+066B) and commas (U+060C, U+066C);
    // a link's escapes (%2C) undone.
    QString text = text::toAsciiDigits(QUrl::fromPercentEncoding(typed.trimmed().toUtf8()));
    text.replace(QChar(0x066B), u'.').replace(QChar(0x060C), u',').replace(QChar(0x066C), u',');
    const bool link = text.contains(u"://"_s) || text.startsWith(u"geo:"_s);
    const auto numbers = link ? fromLink(text) : fromText(text);
    if (!numbers)
        return makeError(ErrorCode::Invalid,
                         link ? tr("This map link does not show where the place is: copy the place's two numbers, "
                                   "latitude then longitude, such as 24.7136, 46.6753.")
                              : tr("Type the place as two numbers, latitude then longitude, such as 24.7136, 46.6753."),
                         field);
    const Coordinates c{numbers->first.toDouble(), numbers->second.toDouble()};
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
