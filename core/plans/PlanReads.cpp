// The read side of PlanService: a plan with its goals, tasks, events and
// progress, the tracks, and the lists ("my plans", the approval queue).
#include "plans/PlanService.h"

#include "clinic/ClinicVocabulary.h"
#include "plans/PlanStored.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tamkeen::plans {

using namespace stored;

Result<Plan> PlanService::load(const QByteArray &id)
{
    auto q = m_db.exec(u"SELECT p.id, p.member_id, p.household_id, p.counsellor_id, p.session_id, p.status, p.tracks, "
                       "p.started_on, p.review_months, p.next_review, p.baseline, p.approved_by, p.approved_on, p.closed_on, "
                       "trim(m.given_name || ' ' || ifnull(m.father_name, '') || ' ' || ifnull(m.grandfather_name, '') "
                       "|| ' ' || ifnull(m.family_name, '')) "
                       "FROM plans p JOIN members m ON m.id = p.member_id WHERE p.id = ? AND p.deleted = 0"_s,
                       {id});
    if (!q)
        return q.error();
    if (!q.value()->next())
        return makeError(ErrorCode::NotFound, tr("This plan no longer exists."));
    const QSqlQuery *r = q.value();
    Plan p;
    p.id = r->value(0).toByteArray();
    p.memberId = r->value(1).toByteArray();
    p.householdId = r->value(2).toByteArray();
    p.counsellorId = r->value(3).toByteArray();
    p.sessionId = r->value(4).toByteArray();
    p.status = r->value(5).toString();
    p.tracks = r->value(6).toString().split(u',', Qt::SkipEmptyParts);
    p.startedOn = dateOf(r->value(7));
    p.reviewMonths = r->value(8).toInt();
    p.nextReview = dateOf(r->value(9));
    const QJsonObject b = QJsonDocument::fromJson(r->value(10).toString().toUtf8()).object();
    p.baseline.incomePerPerson = b.value(u"incomePerPerson"_s).toDouble();
    p.baseline.employment = b.value(u"employment"_s).toString();
    if (b.contains(u"workReadiness"_s))
        p.baseline.workReadiness = b.value(u"workReadiness"_s).toDouble();
    if (b.contains(u"wellbeing"_s))
        p.baseline.wellbeing = b.value(u"wellbeing"_s).toDouble();
    p.approvedBy = r->value(11).toByteArray();
    p.approvedOn = dateOf(r->value(12));
    p.closedOn = dateOf(r->value(13));
    p.memberName = r->value(14).toString().simplified();
    q.value()->finish();
    return p;
}

Result<Plan> PlanService::plan(const security::Session &reader, const QByteArray &id)
{
    auto p = load(id);
    if (p && !clinic::mayReadConfidential(reader))
        p.value().baseline.wellbeing.reset();
    return p;
}

QList<Term> PlanService::allTracks()
{
    QList<Term> list = tracks();
    auto q = m_db.exec(u"SELECT code, name FROM plan_tracks WHERE deleted = 0 ORDER BY position, name"_s);
    if (!q)
        return list; // the built-in ones still work
    while (q.value()->next())
        list.append({q.value()->value(0).toString(), q.value()->value(1).toString()});
    q.value()->finish();
    return list;
}

Result<QList<Goal>> PlanService::goals(const QByteArray &planId)
{
    auto q = m_db.exec(u"SELECT id, domain, description, indicator, baseline_value, target_value, current_value, target_date, "
                       "status, position FROM plan_goals WHERE plan_id = ? AND deleted = 0 ORDER BY position"_s,
                       {planId});
    if (!q)
        return q.error();
    QList<Goal> list;
    while (q.value()->next()) {
        const QSqlQuery *r = q.value();
        Goal g;
        g.id = r->value(0).toByteArray();
        g.planId = planId;
        g.domain = r->value(1).toString();
        g.description = r->value(2).toString();
        g.indicator = r->value(3).toString();
        g.baselineValue = optionalOf(r->value(4));
        g.targetValue = optionalOf(r->value(5));
        g.currentValue = optionalOf(r->value(6));
        g.targetDate = dateOf(r->value(7));
        g.status = r->value(8).toString();
        g.position = r->value(9).toInt();
        list << g;
    }
    q.value()->finish();
    return list;
}

Result<QList<Task>> PlanService::tasks(const QByteArray &planId)
{
    auto q = m_db.exec(u"SELECT id, goal_id, description, responsible, due_date, done_on, status FROM plan_tasks "
                       "WHERE plan_id = ? AND deleted = 0 ORDER BY due_date IS NULL, due_date, created_at"_s,
                       {planId});
    if (!q)
        return q.error();
    QList<Task> list;
    while (q.value()->next()) {
        const QSqlQuery *r = q.value();
        Task t;
        t.id = r->value(0).toByteArray();
        t.planId = planId;
        t.goalId = r->value(1).toByteArray();
        t.description = r->value(2).toString();
        t.responsible = r->value(3).toString();
        t.dueDate = dateOf(r->value(4));
        t.doneOn = dateOf(r->value(5));
        t.status = r->value(6).toString();
        list << t;
    }
    q.value()->finish();
    return list;
}

Result<QList<PlanEvent>> PlanService::events(const QByteArray &planId)
{
    auto q = m_db.exec(u"SELECT e.event, e.status, e.at, e.by_user, u.full_name, e.reason, e.progress FROM plan_events e "
                       "LEFT JOIN users u ON u.id = e.by_user WHERE e.plan_id = ? AND e.deleted = 0 "
                       "ORDER BY e.at, e.created_at, e.rowid"_s, // two events in one millisecond: as written
                       {planId});
    if (!q)
        return q.error();
    QList<PlanEvent> list;
    while (q.value()->next()) {
        const QSqlQuery *r = q.value();
        list.append({r->value(0).toString(), r->value(1).toString(),
                     QDateTime::fromString(r->value(2).toString(), u"yyyy-MM-ddTHH:mm"_s), r->value(3).toByteArray(),
                     r->value(4).toString(), r->value(5).toString(), r->value(6).toString()});
    }
    q.value()->finish();
    return list;
}

Result<Progress> PlanService::progress(const QByteArray &planId, const QDate &today)
{
    auto g = goals(planId);
    if (!g)
        return g.error();
    auto t = tasks(planId);
    if (!t)
        return t.error();
    return Progress::of(g.value(), t.value(), today);
}

namespace {

// `where` and `order` apply to the plans alone: the page is chosen first, then
// only its rows are joined and counted (counting for every one of a
// counsellor's plans before sorting took most of the time).
Result<QList<PlanRow>> readRows(storage::Database &db, const QString &where, const QString &order,
                                const QVariantList &values, const QDate &today)
{
    auto q = db.exec(u"SELECT p.id, p.member_id, p.household_id, "
                     "trim(m.given_name || ' ' || ifnull(m.father_name, '') || ' ' || ifnull(m.grandfather_name, '') "
                     "|| ' ' || ifnull(m.family_name, '')), h.file_number, p.status, p.started_on, p.next_review, "
                     "(SELECT count(*) FROM plan_goals g WHERE g.plan_id = p.id AND g.deleted = 0 AND g.status <> 'dropped'), "
                     "(SELECT count(*) FROM plan_goals g WHERE g.plan_id = p.id AND g.deleted = 0 AND g.status = 'achieved'), "
                     "(SELECT count(*) FROM plan_tasks t WHERE t.plan_id = p.id AND t.deleted = 0 AND t.status = 'open' "
                     "AND t.due_date < ?) "
                     "FROM (SELECT * FROM plans p WHERE p.deleted = 0"_s
                         + where + u" ORDER BY "_s + order
                         + u") p JOIN members m ON m.id = p.member_id JOIN households h ON h.id = p.household_id "
                           "ORDER BY "_s
                         + QString(order).remove(u" LIMIT ?"_s),
                     QVariantList{iso(today)} + values);
    if (!q)
        return q.error();
    QList<PlanRow> rows;
    while (q.value()->next()) {
        const QSqlQuery *r = q.value();
        PlanRow row;
        row.id = r->value(0).toByteArray();
        row.memberId = r->value(1).toByteArray();
        row.householdId = r->value(2).toByteArray();
        row.memberName = r->value(3).toString().simplified();
        row.fileNumber = r->value(4).toString();
        row.status = r->value(5).toString();
        row.startedOn = dateOf(r->value(6));
        row.nextReview = dateOf(r->value(7));
        row.goals = r->value(8).toInt();
        row.goalsAchieved = r->value(9).toInt();
        row.tasksOverdue = r->value(10).toInt();
        rows << row;
    }
    q.value()->finish();
    return rows;
}

} // namespace

Result<QList<PlanRow>> PlanService::list(const PlanFilter &f, const QDate &today, int limit)
{
    QString where;
    QVariantList values;
    if (!f.counsellorId.isEmpty()) {
        where += u" AND p.counsellor_id = ?"_s;
        values << f.counsellorId;
    }
    if (!f.memberId.isEmpty()) {
        where += u" AND p.member_id = ?"_s;
        values << f.memberId;
    }
    if (!f.status.isEmpty()) {
        where += u" AND p.status = ?"_s;
        values << f.status;
    }
    if (f.reviewDue) {
        where += u" AND p.status = 'active' AND p.next_review <= ?"_s;
        values << iso(today);
    }
    if (f.overdueTasks) {
        where += u" AND EXISTS (SELECT 1 FROM plan_tasks t WHERE t.plan_id = p.id AND t.deleted = 0 AND t.status = 'open' "
                 "AND t.due_date < ?)"_s;
        values << iso(today);
    }
    values << limit;
    return readRows(m_db, where, u"p.started_on DESC, p.created_at DESC LIMIT ?"_s, values, today);
}

Result<QList<PlanRow>> PlanService::approvalQueue(int limit)
{
    return readRows(m_db, u" AND p.status = 'submitted'"_s, u"p.updated_at LIMIT ?"_s, {limit}, QDate::currentDate());
}


} // namespace tamkeen::plans
