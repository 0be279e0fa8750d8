#include "clinic/Scores.h"

#include <QJsonArray>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace tamkeen::clinic {

std::optional<Who5> Scores::who5(const QList<int> &items)
{
    if (items.size() != 5)
        return std::nullopt;
    Who5 w;
    for (int v : items) {
        if (v < 0 || v > 5)
            return std::nullopt;
        w.raw += v;
    }
    w.percent = w.raw * 4;
    w.low = w.percent <= 50;
    w.likelyDepression = w.percent <= 28;
    return w;
}

QStringList Scores::who5Items()
{
    return {tr("I have felt cheerful and in good spirits"), tr("I have felt calm and relaxed"),
            tr("I have felt active and vigorous"), tr("I woke up feeling fresh and rested"),
            tr("My daily life has been filled with things that interest me")};
}

QStringList Scores::who5Answers()
{
    return {tr("At no time"), tr("Some of the time"), tr("Less than half of the time"),
            tr("More than half of the time"), tr("Most of the time"), tr("All of the time")};
}

Readiness Scores::readiness(int skills, int qualifications, int experienceYears, bool desiredField, bool ableToWork,
                            int barriers)
{
    const int fromSkills = std::min(30, 10 * std::max(0, skills));
    const int fromQualifications = std::min(20, 10 * std::max(0, qualifications));
    const int fromExperience = std::min(20, 5 * std::max(0, experienceYears));
    const int fromField = desiredField ? 10 : 0;
    const int fromAbility = ableToWork ? 20 : 0;
    const int fromBarriers = -10 * std::max(0, barriers);
    Readiness r;
    r.score = std::clamp(fromSkills + fromQualifications + fromExperience + fromField + fromAbility + fromBarriers, 0, 100);
    r.rule = tr("Skills %1 + qualifications %2 + experience %3 + desired field %4 + able to work %5 − barriers %6 = %7 of 100.")
                 .arg(fromSkills)
                 .arg(fromQualifications)
                 .arg(fromExperience)
                 .arg(fromField)
                 .arg(fromAbility)
                 .arg(-fromBarriers)
                 .arg(r.score);
    return r;
}

QString Scores::readinessRule()
{
    return tr("10 points for each skill (at most 30), 10 for each qualification (at most 20), 5 for each year of "
              "experience (at most 20), 10 for a desired field of work, 20 when able to work, minus 10 for each "
              "barrier; between 0 and 100.");
}

double Scores::scoreOf(const QString &kind, const QJsonObject &d)
{
    if (kind == u"wellbeing") {
        QList<int> items;
        for (const QJsonValue &v : d.value(u"items"_s).toArray())
            items << v.toInt(-1);
        const auto w = who5(items);
        return w ? w->percent : 0;
    }
    if (kind == u"work_readiness") {
        return readiness(int(d.value(u"skills"_s).toArray().size()), int(d.value(u"qualifications"_s).toArray().size()),
                         d.value(u"experienceYears"_s).toInt(), !d.value(u"desiredField"_s).toString().isEmpty(),
                         d.value(u"ableToWork"_s).toBool(), int(d.value(u"barriers"_s).toArray().size()))
            .score;
    }
    if (kind == u"economic") // what is left each month
        return d.value(u"monthlyIncome"_s).toDouble() - d.value(u"monthlyExpenses"_s).toDouble();
    if (kind == u"social") // risks needing a protection referral
        return double(d.value(u"risks"_s).toArray().size());
    return 0;
}

} // namespace tamkeen::clinic
