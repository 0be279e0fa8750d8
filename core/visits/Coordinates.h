#pragma once
// A place typed or pasted by a field worker: "24.7136, 46.6753", the same in
// Arabic-Indic digits with an Arabic comma or decimal sign, or a map link that
// holds the two numbers (…?q=24.7136,46.6753). Decimal degrees only.
#include "common/Result.h"
#include "visits/VisitRecords.h"

#include <QCoreApplication>

namespace tamkeen::visits {

class CoordinateText {
    Q_DECLARE_TR_FUNCTIONS(CoordinateText)
public:
    // Latitude then longitude; refused (naming `field`) when the text holds
    // no two numbers or they are off the globe.
    static Result<Coordinates> parse(const QString &text, const QString &field = QStringLiteral("coordinates"));
    // "24.713600, 46.675300": what parse() reads back.
    static QString format(const Coordinates &c);
};

} // namespace tamkeen::visits
