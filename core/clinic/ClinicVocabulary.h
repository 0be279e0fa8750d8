#pragma once
// The clinic's lists: stored keys (stable, English) and translated labels.
#include "common/Result.h"
#include "registry/Vocabulary.h"
#include "security/Session.h"

#include <QCoreApplication>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::clinic {

using registry::Term;

struct SessionType {
    QString code;
    QString label;
    bool confidential = false;
};

class ClinicVocabulary {
    Q_DECLARE_TR_FUNCTIONS(ClinicVocabulary)
public:
    static QList<Term> places();              // centre, phone, home, video
    static QList<Term> appointmentStatuses(); // booked, attended, no_show, cancelled, rescheduled
    static QList<Term> responsibles();        // beneficiary, counsellor, field_worker, partner
    static QList<Term> assessmentKinds();     // work_readiness, economic, wellbeing, social
    static QList<Term> barriers();            // childcare, transport, health, education, debts, …

    // Built-in types (economic, social, psychological, vocational, legal, health)
    // then those administrators added (synced table session_types).
    static Result<QList<SessionType>> sessionTypes(storage::Database &db);
    static Status addSessionType(storage::Database &db, const security::Session &by, const QString &name,
                                 bool confidential);
    static QList<SessionType> builtInSessionTypes();
};

// Who may read confidential (psychological) notes and wellbeing assessments.
inline bool mayReadConfidential(const security::Session &s)
{
    return s.role == security::Role::Counsellor || s.role == security::Role::Supervisor;
}

// Who may book, record sessions and assess (field workers book appointments too).
inline bool mayCounsel(const security::Session &s)
{
    return s.role == security::Role::Counsellor || s.role == security::Role::Supervisor;
}

} // namespace tamkeen::clinic
