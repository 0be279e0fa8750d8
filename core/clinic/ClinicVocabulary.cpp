#include "clinic/ClinicVocabulary.h"

#include "storage/Database.h"
#include "storage/SyncedWriter.h"
#include "storage/Uuid.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tamkeen::clinic {

QList<Term> ClinicVocabulary::places()
{
    return {{u"centre"_s, tr("At the centre")},
            {u"phone"_s, tr("By phone")},
            {u"home"_s, tr("Home visit")},
            {u"video"_s, tr("Video call")}};
}

QList<Term> ClinicVocabulary::appointmentStatuses()
{
    return {{u"booked"_s, tr("Booked")},
            {u"attended"_s, tr("Attended")},
            {u"no_show"_s, tr("Did not come")},
            {u"cancelled"_s, tr("Cancelled")},
            {u"rescheduled"_s, tr("Rescheduled")}};
}

QList<Term> ClinicVocabulary::responsibles()
{
    return {{u"beneficiary"_s, tr("The beneficiary")},
            {u"counsellor"_s, tr("The counsellor")},
            {u"field_worker"_s, tr("The field social worker")},
            {u"partner"_s, tr("A partner organisation")}};
}

QList<Term> ClinicVocabulary::assessmentKinds()
{
    return {{u"work_readiness"_s, tr("Work readiness")},
            {u"economic"_s, tr("Economic situation")},
            {u"wellbeing"_s, tr("Wellbeing (WHO-5)")},
            {u"social"_s, tr("Social situation")}};
}

QList<Term> ClinicVocabulary::barriers()
{
    return {{u"childcare"_s, tr("Childcare")},     {u"transport"_s, tr("Transport")},
            {u"health"_s, tr("Health")},           {u"education"_s, tr("Education")},
            {u"debts"_s, tr("Debts")},             {u"disability"_s, tr("Disability")},
            {u"family_refusal"_s, tr("Family refusal")}, {u"no_experience"_s, tr("No work experience")}};
}

QList<SessionType> ClinicVocabulary::builtInSessionTypes()
{
    return {{u"economic"_s, tr("Economic counselling"), false},
            {u"social"_s, tr("Social counselling"), false},
            {u"psychological"_s, tr("Psychological counselling"), true},
            {u"vocational"_s, tr("Vocational guidance"), false},
            {u"legal"_s, tr("Legal counselling"), false},
            {u"health"_s, tr("Health counselling"), false}};
}

Result<QList<SessionType>> ClinicVocabulary::sessionTypes(storage::Database &db)
{
    QList<SessionType> list = builtInSessionTypes();
    auto q = db.exec(u"SELECT code, name, confidential FROM session_types WHERE deleted = 0 ORDER BY position, name"_s);
    if (!q)
        return q.error();
    while (q.value()->next())
        list.append({q.value()->value(0).toString(), q.value()->value(1).toString(), q.value()->value(2).toBool()});
    q.value()->finish();
    return list;
}

Status ClinicVocabulary::addSessionType(storage::Database &db, const security::Session &by, const QString &name,
                                       bool confidential)
{
    if (!by.isAdministrator() && by.role != security::Role::Supervisor)
        return makeError(ErrorCode::PermissionDenied, tr("Only supervisors and administrators can add consultation types."));
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Write the name of the consultation type."), u"name"_s);
    auto existing = sessionTypes(db);
    if (!existing)
        return existing.error();
    for (const SessionType &t : existing.value()) {
        if (t.label.compare(trimmed, Qt::CaseInsensitive) == 0)
            return makeError(ErrorCode::Conflict, tr("This consultation type already exists."), u"name"_s);
    }
    db.setCurrentUser(by.userId);
    storage::SyncedWriter writer(db);
    // The code of a custom type is its own key: names may be edited later.
    const QByteArray id = storage::newUuidV7();
    auto created = writer.insert(u"session_types"_s, {{u"code"_s, u"custom-"_s + QString::fromLatin1(id.toHex())},
                                                      {u"name"_s, trimmed},
                                                      {u"confidential"_s, confidential ? 1 : 0},
                                                      {u"position"_s, int(existing.value().size())}},
                                 id);
    return created ? Status() : Status(created.error());
}

} // namespace tamkeen::clinic
