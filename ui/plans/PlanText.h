#pragma once
// How the plan screens write a plan's parts: statuses, tracks and events by
// their labels, optional numbers in the user's digits, progress in one line.
#include "plans/PlanRecords.h"

#include <QCoreApplication>
#include <optional>

namespace tamkeen::ui {

class Display;

class PlanText {
    Q_DECLARE_TR_FUNCTIONS(PlanText)
public:
    static QString status(const QString &status);
    static QString track(const QString &track);
    static QString tracks(const QStringList &tracks);
    static QString goalStatus(const QString &status);
    static QString responsible(const QString &responsible);
    static QString event(const QString &event);
    static QString outcome(const QString &outcome); // completed, exited, discontinued: how a plan ends
    // "1500.5" in the user's digits; empty when there is no value.
    static QString number(const Display &display, std::optional<double> value);
    // Any digit style, "," or "٫" as the decimal mark; nullopt for empty text,
    // `ok` false for text that is not a number.
    static std::optional<double> parseNumber(const QString &text, bool *ok);
    // "Goals achieved: 1 of 2 · tasks done: 1 of 3 · overdue: 0 · 50%".
    static QString progress(const Display &display, const plans::Progress &p);
};

} // namespace tamkeen::ui
