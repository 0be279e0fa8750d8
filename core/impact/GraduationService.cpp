#include "impact/GraduationService.h"

#include "impact/GraduationPathways.h"
#include "impact/ImpactSql.h"
#include "plans/PlanService.h"
#include "referrals/ExitService.h"
#include "registry/Vocabulary.h"
#include "storage/Database.h"
#include "storage/SyncedWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QDate dateOf(const QString &s)
{
    return QDate::fromString(s.left(10), Qt::ISODate);
}

QString snapshotJson(const HouseholdReadiness &r, const ReadinessCriteria &c)
{
    QJsonArray list;
    for (const CriterionSetting &s : c.criteria) {
        if (s.weight == 0)
            continue;
        bool met = false;
        for (const CriterionResult &x : r.results)
            if (x.criterion == s.criterion)
                met = x.met;
        list.append(QJsonObject{{u"criterion"_s, ExitReadiness::key(s.criterion)},
                                {u"met"_s, met},
                                {u"required"_s, s.required},
                                {u"weight"_s, s.weight}});
    }
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

QList<CriterionSnapshot> snapshotFrom(const QString &json)
{
    QList<CriterionSnapshot> list;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        for (Criterion c : ExitReadiness::all())
            if (ExitReadiness::key(c) == o.value(u"criterion"_s).toString())
                list << CriterionSnapshot{c, o.value(u"met"_s).toBool(), o.value(u"required"_s).toBool(),
                                          o.value(u"weight"_s).toInt()};
    }
    return list;
}

} // namespace

GraduationService::GraduationService(storage::Database &db) : m_db(db) {}

bool GraduationService::mayPropose(const security::Session &by)
{
    return by.role == security::Role::FieldWorker || by.role == security::Role::Counsellor
           || by.role == security::Role::Supervisor;
}

bool GraduationService::mayDecide(const security::Session &by)
{
    return by.role == security::Role::Supervisor;
}

Result<QList<GraduationRequest>> GraduationService::select(storage::Database &db, const QString &where,
                                                           const QVariantList &values)
{
    const QString userName = u"(SELECT full_name FROM users u WHERE u.id = %1)"_s;
    // Two supervisors deciding offline make two decisions: the first one made counts.
    const QString sql =
        u"SELECT r.id, r.household_id, r.plan_id, h.file_number, %1, r.pathway, r.pathway_name, r.exit_reason, "
        "r.proposed_by, %2, r.proposed_on, r.note, r.score, r.pass_mark, r.criteria, r.income_per_person, d.decision, "
        "d.decided_by, %3, d.decided_on, d.note, d.exit_id "
        "FROM graduation_requests r JOIN households h ON h.id = r.household_id "
        "LEFT JOIN graduation_decisions d ON d.id = (SELECT x.id FROM graduation_decisions x WHERE x.request_id = r.id "
        "AND x.deleted = 0 ORDER BY x.decided_on, x.created_at, x.id LIMIT 1) "
        "WHERE r.deleted = 0 AND h.deleted = 0 AND %4 ORDER BY r.proposed_on, r.created_at"_s
            .arg(sql::headName(), userName.arg(u"r.proposed_by"_s), userName.arg(u"d.decided_by"_s), where);
    QList<GraduationRequest> list;
    Status s = db.read(sql, values, [&](const storage::RawRow &row) {
        GraduationRequest r;
        r.id = row.blob(0);
        r.householdId = row.blob(1);
        r.planId = row.blob(2);
        r.fileNumber = row.text(3);
        r.headName = row.text(4);
        r.pathwayKey = row.text(5);
        r.pathwayName = row.text(6);
        r.exitReason = row.text(7);
        r.proposedBy = row.blob(8);
        r.proposedByName = row.text(9);
        r.proposedOn = dateOf(row.text(10));
        r.note = row.text(11);
        r.score = int(row.integer(12));
        r.passMark = int(row.integer(13));
        r.criteria = snapshotFrom(row.text(14));
        r.incomePerPerson = row.value(15).toDouble();
        const QString decision = row.text(16);
        r.decision = decision == u"approved"   ? GraduationDecision::Approved
                     : decision == u"rejected" ? GraduationDecision::Rejected
                                               : GraduationDecision::Pending;
        r.decidedBy = row.blob(17);
        r.decidedByName = row.text(18);
        r.decidedOn = dateOf(row.text(19));
        r.decisionNote = row.text(20);
        r.exitId = row.blob(21);
        list << r;
    });
    if (!s)
        return s.error();
    return list;
}

Result<QList<GraduationRequest>> GraduationService::pending(storage::Database &db, const QByteArray &centre)
{
    return select(db, u"d.id IS NULL AND (?1 IS NULL OR h.centre_id = ?1)"_s,
                  {centre.isEmpty() ? QVariant() : QVariant(centre)});
}

Result<QList<GraduationRequest>> GraduationService::ofHousehold(const QByteArray &householdId)
{
    return select(m_db, u"r.household_id = ?1"_s, {householdId});
}

Result<QHash<QByteArray, GraduationRequest>> GraduationService::latest()
{
    auto list = select(m_db, u"1 = 1"_s, {});
    if (!list)
        return list.error();
    QHash<QByteArray, GraduationRequest> byHousehold;
    for (const GraduationRequest &r : list.value()) // oldest first: the latest stays
        byHousehold.insert(r.householdId, r);
    return byHousehold;
}

Result<GraduationRequest> GraduationService::request(const QByteArray &requestId)
{
    auto list = select(m_db, u"r.id = ?1"_s, {requestId});
    if (!list)
        return list.error();
    if (list.value().isEmpty())
        return makeError(ErrorCode::NotFound, tr("This graduation request no longer exists."));
    return list.value().first();
}

Result<QByteArray> GraduationService::propose(const security::Session &by, const QByteArray &householdId,
                                              const QString &pathwayKey, const QString &note, const QString &exitReason)
{
    if (!mayPropose(by))
        return makeError(ErrorCode::PermissionDenied,
                         tr("Field workers, counsellors and supervisors propose a family's graduation."));
    if (note.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Write why the family is ready to leave support."), u"note"_s);
    auto pathway = GraduationPathways(m_db).find(pathwayKey);
    if (!pathway)
        return pathway.error();
    if (pathway.value().archived)
        return makeError(ErrorCode::Invalid, tr("This pathway is archived; choose another."), u"pathway"_s);
    QString reason = pathway.value().exitReason;
    if (reason.isEmpty()) {
        if (!GraduationPathways::positiveReasons().contains(exitReason))
            return makeError(ErrorCode::Invalid,
                             tr("Choose how the family will support itself: work, an own project or another income."),
                             u"exitReason"_s);
        reason = exitReason;
    }
    auto status = m_db.scalar(u"SELECT status FROM households WHERE id = ? AND deleted = 0"_s, {householdId});
    if (!status)
        return status.error();
    if (status.value().isNull())
        return makeError(ErrorCode::NotFound, tr("This household no longer exists."));
    if (status.value().toString() != u"active" && status.value().toString() != u"reentered")
        return makeError(ErrorCode::Conflict, tr("Only a family receiving support can graduate."));
    auto waiting = m_db.scalar(u"SELECT count(*) FROM graduation_requests r WHERE r.household_id = ? AND r.deleted = 0 "
                               "AND NOT EXISTS (SELECT 1 FROM graduation_decisions d WHERE d.request_id = r.id AND d.deleted = 0)"_s,
                               {householdId});
    if (!waiting)
        return waiting.error();
    if (waiting.value().toInt() > 0)
        return makeError(ErrorCode::Conflict, tr("A graduation is already proposed for this family and waits for a supervisor."));
    auto judged = ExitReadiness(m_db).onEachPathway(by, householdId, QDate::currentDate());
    if (!judged)
        return judged.error();
    const auto it = std::find_if(judged.value().cbegin(), judged.value().cend(),
                                 [&](const HouseholdReadiness &r) { return r.pathwayKey == pathwayKey; });
    if (it == judged.value().cend() || !it->ready)
        return makeError(ErrorCode::Invalid,
                         tr("The family does not meet the pathway «%1» yet: every required criterion and the pass mark.")
                             .arg(GraduationPathways::displayName(pathway.value())),
                         u"pathway"_s);
    m_db.setCurrentUser(by.userId);
    return storage::SyncedWriter(m_db).insert(
        u"graduation_requests"_s,
        {{u"household_id"_s, householdId},
         {u"plan_id"_s, it->planId},
         {u"pathway"_s, pathwayKey},
         {u"pathway_name"_s, GraduationPathways::displayName(pathway.value())},
         {u"exit_reason"_s, reason},
         {u"proposed_by"_s, by.userId},
         {u"proposed_on"_s, iso(QDate::currentDate())},
         {u"note"_s, note.trimmed()},
         {u"score"_s, it->score},
         {u"pass_mark"_s, it->passMark},
         {u"criteria"_s, snapshotJson(*it, pathway.value().criteria)},
         {u"income_per_person"_s, it->incomePerPerson}});
}

Status GraduationService::decide(const security::Session &by, const GraduationRequest &r, bool approve,
                                 const QString &note, const QDate &on, const QByteArray &exitId)
{
    m_db.setCurrentUser(by.userId);
    QVariantMap fields{{u"request_id"_s, r.id},
                       {u"household_id"_s, r.householdId},
                       {u"decision"_s, approve ? u"approved"_s : u"rejected"_s},
                       {u"decided_by"_s, by.userId},
                       {u"decided_on"_s, iso(on)}};
    if (!note.trimmed().isEmpty())
        fields.insert(u"note"_s, note.trimmed());
    if (!exitId.isEmpty())
        fields.insert(u"exit_id"_s, exitId);
    auto id = storage::SyncedWriter(m_db).insert(u"graduation_decisions"_s, fields); // signed: a privileged table
    return id ? Status() : Status(id.error());
}

Status GraduationService::approve(const security::Session &by, const QByteArray &requestId, const QString &note,
                                  const QDate &on)
{
    if (!mayDecide(by))
        return makeError(ErrorCode::PermissionDenied, tr("Only supervisors approve or reject a graduation."));
    auto r = request(requestId);
    if (!r)
        return r.error();
    if (r.value().decision != GraduationDecision::Pending)
        return makeError(ErrorCode::Conflict, tr("This graduation has already been decided."));
    if (!on.isValid() || on > QDate::currentDate() || on < r.value().proposedOn)
        return makeError(ErrorCode::Invalid, tr("The family leaves support between the day it was proposed and today."),
                         u"on"_s);
    return m_db.transaction([&]() -> Status {
        // The exit checks the household's status and the date.
        auto exit = referrals::ExitService(m_db).exitSupport(by, r.value().householdId, on, r.value().exitReason, note,
                                                            r.value().planId);
        if (!exit)
            return exit.error();
        auto planStatus = m_db.scalar(u"SELECT status FROM plans WHERE id = ? AND deleted = 0"_s, {r.value().planId});
        if (!planStatus)
            return planStatus.error();
        if (planStatus.value().toString() == u"active") {
            const QString why = note.trimmed().isEmpty() ? tr("Graduated: %1").arg(r.value().pathwayName) : note.trimmed();
            if (Status s = plans::PlanService(m_db).close(by, r.value().planId, u"exited"_s, why); !s)
                return s;
        }
        return decide(by, r.value(), true, note, on, exit.value());
    });
}

Status GraduationService::reject(const security::Session &by, const QByteArray &requestId, const QString &note)
{
    if (!mayDecide(by))
        return makeError(ErrorCode::PermissionDenied, tr("Only supervisors approve or reject a graduation."));
    if (note.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Write why the family is not ready yet, for the caseworker."), u"note"_s);
    auto r = request(requestId);
    if (!r)
        return r.error();
    if (r.value().decision != GraduationDecision::Pending)
        return makeError(ErrorCode::Conflict, tr("This graduation has already been decided."));
    return decide(by, r.value(), false, note, QDate::currentDate(), {});
}

QString GraduationService::stateText(const GraduationRequest &r)
{
    switch (r.decision) {
    case GraduationDecision::Pending:
        return tr("Waiting for a supervisor");
    case GraduationDecision::Approved:
        return tr("Approved");
    case GraduationDecision::Rejected:
        return tr("Not approved");
    }
    return {};
}

} // namespace tamkeen::impact
