// The caseload tile's trend: households supported at each month's end, from
// the status history the caseload itself reads (IndicatorCache), so the
// dashboard pays for it once; by SQL, a month at a time, only when the
// history holds a date not in ISO form.
#include "impact/Indicators.h"
#include "impact/StatusHistory.h"

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

Result<QList<qint64>> Indicators::supportedAtMonthEnds(const QDate &ageOn, int months, const ImpactFilter &filter)
{
    QList<QDate> ends;
    const QDate lastMonth(ageOn.year(), ageOn.month(), 1);
    for (int k = months - 1; k >= 0; --k) {
        const QDate first = lastMonth.addMonths(-k);
        ends << first.addDays(first.daysInMonth() - 1);
    }
    QList<qint64> counts;
    auto history = statusHistory(filter, ageOn);
    if (!history)
        return history.error();
    if (const StatusHistory *h = history.value().get()) {
        std::vector<bool> supported;
        for (const QString &name : h->statusNames())
            supported.push_back(name == u"active" || name == u"reentered");
        for (const QDate &end : ends) {
            qint64 n = 0;
            h->forEachOn(end, [&](qsizetype, int status) { n += supported[status] ? 1 : 0; });
            counts << n;
        }
        return counts;
    }
    for (const QDate &end : ends) {
        auto month = Period::custom(QDate(end.year(), end.month(), 1), end);
        if (!month)
            return month.error();
        // caseload() takes heads' ages on the month's end: with an age band, the
        // one difference from the history's answer, on a path the app never makes.
        auto c = caseload(month.value(), filter);
        if (!c)
            return c.error();
        counts << c.value().supported.value;
    }
    return counts;
}

} // namespace tamkeen::impact
