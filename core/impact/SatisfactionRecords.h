#pragma once
// Beneficiary satisfaction surveys (استبيان رضا المستفيد, issue 14 §4): what is
// recorded and read back. Stored in the synced table satisfaction_surveys.
#include <QByteArray>
#include <QDate>
#include <QString>
#include <array>
#include <optional>

namespace tamkeen::impact {

// When the questionnaire is asked; stored as "session", "plan_review", "exit".
enum class Occasion { Session, PlanReview, Exit };

QString occasionKey(Occasion occasion);
std::optional<Occasion> occasionFromKey(const QString &key);

// The questionnaire has five items, each scored 1 (not at all) to 5 (fully).
inline constexpr int kSurveyItems = 5;
inline constexpr int kLowestScore = 1;
inline constexpr int kHighestScore = 5;
using SurveyScores = std::array<std::optional<int>, kSurveyItems>; // empty: skipped

struct SurveyAnswers {
    QByteArray householdId;
    QByteArray memberId; // who answered, when known
    Occasion occasion = Occasion::Session;
    QByteArray occasionId; // the session, plan or exit row
    QDate askedOn;
    bool declined = false; // the beneficiary chose not to answer: no scores
    SurveyScores scores;
    QString comment;
};

struct Survey : SurveyAnswers {
    QByteArray id;
    QByteArray askedBy;
    QString askedByName;
    QByteArray centreId;
};

} // namespace tamkeen::impact
