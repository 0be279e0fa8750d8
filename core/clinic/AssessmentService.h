#pragma once
// Assessments (التقييمات), dated and kept as a history per member and kind.
// The data of each kind (a JSON object):
//   work_readiness: skills [text], qualifications [text], experienceYears,
//                   barriers [ClinicVocabulary::barriers() keys], desiredField, ableToWork
//   economic:       monthlyIncome, monthlyExpenses, debts, assets, budget (text)
//   wellbeing:      items [five answers 0–5] (WHO-5)
//   social:         familyRelations, supportNetwork (text), risks [text]
// Wellbeing answers are psychological: like psychological notes, only
// counsellors and supervisors read them; others see that one was made, and when.
#include "clinic/ClinicRecords.h"
#include "common/Result.h"
#include "security/Session.h"
#include "storage/SyncedWriter.h"

#include <QCoreApplication>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::clinic {

class AssessmentService {
    Q_DECLARE_TR_FUNCTIONS(AssessmentService)
public:
    explicit AssessmentService(storage::Database &db);

    // Counsellors and supervisors; the score is computed here from the data.
    Result<QByteArray> record(const security::Session &by, const QByteArray &memberId, const QString &kind,
                              const QDate &assessedOn, const QJsonObject &data, const QByteArray &sessionId = {});
    // Oldest first.
    Result<QList<Assessment>> history(const security::Session &reader, const QByteArray &memberId, const QString &kind);
    // The latest of each kind the member has.
    Result<QList<Assessment>> latest(const security::Session &reader, const QByteArray &memberId);

    // The kinds whose answers and score are confidential (WHO-5).
    static QStringList confidentialKinds() { return {QStringLiteral("wellbeing")}; }
    static bool isConfidential(const QString &kind) { return confidentialKinds().contains(kind); }

private:
    Status validate(const QString &kind, const QJsonObject &data);

    storage::Database &m_db;
    storage::SyncedWriter m_writer;
};

} // namespace tamkeen::clinic
