#include "referrals/ExitService.h"

#include "clinic/ClinicVocabulary.h"
#include "registry/HouseholdService.h"
#include "storage/Database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tamkeen::referrals {

namespace {
QVariant textOrNull(const QString &s)
{
    const QString t = s.trimmed();
    return t.isEmpty() ? QVariant() : QVariant(t);
}
} // namespace

ExitService::ExitService(storage::Database &db) : m_db(db), m_writer(db) {}

QList<registry::Term> ExitService::exitReasons()
{
    return {{u"employment"_s, tr("Found work")},
            {u"own_project"_s, tr("Own project")},
            {u"other_income"_s, tr("Other income")},
            {u"moved"_s, tr("Moved away")},
            {u"other"_s, tr("Other")}};
}

QList<registry::Term> ExitService::reentryReasons()
{
    return {{u"lost_job"_s, tr("Lost the job")},
            {u"project_failed"_s, tr("The project failed")},
            {u"illness"_s, tr("Illness or disability")},
            {u"family_change"_s, tr("Change in the family")},
            {u"other"_s, tr("Other")}};
}

Status ExitService::setExitTerms(const security::Session &by, const QByteArray &planId, const ExitTerms &t)
{
    if (!clinic::mayCounsel(by))
        return makeError(ErrorCode::PermissionDenied, tr("Only counsellors and supervisors agree exit plans."));
    auto q = m_db.exec(u"SELECT p.status, m.able_to_work FROM plans p JOIN members m ON m.id = p.member_id "
                       "WHERE p.id = ? AND p.deleted = 0"_s,
                       {planId});
    if (!q)
        return q.error();
    if (!q.value()->next())
        return makeError(ErrorCode::NotFound, tr("This plan no longer exists."));
    const QString status = q.value()->value(0).toString();
    const QVariant able = q.value()->value(1);
    q.value()->finish();
    if (status != u"draft" && status != u"active")
        return makeError(ErrorCode::Conflict, tr("Exit terms are agreed on a draft or active plan."));
    if (able.isNull() || !able.toBool())
        return makeError(ErrorCode::Invalid,
                         tr("A voluntary exit plan is for members able to work; record that in the member's details first."),
                         u"ableToWork"_s);
    if (!t.target.isValid() || t.target < QDate::currentDate())
        return makeError(ErrorCode::Invalid, tr("Choose a target exit date from today on."), u"target"_s);
    if (t.incentives.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Write the incentives agreed for leaving support."), u"incentives"_s);
    m_db.setCurrentUser(by.userId);
    return m_writer.update(u"plans"_s, planId, {{u"exit_target"_s, t.target.toString(Qt::ISODate)},
                                                {u"exit_incentives"_s, t.incentives.trimmed()},
                                                {u"exit_conditions"_s, textOrNull(t.conditions)}});
}

std::optional<ExitTerms> ExitService::exitTerms(const QByteArray &planId)
{
    auto q = m_db.exec(u"SELECT exit_target, exit_incentives, exit_conditions FROM plans WHERE id = ? AND deleted = 0"_s,
                       {planId});
    if (!q || !q.value()->next())
        return std::nullopt;
    std::optional<ExitTerms> t;
    if (!q.value()->value(0).isNull())
        t = ExitTerms{QDate::fromString(q.value()->value(0).toString(), Qt::ISODate), q.value()->value(1).toString(),
                      q.value()->value(2).toString()};
    q.value()->finish();
    return t;
}

Result<QByteArray> ExitService::exitSupport(const security::Session &by, const QByteArray &householdId, const QDate &on,
                                            const QString &reason, const QString &note, const QByteArray &planId)
{
    if (!registry::Vocabulary::contains(exitReasons(), reason))
        return makeError(ErrorCode::Invalid, tr("Choose why the household leaves support."), u"reason"_s);
    registry::HouseholdService households(m_db);
    QByteArray id;
    const Status s = m_db.transaction([&]() -> Status {
        // The status change checks the date and the lifecycle.
        if (Status st = households.changeStatus(by, householdId, u"exited"_s, on,
                                                registry::Vocabulary::label(exitReasons(), reason));
            !st)
            return st;
        m_db.setCurrentUser(by.userId);
        auto exit = m_writer.insert(u"household_exits"_s, {{u"household_id"_s, householdId},
                                                           {u"plan_id"_s, planId.isEmpty() ? QVariant() : QVariant(planId)},
                                                           {u"kind"_s, u"exit"_s},
                                                           {u"on_date"_s, on.toString(Qt::ISODate)},
                                                           {u"reason"_s, reason},
                                                           {u"note"_s, textOrNull(note)}});
        if (!exit)
            return exit.error();
        id = exit.value();
        for (int months : {3, 6, 12}) {
            auto f = m_writer.insert(u"exit_followups"_s, {{u"household_id"_s, householdId},
                                                           {u"exit_id"_s, id},
                                                           {u"months"_s, months},
                                                           {u"due_on"_s, on.addMonths(months).toString(Qt::ISODate)}});
            if (!f)
                return f.error();
        }
        return {};
    });
    if (!s)
        return s.error();
    return id;
}

Status ExitService::reenter(const security::Session &by, const QByteArray &householdId, const QDate &on,
                            const QString &reason, const QString &note)
{
    if (!registry::Vocabulary::contains(reentryReasons(), reason))
        return makeError(ErrorCode::Invalid, tr("Choose why the household comes back to support."), u"reason"_s);
    registry::HouseholdService households(m_db);
    return m_db.transaction([&]() -> Status {
        if (Status st = households.changeStatus(by, householdId, u"reentered"_s, on,
                                                registry::Vocabulary::label(reentryReasons(), reason));
            !st)
            return st;
        m_db.setCurrentUser(by.userId);
        auto event = m_writer.insert(u"household_exits"_s, {{u"household_id"_s, householdId},
                                                            {u"kind"_s, u"reentry"_s},
                                                            {u"on_date"_s, on.toString(Qt::ISODate)},
                                                            {u"reason"_s, reason},
                                                            {u"note"_s, textOrNull(note)}});
        return event ? Status() : Status(event.error());
    });
}

Status ExitService::recordFollowUp(const security::Session &by, const QByteArray &followUpId, const QDate &on,
                                   bool employed, double income, const QString &note)
{
    auto q = m_db.exec(u"SELECT done_on FROM exit_followups WHERE id = ? AND deleted = 0"_s, {followUpId});
    if (!q)
        return q.error();
    if (!q.value()->next())
        return makeError(ErrorCode::NotFound, tr("This follow-up no longer exists."));
    const bool done = !q.value()->value(0).isNull();
    q.value()->finish();
    if (done)
        return makeError(ErrorCode::Conflict, tr("This follow-up is already recorded."));
    if (!on.isValid() || on > QDate::currentDate())
        return makeError(ErrorCode::Invalid, tr("The date of the follow-up cannot be in the future."), u"on"_s);
    if (!(income >= 0))
        return makeError(ErrorCode::Invalid, tr("The monthly income must be zero or more."), u"income"_s);
    m_db.setCurrentUser(by.userId);
    return m_writer.update(u"exit_followups"_s, followUpId, {{u"done_on"_s, on.toString(Qt::ISODate)},
                                                             {u"employed"_s, employed ? 1 : 0},
                                                             {u"income"_s, income},
                                                             {u"note"_s, textOrNull(note)},
                                                             {u"worker_id"_s, by.userId}});
}

Result<QList<FollowUpCheck>> ExitService::dueFollowUps(const QDate &today, const QByteArray &worker, int limit)
{
    QVariantList values{today.toString(Qt::ISODate)};
    if (!worker.isEmpty())
        values << worker;
    values << limit;
    auto q = m_db.exec(u"SELECT f.id, f.household_id, f.months, f.due_on, h.file_number, "
                       "(SELECT trim(given_name || ' ' || ifnull(father_name, '') || ' ' || ifnull(grandfather_name, '') "
                       "|| ' ' || ifnull(family_name, '')) FROM members WHERE household_id = h.id AND relation = 'head' "
                       "AND deleted = 0 LIMIT 1) "
                       "FROM exit_followups f JOIN households h ON h.id = f.household_id "
                       "WHERE f.done_on IS NULL AND f.due_on <= ? AND f.deleted = 0 AND h.deleted = 0 AND h.status = 'exited' "_s
                           + (worker.isEmpty() ? QString() : u"AND h.assigned_worker = ? "_s)
                           + u"ORDER BY f.due_on LIMIT ?"_s,
                       values);
    if (!q)
        return q.error();
    QList<FollowUpCheck> list;
    while (q.value()->next()) {
        const QSqlQuery *r = q.value();
        FollowUpCheck f;
        f.id = r->value(0).toByteArray();
        f.householdId = r->value(1).toByteArray();
        f.months = r->value(2).toInt();
        f.dueOn = QDate::fromString(r->value(3).toString(), Qt::ISODate);
        f.fileNumber = r->value(4).toString();
        f.headName = r->value(5).toString().simplified();
        list << f;
    }
    q.value()->finish();
    return list;
}

} // namespace tamkeen::referrals
