#include "clinic/ClinicViews.h"

#include "org/OrgSettings.h"

#include "clinic/AppointmentService.h"
#include "text/Digits.h"
#include "clinic/AssessmentService.h"
#include "clinic/ClinicVocabulary.h"
#include "plans/PlanService.h"
#include "referrals/ReferralService.h"
#include "storage/Database.h"
#include "storage/SyncedWriter.h"
#include "storage/Uuid.h"

#include <QLocale>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace tamkeen::clinic {

namespace {

const QString kFollowUpKey = u"clinic_follow_up_days"_s;
// The four-part name, as every clinic screen shows it.
const QString kName = u"trim(m.given_name || ' ' || ifnull(m.father_name, '') || ' ' || ifnull(m.grandfather_name, '') "
                      "|| ' ' || ifnull(m.family_name, ''))"_s;

// "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM", read by hand: QDateTime::fromString
// with a format costs more than the rest of a timeline row.
QDateTime dateTimeOf(const QString &text)
{
    const auto number = [&](int from, int length) { return QStringView(text).mid(from, length).toInt(); };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const QTime time = text.size() >= 16 ? QTime(number(11, 2), number(14, 2)) : QTime(0, 0);
    return QDateTime(date, time);
}

QString typeLabels(const QList<SessionType> &types, const QString &codes)
{
    QStringList labels;
    for (const QString &c : codes.split(u',', Qt::SkipEmptyParts)) {
        auto it = std::find_if(types.cbegin(), types.cend(), [&](const SessionType &t) { return t.code == c; });
        labels << (it == types.cend() ? c : it->label);
    }
    return labels.join(ClinicViews::tr(", "));
}

} // namespace

QString ClinicViews::kindLabel(TimelineItem::Kind kind)
{
    switch (kind) {
    case TimelineItem::Kind::Registration: return tr("Registration");
    case TimelineItem::Kind::Status: return tr("Status changes");
    case TimelineItem::Kind::Income: return tr("Incomes");
    case TimelineItem::Kind::Appointment: return tr("Appointments");
    case TimelineItem::Kind::Session: return tr("Counselling sessions");
    case TimelineItem::Kind::Assessment: return tr("Assessments");
    case TimelineItem::Kind::Plan: return tr("Empowerment plans");
    case TimelineItem::Kind::Referral: return tr("Referrals");
    }
    return {};
}

QList<TimelineItem::Kind> ClinicViews::allKinds()
{
    using K = TimelineItem::Kind;
    return {K::Registration, K::Status, K::Income, K::Appointment, K::Session, K::Assessment, K::Plan, K::Referral};
}

Result<QList<TimelineItem>> ClinicViews::timeline(storage::Database &db, const security::Session &reader,
                                                  const QByteArray &householdId, const TimelineFilter &filter)
{
    using K = TimelineItem::Kind;
    const auto wanted = [&](K k) { return filter.kinds.isEmpty() || filter.kinds.contains(k); };
    const bool byMember = !filter.memberId.isEmpty();
    auto types = ClinicVocabulary::sessionTypes(db);
    if (!types)
        return types.error();
    // Each list once, not once per row.
    const QList<registry::Term> statuses = registry::Vocabulary::statuses();
    const QList<registry::Term> sources = registry::Vocabulary::incomeSources();
    const QList<registry::Term> appointmentStatuses = ClinicVocabulary::appointmentStatuses();
    const QList<registry::Term> places = ClinicVocabulary::places();
    const QList<registry::Term> kinds = ClinicVocabulary::assessmentKinds();
    QList<TimelineItem> items;
    const auto run = [&](const QString &sql, const QVariantList &values,
                         const std::function<void(const QSqlQuery &)> &add) -> Status {
        auto q = db.exec(sql, values);
        if (!q)
            return q.error();
        while (q.value()->next())
            add(*q.value());
        q.value()->finish();
        return {};
    };
    // Members of this household only: a member filter naming another
    // household's member finds nothing.
    const QString memberClause = byMember ? u" AND x.member_id = ?"_s : QString();
    QVariantList values = {householdId};
    if (byMember)
        values << filter.memberId;

    if (!byMember && wanted(K::Registration)) {
        Status s = run(u"SELECT id, registration_date, file_number FROM households WHERE id = ?"_s, {householdId},
                       [&](const QSqlQuery &q) {
                           items.append({K::Registration, dateTimeOf(q.value(1).toString()), q.value(0).toByteArray(), {},
                                         {}, tr("Registered (file %1)").arg(text::isolate(q.value(2).toString())), {}});
                       });
        if (!s)
            return s.error();
    }
    if (!byMember && wanted(K::Status)) {
        Status s = run(u"SELECT id, effective_date, status, reason FROM household_status "
                       "WHERE household_id = ? AND deleted = 0 AND previous_status IS NOT NULL"_s,
                       {householdId}, [&](const QSqlQuery &q) {
                           items.append({K::Status, dateTimeOf(q.value(1).toString()), q.value(0).toByteArray(), {}, {},
                                         tr("Status: %1").arg(registry::Vocabulary::label(statuses,
                                                                                          q.value(2).toString())),
                                         q.value(3).toString()});
                       });
        if (!s)
            return s.error();
    }
    if (wanted(K::Income)) {
        Status s = run(u"SELECT x.id, x.effective_date, x.source, x.amount, x.currency, x.member_id, "_s + kName
                           + u" FROM incomes x LEFT JOIN members m ON m.id = x.member_id "
                             "WHERE x.household_id = ? AND x.deleted = 0"_s
                           + memberClause,
                       values, [&](const QSqlQuery &q) {
                           items.append({K::Income, dateTimeOf(q.value(1).toString()), q.value(0).toByteArray(),
                                         q.value(5).toByteArray(), q.value(6).toString().simplified(),
                                         tr("Income: %1 %2 a month (%3)")
                                             .arg(QLocale::c().toString(q.value(3).toDouble(), 'f', 2), q.value(4).toString(),
                                                  registry::Vocabulary::label(sources,
                                                                              q.value(2).toString())),
                                         {}});
                       });
        if (!s)
            return s.error();
    }
    if (wanted(K::Appointment)) {
        Status s = run(u"SELECT x.id, x.starts_at, x.status, x.place, x.member_id, "_s + kName
                           + u", u.full_name FROM appointments x JOIN members m ON m.id = x.member_id "
                             "LEFT JOIN users u ON u.id = x.counsellor_id WHERE x.household_id = ? AND x.deleted = 0"_s
                           + memberClause,
                       values, [&](const QSqlQuery &q) {
                           items.append({K::Appointment, dateTimeOf(q.value(1).toString()), q.value(0).toByteArray(),
                                         q.value(4).toByteArray(), q.value(5).toString().simplified(),
                                         tr("Appointment with %1: %2")
                                             .arg(q.value(6).toString(),
                                                  registry::Vocabulary::label(appointmentStatuses,
                                                                              q.value(2).toString())),
                                         registry::Vocabulary::label(places, q.value(3).toString())});
                       });
        if (!s)
            return s.error();
    }
    if (wanted(K::Session)) {
        Status s = run(u"SELECT x.id, x.held_at, x.types, x.member_id, "_s + kName
                           + u", u.full_name FROM sessions x JOIN members m ON m.id = x.member_id "
                             "LEFT JOIN users u ON u.id = x.counsellor_id WHERE x.household_id = ? AND x.deleted = 0"_s
                           + memberClause,
                       values, [&](const QSqlQuery &q) {
                           items.append({K::Session, dateTimeOf(q.value(1).toString()), q.value(0).toByteArray(),
                                         q.value(3).toByteArray(), q.value(4).toString().simplified(),
                                         tr("Counselling session with %1").arg(q.value(5).toString()),
                                         typeLabels(types.value(), q.value(2).toString())});
                       });
        if (!s)
            return s.error();
    }
    if (wanted(K::Assessment)) {
        const bool confidentialOk = mayReadConfidential(reader);
        Status s = run(u"SELECT x.id, x.assessed_on, x.kind, x.score, x.member_id, "_s + kName
                           + u" FROM assessments x JOIN members m ON m.id = x.member_id "
                             "WHERE x.household_id = ? AND x.deleted = 0"_s
                           + memberClause,
                       values, [&](const QSqlQuery &q) {
                           const QString kind = q.value(2).toString();
                           const bool hidden = AssessmentService::isConfidential(kind) && !confidentialOk;
                           items.append({K::Assessment, dateTimeOf(q.value(1).toString()), q.value(0).toByteArray(),
                                         q.value(4).toByteArray(), q.value(5).toString().simplified(),
                                         tr("Assessment: %1")
                                             .arg(registry::Vocabulary::label(kinds, kind)),
                                         hidden ? QString()
                                                : tr("Score %1").arg(QLocale::c().toString(q.value(3).toDouble(), 'f', 0))});
                       });
        if (!s)
            return s.error();
    }
    if (wanted(K::Plan)) {
        // Each transition and review of the member's plans, then each task done.
        const QHash<QString, QString> events = {
            {u"created"_s, tr("Empowerment plan drawn up")},   {u"submitted"_s, tr("Plan submitted for approval")},
            {u"approved"_s, tr("Plan approved")},              {u"returned"_s, tr("Plan returned for changes")},
            {u"reviewed"_s, tr("Plan reviewed")},              {u"completed"_s, tr("Plan completed")},
            {u"exited"_s, tr("Plan ended with exit from support")}, {u"discontinued"_s, tr("Plan discontinued")}};
        Status s = run(u"SELECT p.id, e.at, e.event, p.member_id, "_s + kName
                           + u", e.reason, e.progress FROM plan_events e JOIN plans p ON p.id = e.plan_id "
                             "JOIN members m ON m.id = p.member_id "
                             "WHERE p.household_id = ? AND e.deleted = 0 AND p.deleted = 0"_s
                           + QString(memberClause).replace(u"x.member_id"_s, u"p.member_id"_s),
                       values, [&](const QSqlQuery &q) {
                           const QString event = q.value(2).toString();
                           items.append({K::Plan, dateTimeOf(q.value(1).toString()), q.value(0).toByteArray(),
                                         q.value(3).toByteArray(), q.value(4).toString().simplified(),
                                         events.value(event, event),
                                         q.value(6).toString().isEmpty() ? q.value(5).toString() : q.value(6).toString()});
                       });
        if (!s)
            return s.error();
        s = run(u"SELECT p.id, t.done_on, t.description, p.member_id, "_s + kName
                    + u" FROM plan_tasks t JOIN plans p ON p.id = t.plan_id JOIN members m ON m.id = p.member_id "
                      "WHERE p.household_id = ? AND t.done_on IS NOT NULL AND t.deleted = 0 AND p.deleted = 0"_s
                    + QString(memberClause).replace(u"x.member_id"_s, u"p.member_id"_s),
                values, [&](const QSqlQuery &q) {
                    items.append({K::Plan, dateTimeOf(q.value(1).toString()), q.value(0).toByteArray(),
                                  q.value(3).toByteArray(), q.value(4).toString().simplified(), tr("Task done"),
                                  q.value(2).toString()});
                });
        if (!s)
            return s.error();
    }
    if (wanted(K::Referral)) {
        const QList<registry::Term> referralStatuses = referrals::ReferralService::statuses();
        Status s = run(u"SELECT x.id, x.sent_on, x.status, x.service, x.member_id, "_s + kName
                           + u", p.name FROM referrals x JOIN members m ON m.id = x.member_id "
                             "JOIN partners p ON p.id = x.partner_id WHERE x.household_id = ? AND x.deleted = 0"_s
                           + memberClause,
                       values, [&](const QSqlQuery &q) {
                           items.append({K::Referral, dateTimeOf(q.value(1).toString()), q.value(0).toByteArray(),
                                         q.value(4).toByteArray(), q.value(5).toString().simplified(),
                                         tr("Referral to %1: %2")
                                             .arg(q.value(6).toString(),
                                                  registry::Vocabulary::label(referralStatuses, q.value(2).toString())),
                                         q.value(3).toString()});
                       });
        if (!s)
            return s.error();
    }
    std::stable_sort(items.begin(), items.end(), [](const TimelineItem &a, const TimelineItem &b) { return a.at > b.at; });
    return items;
}

Result<QList<FollowUp>> ClinicViews::followUps(storage::Database &db, const QByteArray &counsellorId, const QDate &today,
                                               int days, int limit)
{
    // The last session per member from the covering index alone (sessions are
    // never archived), oldest first; then the member and household of each, in
    // that order, until `limit` are still registered and in the programme.
    // Joining first made every one of a counsellor's thousands of members be
    // looked up before the sort (150 ms with 1,000,000 sessions).
    auto q = db.exec(u"SELECT member_id, max(held_at) AS last FROM sessions WHERE counsellor_id = ? "
                     "GROUP BY member_id HAVING last < ? ORDER BY last"_s,
                     {counsellorId, today.addDays(-days).toString(Qt::ISODate)});
    if (!q)
        return q.error();
    // Read only as far as needed: the list stops at `limit`.
    QList<FollowUp> list;
    QSqlQuery *candidates = q.value();
    while (list.size() < limit && candidates->next()) {
        FollowUp f{candidates->value(0).toByteArray(), {}, {}, {},
                   QDate::fromString(candidates->value(1).toString().left(10), Qt::ISODate)};
        auto who = db.exec(u"SELECT h.file_number, h.id, "_s + kName
                               + u" FROM members m JOIN households h ON h.id = m.household_id WHERE m.id = ? "
                                 "AND m.deleted = 0 AND h.deleted = 0 AND h.status IN ('active', 'reentered', 'applicant')"_s,
                           {f.memberId});
        if (!who) {
            candidates->finish();
            return who.error();
        }
        if (who.value()->next()) {
            f.fileNumber = who.value()->value(0).toString();
            f.householdId = who.value()->value(1).toByteArray(); // today's, after any merge
            f.memberName = who.value()->value(2).toString().simplified();
            list << f;
        }
        who.value()->finish();
    }
    candidates->finish();
    return list;
}

Result<int> ClinicViews::followUpDays(storage::Database &db)
{
    auto v = org::OrgSettings::value(db, kFollowUpKey);
    if (!v)
        return v.error();
    return v.value().isNull() ? 30 : v.value().toInt();
}

Status ClinicViews::setFollowUpDays(storage::Database &db, const security::Session &by, int days)
{
    if (!by.isAdministrator() && by.role != security::Role::Supervisor)
        return makeError(ErrorCode::PermissionDenied, tr("Only supervisors and administrators change this setting."));
    if (days < 1 || days > 365)
        return makeError(ErrorCode::Invalid, tr("The number of days must be between 1 and 365."), u"days"_s);
    return org::OrgSettings::setValue(db, by, kFollowUpKey, QString::number(days));
}

} // namespace tamkeen::clinic
