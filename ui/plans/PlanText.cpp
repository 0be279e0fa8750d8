#include "plans/PlanText.h"

#include "format/Display.h"
#include "plans/PlanService.h"
#include "registry/Vocabulary.h"
#include "text/Digits.h"

using namespace Qt::StringLiterals;
using tamkeen::plans::PlanService;
using tamkeen::registry::Vocabulary;

namespace tamkeen::ui {

QString PlanText::status(const QString &status)
{
    return Vocabulary::label(PlanService::statuses(), status);
}

QString PlanText::track(const QString &track)
{
    return Vocabulary::label(PlanService::tracks(), track);
}

QString PlanText::tracks(const QStringList &tracks)
{
    QStringList labels;
    for (const QString &t : tracks)
        labels << track(t);
    return labels.join(tr(", "));
}

QString PlanText::goalStatus(const QString &status)
{
    return Vocabulary::label(PlanService::goalStatuses(), status);
}

QString PlanText::responsible(const QString &responsible)
{
    return Vocabulary::label(PlanService::responsibles(), responsible);
}

QString PlanText::event(const QString &event)
{
    if (event == u"created")
        return tr("Drawn up");
    if (event == u"submitted")
        return tr("Submitted for approval");
    if (event == u"approved")
        return tr("Approved");
    if (event == u"returned")
        return tr("Returned for changes");
    if (event == u"reviewed")
        return tr("Reviewed");
    return outcome(event);
}

QString PlanText::outcome(const QString &outcome)
{
    if (outcome == u"completed")
        return tr("Completed: the goals were reached");
    if (outcome == u"exited")
        return tr("Exited support");
    if (outcome == u"discontinued")
        return tr("Discontinued");
    return outcome; // an event from a newer version: its code
}

QString PlanText::number(const Display &display, std::optional<double> value)
{
    return value ? display.digits(QString::number(*value, 'g', 12)) : QString();
}

std::optional<double> PlanText::parseNumber(const QString &text, bool *ok)
{
    QString ascii = text::toAsciiDigits(text.trimmed());
    ascii.replace(u'\u066B', u'.').replace(u',', u'.'); // the Arabic decimal mark too
    ascii.remove(u'\u066C');                             // and its thousands separator
    *ok = true;
    if (ascii.isEmpty())
        return std::nullopt;
    const double v = ascii.toDouble(ok);
    return *ok ? std::optional<double>(v) : std::nullopt;
}

QString PlanText::progress(const Display &display, const plans::Progress &p)
{
    return Display::joined({tr("Goals achieved: %1").arg(display.fraction(p.goalsAchieved, p.goals)),
                            tr("tasks done: %1").arg(display.fraction(p.tasksDone, p.tasks)),
                            tr("overdue tasks: %1").arg(display.number(p.tasksOverdue)), display.percent(p.percent())});
}

} // namespace tamkeen::ui
