#include "referrals/ReferralService.h"

#include "registry/ConsentService.h"
#include "storage/Database.h"

#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tamkeen::referrals {

namespace {

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QVariant textOrNull(const QString &s)
{
    const QString t = s.trimmed();
    return t.isEmpty() ? QVariant() : QVariant(t);
}

} // namespace

ReferralService::ReferralService(storage::Database &db) : m_db(db), m_writer(db) {}

QList<Term> ReferralService::partnerKinds()
{
    return {{u"training"_s, tr("Training institute")},   {u"employer"_s, tr("Employer")},
            {u"bank"_s, tr("Bank or financing body")},    {u"health"_s, tr("Health centre")},
            {u"ngo"_s, tr("Charity or NGO")},             {u"municipality"_s, tr("Municipality")},
            {u"government"_s, tr("Government benefit")}};
}

QList<Term> ReferralService::statuses()
{
    return {{u"sent"_s, tr("Sent")},           {u"accepted"_s, tr("Accepted")},
            {u"rejected"_s, tr("Rejected")},   {u"no_response"_s, tr("No response")},
            {u"in_progress"_s, tr("In progress")}, {u"completed"_s, tr("Completed")}};
}

QStringList ReferralService::nextStatuses(const QString &s)
{
    if (s == u"sent")
        return {u"accepted"_s, u"rejected"_s, u"no_response"_s};
    if (s == u"no_response")
        return {u"accepted"_s, u"rejected"_s};
    if (s == u"accepted")
        return {u"in_progress"_s, u"completed"_s};
    if (s == u"in_progress")
        return {u"completed"_s};
    return {};
}

Status ReferralService::validate(const Partner &p)
{
    if (p.name.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Write the partner organisation's name."), u"name"_s);
    if (!registry::Vocabulary::contains(partnerKinds(), p.kind))
        return makeError(ErrorCode::Invalid, tr("Choose the kind of partner."), u"kind"_s);
    if (p.services.isEmpty())
        return makeError(ErrorCode::Invalid, tr("List at least one service the partner offers."), u"services"_s);
    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (!p.email.trimmed().isEmpty() && !email.match(p.email.trimmed()).hasMatch())
        return makeError(ErrorCode::Invalid, tr("The e-mail address does not look right."), u"email"_s);
    return {};
}

Result<QByteArray> ReferralService::addPartner(const security::Session &by, Partner p)
{
    if (!by.isAdministrator())
        return makeError(ErrorCode::PermissionDenied, tr("Only administrators manage the partners catalogue."));
    p.services.removeAll(QString());
    if (Status s = validate(p); !s)
        return s.error();
    m_db.setCurrentUser(by.userId);
    return m_writer.insert(u"partners"_s, {{u"name"_s, p.name.trimmed()},
                                           {u"kind"_s, p.kind},
                                           {u"services"_s, p.services.join(u'\n')},
                                           {u"region"_s, textOrNull(p.region)},
                                           {u"contact"_s, textOrNull(p.contact)},
                                           {u"phone"_s, textOrNull(p.phone)},
                                           {u"email"_s, textOrNull(p.email)},
                                           {u"active"_s, p.active ? 1 : 0}});
}

Status ReferralService::updatePartner(const security::Session &by, const Partner &p)
{
    if (!by.isAdministrator())
        return makeError(ErrorCode::PermissionDenied, tr("Only administrators manage the partners catalogue."));
    if (Status s = validate(p); !s)
        return s;
    m_db.setCurrentUser(by.userId);
    return m_writer.update(u"partners"_s, p.id, {{u"name"_s, p.name.trimmed()},
                                                 {u"kind"_s, p.kind},
                                                 {u"services"_s, p.services.join(u'\n')},
                                                 {u"region"_s, textOrNull(p.region)},
                                                 {u"contact"_s, textOrNull(p.contact)},
                                                 {u"phone"_s, textOrNull(p.phone)},
                                                 {u"email"_s, textOrNull(p.email)},
                                                 {u"active"_s, p.active ? 1 : 0}});
}

Result<QList<Partner>> ReferralService::partners(bool activeOnly)
{
    auto q = m_db.exec(u"SELECT id, name, kind, services, region, contact, phone, email, active FROM partners "
                       "WHERE deleted = 0 AND (active = 1 OR ? = 0) ORDER BY name"_s,
                       {activeOnly ? 1 : 0});
    if (!q)
        return q.error();
    QList<Partner> list;
    while (q.value()->next()) {
        const QSqlQuery *r = q.value();
        list.append({r->value(0).toByteArray(), r->value(1).toString(), r->value(2).toString(),
                     r->value(3).toString().split(u'\n', Qt::SkipEmptyParts), r->value(4).toString(),
                     r->value(5).toString(), r->value(6).toString(), r->value(7).toString(), r->value(8).toBool()});
    }
    q.value()->finish();
    return list;
}

Result<QByteArray> ReferralService::refer(const security::Session &by, ReferralData d)
{
    auto household = m_db.scalar(u"SELECT household_id FROM members WHERE id = ? AND deleted = 0"_s, {d.memberId});
    if (!household)
        return household.error();
    if (household.value().isNull())
        return makeError(ErrorCode::NotFound, tr("This family member no longer exists."), u"member"_s);
    auto partner = m_db.exec(u"SELECT services, active FROM partners WHERE id = ? AND deleted = 0"_s, {d.partnerId});
    if (!partner)
        return partner.error();
    if (!partner.value()->next())
        return makeError(ErrorCode::Invalid, tr("Choose the partner organisation."), u"partner"_s);
    const QStringList services = partner.value()->value(0).toString().split(u'\n', Qt::SkipEmptyParts);
    const bool active = partner.value()->value(1).toBool();
    partner.value()->finish();
    if (!active)
        return makeError(ErrorCode::Invalid, tr("This partner no longer takes referrals."), u"partner"_s);
    if (!services.contains(d.service))
        return makeError(ErrorCode::Invalid, tr("Choose one of the partner's services."), u"service"_s);
    if (!d.sentOn.isValid() || d.sentOn > QDate::currentDate())
        return makeError(ErrorCode::Invalid, tr("The date sent cannot be in the future."), u"sentOn"_s);
    if (d.followUpOn.isValid() && d.followUpOn < d.sentOn)
        return makeError(ErrorCode::Invalid, tr("The follow-up date cannot be before the date sent."), u"followUpOn"_s);
    if (!d.planId.isEmpty()) {
        auto plan = m_db.scalar(u"SELECT member_id FROM plans WHERE id = ? AND deleted = 0"_s, {d.planId});
        if (!plan)
            return plan.error();
        if (plan.value().toByteArray() != d.memberId)
            return makeError(ErrorCode::Invalid, tr("The plan belongs to another family member."), u"plan"_s);
    }
    m_db.setCurrentUser(by.userId);
    QByteArray id;
    const Status s = m_db.transaction([&]() -> Status {
        // The member's data goes to the partner: only with their signed or
        // witnessed consent, given by the date sent and not withdrawn since
        // (a backdated referral does not get round a withdrawal), or with a
        // reason that every copy will see beside the sender's name. An
        // earlier override is no consent: each referral without one says why.
        registry::ConsentService consents(m_db);
        auto consent = consents.sharingConsent(d.memberId, d.partnerId, d.sentOn);
        if (!consent)
            return consent.error();
        const bool consented = consent.value().has_value() && !consent.value()->withdrawnOn.isValid();
        if (!consented && d.consentOverride.trimmed().isEmpty())
            return makeError(ErrorCode::PermissionDenied,
                             tr("The member has not consented to sharing their data with this partner. Record the "
                                "consent in the household file first, or give the reason the referral must go "
                                "without it."),
                             u"consent"_s);
        if (!consented) {
            auto overridden = consents.recordOverride(by, d.memberId, household.value().toByteArray(), d.partnerId,
                                                      d.sentOn, d.consentOverride);
            if (!overridden)
                return overridden.error();
        }
        auto created = m_writer.insert(u"referrals"_s,
                                       {{u"member_id"_s, d.memberId},
                                        {u"household_id"_s, household.value()},
                                        {u"partner_id"_s, d.partnerId},
                                        {u"plan_id"_s, d.planId.isEmpty() ? QVariant() : QVariant(d.planId)},
                                        {u"goal_id"_s, d.goalId.isEmpty() ? QVariant() : QVariant(d.goalId)},
                                        {u"service"_s, d.service},
                                        {u"sent_on"_s, iso(d.sentOn)},
                                        {u"status"_s, u"sent"_s},
                                        {u"follow_up_on"_s, d.followUpOn.isValid() ? QVariant(iso(d.followUpOn)) : QVariant()},
                                        {u"worker_id"_s, by.userId}});
        if (!created)
            return created.error();
        id = created.value();
        auto history = m_writer.insert(u"referral_status"_s, {{u"referral_id"_s, id},
                                                              {u"status"_s, u"sent"_s},
                                                              {u"on_date"_s, iso(d.sentOn)},
                                                              {u"by_user"_s, by.userId}});
        return history ? Status() : Status(history.error());
    });
    if (!s)
        return s.error();
    return id;
}

Status ReferralService::setStatus(const security::Session &by, const QByteArray &id, const QString &status,
                                  const QDate &on, const QString &note, const QDate &nextFollowUp)
{
    auto current = referral(id);
    if (!current)
        return current.error();
    if (!nextStatuses(current.value().status).contains(status))
        return makeError(ErrorCode::Conflict,
                         tr("A referral that is «%1» cannot become «%2».")
                             .arg(registry::Vocabulary::label(statuses(), current.value().status),
                                  registry::Vocabulary::label(statuses(), status)),
                         u"status"_s);
    if (!on.isValid() || on > QDate::currentDate() || on < current.value().sentOn)
        return makeError(ErrorCode::Invalid, tr("Choose the date of the change, between the date sent and today."),
                         u"on"_s);
    if (status == u"rejected" && note.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Write the partner's reason for rejecting the referral."), u"note"_s);
    m_db.setCurrentUser(by.userId);
    return m_db.transaction([&]() -> Status {
        QVariantMap changes = {{u"status"_s, status}};
        // A closed referral needs no more follow-up; an open one gets the next date when given.
        if (status == u"completed" || status == u"rejected")
            changes.insert(u"follow_up_on"_s, QVariant());
        else if (nextFollowUp.isValid())
            changes.insert(u"follow_up_on"_s, iso(nextFollowUp));
        if (Status s = m_writer.update(u"referrals"_s, id, changes); !s)
            return s;
        auto history = m_writer.insert(u"referral_status"_s, {{u"referral_id"_s, id},
                                                              {u"status"_s, status},
                                                              {u"previous_status"_s, current.value().status},
                                                              {u"on_date"_s, iso(on)},
                                                              {u"by_user"_s, by.userId},
                                                              {u"note"_s, textOrNull(note)}});
        return history ? Status() : Status(history.error());
    });
}

Status ReferralService::recordOutcome(const security::Session &by, const QByteArray &id, const QString &outcome,
                                      const QString &feedback)
{
    auto current = referral(id);
    if (!current)
        return current.error();
    if (current.value().status != u"completed" && current.value().status != u"rejected")
        return makeError(ErrorCode::Conflict, tr("The outcome is recorded when the referral is completed or rejected."));
    if (outcome.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Write what came of the referral."), u"outcome"_s);
    m_db.setCurrentUser(by.userId);
    return m_writer.update(u"referrals"_s, id, {{u"outcome"_s, outcome.trimmed()}, {u"feedback"_s, textOrNull(feedback)}});
}

namespace {
const QString kSelect =
    u"SELECT r.id, r.member_id, r.partner_id, r.service, r.plan_id, r.goal_id, r.sent_on, r.follow_up_on, r.household_id, "
    "r.worker_id, r.status, r.outcome, r.feedback, "
    "trim(m.given_name || ' ' || ifnull(m.father_name, '') || ' ' || ifnull(m.grandfather_name, '') || ' ' || "
    "ifnull(m.family_name, '')), p.name, h.file_number "
    "FROM referrals r JOIN members m ON m.id = r.member_id JOIN partners p ON p.id = r.partner_id "
    "JOIN households h ON h.id = r.household_id WHERE r.deleted = 0"_s;

Referral read(const QSqlQuery &q)
{
    Referral r;
    r.id = q.value(0).toByteArray();
    r.memberId = q.value(1).toByteArray();
    r.partnerId = q.value(2).toByteArray();
    r.service = q.value(3).toString();
    r.planId = q.value(4).toByteArray();
    r.goalId = q.value(5).toByteArray();
    r.sentOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    r.followUpOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    r.householdId = q.value(8).toByteArray();
    r.workerId = q.value(9).toByteArray();
    r.status = q.value(10).toString();
    r.outcome = q.value(11).toString();
    r.feedback = q.value(12).toString();
    r.memberName = q.value(13).toString().simplified();
    r.partnerName = q.value(14).toString();
    r.fileNumber = q.value(15).toString();
    return r;
}
} // namespace

Result<Referral> ReferralService::referral(const QByteArray &id)
{
    auto q = m_db.exec(kSelect + u" AND r.id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q.value()->next())
        return makeError(ErrorCode::NotFound, tr("This referral no longer exists."));
    Referral r = read(*q.value());
    q.value()->finish();
    return r;
}

Result<QList<Referral>> ReferralService::inOrderSent(const QString &column, const QByteArray &id)
{
    auto q = m_db.exec(kSelect + u" AND r."_s + column + u" = ? ORDER BY r.sent_on, r.created_at"_s, {id});
    if (!q)
        return q.error();
    QList<Referral> list;
    while (q.value()->next())
        list << read(*q.value());
    q.value()->finish();
    return list;
}

Result<QList<Referral>> ReferralService::ofPlan(const QByteArray &planId)
{
    return inOrderSent(u"plan_id"_s, planId);
}

Result<QList<Referral>> ReferralService::ofHousehold(const QByteArray &householdId)
{
    return inOrderSent(u"household_id"_s, householdId);
}

Result<QList<Referral>> ReferralService::list(const ReferralFilter &f, const QDate &today, int limit)
{
    QString where;
    QVariantList values;
    if (!f.status.isEmpty()) {
        where += u" AND r.status = ?"_s;
        values << f.status;
    }
    if (!f.partnerId.isEmpty()) {
        where += u" AND r.partner_id = ?"_s;
        values << f.partnerId;
    }
    if (!f.workerId.isEmpty()) {
        where += u" AND r.worker_id = ?"_s;
        values << f.workerId;
    }
    // Overdue follow-ups of open referrals first, oldest first; then the rest, newest first.
    values << iso(today) << limit;
    auto q = m_db.exec(kSelect + where
                           + u" ORDER BY (r.status IN ('sent', 'accepted', 'no_response', 'in_progress') "
                             "AND r.follow_up_on IS NOT NULL AND r.follow_up_on <= ?) DESC, "
                             "r.follow_up_on, r.sent_on DESC LIMIT ?"_s,
                       values);
    if (!q)
        return q.error();
    QList<Referral> list;
    while (q.value()->next())
        list << read(*q.value());
    q.value()->finish();
    return list;
}

} // namespace tamkeen::referrals
