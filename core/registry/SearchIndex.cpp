#include "registry/SearchIndex.h"

#include "registry/IncomeService.h"
#include "registry/IndexRows.h"
#include "storage/Database.h"
#include "storage/LocalState.h"
#include "text/ArabicNormalizer.h"

#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tamkeen::registry {

namespace {

using namespace indexrows;

Status reindex(storage::Database &db, const QList<QByteArray> &householdIds, const QDate &today)
{
    return db.transaction([&]() -> Status {
        // Every removal first, then every write (IndexRows.cpp, writeFts).
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
    return db.transaction([&] { return writeAll(db, households, QDate::currentDate()); });
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
