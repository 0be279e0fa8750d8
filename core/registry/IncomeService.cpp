#include "registry/IncomeService.h"

#include "org/OrgSettings.h"

#include "registry/SearchIndex.h"
#include "registry/Vocabulary.h"
#include "storage/Database.h"
#include "storage/Uuid.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tamkeen::registry {

namespace {
const QString kRuleKey = u"eligibility_rule"_s;
} // namespace

IncomeService::IncomeService(storage::Database &db) : m_db(db), m_writer(db) {}

Result<QByteArray> IncomeService::record(const security::Session &by, Income in)
{
    if (!Vocabulary::contains(Vocabulary::incomeSources(), in.source))
        return makeError(ErrorCode::Invalid, tr("Choose the source of the income."), u"source"_s);
    if (!(in.amount >= 0) || in.amount > 1e9)
        return makeError(ErrorCode::Invalid, tr("The monthly amount must be zero or more."), u"amount"_s);
    if (!in.effectiveDate.isValid())
        return makeError(ErrorCode::Invalid, tr("Choose the date from which the amount applies."), u"effectiveDate"_s);
    auto h = m_db.scalar(u"SELECT count(*) FROM households WHERE id = ? AND deleted = 0"_s, {in.householdId});
    if (!h)
        return h.error();
    if (h.value().toInt() == 0)
        return makeError(ErrorCode::NotFound, tr("This household no longer exists."));
    if (!in.memberId.isEmpty()) {
        auto m = m_db.scalar(u"SELECT count(*) FROM members WHERE id = ? AND household_id = ? AND deleted = 0"_s,
                             {in.memberId, in.householdId});
        if (!m)
            return m.error();
        if (m.value().toInt() == 0)
            return makeError(ErrorCode::Invalid, tr("This person is not a member of the household."), u"member"_s);
    }
    if (in.currency.isEmpty()) {
        auto r = rule();
        in.currency = r ? r.value().currency : defaultRule().currency;
    }
    m_db.setCurrentUser(by.userId);
    QByteArray id;
    Status s = m_db.transaction([&]() -> Status {
        auto created = m_writer.insert(u"incomes"_s,
                                       {{u"household_id"_s, in.householdId},
                                        {u"member_id"_s, in.memberId.isEmpty() ? QVariant() : QVariant(in.memberId)},
                                        {u"source"_s, in.source},
                                        {u"amount"_s, in.amount},
                                        {u"currency"_s, in.currency},
                                        {u"effective_date"_s, in.effectiveDate.toString(Qt::ISODate)},
                                        {u"note"_s, in.note.trimmed().isEmpty() ? QVariant() : QVariant(in.note.trimmed())}});
        if (!created)
            return created.error();
        id = created.value();
        return SearchIndex::reindexHousehold(m_db, in.householdId);
    });
    if (!s)
        return s.error();
    return id;
}

Result<QList<Income>> IncomeService::history(const QByteArray &householdId)
{
    auto q = m_db.exec(u"SELECT id, member_id, source, amount, currency, effective_date, note FROM incomes "
                       "WHERE household_id = ? AND deleted = 0 ORDER BY effective_date, created_at"_s,
                       {householdId});
    if (!q)
        return q.error();
    QList<Income> list;
    while (q.value()->next()) {
        Income i;
        i.id = q.value()->value(0).toByteArray();
        i.householdId = householdId;
        i.memberId = q.value()->value(1).toByteArray();
        i.source = q.value()->value(2).toString();
        i.amount = q.value()->value(3).toDouble();
        i.currency = q.value()->value(4).toString();
        i.effectiveDate = QDate::fromString(q.value()->value(5).toString(), Qt::ISODate);
        i.note = q.value()->value(6).toString();
        list << i;
    }
    q.value()->finish();
    return list;
}

Result<QList<Income>> IncomeService::current(const QByteArray &householdId, const QDate &asOf)
{
    auto all = history(householdId);
    if (!all)
        return all.error();
    return inForce(all.value(), asOf);
}

QList<Income> IncomeService::inForce(const QList<Income> &history, const QDate &asOf)
{
    // Latest change on or before asOf per (member, source); history is oldest first.
    QMap<QPair<QByteArray, QString>, Income> latest;
    for (const Income &i : history) {
        if (i.effectiveDate <= asOf)
            latest.insert({i.memberId, i.source}, i);
    }
    QList<Income> list;
    for (const Income &i : latest) {
        if (i.amount > 0)
            list << i;
    }
    return list;
}

EligibilityRule IncomeService::defaultRule()
{
    return {1100, 550, u"SAR"_s};
}

Result<EligibilityRule> IncomeService::rule()
{
    auto v = org::OrgSettings::value(m_db, kRuleKey);
    if (!v)
        return v.error();
    return ruleOf(v.value());
}

QString IncomeService::ruleSettingKey()
{
    return kRuleKey;
}

EligibilityRule IncomeService::ruleOf(const QVariant &stored)
{
    if (stored.isNull())
        return defaultRule();
    const QJsonObject o = QJsonDocument::fromJson(stored.toString().toUtf8()).object();
    return EligibilityRule{o.value(u"head"_s).toDouble(), o.value(u"perMember"_s).toDouble(),
                           o.value(u"currency"_s).toString()};
}

Status IncomeService::setRule(const security::Session &by, const EligibilityRule &r)
{
    if (!by.isAdministrator())
        return makeError(ErrorCode::PermissionDenied, tr("Only administrators can change the eligibility rule."));
    if (r.headAmount <= 0 || r.perMemberAmount < 0)
        return makeError(ErrorCode::Invalid, tr("The amount for the head must be above zero, and per member zero or more."),
                         u"headAmount"_s);
    if (r.currency.trimmed().size() != 3)
        return makeError(ErrorCode::Invalid, tr("The currency is a three-letter code such as SAR, EGP or LBP."),
                         u"currency"_s);
    const QString value = QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"head"_s, r.headAmount}, {u"perMember"_s, r.perMemberAmount},
                                  {u"currency"_s, r.currency.trimmed().toUpper()}})
            .toJson(QJsonDocument::Compact));
    return m_db.transaction([&]() -> Status {
        if (Status w = org::OrgSettings::setValue(m_db, by, kRuleKey, value); !w)
            return w;
        return SearchIndex::refreshEligibility(m_db); // every household's verdict may change
    });
}

Eligibility IncomeService::evaluate(const EligibilityRule &r, double income, int members)
{
    Eligibility e;
    e.householdIncome = income;
    e.members = members;
    e.currency = r.currency;
    e.incomePerPerson = members > 0 ? income / members : 0;
    e.threshold = members > 0 ? r.headAmount + r.perMemberAmount * (members - 1) : 0;
    e.margin = e.threshold - income;
    e.eligible = eligible(r, income, members);
    e.rule = r;
    return e;
}

bool IncomeService::eligible(const EligibilityRule &r, double income, int members)
{
    return members > 0 && income < r.headAmount + r.perMemberAmount * (members - 1);
}

Result<Eligibility> IncomeService::eligibility(const QByteArray &householdId, const QDate &asOf)
{
    auto r = rule();
    if (!r)
        return r.error();
    auto incomes = current(householdId, asOf);
    if (!incomes)
        return incomes.error();
    auto members = m_db.scalar(u"SELECT count(*) FROM members WHERE household_id = ? AND deleted = 0"_s, {householdId});
    if (!members)
        return members.error();
    double total = 0;
    for (const Income &i : incomes.value())
        total += i.amount; // one currency per organisation
    return evaluate(r.value(), total, members.value().toInt());
}

} // namespace tamkeen::registry
