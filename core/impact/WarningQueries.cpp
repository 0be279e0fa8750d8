// The early-warning rules as SQL, one set-based query each (EarlyWarnings.h).
// Parameters by number: ?1 today, ?2 a date, ?3 and ?4 numbers, ?5 the
// centre, ?6 the worker, ?7 the counsellor (NULL: any). Each query returns: household, member,
// file number, fact, the fact's date, before, after, the head's name.
#include "impact/EarlyWarnings.h"

#include "impact/ImpactSql.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace tamkeen::impact {

namespace {

// A counsellor's own families: one of whose members has a plan they lead, a
// session they held or an appointment with them (a family that never came to
// its appointments has no session, and is what the missed-appointments list is for).
const QString kScope = sql::scope()
                       + u"AND (?7 IS NULL OR EXISTS (SELECT 1 FROM plans p7 WHERE p7.household_id = h.id "
                         "AND p7.deleted = 0 AND p7.counsellor_id = ?7) OR EXISTS (SELECT 1 FROM sessions s7 "
                         "WHERE s7.household_id = h.id AND s7.deleted = 0 AND s7.counsellor_id = ?7) OR EXISTS ("
                         "SELECT 1 FROM appointments a7 WHERE a7.household_id = h.id AND a7.deleted = 0 "
                         "AND a7.counsellor_id = ?7)) "_s;
using sql::incomeAt;

QString sqlFor(WarningRule rule)
{
    switch (rule) {
    case WarningRule::IncomeDrop: // ?2 the day to compare with, ?3 the percentage; only
                                  // households whose income changed since (an index look-up) are summed
        return u"SELECT id, NULL, file_number, changed, changed, before, after, head FROM ("
               "SELECT h.id, h.file_number, %1 AS before, %2 AS after, (SELECT max(effective_date) FROM incomes "
               "WHERE household_id = h.id AND deleted = 0 AND effective_date <= ?1) AS changed, %3 AS head "
               "FROM households h WHERE h.status <> 'exited' AND EXISTS (SELECT 1 FROM incomes c WHERE "
               "c.household_id = h.id AND c.deleted = 0 AND c.effective_date > ?2 AND c.effective_date <= ?1)"_s
                   .arg(incomeAt(u"?2"_s), incomeAt(u"?1"_s), sql::headName())
               + kScope + u") WHERE before > 0 AND after <= before * (100 - ?3) / 100.0 AND changed > ?2 "
                          "ORDER BY changed"_s;
    case WarningRule::PlanIdle: // ?3 days; activity: the last task done, else the approval or start
        return u"SELECT h.id, p.member_id, h.file_number, hex(p.id) || ':' || p.last, p.last, ?3, "
               "CAST(julianday(?1) - julianday(p.last) AS INTEGER), "_s + sql::headName() + u" FROM ("
               "SELECT id, household_id, member_id, max(coalesce((SELECT max(done_on) FROM plan_tasks t "
               "WHERE t.plan_id = plans.id AND t.deleted = 0), ''), substr(coalesce(approved_on, started_on), 1, 10)) "
               "AS last FROM plans WHERE status = 'active' AND deleted = 0) p "
               "JOIN households h ON h.id = p.household_id WHERE julianday(?1) - julianday(p.last) >= ?3"_s
               + kScope + u"ORDER BY p.last"_s;
    case WarningRule::MissedAppointments: // ?3 how many in a row; only appointments that were due
        return u"SELECT h.id, a.member_id, h.file_number, hex(a.member_id) || ':' || a.latest, substr(a.latest, 1, 10), "
               "?3, a.missed, "_s + sql::headName() + u" FROM (SELECT member_id, household_id, max(starts_at) AS latest, "
               "sum(status = 'no_show') AS missed, count(*) AS n FROM (SELECT member_id, household_id, starts_at, "
               "status, row_number() OVER (PARTITION BY member_id ORDER BY starts_at DESC) AS rn FROM appointments "
               "WHERE deleted = 0 AND status IN ('attended', 'no_show') AND substr(starts_at, 1, 10) <= ?1) "
               "WHERE rn <= ?3 GROUP BY member_id) a JOIN households h ON h.id = a.household_id "
               "WHERE a.n = ?3 AND a.missed = ?3"_s
               + kScope + u"ORDER BY a.latest"_s;
    case WarningRule::LowWellbeing: // ?3 the low score, ?4 the fall
        return u"SELECT h.id, w.member_id, h.file_number, hex(w.member_id) || ':' || w.assessed_on, w.assessed_on, "
               "coalesce(w.previous, w.score), w.score, "_s + sql::headName() + u" FROM (SELECT member_id, household_id, assessed_on, score, "
               "lag(score) OVER (PARTITION BY member_id ORDER BY assessed_on, created_at) AS previous, "
               "row_number() OVER (PARTITION BY member_id ORDER BY assessed_on DESC, created_at DESC) AS rn "
               "FROM assessments WHERE kind = 'wellbeing' AND deleted = 0 AND score IS NOT NULL AND assessed_on <= ?1) w "
               "JOIN households h ON h.id = w.household_id WHERE w.rn = 1 "
               "AND (w.score < ?3 OR w.previous - w.score >= ?4)"_s
               + kScope + u"ORDER BY w.assessed_on"_s;
    case WarningRule::FollowUpOverdue: // the follow-ups ExitService lists as due, once their day has passed
        return u"SELECT h.id, NULL, h.file_number, hex(f.id), f.due_on, f.months, "
               "CAST(julianday(?1) - julianday(f.due_on) AS INTEGER), "_s + sql::headName() + u" FROM exit_followups f "
               "JOIN households h ON h.id = f.household_id WHERE f.done_on IS NULL AND f.deleted = 0 "
               "AND f.due_on < ?1 AND h.status = 'exited'"_s
               + kScope + u"ORDER BY f.due_on"_s;
    case WarningRule::ExitIncomeFell: // ?2 the earliest exit date that counts
        return u"SELECT id, NULL, file_number, exited, exited, before, after, head FROM (SELECT h.id, h.file_number, "
               "e.exited, %1 AS before, %2 AS after, %3 AS head FROM households h JOIN (SELECT household_id, max(on_date) AS exited "
               "FROM household_exits WHERE kind = 'exit' AND deleted = 0 GROUP BY household_id) e "
               "ON e.household_id = h.id WHERE h.status = 'exited' AND e.exited >= ?2 AND e.exited <= ?1"_s
                   .arg(incomeAt(u"e.exited"_s), incomeAt(u"?1"_s), sql::headName())
               + kScope + u") WHERE after < before ORDER BY exited"_s;
    }
    return {};
}

QVariant orNull(const QByteArray &id)
{
    return id.isEmpty() ? QVariant() : QVariant(id);
}

} // namespace

Result<QList<WarningItem>> EarlyWarnings::query(WarningRule rule, const WarningThresholds &t, const QDate &today,
                                                const WarningScope &scope)
{
    QString date; // ?2
    int first = 0, second = 0;
    switch (rule) {
    case WarningRule::IncomeDrop:
        date = today.addDays(-t.incomeLookbackDays).toString(Qt::ISODate);
        first = t.incomeDropPercent;
        break;
    case WarningRule::PlanIdle:
        first = t.planIdleDays;
        break;
    case WarningRule::MissedAppointments:
        first = t.missedInARow;
        break;
    case WarningRule::LowWellbeing:
        first = t.who5Low;
        second = t.who5Fall;
        break;
    case WarningRule::FollowUpOverdue:
        break;
    case WarningRule::ExitIncomeFell:
        date = today.addMonths(-t.recentExitMonths).toString(Qt::ISODate);
        break;
    }
    QList<WarningItem> items;
    Status s = m_db.read(sqlFor(rule),
                         {today.toString(Qt::ISODate), date.isEmpty() ? QVariant() : QVariant(date), first, second,
                          orNull(scope.centreId), orNull(scope.workerId), orNull(scope.counsellorId)},
                         [&](const storage::RawRow &r) {
                             WarningItem item;
                             item.rule = rule;
                             item.householdId = r.blob(0);
                             item.memberId = r.isNull(1) ? QByteArray() : r.blob(1);
                             item.fileNumber = r.text(2);
                             item.fact = r.text(3);
                             item.since = QDate::fromString(r.text(4).left(10), Qt::ISODate);
                             item.before = r.value(5).toDouble();
                             item.after = r.value(6).toDouble();
                             item.headName = r.text(7);
                             items << item;
                         });
    if (!s)
        return s.error();
    return items;
}

} // namespace tamkeen::impact
