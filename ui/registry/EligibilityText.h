#pragma once
// Puts the facts of an eligibility judgement into words: the household's income,
// how the threshold (الحد المانع) is made up, and the verdict, with amounts in the
// user's digits and currency.
#include "registry/IncomeService.h"

#include <QCoreApplication>

namespace tamkeen::ui {

class Display;

class EligibilityText {
    Q_DECLARE_TR_FUNCTIONS(EligibilityText)
public:
    static QString explain(const Display &display, const registry::Eligibility &e);
};

} // namespace tamkeen::ui
