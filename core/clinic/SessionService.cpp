#include "clinic/SessionService.h"

#include "text/InputText.h"

#include "clinic/AppointmentService.h"
#include "clinic/ClinicalKeys.h"
#include "clinic/ClinicVocabulary.h"
#include "security/AuditLog.h"
#include "storage/Database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tamkeen::clinic {

namespace {

const QString kSelect =
    u"SELECT s.id, s.member_id, s.household_id, s.counsellor_id, s.appointment_id, s.held_at, s.duration_min, s.types, "
    "s.mode, s.confidential, s.needs, s.observations, s.recommendations, s.psych_notes, u.full_name, "
    "trim(m.given_name || ' ' || ifnull(m.father_name, '') || ' ' || ifnull(m.grandfather_name, '') || ' ' || "
    "ifnull(m.family_name, '')) "
    "FROM sessions s JOIN members m ON m.id = s.member_id LEFT JOIN users u ON u.id = s.counsellor_id "_s;

const QStringList kNoteFields = {u"needs"_s, u"observations"_s, u"recommendations"_s, u"psych_notes"_s};

// What `reader` may see of a session's notes: psychological notes only by
// counsellors and supervisors, and nothing of a confidential session's notes;
// a sealed note only by one who opened the clinic's key at login.
void withhold(const storage::Database &db, const security::Session &reader, CounsellingSession &s)
{
    for (QString *note : {&s.needs, &s.observations, &s.recommendations, &s.psychNotes}) {
        const auto opened = ClinicalKeys::open(db, reader, *note);
        if (!opened)
            s.withheld = true;
        *note = opened.value_or(QString());
    }
    if (mayReadConfidential(reader))
        return;
    if (!s.psychNotes.isEmpty() || s.confidential)
        s.withheld = true;
    s.psychNotes.clear();
    if (s.confidential) {
        s.needs.clear();
        s.observations.clear();
        s.recommendations.clear();
    }
}

CounsellingSession read(const QSqlQuery &q)
{
    CounsellingSession s;
    s.id = q.value(0).toByteArray();
    s.memberId = q.value(1).toByteArray();
    s.householdId = q.value(2).toByteArray();
    s.counsellorId = q.value(3).toByteArray();
    s.appointmentId = q.value(4).toByteArray();
    s.heldAt = AppointmentService::fromText(q.value(5).toString());
    s.durationMin = q.value(6).toInt();
    s.types = q.value(7).toString().split(u',', Qt::SkipEmptyParts);
    s.mode = q.value(8).toString();
    s.confidential = q.value(9).toBool();
    s.needs = q.value(10).toString();
    s.observations = q.value(11).toString();
    s.recommendations = q.value(12).toString();
    s.psychNotes = q.value(13).toString();
    s.counsellorName = q.value(14).toString();
    s.memberName = q.value(15).toString().simplified();
    return s;
}

QVariant textOrNull(const QString &s)
{
    const QString t = s.trimmed();
    return t.isEmpty() ? QVariant() : QVariant(t);
}

// Psychological notes always, the other notes of a confidential session, are
// stored sealed to the clinic's key (ClinicalKeys).
bool isSealedField(const QString &field, bool confidential)
{
    return field == u"psych_notes" || (confidential && kNoteFields.contains(field));
}

Status sealNotes(storage::Database &db, QVariantMap &fields, bool confidential)
{
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!isSealedField(it.key(), confidential))
            continue;
        auto sealed = ClinicalKeys::seal(db, it.value());
        if (!sealed)
            return sealed.error();
        it.value() = sealed.value();
    }
    return {};
}

} // namespace

SessionService::SessionService(storage::Database &db) : m_db(db), m_writer(db) {}

Result<bool> SessionService::confidential(const QStringList &types)
{
    auto all = ClinicVocabulary::sessionTypes(m_db);
    if (!all)
        return all.error();
    for (const SessionType &t : all.value()) {
        if (t.confidential && types.contains(t.code))
            return true;
    }
    return false;
}

Status SessionService::validate(SessionData &d)
{
    const struct {
        QString &value;
        const char *field;
        QString label;
    } notes[] = {{d.needs, "needs", tr("Presenting needs")},
                 {d.observations, "observations", tr("Observations")},
                 {d.recommendations, "recommendations", tr("Recommendations")},
                 {d.psychNotes, "psych_notes", tr("Psychological notes")}};
    for (const auto &n : notes) {
        if (Status s = text::InputText::accept(n.value, QString::fromLatin1(n.field), n.label, text::kParagraphLength,
                                               text::TextKind::Paragraph);
            !s)
            return s;
    }
    if (d.memberId.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Choose the family member the session is with."), u"member"_s);
    if (d.counsellorId.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Choose the counsellor."), u"counsellor"_s);
    // Against the clock now, with no grace: a session is recorded after it was held.
    if (!d.heldAt.isValid() || d.heldAt > QDateTime::currentDateTime())
        return makeError(ErrorCode::Invalid,
                         tr("The session's date and time cannot be in the future. Enter when it was held, now or "
                            "earlier."),
                         u"heldAt"_s);
    if (d.durationMin < 5 || d.durationMin > 480)
        return makeError(ErrorCode::Invalid, tr("The duration must be between 5 minutes and 8 hours."), u"duration"_s);
    if (d.types.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Choose at least one consultation type."), u"types"_s);
    auto types = ClinicVocabulary::sessionTypes(m_db);
    if (!types)
        return types.error();
    for (const QString &t : std::as_const(d.types)) {
        if (std::none_of(types.value().cbegin(), types.value().cend(), [&](const SessionType &s) { return s.code == t; }))
            return makeError(ErrorCode::Invalid, tr("Unknown consultation type: %1.").arg(t), u"types"_s);
    }
    if (!registry::Vocabulary::contains(ClinicVocabulary::places(), d.mode))
        return makeError(ErrorCode::Invalid, tr("Choose how the session was held."), u"mode"_s);
    return {};
}

Status SessionService::validate(NewAction &a)
{
    if (Status s = text::InputText::accept(a.description, u"description"_s, tr("Agreed action"), text::kLineLength); !s)
        return s;
    if (a.description.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Describe the agreed action."), u"description"_s);
    if (!registry::Vocabulary::contains(ClinicVocabulary::responsibles(), a.responsible))
        return makeError(ErrorCode::Invalid, tr("Choose who carries out the action."), u"responsible"_s);
    if (!a.dueDate.isValid())
        return makeError(ErrorCode::Invalid, tr("Choose the date the action is due."), u"dueDate"_s);
    return {};
}

Result<QByteArray> SessionService::record(const security::Session &by, SessionData d, const QList<NewAction> &actions,
                                          const QByteArray &appointmentId, const std::optional<QDateTime> &next)
{
    if (!mayCounsel(by))
        return makeError(ErrorCode::PermissionDenied, tr("Only counsellors and supervisors record counselling sessions."));
    if (Status s = validate(d); !s)
        return s.error();
    for (NewAction a : actions) {
        if (Status s = validate(a); !s)
            return s.error();
    }
    auto household = m_db.scalar(u"SELECT household_id FROM members WHERE id = ? AND deleted = 0"_s, {d.memberId});
    if (!household)
        return household.error();
    if (household.value().isNull())
        return makeError(ErrorCode::NotFound, tr("This family member no longer exists."), u"member"_s);
    auto secret = confidential(d.types);
    if (!secret)
        return secret.error();
    AppointmentService appointments(m_db);
    m_db.setCurrentUser(by.userId);
    QByteArray id;
    const Status s = m_db.transaction([&]() -> Status {
        QVariantMap notes = {{u"needs"_s, textOrNull(d.needs)},
                             {u"observations"_s, textOrNull(d.observations)},
                             {u"recommendations"_s, textOrNull(d.recommendations)},
                             {u"psych_notes"_s, textOrNull(d.psychNotes)}};
        if (Status sealed = sealNotes(m_db, notes, secret.value()); !sealed)
            return sealed;
        auto created = m_writer.insert(u"sessions"_s,
                                       {{u"member_id"_s, d.memberId},
                                        {u"household_id"_s, household.value()},
                                        {u"counsellor_id"_s, d.counsellorId},
                                        {u"appointment_id"_s, appointmentId.isEmpty() ? QVariant() : QVariant(appointmentId)},
                                        {u"held_at"_s, AppointmentService::timeText(d.heldAt)},
                                        {u"duration_min"_s, d.durationMin},
                                        {u"types"_s, d.types.join(u',')},
                                        {u"mode"_s, d.mode},
                                        {u"confidential"_s, secret.value() ? 1 : 0},
                                        {u"needs"_s, notes.value(u"needs"_s)},
                                        {u"observations"_s, notes.value(u"observations"_s)},
                                        {u"recommendations"_s, notes.value(u"recommendations"_s)},
                                        {u"psych_notes"_s, notes.value(u"psych_notes"_s)}});
        if (!created)
            return created.error();
        id = created.value();
        for (const NewAction &a : actions) {
            if (auto added = addAction(by, id, a); !added)
                return added.error();
        }
        if (!appointmentId.isEmpty()) {
            auto a = appointments.appointment(appointmentId);
            if (!a)
                return a.error();
            if (a.value().memberId != d.memberId)
                return makeError(ErrorCode::Invalid, tr("The appointment is for another family member."), u"appointment"_s);
            // Checked inside the transaction: another window may have recorded
            // or cancelled it since this form was opened.
            if (a.value().status != u"booked" || !a.value().sessionId.isEmpty())
                return makeError(ErrorCode::Conflict,
                                 tr("This appointment is already «%1»; record the session without it.")
                                     .arg(registry::Vocabulary::label(ClinicVocabulary::appointmentStatuses(),
                                                                      a.value().status)),
                                 u"appointment"_s);
            if (Status st = appointments.setStatus(by, appointmentId, u"attended"_s); !st)
                return st;
            if (Status st = m_writer.update(u"appointments"_s, appointmentId, {{u"session_id"_s, id}}); !st)
                return st;
        }
        if (next) {
            AppointmentData n;
            n.memberId = d.memberId;
            n.counsellorId = d.counsellorId;
            n.startsAt = *next;
            n.durationMin = d.durationMin;
            n.types = d.types;
            n.place = d.mode;
            auto booked = appointments.book(by, n);
            if (!booked)
                return booked.error();
        }
        return {};
    });
    if (!s)
        return s.error();
    return id;
}

Status SessionService::amend(const security::Session &by, const QByteArray &id, const SessionData &corrected,
                             const QString &reason)
{
    if (!mayCounsel(by))
        return makeError(ErrorCode::PermissionDenied, tr("Only counsellors and supervisors correct counselling sessions."));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Write why the session is corrected."), u"reason"_s);
    auto current = session(by, id);
    if (!current)
        return current.error();
    if (current.value().withheld) // correcting what one cannot read would lose it
        return makeError(ErrorCode::PermissionDenied,
                         tr("This session's confidential notes cannot be opened on this computer yet, so it cannot be "
                            "corrected here. The clinic's key reaches you when a counsellor or supervisor who holds it "
                            "logs in after your account arrived, then syncs."));
    SessionData d = corrected;
    d.memberId = current.value().memberId;
    d.counsellorId = current.value().counsellorId;
    d.heldAt = current.value().heldAt;
    if (Status s = validate(d); !s)
        return s;
    auto secret = confidential(d.types);
    if (!secret)
        return secret.error();
    const CounsellingSession &old = current.value();
    struct Change {
        QString field;
        QString oldValue;
        QString newValue;
        QVariant stored;
    };
    QList<Change> changes;
    const auto compare = [&](const QString &field, const QString &was, const QString &now, const QVariant &stored) {
        if (was.trimmed() != now.trimmed())
            changes.append({field, was, now.trimmed(), stored});
    };
    compare(u"types"_s, old.types.join(u','), d.types.join(u','), d.types.join(u','));
    compare(u"duration_min"_s, QString::number(old.durationMin), QString::number(d.durationMin), d.durationMin);
    compare(u"mode"_s, old.mode, d.mode, d.mode);
    compare(u"needs"_s, old.needs, d.needs, textOrNull(d.needs));
    compare(u"observations"_s, old.observations, d.observations, textOrNull(d.observations));
    compare(u"recommendations"_s, old.recommendations, d.recommendations, textOrNull(d.recommendations));
    compare(u"psych_notes"_s, old.psychNotes, d.psychNotes, textOrNull(d.psychNotes));
    if (changes.isEmpty())
        return {};
    m_db.setCurrentUser(by.userId);
    const QString now = AppointmentService::timeText(QDateTime::currentDateTime());
    return m_db.transaction([&]() -> Status {
        QVariantMap update = {{u"confidential"_s, secret.value() ? 1 : 0}};
        if (secret.value() && !old.confidential) // notes kept as they were are sealed now too
            update.insert({{u"needs"_s, textOrNull(old.needs)},
                           {u"observations"_s, textOrNull(old.observations)},
                           {u"recommendations"_s, textOrNull(old.recommendations)}});
        for (const Change &c : changes) {
            update.insert(c.field, c.stored);
            // Confidential if the session was or becomes so: a later change of
            // type must not reveal what was written while it was confidential.
            const bool secretField = isSealedField(c.field, old.confidential || secret.value());
            QVariantMap values = {{u"old_value"_s, textOrNull(c.oldValue)}, {u"new_value"_s, textOrNull(c.newValue)}};
            if (secretField)
                for (QVariant &v : values) {
                    auto sealed = ClinicalKeys::seal(m_db, v);
                    if (!sealed)
                        return sealed.error();
                    v = sealed.value();
                }
            auto kept = m_writer.insert(u"session_amendments"_s,
                                        {{u"session_id"_s, id},
                                         {u"confidential"_s, secretField ? 1 : 0},
                                         {u"field"_s, c.field},
                                         {u"old_value"_s, values.value(u"old_value"_s)},
                                         {u"new_value"_s, values.value(u"new_value"_s)},
                                         {u"reason"_s, reason.trimmed()},
                                         {u"at"_s, now},
                                         {u"by_user"_s, by.userId}});
            if (!kept)
                return kept.error();
        }
        if (Status sealed = sealNotes(m_db, update, secret.value()); !sealed)
            return sealed;
        if (secret.value() && !old.confidential)
            if (Status sealed = sealActions(id); !sealed)
                return sealed;
        return m_writer.update(u"sessions"_s, id, update);
    });
}

// A reader who may see confidential notes and was shown some leaves an entry
// in the audit trail (which the trail itself keeps to one per ten minutes).
void SessionService::auditConfidential(const security::Session &reader, const QList<CounsellingSession> &shown)
{
    if (!mayReadConfidential(reader))
        return;
    for (const CounsellingSession &s : shown)
        if (s.confidential || !s.psychNotes.isEmpty()) {
            security::AuditLog::logged(security::AuditLog(m_db).record(reader, u"read_confidential"_s, s.householdId,
                                            QString::fromLatin1(s.memberId.toHex())));
            return;
        }
}

Result<CounsellingSession> SessionService::session(const security::Session &reader, const QByteArray &id)
{
    auto q = m_db.exec(kSelect + u"WHERE s.id = ? AND s.deleted = 0"_s, {id});
    if (!q)
        return q.error();
    if (!q.value()->next())
        return makeError(ErrorCode::NotFound, tr("This session no longer exists."));
    CounsellingSession s = read(*q.value());
    q.value()->finish();
    withhold(m_db, reader, s);
    auditConfidential(reader, {s});
    return s;
}

Result<QList<CounsellingSession>> SessionService::ofMember(const security::Session &reader, const QByteArray &memberId)
{
    auto q = m_db.exec(kSelect + u"WHERE s.member_id = ? AND s.deleted = 0 ORDER BY s.held_at DESC"_s, {memberId});
    if (!q)
        return q.error();
    QList<CounsellingSession> list;
    while (q.value()->next()) {
        CounsellingSession s = read(*q.value());
        withhold(m_db, reader, s);
        list << s;
    }
    q.value()->finish();
    auditConfidential(reader, list);
    return list;
}

Result<QList<Amendment>> SessionService::amendments(const security::Session &reader, const QByteArray &id)
{
    auto s = session(reader, id);
    if (!s)
        return s.error();
    auto q = m_db.exec(u"SELECT a.field, a.old_value, a.new_value, a.reason, a.at, a.by_user, u.full_name, a.confidential "
                       "FROM session_amendments a LEFT JOIN users u ON u.id = a.by_user "
                       "WHERE a.session_id = ? AND a.deleted = 0 ORDER BY a.at, a.created_at"_s,
                       {id});
    if (!q)
        return q.error();
    QList<Amendment> list;
    while (q.value()->next()) {
        const QSqlQuery *r = q.value();
        Amendment a{r->value(0).toString(), r->value(1).toString(), r->value(2).toString(), r->value(3).toString(),
                    AppointmentService::fromText(r->value(4).toString()), r->value(5).toByteArray(),
                    r->value(6).toString(), false};
        const bool secretField = r->value(7).toBool() || a.field == u"psych_notes"
                                 || (s.value().confidential && kNoteFields.contains(a.field));
        const auto oldValue = ClinicalKeys::open(m_db, reader, a.oldValue);
        const auto newValue = ClinicalKeys::open(m_db, reader, a.newValue);
        a.oldValue = oldValue.value_or(QString());
        a.newValue = newValue.value_or(QString());
        if ((secretField && !mayReadConfidential(reader)) || !oldValue || !newValue) {
            a.oldValue.clear();
            a.newValue.clear();
            a.withheld = true;
        }
        list << a;
    }
    q.value()->finish();
    return list;
}

Result<QByteArray> SessionService::addAction(const security::Session &by, const QByteArray &sessionId,
                                             const NewAction &action)
{
    NewAction a = action;
    if (!mayCounsel(by))
        return makeError(ErrorCode::PermissionDenied, tr("Only counsellors and supervisors record agreed actions."));
    if (Status s = validate(a); !s)
        return s.error();
    auto q = m_db.exec(u"SELECT member_id, household_id, counsellor_id, confidential FROM sessions WHERE id = ? AND deleted = 0"_s,
                       {sessionId});
    if (!q)
        return q.error();
    if (!q.value()->next())
        return makeError(ErrorCode::NotFound, tr("This session no longer exists."));
    const QByteArray member = q.value()->value(0).toByteArray();
    const QByteArray household = q.value()->value(1).toByteArray();
    const QByteArray counsellor = q.value()->value(2).toByteArray();
    const bool secret = q.value()->value(3).toBool();
    q.value()->finish();
    QVariant description = a.description.trimmed();
    if (secret) { // what a confidential session agreed is as confidential as its notes
        auto sealed = ClinicalKeys::seal(m_db, description);
        if (!sealed)
            return sealed.error();
        description = sealed.value();
    }
    m_db.setCurrentUser(by.userId);
    return m_writer.insert(u"agreed_actions"_s, {{u"session_id"_s, sessionId},
                                                 {u"member_id"_s, member},
                                                 {u"household_id"_s, household},
                                                 {u"counsellor_id"_s, counsellor},
                                                 {u"description"_s, description},
                                                 {u"responsible"_s, a.responsible},
                                                 {u"due_date"_s, a.dueDate.toString(Qt::ISODate)}});
}

Status SessionService::sealActions(const QByteArray &sessionId)
{
    QList<std::pair<QByteArray, QString>> plain;
    Status s = m_db.read(u"SELECT id, description FROM agreed_actions WHERE session_id = ? AND deleted = 0"_s, {sessionId},
                         [&](const storage::RawRow &r) { plain.append({r.blob(0), r.text(1)}); });
    if (!s)
        return s;
    for (const auto &[id, text] : std::as_const(plain)) {
        auto sealed = ClinicalKeys::seal(m_db, text);
        if (!sealed)
            return sealed.error();
        if (sealed.value() != QVariant(text))
            if (Status w = m_writer.update(u"agreed_actions"_s, id, {{u"description"_s, sealed.value()}}); !w)
                return w;
    }
    return {};
}

Status SessionService::completeAction(const security::Session &by, const QByteArray &actionId, const QDate &doneOn)
{
    if (!mayCounsel(by))
        return makeError(ErrorCode::PermissionDenied, tr("Only counsellors and supervisors record agreed actions."));
    if (!doneOn.isValid() || doneOn > QDate::currentDate())
        return makeError(ErrorCode::Invalid, tr("The date the action was done cannot be in the future."), u"doneOn"_s);
    auto open = m_db.scalar(u"SELECT done_on IS NULL FROM agreed_actions WHERE id = ? AND deleted = 0"_s, {actionId});
    if (!open)
        return open.error();
    if (open.value().isNull())
        return makeError(ErrorCode::NotFound, tr("This agreed action no longer exists."));
    if (!open.value().toBool())
        return makeError(ErrorCode::Conflict, tr("This action is already marked as done."));
    m_db.setCurrentUser(by.userId);
    return m_writer.update(u"agreed_actions"_s, actionId, {{u"done_on"_s, doneOn.toString(Qt::ISODate)}});
}

namespace {
Result<QList<AgreedAction>> readActions(storage::Database &db, const security::Session &reader, const QString &where,
                                        const QVariantList &values)
{
    auto q = db.exec(u"SELECT a.id, a.session_id, a.member_id, a.description, a.responsible, a.due_date, a.done_on, "
                     "(SELECT confidential FROM sessions WHERE id = a.session_id), "
                     "trim(m.given_name || ' ' || ifnull(m.father_name, '') || ' ' || ifnull(m.grandfather_name, '') || ' ' || "
                     "ifnull(m.family_name, '')), "
                     "a.household_id FROM agreed_actions a JOIN members m ON m.id = a.member_id WHERE a.deleted = 0 AND "_s
                         + where,
                     values);
    if (!q)
        return q.error();
    QList<AgreedAction> list;
    while (q.value()->next()) {
        const QSqlQuery *r = q.value();
        AgreedAction a;
        a.id = r->value(0).toByteArray();
        a.sessionId = r->value(1).toByteArray();
        a.memberId = r->value(2).toByteArray();
        a.description = r->value(3).toString();
        a.responsible = r->value(4).toString();
        a.dueDate = QDate::fromString(r->value(5).toString(), Qt::ISODate);
        a.doneOn = QDate::fromString(r->value(6).toString(), Qt::ISODate);
        const auto description = ClinicalKeys::open(db, reader, a.description);
        if ((r->value(7).toBool() && !mayReadConfidential(reader)) || !description) {
            a.description.clear();
            a.withheld = true;
        } else {
            a.description = *description;
        }
        a.memberName = r->value(8).toString().simplified();
        a.householdId = r->value(9).toByteArray();
        list << a;
    }
    q.value()->finish();
    return list;
}
} // namespace

Result<QList<AgreedAction>> SessionService::actions(const security::Session &reader, const QByteArray &sessionId)
{
    return readActions(m_db, reader, u"a.session_id = ? ORDER BY a.due_date"_s, {sessionId});
}

Result<QList<AgreedAction>> SessionService::dueActions(const security::Session &reader, const QDate &date,
                                                       const QByteArray &counsellorId)
{
    if (counsellorId.isEmpty())
        return readActions(m_db, reader, u"a.done_on IS NULL AND a.due_date <= ? ORDER BY a.due_date"_s,
                           {date.toString(Qt::ISODate)});
    return readActions(m_db, reader,
                       u"a.counsellor_id = ? AND a.done_on IS NULL AND a.due_date <= ? ORDER BY a.due_date"_s,
                       {counsellorId, date.toString(Qt::ISODate)});
}

} // namespace tamkeen::clinic
