#include "registry/EligibilityText.h"

#include "format/Display.h"

namespace tamkeen::ui {

QString EligibilityText::explain(const Display &display, const registry::Eligibility &e)
{
    const auto money = [&](double v) { return display.money(v, e.currency); };
    const QString income = tr("Household income: %1 a month for %2, %3 per person.")
                               .arg(money(e.householdIncome), display.digits(tr("%Ln member(s)", nullptr, e.members)),
                                    money(e.incomePerPerson));
    const QString threshold = tr("Threshold: %1 for the head + %2 × %3 = %4.")
                                  .arg(money(e.rule.headAmount), money(e.rule.perMemberAmount),
                                       display.digits(tr("%Ln other member(s)", nullptr, std::max(0, e.members - 1))),
                                       money(e.threshold));
    const QString verdict = e.eligible ? tr("The income is %1 below the threshold: eligible.").arg(money(e.margin))
                                       : tr("The income reaches the threshold (by %1): not eligible.").arg(money(-e.margin));
    return income + u' ' + threshold + u' ' + verdict;
}

} // namespace tamkeen::ui
