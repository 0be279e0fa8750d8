#include "clinic/ClinicViews.h"

#include "clinic/AppointmentService.h"
#include "clinic/AssessmentService.h"
#include "clinic/ClinicVocabulary.h"
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

QDateTime dateTimeOf(const QString &text)
{
    if (text.size() == 10)
        return QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0));
    return AppointmentService::fromText(text.left(16));
}

QString typeLabels(const QList<SessionType> &types, const QString &codes)
{
    QStringList labels;
    for (const QString &c : codes.split(u',', Qt::SkipEmptyParts)) {
        auto it = std::find_if(types.cbegin(), types.cend(), [&](const SessionType &t) { return t.code == c; });
        labels << (it == types.cend() ? c : it->label);
    }
    return labels.join(u"، "_s);
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
    }
    return {};
}

QList<TimelineItem::Kind> ClinicViews::allKinds()
{
    using K = TimelineItem::Kind;
    return {K::Registration, K::Status, K::Income, K::Appointment, K::Session, K::Assessment};
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
                                         {}, tr("Registered (file %1)").arg(q.value(2).toString()), {}});
                       });
        if (!s)
            return s.error();
    }
    if (!byMember && wanted(K::Status)) {
        Status s = run(u"SELECT id, effective_date, status, reason FROM household_status "
                       "WHERE household_id = ? AND deleted = 0 AND previous_status IS NOT NULL"_s,
                       {householdId}, [&](const QSqlQuery &q) {
                           items.append({K::Status, dateTimeOf(q.value(1).toString()), q.value(0).toByteArray(), {}, {},
                                         tr("Status: %1").arg(registry::Vocabulary::label(registry::Vocabulary::statuses(),
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
                                                  registry::Vocabulary::label(registry::Vocabulary::incomeSources(),
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
                                                  registry::Vocabulary::label(ClinicVocabulary::appointmentStatuses(),
                                                                              q.value(2).toString())),
                                         registry::Vocabulary::label(ClinicVocabulary::places(), q.value(3).toString())});
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
                                             .arg(registry::Vocabulary::label(ClinicVocabulary::assessmentKinds(), kind)),
                                         hidden ? QString()
                                                : tr("Score %1").arg(QLocale::c().toString(q.value(3).toDouble(), 'f', 0))});
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
    auto q = db.exec(u"SELECT s.member_id, s.household_id, s.last, h.file_number, "_s + kName
                         + u" FROM (SELECT member_id, household_id, max(held_at) AS last FROM sessions "
                           "WHERE counsellor_id = ? AND deleted = 0 GROUP BY member_id) s "
                           "JOIN members m ON m.id = s.member_id JOIN households h ON h.id = s.household_id "
                           "WHERE s.last < ? AND m.deleted = 0 AND h.deleted = 0 AND h.status IN ('active', 'reentered', 'applicant') "
                           "ORDER BY s.last LIMIT ?"_s,
                     {counsellorId, today.addDays(-days).toString(Qt::ISODate), limit});
    if (!q)
        return q.error();
    QList<FollowUp> list;
    while (q.value()->next()) {
        const QSqlQuery *r = q.value();
        list.append({r->value(0).toByteArray(), r->value(1).toByteArray(), r->value(4).toString().simplified(),
                     r->value(3).toString(), QDate::fromString(r->value(2).toString().left(10), Qt::ISODate)});
    }
    q.value()->finish();
    return list;
}

Result<int> ClinicViews::followUpDays(storage::Database &db)
{
    auto v = db.scalar(u"SELECT value FROM org_settings WHERE id = ? AND deleted = 0"_s, {storage::stableId(kFollowUpKey)});
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
    const QByteArray id = storage::stableId(kFollowUpKey);
    db.setCurrentUser(by.userId);
    storage::SyncedWriter writer(db);
    return db.transaction([&]() -> Status {
        auto exists = db.scalar(u"SELECT count(*) FROM org_settings WHERE id = ?"_s, {id});
        if (!exists)
            return exists.error();
        if (exists.value().toInt() > 0)
            return writer.update(u"org_settings"_s, id, {{u"value"_s, QString::number(days)}, {u"deleted"_s, 0}});
        auto created = writer.insert(u"org_settings"_s, {{u"key"_s, kFollowUpKey}, {u"value"_s, QString::number(days)}}, id);
        return created ? Status() : Status(created.error());
    });
}

} // namespace tamkeen::clinic
