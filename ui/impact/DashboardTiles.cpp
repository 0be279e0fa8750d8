// DashboardView's tiles: each indicator's value, the numbers beside it and
// the change against the previous period, every number with its families.
#include "format/Display.h"
#include "impact/DashboardFilters.h"
#include "impact/DashboardTile.h"
#include "impact/DashboardView.h"
#include "impact/TileText.h"

#include <QLabel>

using namespace Qt::StringLiterals;
using namespace tamkeen::impact;

namespace tamkeen::ui {

namespace {

// The longest horizon known for the period's cohorts (12, else 6, else 3 months).
int knownHorizon(const SustainedExits &s)
{
    for (int months : {12, 6, 3})
        if (impact::pooledHorizon(s, months).exits.value > 0)
            return months;
    return 0;
}

using tiletext::percentOf;
using tiletext::signedNumber;

} // namespace

QString DashboardView::periodName() const
{
    auto period = m_filters->period();
    if (!period)
        return {};
    const Display d(m_settings);
    return tr("%1 to %2").arg(d.shortDate(period.value().first()), d.shortDate(period.value().last()));
}

QString DashboardView::changeText(qint64 delta) const
{
    return tr("%1 against the previous period").arg(signedNumber(Display(m_settings), delta));
}

QString DashboardView::pointsChangeText(std::optional<double> now, std::optional<double> before) const
{
    if (!now || !before)
        return tr("No comparison with the previous period");
    const qint64 points = std::lround(*now * 100) - std::lround(*before * 100);
    return tr("%1 points against the previous period").arg(signedNumber(Display(m_settings), points));
}

void DashboardView::showTiles(const impact::DashboardData &data)
{
    const Display d(m_settings);
    const QString when = periodName();
    const QString notKnown = tr("Not yet known");
    auto change = [this](qint64 delta) { return changeText(delta); };
    auto changeInPoints = [this](std::optional<double> now, std::optional<double> before) {
        return pointsChangeText(now, before);
    };

    // 1. Caseload.
    m_caseload->setValue({d.number(data.caseload.supported.value), data.caseload.supported,
                          tr("Households supported at the end of the period (%1)").arg(when)});
    m_caseload->setDetails({{tr("%1 new registrations").arg(d.number(data.caseload.registered.value)),
                             data.caseload.registered, tr("New registrations (%1)").arg(when)}});
    m_caseload->setChange(change(data.caseload.supported.value - data.caseloadBefore.supported.value));
    // The trends: the 12 months ending with the period's, in words for the tool tip.
    const auto listed = [this](const QList<qint64> &values) { return listedNumbers(values); };
    m_caseload->setTrend(data.supportedByMonth,
                         d.digits(tr("Households supported at the end of each of the last %n month(s), oldest first: %1",
                                     nullptr, int(data.supportedByMonth.size()))
                                      .arg(listed(data.supportedByMonth))));

    // 2. Exits to self-sufficiency.
    const Exits &e = data.exits;
    m_exits->setValue({d.number(e.positive.value), e.positive,
                       tr("Exits to self-sufficiency (%1)").arg(when)});
    QList<TileNumber> exitDetails{
        {tr("%1 exits in all").arg(d.number(e.total.value)), e.total, tr("All exits (%1)").arg(when)},
        {tr("of %1 supported at the start").arg(d.number(e.activeAtStart.value)), e.activeAtStart,
         tr("Households supported the day before the period (%1)").arg(when)}};
    m_exits->setDetails(exitDetails);
    m_exits->setChange(change(e.positive.value - data.exitsBefore.positive.value));
    QList<qint64> exitsByMonth;
    for (const impact::MonthFigure &m : data.exitsByMonth)
        exitsByMonth << m.exits.value;
    m_exits->setTrend(exitsByMonth, d.digits(tr("Exits in each of the last %n month(s), all reasons, oldest first: %1",
                                                 nullptr, int(exitsByMonth.size()))
                                                  .arg(listed(exitsByMonth))));

    // 3. Sustained exits.
    const int horizon = knownHorizon(data.sustained);
    if (horizon == 0) {
        m_sustained->setValue({notKnown, {}, tr("Sustained exits (%1)").arg(when)});
        m_sustained->setDetails({});
        m_sustained->setChange(tr("Known once %1 months have passed since the exits").arg(d.number(3)));
    } else {
        const impact::PooledHorizon now = impact::pooledHorizon(data.sustained, horizon);
        m_sustained->setValue({percentOf(d, now.share()), now.sustained,
                               d.digits(tr("Not re-entered %n month(s) after their exit (%1)", nullptr, horizon).arg(when))});
        m_sustained->setDetails(
            {{tr("%1 not re-entered").arg(d.number(now.sustained.value)), now.sustained,
              d.digits(tr("Not re-entered %n month(s) after their exit (%1)", nullptr, horizon).arg(when))},
             {d.digits(tr("of %1 exits after %n month(s)", nullptr, horizon).arg(d.number(now.exits.value))),
              now.exits, d.digits(tr("Exits whose %n month(s) have passed (%1)", nullptr, horizon).arg(when))}});
        m_sustained->setChange(changeInPoints(now.share(), impact::pooledHorizon(data.sustainedBefore, horizon).share()));
    }

    // 4. Re-entry rate.
    const ReentryRate &r = data.reentry;
    m_reentry->setValue({r.rate().value() ? percentOf(d, r.rate().value()) : notKnown, r.reentered,
                         tr("Re-entered within %1 months of their exit (%2)").arg(d.number(12), when)});
    m_reentry->setDetails({{tr("%1 re-entered").arg(d.number(r.reentered.value)), r.reentered,
                            tr("Re-entered within %1 months of their exit (%2)").arg(d.number(12), when)},
                           {d.digits(tr("of %1 exits after %n month(s)", nullptr, 12).arg(d.number(r.exits.value))),
                            r.exits,
                            d.digits(tr("Exits whose %n month(s) have passed (%1)", nullptr, 12).arg(when))},
                           {tr("%1 still within %2 months").arg(d.number(r.pending.value), d.number(12)), r.pending,
                            tr("Exits still within their %1 months (%2)").arg(d.number(12), when)}});
    m_reentry->setChange(changeInPoints(r.rate().value(), data.reentryBefore.rate().value()));

    // 11. Satisfaction.
    const SatisfactionCell &s = data.satisfaction.total;
    m_satisfaction->setValue({s.mean ? tr("%1 of %2").arg(d.decimal(*s.mean, 1), d.number(5)) : notKnown, impact::Figure::of(u"responses"_s, s.households),
                              tr("Families who answered the satisfaction survey (%1)").arg(when)});
    m_satisfaction->setDetails(
        {{d.digits(tr("%Ln response(s)", nullptr, s.responses)), impact::Figure::of(u"responses"_s, s.households),
          tr("Families who answered the satisfaction survey (%1)").arg(when)},
         {d.digits(tr("%Ln declined", nullptr, s.declined)), impact::Figure::of(u"declined"_s, s.declinedHouseholds),
          tr("Families who declined the satisfaction survey (%1)").arg(when)}});
    const auto &before = data.satisfactionBefore.total.mean;
    m_satisfaction->setChange(s.mean && before ? tr("%1 against the previous period")
                                                     .arg(Display::ltr((*s.mean >= *before ? u"+"_s : u"−"_s)
                                                                       + d.decimal(std::abs(*s.mean - *before), 1)))
                                               : tr("No comparison with the previous period"));
}

QString DashboardView::listedNumbers(const QList<qint64> &values) const
{
    const Display d(m_settings);
    QStringList numbers;
    for (qint64 v : values)
        numbers << d.number(v);
    return numbers.join(tr(", "));
}

} // namespace tamkeen::ui
