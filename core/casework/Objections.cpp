#include "casework/Objections.h"

#include "org/DeviceInfo.h"
#include "org/OrgSettings.h"
#include "common/IsoDay.h"
#include "storage/Database.h"
#include "text/InputText.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using tamkeen::registry::Term;
using tamkeen::registry::Vocabulary;
using tamkeen::security::Role;

namespace tamkeen::casework {

namespace {


QDate day(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

const QString kColumns =
    u"o.id, o.household_id, h.file_number, ifnull(f.head_name, ''), o.member_id, o.kind, o.subject, o.received_on, "
    "o.channel, ifnull(r.full_name, ''), o.summary, o.assigned_to, ifnull(a.full_name, ''), o.due_on, "
    "(SELECT group_concat(line, char(10)) FROM (SELECT n.noted_on || ' — ' || ifnull(nu.full_name, '') || ': ' "
    "|| n.note AS line FROM objection_notes n LEFT JOIN users nu ON nu.id = n.noted_by WHERE n.objection_id = o.id "
    "AND n.deleted = 0 ORDER BY n.noted_on, n.created_at)), ifnull(o.decision, ''), ifnull(o.decision_reason, ''), o.decided_on, ifnull(d.full_name, ''), "
    "ifnull(o.reply, ''), o.replied_on, o.appeal_of, EXISTS (SELECT 1 FROM objections x WHERE x.appeal_of = o.id "
    "AND x.deleted = 0) "
    "FROM objections o JOIN households h ON h.id = o.household_id "
    "LEFT JOIN household_facts f ON f.household_id = o.household_id LEFT JOIN users r ON r.id = o.received_by "
    "LEFT JOIN users a ON a.id = o.assigned_to LEFT JOIN users d ON d.id = o.decided_by"_s;

Objection fromRow(const storage::RawRow &r)
{
    Objection o;
    o.id = r.blob(0);
    o.householdId = r.blob(1);
    o.fileNumber = r.text(2);
    o.headName = r.text(3);
    o.memberId = r.isNull(4) ? QByteArray() : r.blob(4);
    o.kind = r.text(5);
    o.subject = r.text(6);
    o.receivedOn = day(r.text(7));
    o.channel = r.text(8);
    o.receivedByName = r.text(9);
    o.summary = r.text(10);
    o.assignedTo = r.isNull(11) ? QByteArray() : r.blob(11);
    o.assignedName = r.text(12);
    o.dueOn = day(r.text(13));
    o.notes = r.text(14);
    o.decision = r.text(15);
    o.decisionReason = r.text(16);
    o.decidedOn = day(r.text(17));
    o.decidedByName = r.text(18);
    o.reply = r.text(19);
    o.repliedOn = day(r.text(20));
    o.appealOf = r.isNull(21) ? QByteArray() : r.blob(21);
    o.appealed = r.integer(22) != 0;
    return o;
}

} // namespace

Objections::Objections(storage::Database &db) : m_db(db), m_writer(db) {}

QList<Term> Objections::kinds()
{
    return {{u"objection"_s, tr("Objection")}, {u"complaint"_s, tr("Complaint")}};
}

QList<Term> Objections::subjects()
{
    return {{u"eligibility"_s, tr("An eligibility decision")},
            {u"suspension"_s, tr("A suspension of support")},
            {u"support"_s, tr("A decision on support")},
            {u"service"_s, tr("A service received")},
            {u"appeal"_s, tr("An appeal of a decision")}};
}

QList<Term> Objections::channels()
{
    return {{u"in_person"_s, tr("In person")}, {u"phone"_s, tr("By phone")}, {u"letter"_s, tr("By letter")},
            {u"email"_s, tr("By email")}, {u"hotline"_s, tr("The hotline")}};
}

QList<Term> Objections::decisions()
{
    return {{u"upheld"_s, tr("Upheld")}, {u"partly_upheld"_s, tr("Partly upheld")}, {u"rejected"_s, tr("Rejected")}};
}

bool Objections::mayDecide(const security::Session &by)
{
    return by.role == Role::Supervisor || by.role == Role::Administrator;
}

Result<int> Objections::daysFor(const QString &kind)
{
    auto stored = org::OrgSettings::value(m_db, u"objection_days:"_s + kind);
    if (!stored)
        return stored.error();
    bool ok = false;
    const int days = stored.value().toString().toInt(&ok);
    if (ok && days >= 1 && days <= 365)
        return days;
    return kind == u"complaint" ? kDefaultComplaintDays : kDefaultObjectionDays;
}

Status Objections::setDaysFor(const security::Session &by, const QString &kind, int days)
{
    if (!by.isAdministrator())
        return makeError(ErrorCode::PermissionDenied, tr("Only administrators set the days to answer."));
    if (!Vocabulary::contains(kinds(), kind))
        return makeError(ErrorCode::Invalid, tr("Choose objections or complaints."), u"kind"_s);
    if (days < 1 || days > 365)
        return makeError(ErrorCode::Invalid, tr("The days to answer are between 1 and 365."), u"days"_s);
    return org::OrgSettings::setValue(m_db, by, u"objection_days:"_s + kind, QString::number(days));
}

Status Objections::checkText(QString &text, const QString &field, const QString &label, const QString &whenEmpty)
{
    if (Status s = text::InputText::accept(text, field, label, text::kParagraphLength, text::TextKind::Paragraph); !s)
        return s;
    text = text.trimmed();
    if (text.isEmpty())
        return makeError(ErrorCode::Invalid, whenEmpty, field);
    return {};
}

Result<QByteArray> Objections::receive(const security::Session &by, const QByteArray &householdId,
                                       const ObjectionData &d)
{
    return insert(by, householdId, d, {});
}

Result<QByteArray> Objections::insert(const security::Session &by, const QByteArray &householdId,
                                      const ObjectionData &d, const QByteArray &appealOf)
{
    const bool appeal = !appealOf.isEmpty();
    if (!Vocabulary::contains(kinds(), d.kind))
        return makeError(ErrorCode::Invalid, tr("Choose an objection or a complaint."), u"kind"_s);
    const bool objection = d.kind == u"objection";
    if (!appeal
        && (!Vocabulary::contains(subjects(), d.subject) || d.subject == u"appeal"
            || (objection ? d.subject == u"service" : d.subject != u"service")))
        return makeError(ErrorCode::Invalid,
                         objection ? tr("Choose the decision objected to: eligibility, a suspension or support.")
                                   : tr("A complaint is about a service received."),
                         u"subject"_s);
    if (!Vocabulary::contains(channels(), d.channel))
        return makeError(ErrorCode::Invalid, tr("Choose how it was received."), u"channel"_s);
    if (!d.receivedOn.isValid() || d.receivedOn > QDate::currentDate())
        return makeError(ErrorCode::Invalid, tr("The day it was received cannot be in the future."), u"receivedOn"_s);
    QString summary = d.summary;
    if (Status s = checkText(summary, u"summary"_s, tr("What the person says"), tr("Write what the person says.")); !s)
        return s.error();
    auto h = m_db.scalar(u"SELECT deleted FROM households WHERE id = ?"_s, {householdId});
    if (!h)
        return h.error();
    if (h.value().isNull())
        return makeError(ErrorCode::NotFound, tr("This household no longer exists."));
    if (!d.memberId.isEmpty() && !appeal) { // an appeal names whom the decision was about
        auto m = m_db.scalar(u"SELECT count(*) FROM members WHERE id = ? AND household_id = ? AND deleted = 0"_s,
                             {d.memberId, householdId});
        if (!m)
            return m.error();
        if (m.value().toInt() == 0)
            return makeError(ErrorCode::Invalid, tr("This person is not a member of the family."), u"member"_s);
    }
    auto days = daysFor(d.kind);
    if (!days)
        return days.error();
    auto centre = org::Devices::centreFor(m_db, householdId);
    if (!centre)
        return centre.error();
    m_db.setCurrentUser(by.userId);
    auto row = m_writer.insert(u"objections"_s, {{u"household_id"_s, householdId},
                                                 {u"member_id"_s, d.memberId.isEmpty() ? QVariant() : QVariant(d.memberId)},
                                                 {u"kind"_s, d.kind},
                                                 {u"subject"_s, appeal ? u"appeal"_s : d.subject},
                                                 {u"received_on"_s, isoDay(d.receivedOn)},
                                                 {u"channel"_s, d.channel},
                                                 {u"received_by"_s, by.userId},
                                                 {u"summary"_s, summary},
                                                 {u"due_on"_s, isoDay(d.receivedOn.addDays(days.value()))},
                                                 {u"centre_id"_s, centre.value()},
                                                 {u"appeal_of"_s, appeal ? QVariant(appealOf) : QVariant()}});
    if (!row)
        return row.error();
    return row.value();
}

Status Objections::update(const security::Session &by, const QByteArray &id, const QVariantMap &values)
{
    m_db.setCurrentUser(by.userId);
    return m_writer.update(u"objections"_s, id, values);
}

Status Objections::assign(const security::Session &by, const QByteArray &id, const QByteArray &userId)
{
    if (!mayDecide(by))
        return makeError(ErrorCode::PermissionDenied, tr("Only supervisors and administrators assign objections and complaints."));
    auto o = find(id);
    if (!o)
        return o.error();
    if (o.value().closed())
        return makeError(ErrorCode::Conflict, tr("This was answered already."));
    auto people = assignees();
    if (!people)
        return people.error();
    if (!Vocabulary::contains(people.value(), QString::fromLatin1(userId.toHex())))
        return makeError(ErrorCode::Invalid, tr("Choose who looks into it."), u"assignee"_s);
    return update(by, id, {{u"assigned_to"_s, userId}});
}

Status Objections::addNote(const security::Session &by, const QByteArray &id, const QString &note)
{
    QString text = note;
    if (Status s = checkText(text, u"note"_s, tr("Note"), tr("Write the note.")); !s)
        return s;
    auto o = find(id);
    if (!o)
        return o.error();
    if (o.value().closed())
        return makeError(ErrorCode::Conflict, tr("This was answered already: its notes are kept as they were."));
    // A row a note, dated and by whom: what was looked into.
    m_db.setCurrentUser(by.userId);
    auto row = m_writer.insert(u"objection_notes"_s, {{u"objection_id"_s, id},
                                                      {u"household_id"_s, o.value().householdId},
                                                      {u"note"_s, text},
                                                      {u"noted_on"_s, isoDay(QDate::currentDate())},
                                                      {u"noted_by"_s, by.userId}});
    return row ? Status() : Status(row.error());
}

Status Objections::decide(const security::Session &by, const QByteArray &id, const QString &decision,
                          const QString &reason)
{
    if (!mayDecide(by))
        return makeError(ErrorCode::PermissionDenied, tr("Only supervisors and administrators decide objections and complaints."));
    if (!Vocabulary::contains(decisions(), decision))
        return makeError(ErrorCode::Invalid, tr("Choose the decision."), u"decision"_s);
    QString why = reason;
    if (Status s = checkText(why, u"reason"_s, tr("Reason"), tr("Say why it was decided so.")); !s)
        return s;
    auto o = find(id);
    if (!o)
        return o.error();
    if (o.value().closed())
        return makeError(ErrorCode::Conflict, tr("This was answered already: an appeal reopens it."));
    return update(by, id, {{u"decision"_s, decision}, {u"decision_reason"_s, why},
                           {u"decided_on"_s, isoDay(QDate::currentDate())}, {u"decided_by"_s, by.userId}});
}

Status Objections::answer(const security::Session &by, const QByteArray &id, const QString &reply, const QDate &on)
{
    auto o = find(id);
    if (!o)
        return o.error();
    // The reply states the decision to the person: a supervisor's act, as the
    // decision is (the person assigned drafts it in a note).
    if (!mayDecide(by))
        return makeError(ErrorCode::PermissionDenied, tr("Only supervisors and administrators answer the person."));
    if (o.value().decision.isEmpty())
        return makeError(ErrorCode::Conflict, tr("Decide it before answering."), u"decision"_s);
    if (o.value().closed())
        return makeError(ErrorCode::Conflict, tr("This was answered already."));
    QString text = reply;
    if (Status s = checkText(text, u"reply"_s, tr("Reply"), tr("Write the reply to the person.")); !s)
        return s;
    if (!on.isValid() || on > QDate::currentDate() || on < o.value().receivedOn
        || (o.value().decidedOn.isValid() && on < o.value().decidedOn))
        return makeError(ErrorCode::Invalid, tr("The reply is dated between the day it was decided and today."),
                         u"repliedOn"_s);
    return update(by, id, {{u"reply"_s, text}, {u"replied_on"_s, isoDay(on)}});
}

Result<QByteArray> Objections::appeal(const security::Session &by, const QByteArray &id, const QDate &receivedOn,
                                      const QString &channel, const QString &summary)
{
    auto o = find(id);
    if (!o)
        return o.error();
    if (!o.value().closed())
        return makeError(ErrorCode::Conflict, tr("A decision is appealed once the person has been answered."));
    if (o.value().appealed)
        return makeError(ErrorCode::Conflict, tr("This decision was appealed already: look into that appeal."));
    if (o.value().subject == u"appeal")
        return makeError(ErrorCode::Conflict, tr("The decision on an appeal is final at the centre."));
    if (receivedOn.isValid() && receivedOn < o.value().repliedOn)
        return makeError(ErrorCode::Invalid, tr("An appeal comes after the reply."), u"receivedOn"_s);
    // One row, made whole: every check of a new objection.
    return insert(by, o.value().householdId, {u"objection"_s, u"appeal"_s, o.value().memberId, receivedOn, channel, summary},
                  id);
}

Result<Objection> Objections::find(const QByteArray &id)
{
    std::optional<Objection> found;
    Status s = m_db.read(u"SELECT "_s + kColumns + u" WHERE o.id = ? AND o.deleted = 0"_s, {id},
                         [&](const storage::RawRow &r) { found = fromRow(r); });
    if (!s)
        return s.error();
    if (!found)
        return makeError(ErrorCode::NotFound, tr("This objection or complaint is no longer recorded."));
    return *found;
}

Result<QList<Objection>> Objections::list(const ObjectionFilter &f, const QDate &today, int limit)
{
    QString where = u" WHERE o.deleted = 0 AND (?1 IS NULL OR o.centre_id = ?1) AND (?2 IS NULL OR o.assigned_to = ?2)"_s;
    switch (f.show) {
    case ObjectionFilter::Show::Open: where += u" AND o.replied_on IS NULL"_s; break;
    case ObjectionFilter::Show::Overdue: where += u" AND o.replied_on IS NULL AND o.due_on < ?3"_s; break;
    case ObjectionFilter::Show::Closed: where += u" AND o.replied_on IS NOT NULL"_s; break; // newest answered first, below
    case ObjectionFilter::Show::All: break;
    }
    QList<Objection> list;
    const QString order = f.show == ObjectionFilter::Show::Closed ? u" ORDER BY o.replied_on DESC, o.id"_s
                                                                   : u" ORDER BY o.due_on, o.received_on, o.id"_s;
    Status s = m_db.read(u"SELECT "_s + kColumns + where + order + u" LIMIT ?4"_s,
                         {f.centre.isEmpty() ? QVariant() : QVariant(f.centre),
                          f.assignedTo.isEmpty() ? QVariant() : QVariant(f.assignedTo), isoDay(today), limit},
                         [&](const storage::RawRow &r) { list << fromRow(r); });
    if (!s)
        return s.error();
    return list;
}

Result<ObjectionFigures> Objections::figures(const QDate &from, const QDate &to, const QByteArray &centre,
                                             const QDate &today)
{
    ObjectionFigures fig;
    QList<qint64> days;
    QHash<QString, int> outcomes;
    const QVariant c = centre.isEmpty() ? QVariant() : QVariant(centre);
    Status s = m_db.atOneMoment([&]() -> Status {
        Status r = m_db.read(
            u"SELECT sum(received_on BETWEEN ?1 AND ?2), sum(replied_on IS NULL), "
            "sum(replied_on IS NULL AND due_on < ?4) FROM objections WHERE deleted = 0 AND (?3 IS NULL OR centre_id = ?3)"_s,
            {isoDay(from), isoDay(to), c, isoDay(today)}, [&](const storage::RawRow &row) {
                fig.received = int(row.integer(0));
                fig.openNow = int(row.integer(1));
                fig.overdueNow = int(row.integer(2));
            });
        if (!r)
            return r;
        return m_db.read(u"SELECT received_on, replied_on, ifnull(decision, '') FROM objections WHERE deleted = 0 "
                         "AND replied_on BETWEEN ?1 AND ?2 AND (?3 IS NULL OR centre_id = ?3)"_s,
                         {isoDay(from), isoDay(to), c}, [&](const storage::RawRow &row) {
                             ++fig.closed;
                             days << day(row.text(0)).daysTo(day(row.text(1)));
                             outcomes[row.text(2)] += 1;
                         });
    });
    if (!s)
        return s.error();
    if (!days.isEmpty()) {
        std::sort(days.begin(), days.end());
        const qsizetype n = days.size();
        fig.medianDaysToClose = n % 2 ? double(days[n / 2]) : (days[n / 2 - 1] + days[n / 2]) / 2.0;
    }
    for (const Term &t : decisions())
        if (const int k = outcomes.value(t.key); k > 0)
            fig.outcomes.append({t.key, k});
    return fig;
}

Result<QList<Term>> Objections::assignees()
{
    QList<Term> list;
    Status s = m_db.read(u"SELECT id, full_name FROM users WHERE deleted = 0 AND active = 1 AND role <> ? "
                         "ORDER BY full_name"_s,
                         {security::Roles::key(Role::Administrator)}, [&](const storage::RawRow &row) {
                             list << Term{QString::fromLatin1(row.blob(0).toHex()), row.text(1)};
                         });
    if (!s)
        return s.error();
    return list;
}

} // namespace tamkeen::casework
