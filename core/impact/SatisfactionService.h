#pragma once
// Records beneficiary satisfaction surveys and refusals, and reads a
// household's. Who may ask follows the occasion: counsellors and supervisors
// after a session or at a plan review (they hold them, SessionService and
// PlanService), and at exit field workers too (they record exits).
#include "common/Result.h"
#include "impact/SatisfactionRecords.h"
#include "security/Session.h"
#include "storage/SyncedWriter.h"

#include <QCoreApplication>
#include <QList>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::impact {

struct SurveyItem {
    QString key; // q1 … q5, the column
    QString text; // translated question
};

class SatisfactionService {
    Q_DECLARE_TR_FUNCTIONS(SatisfactionService)
public:
    explicit SatisfactionService(storage::Database &db);

    // The five standard items, in order.
    static QList<SurveyItem> items();
    // What each score means, 1 to 5 (translated).
    static QString scoreLabel(int score);
    static QString occasionLabel(Occasion occasion);
    static bool mayRecord(const security::Session &by, Occasion occasion);

    // A survey with its answers, or a refusal when `answers.declined`.
    // Refused with a clear message and nothing written when invalid.
    Result<QByteArray> record(const security::Session &by, const SurveyAnswers &answers);
    // The beneficiary declined: the occasion, who asked and when, no scores.
    Result<QByteArray> recordRefusal(const security::Session &by, SurveyAnswers answers);
    // A household's surveys, newest first.
    Result<QList<Survey>> surveys(const QByteArray &householdId);

private:
    Status check(const security::Session &by, const SurveyAnswers &a);

    storage::Database &m_db;
    storage::SyncedWriter m_writer;
};

} // namespace tamkeen::impact
