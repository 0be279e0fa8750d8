#include "registry/IndexRows.h"

#include "registry/IncomeService.h"
#include "storage/Database.h"
#include "text/ArabicNormalizer.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace tamkeen::registry::indexrows {

namespace {

QVariant keyOrNull(const QString &part)
{
    const QString key = text::nameKey(part);
    return key.isEmpty() ? QVariant() : QVariant(key);
}

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

// The list's sort columns hold '' rather than NULL: a page is found by its
// key (HouseholdList::pageAfter), and NULL compares to nothing.
QVariant sortable(const QString &s)
{
    return s.isEmpty() ? QVariant(u""_s) : QVariant(s);
}

} // namespace

const QStringList kEntryColumns = {u"household_id"_s, u"member_id"_s, u"given_key"_s, u"father_key"_s,
                                   u"grandfather_key"_s, u"family_key"_s, u"name_key"_s, u"birth_year"_s};
const QStringList kFactsColumns = {u"household_id"_s, u"file_number"_s, u"head_name"_s, u"head_key"_s, u"region"_s,
                                   u"city"_s, u"status"_s, u"registered"_s, u"worker"_s, u"categories"_s,
                                   u"members"_s, u"income"_s, u"eligible"_s};

HouseholdRows rowsOf(const IndexedHousehold &h, const EligibilityRule &rule, const QDate &today)
{
    HouseholdRows rows;
    rows.entries.append({{h.id, QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant()},
                         text::normalizeArabic(h.fileNumber + u' ' + h.phone)});
    const Member *head = nullptr;
    for (const Member &m : h.members) {
        if (!head && m.relation == u"head")
            head = &m;
        const QString nameKey = text::nameKey(m.fullName());
        rows.entries.append({{h.id, m.id, keyOrNull(m.givenName), keyOrNull(m.fatherName), keyOrNull(m.grandfatherName),
                              keyOrNull(m.familyName), nameKey,
                              m.birthDate.isValid() ? QVariant(m.birthDate.year()) : QVariant()},
                             nameKey + u' ' + text::normalizeArabic(m.idNumber + u' ' + m.phone)});
    }
    double income = 0;
    for (const Income &i : IncomeService::inForce(h.incomes, today))
        income += i.amount; // one currency per organisation
    const int members = int(h.members.size());
    const QString headName = head ? head->fullName() : QString();
    rows.facts = {h.id, h.fileNumber, headName, sortable(text::nameKey(headName)), sortable(h.region),
                  sortable(h.city), h.status, sortable(h.registered.isValid() ? h.registered.toString(Qt::ISODate) : QString()),
                  h.worker.isEmpty() ? QVariant() : QVariant(h.worker), nullIfEmpty(h.categories), members, income,
                  IncomeService::eligible(rule, income, members) ? 1 : 0};
    return rows;
}

Status insertEntry(storage::Database &db, const EntryRow &entry, QList<FtsRow> &fts)
{
    qint64 id = 0;
    if (Status s = db.write(u"INSERT INTO search_entries(household_id, member_id, given_key, father_key, grandfather_key, "
                            "family_key, name_key, birth_year) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                            entry.columns, &id);
        !s)
        return s;
    fts.append({id, entry.text});
    return {};
}

Status insertFacts(storage::Database &db, const QVariantList &facts)
{
    return db.write(u"INSERT INTO household_facts(household_id, file_number, head_name, head_key, region, city, status, "
                    "registered, worker, categories, members, income, eligible) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                    facts);
}

Status writeFts(storage::Database &db, const QList<FtsRow> &rows)
{
    for (const FtsRow &r : rows) {
        if (Status s = db.write(u"INSERT INTO search_fts(rowid, text) VALUES (?, ?)"_s, {r.rowid, r.text}); !s)
            return s;
    }
    return {};
}

Result<QList<IndexedHousehold>> load(storage::Database &db, const QString &where, const QVariantList &values)
{
    QList<IndexedHousehold> list;
    auto q = db.exec(u"SELECT id, file_number, phone, region, city, status, registration_date, assigned_worker, categories "
                     "FROM households WHERE deleted = 0 AND "_s + where,
                     values);
    if (!q)
        return q.error();
    while (q.value()->next()) {
        const QSqlQuery *r = q.value();
        IndexedHousehold h;
        h.id = r->value(0).toByteArray();
        h.fileNumber = r->value(1).toString();
        h.phone = r->value(2).toString();
        h.region = r->value(3).toString();
        h.city = r->value(4).toString();
        h.status = r->value(5).toString();
        h.registered = QDate::fromString(r->value(6).toString(), Qt::ISODate);
        h.worker = r->value(7).toByteArray();
        h.categories = r->value(8).toString();
        list << h;
    }
    q.value()->finish();
    if (list.isEmpty())
        return list;
    // Members and incomes of the whole key range in two statements; rows of
    // households not in the list (archived ones) are skipped.
    QHash<QByteArray, int> at;
    for (int i = 0; i < list.size(); ++i)
        at.insert(list[i].id, i);
    const QVariantList range = {list.first().id, list.last().id};
    auto m = db.exec(u"SELECT household_id, id, given_name, father_name, grandfather_name, family_name, relation, "
                     "id_number, phone, birth_date FROM members "
                     "WHERE household_id BETWEEN ? AND ? AND deleted = 0 ORDER BY household_id, created_at"_s,
                     range);
    if (!m)
        return m.error();
    while (m.value()->next()) {
        const QSqlQuery *r = m.value();
        const int i = at.value(r->value(0).toByteArray(), -1);
        if (i < 0)
            continue;
        Member member;
        member.householdId = list[i].id;
        member.id = r->value(1).toByteArray();
        member.givenName = r->value(2).toString();
        member.fatherName = r->value(3).toString();
        member.grandfatherName = r->value(4).toString();
        member.familyName = r->value(5).toString();
        member.relation = r->value(6).toString();
        member.idNumber = r->value(7).toString();
        member.phone = r->value(8).toString();
        member.birthDate = QDate::fromString(r->value(9).toString(), Qt::ISODate);
        list[i].members << member;
    }
    m.value()->finish();
    auto in = db.exec(u"SELECT household_id, member_id, source, amount, effective_date FROM incomes "
                      "WHERE household_id BETWEEN ? AND ? AND deleted = 0 "
                      "ORDER BY household_id, effective_date, created_at"_s,
                      range);
    if (!in)
        return in.error();
    while (in.value()->next()) {
        const QSqlQuery *r = in.value();
        const int i = at.value(r->value(0).toByteArray(), -1);
        if (i < 0)
            continue;
        Income income;
        income.householdId = list[i].id;
        income.memberId = r->value(1).toByteArray();
        income.source = r->value(2).toString();
        income.amount = r->value(3).toDouble();
        income.effectiveDate = QDate::fromString(r->value(4).toString(), Qt::ISODate);
        list[i].incomes << income;
    }
    in.value()->finish();
    return list;
}

Status removeRows(storage::Database &db, const QByteArray &householdId)
{
    auto old = db.exec(u"SELECT id FROM search_entries WHERE household_id = ?"_s, {householdId});
    if (!old)
        return old.error();
    QVariantList oldIds;
    while (old.value()->next())
        oldIds << old.value()->value(0);
    old.value()->finish();
    for (const QVariant &rowid : std::as_const(oldIds)) {
        if (Status s = db.write(u"DELETE FROM search_fts WHERE rowid = ?"_s, {rowid}); !s)
            return s;
    }
    if (Status s = db.write(u"DELETE FROM search_entries WHERE household_id = ?"_s, {householdId}); !s)
        return s;
    return db.write(u"DELETE FROM household_facts WHERE household_id = ?"_s, {householdId});
}

Status writeAll(storage::Database &db, const QList<IndexedHousehold> &households, const QDate &today)
{
    auto rule = IncomeService(db).rule();
    if (!rule)
        return rule.error();
    QList<FtsRow> fts;
    for (const IndexedHousehold &h : households) {
        const HouseholdRows rows = rowsOf(h, rule.value(), today);
        for (const EntryRow &e : rows.entries)
            if (Status s = insertEntry(db, e, fts); !s)
                return s;
        if (Status s = insertFacts(db, rows.facts); !s)
            return s;
    }
    return writeFts(db, fts);
}

} // namespace tamkeen::registry::indexrows
