#include "registry/SearchIndex.h"

#include "registry/IncomeService.h"
#include "registry/Records.h"
#include "storage/Database.h"
#include "storage/LocalState.h"
#include "text/ArabicNormalizer.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tamkeen::registry {

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

struct FtsRow {
    qint64 rowid;
    QString text;
};

// A batch's full-text rows are written after all its other rows. FTS5 writes
// its pending terms out as a new segment whenever a statement of the same
// transaction opens a statement journal (an INSERT … SELECT, a DELETE of several
// rows, an upsert): interleaved with those, the index of 100,000 households was
// written as 100,000 small segments and merged again and again.
Status writeFts(storage::Database &db, const QList<FtsRow> &rows)
{
    for (const FtsRow &r : rows) {
        if (Status s = db.write(u"INSERT INTO search_fts(rowid, text) VALUES (?, ?)"_s, {r.rowid, r.text}); !s)
            return s;
    }
    return {};
}

Status addEntry(storage::Database &db, const QVariantList &entry, const QString &text, QList<FtsRow> &fts)
{
    qint64 id = 0;
    if (Status s = db.write(u"INSERT INTO search_entries(household_id, member_id, given_key, father_key, grandfather_key, "
                            "family_key, name_key, birth_year) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                            entry, &id);
        !s)
        return s;
    fts.append({id, text});
    return {};
}

// The search entries and the list row of one household, from memory.
Status writeRows(storage::Database &db, const IndexedHousehold &h, const EligibilityRule &rule, const QDate &today,
                 QList<FtsRow> &fts)
{
    if (Status s = addEntry(db, {h.id, QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant()},
                            text::normalizeArabic(h.fileNumber + u' ' + h.phone), fts);
        !s)
        return s;
    const Member *head = nullptr;
    for (const Member &m : h.members) {
        if (!head && m.relation == u"head")
            head = &m;
        const QString nameKey = text::nameKey(m.fullName());
        if (Status s = addEntry(db,
                                {h.id, m.id, keyOrNull(m.givenName), keyOrNull(m.fatherName), keyOrNull(m.grandfatherName),
                                 keyOrNull(m.familyName), nameKey,
                                 m.birthDate.isValid() ? QVariant(m.birthDate.year()) : QVariant()},
                                nameKey + u' ' + text::normalizeArabic(m.idNumber + u' ' + m.phone), fts);
            !s)
            return s;
    }
    double income = 0;
    for (const Income &i : IncomeService::inForce(h.incomes, today))
        income += i.amount; // one currency per organisation
    const int members = int(h.members.size());
    const QString headName = head ? head->fullName() : QString();
    return db.write(u"INSERT INTO household_facts(household_id, file_number, head_name, head_key, region, city, status, "
                    "registered, worker, categories, members, income, eligible) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                    {h.id, h.fileNumber, headName, sortable(text::nameKey(headName)), sortable(h.region),
                     sortable(h.city), h.status, sortable(h.registered.isValid() ? h.registered.toString(Qt::ISODate) : QString()),
                     h.worker.isEmpty() ? QVariant() : QVariant(h.worker), nullIfEmpty(h.categories), members, income,
                     IncomeService::eligible(rule, income, members) ? 1 : 0});
}

// Households that are not archived, with their members and incomes: `where`
// selects them from `households` (bound to `values`), in key order.
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

// Incomes in force on `today`.
Status writeAll(storage::Database &db, const QList<IndexedHousehold> &households, const QDate &today = QDate::currentDate())
{
    auto rule = IncomeService(db).rule();
    if (!rule)
        return rule.error();
    QList<FtsRow> fts;
    for (const IndexedHousehold &h : households) {
        if (Status s = writeRows(db, h, rule.value(), today, fts); !s)
            return s;
    }
    return writeFts(db, fts);
}

Status reindex(storage::Database &db, const QList<QByteArray> &householdIds, const QDate &today)
{
    return db.transaction([&]() -> Status {
        // Every removal first, then every write (see writeFts).
        for (const QByteArray &id : householdIds) {
            if (Status s = removeRows(db, id); !s)
                return s;
        }
        QList<IndexedHousehold> all;
        for (const QByteArray &id : householdIds) {
            auto loaded = load(db, u"id = ?"_s, {id}); // archived or gone: nothing to find
            if (!loaded)
                return loaded.error();
            all << loaded.value();
        }
        return writeAll(db, all, today);
    });
}

} // namespace

Status SearchIndex::reindexHousehold(storage::Database &db, const QByteArray &householdId)
{
    return reindexHouseholds(db, {householdId});
}

Status SearchIndex::reindexHouseholds(storage::Database &db, const QList<QByteArray> &householdIds)
{
    return reindex(db, householdIds, QDate::currentDate());
}

Status SearchIndex::indexNew(storage::Database &db, const QList<IndexedHousehold> &households)
{
    return db.transaction([&] { return writeAll(db, households); });
}

Status SearchIndex::rebuild(storage::Database &db)
{
    storage::Database::BulkCache cache(db);
    return db.transaction([&]() -> Status {
        if (Status s = db.execScript(u"DELETE FROM search_fts; DELETE FROM search_entries; DELETE FROM household_facts;"_s); !s)
            return s;
        // In key order, a thousand households at a time: three statements per
        // thousand instead of several per household, and bounded memory.
        QByteArray after;
        for (;;) {
            auto chunk = after.isEmpty() ? load(db, u"1 = 1 ORDER BY id LIMIT 1000"_s, {})
                                         : load(db, u"id > ? ORDER BY id LIMIT 1000"_s, {after});
            if (!chunk)
                return chunk.error();
            if (chunk.value().isEmpty())
                return {};
            if (Status s = writeAll(db, chunk.value()); !s)
                return s;
            after = chunk.value().last().id;
        }
    });
}

Status SearchIndex::refreshEligibility(storage::Database &db)
{
    auto rule = IncomeService(db).rule();
    if (!rule)
        return rule.error();
    // IncomeService::eligible, with the same double arithmetic; rows whose
    // verdict stays are not written, and are found in the verdict's index
    // without reading their wide rows (migration 029).
    const QString verdict = u"(members > 0 AND income < ? + ? * (members - 1))"_s;
    const QVariant head = rule.value().headAmount, perMember = rule.value().perMemberAmount;
    return db.write(u"UPDATE household_facts INDEXED BY household_facts_verdict SET eligible = %1 "
                    "WHERE eligible IS NOT %1"_s.arg(verdict),
                    {head, perMember, head, perMember});
}

Status SearchIndex::catchUpIncomes(storage::Database &db, const QDate &today)
{
    const QString key = u"list_incomes_day"_s; // local_state: the day the list's incomes were last brought up to date
    auto last = storage::localValue(db, key);
    if (!last)
        return last.error();
    const QString day = today.toString(Qt::ISODate);
    if (!last.value().isNull() && last.value().toString() >= day)
        return {};
    // Changes dated after the last catch-up and by today; the first time,
    // every change recorded ahead of its date (a row written on the day of
    // its date was indexed with it in force; created_at is UTC, so east of
    // UTC a row written after local midnight counts too, harmlessly).
    const bool first = last.value().isNull();
    QList<QByteArray> households;
    Status s = db.read(first ? u"SELECT DISTINCT household_id FROM incomes WHERE deleted = 0 AND effective_date <= ? "
                               "AND effective_date > substr(created_at, 1, 10)"_s
                             : u"SELECT DISTINCT household_id FROM incomes WHERE deleted = 0 AND effective_date <= ? "
                               "AND effective_date > ?"_s,
                       first ? QVariantList{day} : QVariantList{day, last.value()},
                       [&](const storage::RawRow &r) { households << r.blob(0); });
    if (!s)
        return s;
    return db.transaction([&]() -> Status {
        if (!households.isEmpty())
            if (Status re = reindex(db, households, today); !re)
                return re;
        // The first time, also the verdicts of a rule that arrived by sync
        // before imports judged the list again (they did not).
        if (first)
            if (Status e = refreshEligibility(db); !e)
                return e;
        return storage::setLocalValue(db, key, day);
    });
}

Result<QList<SearchHit>> SearchIndex::search(storage::Database &db, const QString &query, int limit)
{
    const QStringList tokens = text::nameTokens(query);
    QList<SearchHit> hits;
    if (tokens.isEmpty() || limit <= 0)
        return hits;
    QStringList terms;
    for (const QString &t : tokens)
        terms << u"\"%1\"*"_s.arg(t); // tokens hold only letters and digits: no quoting issues

    struct Match {
        QByteArray household;
        QByteArray member;
        bool exact;
    };
    QList<Match> matches;
    auto exact = db.exec(u"SELECT household_id, member_id FROM search_entries WHERE name_key = ? LIMIT ?"_s,
                         {tokens.join(u' '), limit});
    if (!exact)
        return exact.error();
    while (exact.value()->next())
        matches.append({exact.value()->value(0).toByteArray(), exact.value()->value(1).toByteArray(), true});
    exact.value()->finish();
    // No ORDER BY rank: ranking scores every match, and a short prefix such as
    // "05" matches most of the registry. Exact names come first anyway.
    auto fts = db.exec(u"SELECT e.household_id, e.member_id FROM search_fts JOIN search_entries e ON e.id = search_fts.rowid "
                       "WHERE search_fts MATCH ? LIMIT ?"_s,
                       {terms.join(u' '), limit * 3});
    if (!fts)
        return fts.error();
    while (fts.value()->next())
        matches.append({fts.value()->value(0).toByteArray(), fts.value()->value(1).toByteArray(), false});
    fts.value()->finish();

    QSet<QByteArray> seen;
    for (const Match &m : matches) {
        if (hits.size() >= limit)
            break;
        if (seen.contains(m.household))
            continue;
        seen.insert(m.household);
        SearchHit hit;
        hit.householdId = m.household;
        hit.memberId = m.member;
        hit.exactName = m.exact;
        auto hh = db.exec(u"SELECT h.file_number, "
                          "(SELECT trim(given_name || ' ' || ifnull(father_name, '') || ' ' || ifnull(grandfather_name, '') "
                          "|| ' ' || ifnull(family_name, '')) FROM members WHERE household_id = h.id AND relation = 'head' "
                          "AND deleted = 0 LIMIT 1), "
                          "(SELECT trim(given_name || ' ' || ifnull(father_name, '') || ' ' || ifnull(grandfather_name, '') "
                          "|| ' ' || ifnull(family_name, '')) FROM members WHERE id = ?) "
                          "FROM households h WHERE h.id = ?"_s,
                          {m.member.isEmpty() ? QVariant() : QVariant(m.member), m.household});
        if (!hh)
            return hh.error();
        if (hh.value()->next()) {
            hit.fileNumber = hh.value()->value(0).toString();
            hit.headName = hh.value()->value(1).toString().simplified();
            hit.memberName = hh.value()->value(2).toString().simplified();
        }
        hh.value()->finish();
        hits << hit;
    }
    return hits;
}

} // namespace tamkeen::registry
