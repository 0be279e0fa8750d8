#pragma once
// Small pieces of a dashboard tile's text, in the user's digits.
#include "format/Display.h"

#include <cmath>
#include <optional>

namespace tamkeen::ui::tiletext {

// "+3", "−2" or "0", kept left to right inside Arabic text.
inline QString signedNumber(const Display &d, qint64 change)
{
    using namespace Qt::StringLiterals;
    return Display::ltr((change > 0 ? u"+"_s : change < 0 ? u"−"_s : QString()) + d.number(std::abs(change)));
}

// The same for a decimal (a mean, a median), with `places` decimals.
inline QString signedDecimal(const Display &d, double change, int places)
{
    using namespace Qt::StringLiterals;
    const double shown = std::round(change * std::pow(10, places)) / std::pow(10, places);
    return Display::ltr((shown > 0 ? u"+"_s : shown < 0 ? u"−"_s : QString()) + d.decimal(std::abs(shown), places));
}

// A share as a whole percentage; empty when there is none.
inline QString percentOf(const Display &d, std::optional<double> share)
{
    return share ? d.percent(int(std::lround(*share * 100))) : QString();
}

} // namespace tamkeen::ui::tiletext
