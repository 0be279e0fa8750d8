#include "casework/Support.h"

#include "org/DeviceInfo.h"
#include "org/OrgSettings.h"
#include "registry/IncomeService.h"
#include "common/IsoDay.h"
#include "storage/Database.h"
#include "storage/Uuid.h"
#include "text/InputText.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using tamkeen::registry::Term;
using tamkeen::registry::Vocabulary;
using tamkeen::security::Role;

namespace tamkeen::casework {

namespace {

const QString kTypePrefix = u"support_type:"_s;


QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QDate firstOf(const QDate &d)
{
    return QDate(d.year(), d.month(), 1);
}

} // namespace

Support::Support(storage::Database &db) : m_db(db), m_writer(db) {}

QList<Term> Support::builtInTypes()
{
    return {{u"cash"_s, tr("Cash")},
            {u"in_kind"_s, tr("In kind")},
            {u"fee_exemption"_s, tr("Fee exemption")},
            {u"loan"_s, tr("Loan")},
            {u"housing"_s, tr("Housing")},
            {u"other"_s, tr("Other support")}};
}

Result<QList<Term>> Support::types()
{
    QList<Term> list = builtInTypes();
    Status s = m_db.read(u"SELECT key, value FROM org_settings WHERE key LIKE 'support_type:%' AND deleted = 0 "
                         "ORDER BY value"_s,
                         {}, [&](const storage::RawRow &row) {
                             list.append({row.text(0).mid(kTypePrefix.size()), row.text(1)});
                         });
    if (!s)
        return s.error();
    return list;
}

QList<Term> Support::frequencies()
{
    return {{u"once"_s, tr("Once")}, {u"monthly"_s, tr("Monthly")}, {u"quarterly"_s, tr("Every three months")},
            {u"yearly"_s, tr("Yearly")}};
}

QList<Term> Support::decisions()
{
    return {{u"approved"_s, tr("Approved")}, {u"refused"_s, tr("Refused")}};
}

bool Support::mayDecide(const security::Session &by)
{
    return by.role == Role::Supervisor || by.role == Role::Administrator;
}

Result<QStringList> Support::programmes()
{
    QStringList names;
    Status s = m_db.read(u"SELECT DISTINCT programme FROM household_support WHERE deleted = 0 ORDER BY programme"_s, {},
                         [&](const storage::RawRow &r) { names << r.text(0); });
    if (!s)
        return s.error();
    return names;
}

Status Support::addType(const security::Session &by, const QString &name)
{
    if (!by.isAdministrator())
        return makeError(ErrorCode::PermissionDenied, tr("Only administrators add types of support."));
    QString label = name;
    if (Status s = text::InputText::accept(label, u"name"_s, tr("Type of support"), text::kNameLength,
                                           text::TextKind::Line);
        !s)
        return s;
    label = label.simplified();
    if (label.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Write the name of the type of support."), u"name"_s);
    auto existing = types();
    if (!existing)
        return existing.error();
    for (const Term &t : existing.value())
        if (t.label.compare(label, Qt::CaseInsensitive) == 0)
            return makeError(ErrorCode::Conflict, tr("This type of support exists already."), u"name"_s);
    // The name is the key, as a supervisor's own empowerment track's is: it
    // reads right in a person's file and on a copy the setting has not reached.
    return org::OrgSettings::setValue(m_db, by, kTypePrefix + label, label);
}

Status Support::check(const QByteArray &householdId, const SupportData &d, QString &reason)
{
    QString programme = d.programme;
    if (Status s = text::InputText::accept(programme, u"programme"_s, tr("Programme"), text::kLineLength,
                                           text::TextKind::Line);
        !s)
        return s;
    if (programme.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Write the programme the support comes from."), u"programme"_s);
    auto known = types();
    if (!known)
        return known.error();
    if (!Vocabulary::contains(known.value(), d.type))
        return makeError(ErrorCode::Invalid, tr("Choose the type of support."), u"type"_s);
    if (!Vocabulary::contains(frequencies(), d.frequency))
        return makeError(ErrorCode::Invalid, tr("Choose how often the support is given."), u"frequency"_s);
    if (!Vocabulary::contains(decisions(), d.decision))
        return makeError(ErrorCode::Invalid, tr("Choose the decision: approved or refused."), u"decision"_s);
    const bool valued = d.type == u"cash" || d.type == u"loan";
    if (d.amount) {
        if (!std::isfinite(*d.amount) || *d.amount <= 0 || *d.amount > 1e9)
            return makeError(ErrorCode::Invalid, tr("The amount is a number above zero."), u"amount"_s);
        static const QRegularExpression code(u"^[A-Za-z]{3}$"_s);
        if (!code.match(d.currency.trimmed()).hasMatch())
            return makeError(ErrorCode::Invalid, tr("The currency is a three-letter code such as SAR, EGP or LBP."),
                             u"currency"_s);
    } else if (valued) {
        return makeError(ErrorCode::Invalid, tr("Cash and loans have an amount."), u"amount"_s);
    }
    if (!d.startsOn.isValid())
        return makeError(ErrorCode::Invalid, tr("Give the day the support begins."), u"startsOn"_s);
    if (d.stopsOn.isValid() && d.stopsOn < d.startsOn)
        return makeError(ErrorCode::Invalid, tr("The support cannot end before it begins."), u"stopsOn"_s);
    reason = d.reason;
    if (Status s = text::InputText::accept(reason, u"reason"_s, tr("Reason"), text::kParagraphLength,
                                           text::TextKind::Paragraph);
        !s)
        return s;
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Say why the support was decided so."), u"reason"_s);
    auto h = m_db.scalar(u"SELECT deleted FROM households WHERE id = ?"_s, {householdId});
    if (!h)
        return h.error();
    if (h.value().isNull())
        return makeError(ErrorCode::NotFound, tr("This household no longer exists."));
    if (h.value().toBool())
        return makeError(ErrorCode::Conflict, tr("This household's file is archived: no support is recorded on it."));
    return {};
}

Result<QByteArray> Support::record(const security::Session &by, const QByteArray &householdId, const SupportData &d)
{
    if (!mayDecide(by))
        return makeError(ErrorCode::PermissionDenied, tr("Only supervisors and administrators decide support."));
    QString reason;
    if (Status s = check(householdId, d, reason); !s)
        return s.error();
    // The family's eligibility on the day decided, kept with the decision.
    auto eligibility = registry::IncomeService(m_db).eligibility(householdId, QDate::currentDate());
    if (!eligibility)
        return eligibility.error();
    auto centre = org::Devices::centreFor(m_db, householdId);
    if (!centre)
        return centre.error();
    m_db.setCurrentUser(by.userId);
    auto row = m_writer.insert(
        u"household_support"_s,
        {{u"household_id"_s, householdId},
         {u"programme"_s, d.programme.simplified()},
         {u"support_type"_s, d.type},
         {u"amount"_s, d.amount ? QVariant(*d.amount) : QVariant()},
         {u"currency"_s, d.amount ? QVariant(d.currency.trimmed().toUpper()) : QVariant()},
         {u"frequency"_s, d.frequency},
         {u"starts_on"_s, isoDay(d.startsOn)},
         {u"stops_on"_s, orNull(isoDay(d.stopsOn))},
         {u"decision"_s, d.decision},
         {u"reason"_s, reason.trimmed()},
         {u"eligible"_s, eligibility.value().eligible ? 1 : 0},
         {u"income_per_person"_s, eligibility.value().incomePerPerson},
         {u"decided_by"_s, by.userId},
         {u"decided_on"_s, isoDay(QDate::currentDate())},
         {u"centre_id"_s, centre.value()}});
    if (!row)
        return row.error();
    return row.value();
}

Status Support::stop(const security::Session &by, const QByteArray &supportId, const QDate &on, const QString &why)
{
    if (!mayDecide(by))
        return makeError(ErrorCode::PermissionDenied, tr("Only supervisors and administrators decide support."));
    QString reason = why;
    if (Status s = text::InputText::accept(reason, u"reason"_s, tr("Reason"), text::kParagraphLength,
                                           text::TextKind::Paragraph);
        !s)
        return s;
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Say why the support stops."), u"reason"_s);
    SupportRecord found;
    bool exists = false;
    Status s = m_db.read(u"SELECT decision, starts_on, stops_on, frequency FROM household_support "
                         "WHERE id = ? AND deleted = 0"_s,
                         {supportId}, [&](const storage::RawRow &row) {
                             exists = true;
                             found.frequency = row.text(3);
                             found.decision = row.text(0);
                             found.startsOn = QDate::fromString(row.text(1), Qt::ISODate);
                             found.stopsOn = QDate::fromString(row.text(2), Qt::ISODate);
                         });
    if (!s)
        return s;
    if (!exists)
        return makeError(ErrorCode::NotFound, tr("This support is no longer recorded."));
    if (found.decision != u"approved")
        return makeError(ErrorCode::Conflict, tr("Support that was refused is not given, so it cannot stop."));
    if (!on.isValid() || on < found.startsOn)
        return makeError(ErrorCode::Invalid, tr("The support cannot stop before it began."), u"stopsOn"_s);
    if (found.frequency == u"once")
        return makeError(ErrorCode::Conflict, tr("Support given once has nothing to stop."));
    // Stopping shortens support, never lengthens it.
    if (found.stopsOn.isValid() && on > found.stopsOn)
        return makeError(ErrorCode::Conflict, tr("This support ends sooner already: stopping it cannot make it last longer."), u"stopsOn"_s);
    m_db.setCurrentUser(by.userId);
    return m_writer.update(u"household_support"_s, supportId,
                           {{u"stops_on"_s, isoDay(on)}, {u"stop_reason"_s, reason.trimmed()}});
}

Result<QList<SupportRecord>> Support::ofHousehold(const QByteArray &householdId)
{
    QList<SupportRecord> list;
    Status s = m_db.read(
        u"SELECT s.id, s.programme, s.support_type, s.amount, s.currency, s.frequency, s.starts_on, s.stops_on, "
        "s.decision, s.reason, s.eligible, s.income_per_person, ifnull(u.full_name, ''), s.decided_on, s.stop_reason "
        "FROM household_support s LEFT JOIN users u ON u.id = s.decided_by "
        "WHERE s.household_id = ? AND s.deleted = 0 ORDER BY s.starts_on DESC, s.created_at DESC"_s,
        {householdId}, [&](const storage::RawRow &r) {
            SupportRecord x;
            x.id = r.blob(0);
            x.householdId = householdId;
            x.programme = r.text(1);
            x.type = r.text(2);
            if (!r.isNull(3))
                x.amount = r.value(3).toDouble();
            x.currency = r.text(4);
            x.frequency = r.text(5);
            x.startsOn = QDate::fromString(r.text(6), Qt::ISODate);
            x.stopsOn = QDate::fromString(r.text(7), Qt::ISODate);
            x.decision = r.text(8);
            x.reason = r.text(9);
            if (!r.isNull(10))
                x.eligible = r.integer(10) != 0;
            if (!r.isNull(11))
                x.incomePerPerson = r.value(11).toDouble();
            x.decidedByName = r.text(12);
            x.decidedOn = QDate::fromString(r.text(13), Qt::ISODate);
            x.stopReason = r.text(14);
            list << x;
        });
    if (!s)
        return s.error();
    return list;
}

bool SupportRecord::givenIn(const QDate &month) const
{
    const QDate first = firstOf(month), last = first.addMonths(1).addDays(-1);
    if (decision != u"approved" || !startsOn.isValid() || startsOn > last)
        return false;
    if (frequency == u"once")
        return firstOf(startsOn) == first;
    return !stopsOn.isValid() || stopsOn >= first;
}

double SupportRecord::monthlyValue(const QDate &month) const
{
    if (!amount || !givenIn(month))
        return 0;
    if (frequency == u"quarterly")
        return *amount / 3;
    if (frequency == u"yearly")
        return *amount / 12;
    return *amount; // monthly, or once in its month
}

Result<QList<SupportMonth>> Support::byMonth(const QByteArray &householdId, const QDate &today, int months)
{
    auto support = ofHousehold(householdId);
    if (!support)
        return support.error();
    registry::IncomeService incomes(m_db);
    auto rule = incomes.eligibility(householdId, today);
    if (!rule)
        return rule.error();
    const QString currency = rule.value().currency; // one currency an organisation, as the eligibility adds them
    // Suspensions and reinstatements of conditional support, oldest first: a
    // programme's support is not given in a month that ends suspended.
    QList<std::tuple<QString, QDate, bool>> steps;
    Status read = m_db.read(u"SELECT programme, on_date, action = 'suspension' FROM conditional_decisions WHERE "
                            "household_id = ? AND deleted = 0 ORDER BY number, on_date, created_at, id"_s,
                            {householdId}, [&](const storage::RawRow &r) {
                                steps.append({r.text(0), QDate::fromString(r.text(1), Qt::ISODate), r.integer(2) != 0});
                            });
    if (!read)
        return read.error();
    const auto suspendedAt = [&](const QString &programme, const QDate &day) {
        bool suspended = false;
        for (const auto &[p, on, suspension] : std::as_const(steps)) // in their order
            if (p == programme && on <= day)
                suspended = suspension;
        return suspended;
    };
    QList<SupportMonth> list;
    for (int i = months - 1; i >= 0; --i) {
        SupportMonth m;
        m.currency = currency;
        m.month = firstOf(today).addMonths(-i);
        const QDate end = i == 0 ? today : m.month.addMonths(1).addDays(-1);
        auto current = incomes.current(householdId, end);
        if (!current)
            return current.error();
        for (const registry::Income &in : current.value()) {
            if (in.source == u"salary" || in.source == u"own_business")
                m.earned += in.amount;
            else
                m.otherIncome += in.amount;
        }
        for (const SupportRecord &s : support.value()) {
            if (!s.givenIn(m.month))
                continue;
            if (suspendedAt(s.programme, end))
                ++m.suspended;
            else if (!s.amount)
                ++m.inKind;
            else if (s.currency != currency)
                m.otherCurrency = true;
            else
                m.support += s.monthlyValue(m.month);
        }
        list << m;
    }
    return list;
}

} // namespace tamkeen::casework
