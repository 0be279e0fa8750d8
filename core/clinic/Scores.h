#pragma once
// The arithmetic of the assessments, kept apart from storage so that it can be
// shown in words and tested at its boundaries.
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace tamkeen::clinic {

// WHO-5 Well-Being Index: five items scored 0–5; raw 0–25 × 4 = 0–100.
struct Who5 {
    int raw = 0;
    int percent = 0;
    bool low = false;          // ≤ 50
    bool likelyDepression = false; // ≤ 28: refer
};

// Work readiness 0–100 from what was recorded.
struct Readiness {
    int score = 0;
    QString rule; // translated, with this person's numbers
};

class Scores {
    Q_DECLARE_TR_FUNCTIONS(Scores)
public:
    // Empty when an item is missing or outside 0–5.
    static std::optional<Who5> who5(const QList<int> &items);
    // The five statements, translated (the approved Arabic wording).
    static QStringList who5Items();
    // The six answers, from "at no time" (0) to "all of the time" (5).
    static QStringList who5Answers();

    // Skills and qualifications: 10 points each up to 30 and 20; experience: 5
    // per year up to 20; a desired field: 10; able to work: 20; each barrier −10.
    static Readiness readiness(int skills, int qualifications, int experienceYears, bool desiredField, bool ableToWork,
                               int barriers);
    static QString readinessRule();

    // The score an assessment of `kind` gets from its data (see Assessments.h).
    static double scoreOf(const QString &kind, const QJsonObject &data);
};

} // namespace tamkeen::clinic
