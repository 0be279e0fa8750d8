#include "casework/Conditions.h"

#include "common/IsoDay.h"
#include "storage/Database.h"
#include "storage/Uuid.h"
#include "text/InputText.h"

#include <QDateTime>
#include <QRegularExpression>

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

int ageOn(const QDate &birth, const QDate &on)
{
    int age = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --age;
    return age;
}

const QString kMemberName =
    u"trim(m.given_name || ' ' || ifnull(m.father_name, '') || ' ' || ifnull(m.family_name, ''))"_s;

// A programme's support the family receives on `on`.
const QString kRunning =
    u"s.household_id = ? AND s.deleted = 0 AND s.decision = 'approved' AND s.frequency <> 'once' AND s.starts_on <= ? "
    "AND (s.stops_on IS NULL OR s.stops_on >= ?)"_s;

} // namespace

Conditions::Conditions(storage::Database &db) : m_db(db), m_writer(db) {}

QList<Term> Conditions::appliesTo()
{
    return {{u"school_age"_s, tr("Each child of school age (6 to 17)")},
            {u"under_six"_s, tr("Each child under six")},
            {u"mothers"_s, tr("Each mother of a child under six")},
            {u"household"_s, tr("The family as a whole")}};
}

QList<Term> Conditions::measures()
{
    return {{u"percent"_s, tr("Attendance in percent")}, {u"count"_s, tr("Number of visits")}};
}

QList<Term> Conditions::periods()
{
    return {{u"month"_s, tr("Each month")}, {u"quarter"_s, tr("Each quarter")}};
}

QList<Term> Conditions::actions()
{
    return {{u"warning"_s, tr("Warning")},
            {u"counselling"_s, tr("Counselling")},
            {u"suspension"_s, tr("Support suspended")},
            {u"reinstatement"_s, tr("Support reinstated")}};
}

QList<Term> Conditions::areaLevels()
{
    return {{u"region"_s, tr("Region")}, {u"city"_s, tr("City")}, {u"district"_s, tr("District")}};
}

bool Conditions::mayDecide(const security::Session &by)
{
    return by.role == Role::Supervisor || by.role == Role::Administrator;
}

QString Conditions::periodOf(const QString &kind, const QDate &d)
{
    if (kind == u"quarter")
        return u"%1-Q%2"_s.arg(d.year()).arg((d.month() - 1) / 3 + 1);
    return d.toString(u"yyyy-MM"_s);
}

QDate Conditions::periodEnd(const QString &period)
{
    static const QRegularExpression month(u"^(\\d{4})-(\\d{2})$"_s), quarter(u"^(\\d{4})-Q([1-4])$"_s);
    if (const auto m = month.match(period); m.hasMatch()) {
        const QDate first(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        return first.isValid() ? first.addMonths(1).addDays(-1) : QDate();
    }
    if (const auto q = quarter.match(period); q.hasMatch())
        return QDate(q.captured(1).toInt(), q.captured(2).toInt() * 3, 1).addMonths(1).addDays(-1);
    return {};
}

QStringList Conditions::recentPeriods(const QString &kind, const QDate &today, int count)
{
    QStringList list;
    QDate d = today;
    for (int i = 0; i < count; ++i) {
        list << periodOf(kind, d);
        d = d.addMonths(kind == u"quarter" ? -3 : -1);
    }
    return list;
}

Result<QByteArray> Conditions::add(const security::Session &by, const ConditionData &data)
{
    if (!mayDecide(by))
        return makeError(ErrorCode::PermissionDenied, tr("Only supervisors and administrators set a programme's conditions."));
    QString programme = data.programme, name = data.name;
    for (auto [text, field, label] : {std::tuple{&programme, u"programme"_s, tr("Programme")},
                                      std::tuple{&name, u"name"_s, tr("Condition")}}) {
        if (Status s = text::InputText::accept(*text, field, label, text::kLineLength, text::TextKind::Line); !s)
            return s.error();
        *text = text->trimmed();
        if (text->isEmpty())
            return makeError(ErrorCode::Invalid, tr("Write the programme and the condition."), field);
    }
    if (!Vocabulary::contains(appliesTo(), data.appliesTo))
        return makeError(ErrorCode::Invalid, tr("Choose whom the condition is for."), u"appliesTo"_s);
    if (!Vocabulary::contains(measures(), data.measure))
        return makeError(ErrorCode::Invalid, tr("Choose what is measured."), u"measure"_s);
    if (!Vocabulary::contains(periods(), data.period))
        return makeError(ErrorCode::Invalid, tr("Choose how often it is checked."), u"period"_s);
    const double most = data.measure == u"percent" ? 100 : 99;
    if (!(data.threshold > 0 && data.threshold <= most))
        return makeError(ErrorCode::Invalid,
                         data.measure == u"percent" ? tr("The threshold is a percentage above 0 and at most 100.")
                                                    : tr("The threshold is a number of visits from 1 to 99."),
                         u"threshold"_s);
    m_db.setCurrentUser(by.userId);
    return m_writer.insert(u"support_conditions"_s,
                           {{u"programme"_s, programme}, {u"name"_s, name}, {u"applies_to"_s, data.appliesTo},
                            {u"measure"_s, data.measure}, {u"threshold"_s, data.threshold},
                            {u"period"_s, data.period}, {u"active"_s, 1}});
}

Status Conditions::setActive(const security::Session &by, const QByteArray &id, bool active)
{
    if (!mayDecide(by))
        return makeError(ErrorCode::PermissionDenied, tr("Only supervisors and administrators set a programme's conditions."));
    m_db.setCurrentUser(by.userId);
    return m_writer.update(u"support_conditions"_s, id, {{u"active"_s, active ? 1 : 0}});
}

Result<QList<Condition>> Conditions::list(bool activeOnly)
{
    QList<Condition> all;
    Status s = m_db.read(u"SELECT id, programme, name, applies_to, measure, threshold, period, active FROM "
                         "support_conditions WHERE deleted = 0 %1 ORDER BY programme, name"_s.arg(
                             activeOnly ? u"AND active = 1"_s : QString()),
                         {}, [&](const storage::RawRow &r) {
                             Condition c;
                             c.id = r.blob(0);
                             c.programme = r.text(1);
                             c.name = r.text(2);
                             c.appliesTo = r.text(3);
                             c.measure = r.text(4);
                             c.threshold = r.value(5).toDouble();
                             c.period = r.text(6);
                             c.active = r.integer(7) != 0;
                             all << c;
                         });
    if (!s)
        return s.error();
    return all;
}

Result<QList<Condition>> Conditions::forHousehold(const QByteArray &householdId, const QDate &today)
{
    QStringList programmes;
    const QString d = isoDay(today);
    Status s = m_db.read(u"SELECT DISTINCT s.programme FROM household_support s WHERE "_s + kRunning, {householdId, d, d},
                         [&](const storage::RawRow &r) { programmes << r.text(0); });
    if (!s)
        return s.error();
    auto all = list(true);
    if (!all)
        return all.error();
    QList<Condition> mine;
    for (const Condition &c : all.value())
        if (programmes.contains(c.programme))
            mine << c;
    return mine;
}

Result<QList<ComplianceSubject>> Conditions::subjects(const QByteArray &conditionId, const QByteArray &householdId,
                                                      const QString &period)
{
    const QDate end = periodEnd(period);
    if (!end.isValid())
        return makeError(ErrorCode::Invalid, tr("Choose the month or quarter."), u"period"_s);
    QString appliesTo;
    Status s = m_db.read(u"SELECT applies_to FROM support_conditions WHERE id = ? AND deleted = 0"_s, {conditionId},
                         [&](const storage::RawRow &r) { appliesTo = r.text(0); });
    if (!s)
        return s.error();
    if (appliesTo.isEmpty())
        return makeError(ErrorCode::NotFound, tr("This condition no longer exists."));
    QHash<QByteArray, std::pair<double, QString>> recorded; // by member (the family: its own id)
    s = m_db.read(u"SELECT ifnull(member_id, household_id), value, ifnull(note, '') FROM condition_compliance "
                  "WHERE condition_id = ? AND household_id = ? AND period = ? AND deleted = 0"_s,
                  {conditionId, householdId, period},
                  [&](const storage::RawRow &r) { recorded.insert(r.blob(0), {r.value(1).toDouble(), r.text(2)}); });
    if (!s)
        return s.error();
    QList<ComplianceSubject> subjects;
    const auto held = [&](const QByteArray &id) { return recorded.value(id, {-1, QString()}); };
    if (appliesTo == u"household") {
        subjects.append({{}, tr("The family"), held(householdId).first, held(householdId).second});
        return subjects;
    }
    struct Member {
        QByteArray id;
        QString name;
        bool female;
        int age;
        bool parent; // the head or the head's spouse
    };
    QList<Member> members;
    s = m_db.read(u"SELECT m.id, "_s + kMemberName
                      + u", m.sex = 'female', m.birth_date, m.relation IN ('head', 'spouse') FROM members m WHERE "
                        "m.household_id = ? AND m.deleted = 0 AND m.birth_date IS NOT NULL ORDER BY m.birth_date"_s,
                  {householdId}, [&](const storage::RawRow &r) {
                      members.append({r.blob(0), r.text(1), r.integer(2) != 0, ageOn(day(r.text(3)), end),
                                      r.integer(4) != 0});
                  });
    if (!s)
        return s.error();
    const bool youngChild = std::any_of(members.cbegin(), members.cend(), [](const Member &m) { return m.age >= 0 && m.age < 6; });
    for (const Member &m : std::as_const(members)) {
        const bool applies = appliesTo == u"school_age" ? m.age >= 6 && m.age <= 17
                             : appliesTo == u"under_six" ? m.age >= 0 && m.age < 6
                                                         : m.female && m.parent && m.age >= 15 && m.age <= 49 && youngChild;
        if (applies)
            subjects.append({m.id, m.name, held(m.id).first, held(m.id).second});
    }
    return subjects;
}

Result<int> Conditions::record(const security::Session &by, const QByteArray &householdId, const QByteArray &conditionId,
                               const QString &period, const QList<ComplianceEntry> &entries)
{
    auto all = list(false);
    if (!all)
        return all.error();
    const auto c = std::find_if(all.value().cbegin(), all.value().cend(), [&](const Condition &x) { return x.id == conditionId; });
    if (c == all.value().cend())
        return makeError(ErrorCode::NotFound, tr("This condition no longer exists."));
    const QDate end = periodEnd(period);
    if (!end.isValid() || period != periodOf(c->period, end))
        return makeError(ErrorCode::Invalid, tr("Choose the month or quarter."), u"period"_s);
    if (periodEnd(periodOf(c->period, QDate::currentDate())) < end)
        return makeError(ErrorCode::Invalid, tr("Compliance is recorded for a period that has begun, not a later one."),
                         u"period"_s);
    // The family received the programme's support then (or receives it now, for the period under way).
    auto theirs = forHousehold(householdId, std::min(end, QDate::currentDate()));
    if (!theirs)
        return theirs.error();
    if (!std::any_of(theirs.value().cbegin(), theirs.value().cend(), [&](const Condition &x) { return x.id == conditionId; }))
        return makeError(ErrorCode::Invalid,
                         tr("The family did not receive this programme's support in that period: nothing to record."),
                         u"period"_s);
    auto who = subjects(conditionId, householdId, period);
    if (!who)
        return who.error();
    if (entries.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Nobody in this family is concerned by this condition for that period."),
                         u"entries"_s);
    const double most = c->measure == u"percent" ? 100 : 99;
    for (const ComplianceEntry &e : entries) {
        if (!std::any_of(who.value().cbegin(), who.value().cend(), [&](const ComplianceSubject &s) { return s.memberId == e.memberId; }))
            return makeError(ErrorCode::Invalid, tr("This condition is not for this person in that period."), u"entries"_s);
        if (!(e.value >= 0 && e.value <= most)) // a NaN too
            return makeError(ErrorCode::Invalid,
                             c->measure == u"percent" ? tr("Attendance is between 0 and 100 %.")
                                                      : tr("The visits are between 0 and 99."),
                             u"entries"_s);
    }
    // The family's place when recorded: the rates by area count it there.
    QVariantMap area;
    Status placed = m_db.read(u"SELECT region, city, district FROM households WHERE id = ?"_s, {householdId},
                              [&](const storage::RawRow &r) {
                                  area = {{u"region"_s, r.value(0)}, {u"city"_s, r.value(1)}, {u"district"_s, r.value(2)}};
                              });
    if (!placed)
        return placed.error();
    int missed = 0;
    Status done = m_db.transaction([&]() -> Status {
        m_db.setCurrentUser(by.userId);
        for (const ComplianceEntry &e : entries) {
            QString note = e.note;
            if (Status s = text::InputText::accept(note, u"note"_s, tr("Note"), text::kLineLength, text::TextKind::Line); !s)
                return s;
            const bool met = e.value >= c->threshold;
            missed += met ? 0 : 1;
            // One row per condition, person and period, whichever copy records it.
            const QByteArray id = storage::stableId(u"compliance|%1|%2|%3"_s.arg(
                QString::fromLatin1(conditionId.toHex()),
                QString::fromLatin1((e.memberId.isEmpty() ? householdId : e.memberId).toHex()), period));
            // Every field, also on a correction: a row another copy made under
            // this id (it is predictable) takes the recording as it is here.
            QVariantMap values = {{u"value"_s, e.value}, {u"met"_s, met ? 1 : 0},
                                  {u"note"_s, note.trimmed().isEmpty() ? QVariant() : QVariant(note.trimmed())},
                                  {u"recorded_by"_s, by.userId}, {u"recorded_on"_s, isoDay(QDate::currentDate())},
                                  {u"condition_id"_s, conditionId}, {u"household_id"_s, householdId},
                                  {u"member_id"_s, e.memberId.isEmpty() ? QVariant() : QVariant(e.memberId)},
                                  {u"period"_s, period}};
            values.insert(area);
            auto held = m_db.scalar(u"SELECT count(*) FROM condition_compliance WHERE id = ?"_s, {id});
            if (!held)
                return held.error();
            if (held.value().toInt() > 0) {
                values.insert(u"deleted"_s, 0);
                if (Status s = m_writer.update(u"condition_compliance"_s, id, values); !s)
                    return s;
                continue;
            }
            if (auto w = m_writer.insert(u"condition_compliance"_s, values, id); !w)
                return w.error();
        }
        // The period's warning, once whoever records it; withdrawn when a
        // correction shows every one concerned met the condition.
        const QByteArray warning = storage::stableId(u"warning|%1|%2|%3"_s.arg(
            QString::fromLatin1(conditionId.toHex()), QString::fromLatin1(householdId.toHex()), period));
        auto held = m_db.scalar(u"SELECT deleted FROM compliance_actions WHERE id = ?"_s, {warning});
        if (!held)
            return held.error();
        auto stillMissed = m_db.scalar(u"SELECT count(*) FROM condition_compliance WHERE condition_id = ? AND "
                                       "household_id = ? AND period = ? AND deleted = 0 AND met = 0"_s,
                                       {conditionId, householdId, period});
        if (!stillMissed)
            return stillMissed.error();
        if (stillMissed.value().toInt() == 0)
            return held.value().isNull() || held.value().toInt() == 1
                       ? Status()
                       : m_writer.update(u"compliance_actions"_s, warning, {{u"deleted"_s, 1}});
        if (!held.value().isNull())
            return held.value().toInt() == 1 ? m_writer.update(u"compliance_actions"_s, warning, {{u"deleted"_s, 0}})
                                             : Status();
        return act(by, householdId, c->programme, u"warning"_s, QDate::currentDate(),
                   tr("%n not met: %1", nullptr, missed).arg(c->name), conditionId, period, warning);
    });
    if (!done)
        return done.error();
    return missed;
}

Status Conditions::checkReason(QString &text, const QString &field, const QString &whenEmpty)
{
    if (Status s = text::InputText::accept(text, field, tr("Reason"), text::kParagraphLength, text::TextKind::Paragraph); !s)
        return s;
    text = text.trimmed();
    if (text.size() < 3)
        return makeError(ErrorCode::Invalid, whenEmpty, field);
    return {};
}

Status Conditions::act(const security::Session &by, const QByteArray &householdId, const QString &programme,
                       const QString &action, const QDate &on, const QString &reason, const QByteArray &conditionId,
                       const QString &period, const QByteArray &id)
{
    m_db.setCurrentUser(by.userId);
    const bool decision = action == u"suspension" || action == u"reinstatement";
    QVariantMap row = {{u"household_id"_s, householdId}, {u"programme"_s, programme}, {u"action"_s, action},
                       {u"on_date"_s, isoDay(on)}, {u"reason"_s, reason}, {u"by_user"_s, by.userId}};
    if (!decision) {
        row.insert(u"condition_id"_s, conditionId.isEmpty() ? QVariant() : QVariant(conditionId));
        row.insert(u"period"_s, period.isEmpty() ? QVariant() : QVariant(period));
    }
    if (decision) {
        auto last = m_db.scalar(u"SELECT max(number) FROM conditional_decisions WHERE household_id = ? AND programme = ?"_s,
                                {householdId, programme});
        if (!last)
            return last.error();
        row.insert(u"number"_s, last.value().toLongLong() + 1);
    }
    auto w = m_writer.insert(decision ? u"conditional_decisions"_s : u"compliance_actions"_s, row, id);
    return w ? Status() : Status(w.error());
}

Result<std::optional<ComplianceStatus>> Conditions::standing(const QByteArray &householdId, const QString &programme,
                                                             const QDate &on)
{
    if (!on.isValid() || on > QDate::currentDate())
        return makeError(ErrorCode::Invalid, tr("The day cannot be in the future."), u"on"_s);
    auto mine = status(householdId);
    if (!mine)
        return mine.error();
    for (const ComplianceStatus &s : mine.value())
        if (s.programme == programme)
            return std::optional<ComplianceStatus>(s);
    return std::optional<ComplianceStatus>();
}

Status Conditions::counsel(const security::Session &by, const QByteArray &householdId, const QString &programme,
                           const QDate &on, const QString &note)
{
    QString text = note;
    if (Status s = checkReason(text, u"note"_s, tr("Write what was discussed with the family.")); !s)
        return s;
    auto st = standing(householdId, programme, on);
    if (!st)
        return st.error();
    if (!st.value())
        return makeError(ErrorCode::Invalid, tr("Choose a programme with conditions that the family receives."),
                         u"programme"_s);
    return act(by, householdId, programme, u"counselling"_s, on, text);
}

Status Conditions::suspend(const security::Session &by, const QByteArray &householdId, const QString &programme,
                           const QDate &on, const QString &reason)
{
    if (!mayDecide(by))
        return makeError(ErrorCode::PermissionDenied, tr("Only supervisors and administrators suspend support."));
    QString text = reason;
    if (Status s = checkReason(text, u"reason"_s, tr("Say why the support is suspended.")); !s)
        return s;
    auto found = standing(householdId, programme, on);
    if (!found)
        return found.error();
    const std::optional<ComplianceStatus> &st = found.value();
    if (!st)
        return makeError(ErrorCode::Invalid, tr("Choose a programme with conditions that the family receives."),
                         u"programme"_s);
    if (st->suspended)
        return makeError(ErrorCode::Conflict, tr("This support is suspended already."));
    if (!st->lastWarning.isValid()) // since the last reinstatement
        return makeError(ErrorCode::Conflict, tr("The family has no warning for this programme: nothing to suspend for."));
    if (!st->counselled)
        return makeError(ErrorCode::Conflict,
                         tr("Counsel the family first: a suspension comes only after counselling that follows the warning."));
    if (on < st->counselledOn)
        return makeError(ErrorCode::Invalid, tr("A suspension comes after the counselling."), u"on"_s);
    return act(by, householdId, programme, u"suspension"_s, on, text);
}

Status Conditions::reinstate(const security::Session &by, const QByteArray &householdId, const QString &programme,
                             const QDate &on, const QString &reason)
{
    if (!mayDecide(by))
        return makeError(ErrorCode::PermissionDenied, tr("Only supervisors and administrators reinstate support."));
    QString text = reason;
    if (Status s = checkReason(text, u"reason"_s, tr("Say why the support is reinstated.")); !s)
        return s;
    auto found = standing(householdId, programme, on);
    if (!found)
        return found.error();
    const std::optional<ComplianceStatus> &st = found.value();
    if (!st || !st->suspended)
        return makeError(ErrorCode::Conflict, tr("This support is not suspended."));
    if (on < st->since)
        return makeError(ErrorCode::Invalid, tr("A reinstatement comes after the suspension."), u"on"_s);
    return act(by, householdId, programme, u"reinstatement"_s, on, text);
}

Result<QList<ComplianceRecord>> Conditions::history(const QByteArray &householdId)
{
    QList<ComplianceRecord> all;
    Status s = m_db.read(u"SELECT cc.id, cc.condition_id, cc.member_id, ifnull(c.name, ''), ifnull("_s + kMemberName
                             + u", ''), cc.period, cc.value, cc.met, ifnull(cc.note, ''), ifnull(u.full_name, ''), "
                               "cc.recorded_on FROM condition_compliance cc LEFT JOIN support_conditions c ON c.id = "
                               "cc.condition_id LEFT JOIN members m ON m.id = cc.member_id AND m.household_id = cc.household_id LEFT JOIN users u ON u.id = "
                               "cc.recorded_by WHERE cc.household_id = ? AND cc.deleted = 0 ORDER BY cc.period DESC, "
                               "c.name, 5"_s,
                         {householdId}, [&](const storage::RawRow &r) {
                             ComplianceRecord c;
                             c.id = r.blob(0);
                             c.conditionId = r.blob(1);
                             c.memberId = r.isNull(2) ? QByteArray() : r.blob(2);
                             c.conditionName = r.text(3);
                             c.memberName = r.text(4);
                             c.period = r.text(5);
                             c.value = r.value(6).toDouble();
                             c.met = r.integer(7) != 0;
                             c.note = r.text(8);
                             c.recordedByName = r.text(9);
                             c.recordedOn = day(r.text(10));
                             all << c;
                         });
    if (!s)
        return s.error();
    return all;
}

Result<QList<ComplianceAction>> Conditions::actionsOf(const QByteArray &householdId)
{
    QList<ComplianceAction> all;
    // Warnings and counselling, and the supervisors' decisions (a table of their own).
    Status s = m_db.read(
        u"SELECT a.id, a.condition_id, a.programme, ifnull(c.name, ''), a.action, ifnull(a.period, ''), "
        "ifnull(a.reason, ''), ifnull(u.full_name, ''), a.on_date, a.created_at, 0 FROM compliance_actions a LEFT JOIN "
        "support_conditions c ON c.id = a.condition_id LEFT JOIN users u ON u.id = a.by_user WHERE "
        "a.household_id = ? AND a.deleted = 0 AND a.action IN ('warning', 'counselling') "
        "UNION ALL SELECT d.id, NULL, d.programme, '', d.action, '', ifnull(d.reason, ''), ifnull(u.full_name, ''), "
        "d.on_date, d.created_at, d.number FROM conditional_decisions d LEFT JOIN users u ON u.id = d.by_user WHERE "
        "d.household_id = ? AND d.deleted = 0 ORDER BY 9 DESC, 11 DESC, 10 DESC, 1 DESC"_s,
        {householdId, householdId}, [&](const storage::RawRow &r) {
            ComplianceAction a;
            a.id = r.blob(0);
            a.conditionId = r.isNull(1) ? QByteArray() : r.blob(1);
            a.programme = r.text(2);
            a.conditionName = r.text(3);
            a.action = r.text(4);
            a.period = r.text(5);
            a.reason = r.text(6);
            a.byName = r.text(7);
            a.on = day(r.text(8));
            a.createdAt = r.text(9);
            a.number = r.integer(10);
            all << a;
        });
    if (!s)
        return s.error();
    return all;
}

Result<QList<ComplianceStatus>> Conditions::status(const QByteArray &householdId)
{
    auto conditions = forHousehold(householdId, QDate::currentDate());
    if (!conditions)
        return conditions.error();
    auto acts = actionsOf(householdId); // the latest first
    if (!acts)
        return acts.error();
    QList<ComplianceStatus> all;
    const auto add = [&](const QString &programme) {
        if (std::none_of(all.cbegin(), all.cend(), [&](const ComplianceStatus &s) { return s.programme == programme; })) {
            ComplianceStatus st;
            st.programme = programme;
            all.append(st);
        }
    };
    for (const Condition &c : conditions.value())
        add(c.programme);
    // A programme suspended stays listed (to be reinstated), whatever its conditions are now.
    for (const ComplianceAction &a : acts.value())
        if (a.action == u"suspension" || a.action == u"reinstatement")
            add(a.programme);
    for (ComplianceStatus &st : all) {
        // The last decision says where the support stands; only a warning
        // after it counts, and counselling after that warning.
        const ComplianceAction *decision = nullptr, *warning = nullptr, *counselling = nullptr;
        for (const ComplianceAction &a : acts.value()) {
            if (a.programme != st.programme)
                continue;
            if ((a.action == u"suspension" || a.action == u"reinstatement")
                && (!decision
                    || std::tie(a.number, a.on, a.createdAt, a.id)
                           > std::tie(decision->number, decision->on, decision->createdAt, decision->id)))
                decision = &a;
            if (!warning && a.action == u"warning")
                warning = &a;
            if (!counselling && a.action == u"counselling")
                counselling = &a;
        }
        if (decision) {
            st.suspended = decision->action == u"suspension";
            st.since = decision->on;
        }
        if (warning && (!decision || warning->after(*decision)))
            st.lastWarning = warning->on;
        if (st.lastWarning.isValid() && counselling && counselling->after(*warning)) {
            st.counselled = true;
            st.counselledOn = counselling->on;
        }
    }
    // A programme without conditions now is listed only while suspended.
    all.removeIf([&](const ComplianceStatus &st) {
        return !st.suspended
               && std::none_of(conditions.value().cbegin(), conditions.value().cend(),
                               [&](const Condition &c) { return c.programme == st.programme; });
    });
    return all;
}

Result<QList<ComplianceRate>> Conditions::rates(int year, const QString &areaLevel)
{
    if (!Vocabulary::contains(areaLevels(), areaLevel))
        return makeError(ErrorCode::Invalid, tr("Choose the region, the city or the district."), u"area"_s);
    QList<ComplianceRate> all;
    Status s = m_db.read(
        u"SELECT c.id, c.name, ifnull(cc.%1, ''), cc.period, count(*), sum(cc.met = 1) FROM condition_compliance cc "
        "JOIN support_conditions c ON c.id = cc.condition_id "
        "WHERE cc.deleted = 0 AND cc.period >= ? AND cc.period < ? "
        "AND (cc.period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' OR cc.period GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]') "
        "GROUP BY c.id, 3, cc.period "
        "ORDER BY c.programme, c.name, 3, cc.period"_s.arg(areaLevel),
        {QString::number(year), QString::number(year + 1)}, [&](const storage::RawRow &r) {
            all.append({r.blob(0), r.text(1), r.text(2), r.text(3), int(r.integer(4)), int(r.integer(5))});
        });
    if (!s)
        return s.error();
    return all;
}

} // namespace tamkeen::casework
