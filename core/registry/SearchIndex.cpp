#include "registry/SearchIndex.h"

#include "registry/IncomeService.h"
#include "registry/Records.h"
#include "storage/Database.h"
#include "text/ArabicNormalizer.h"

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

Status addEntry(storage::Database &db, const QVariantList &entry, const QString &text)
{
    qint64 id = 0;
    if (Status s = db.write(u"INSERT INTO search_entries(household_id, member_id, given_key, father_key, grandfather_key, "
                            "family_key, name_key, birth_year) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                            entry, &id);
        !s)
        return s;
    return db.write(u"INSERT INTO search_fts(rowid, text) VALUES (?, ?)"_s, {id, text});
}

// Head's name, member count and eligibility today, for the household list.
Status updateFacts(storage::Database &db, const QByteArray &householdId)
{
    auto head = db.exec(u"SELECT given_name, father_name, grandfather_name, family_name FROM members "
                        "WHERE household_id = ? AND relation = 'head' AND deleted = 0 LIMIT 1"_s,
                        {householdId});
    if (!head)
        return head.error();
    MemberData h;
    if (head.value()->next()) {
        h.givenName = head.value()->value(0).toString();
        h.fatherName = head.value()->value(1).toString();
        h.grandfatherName = head.value()->value(2).toString();
        h.familyName = head.value()->value(3).toString();
    }
    head.value()->finish();
    auto eligibility = IncomeService(db).eligibility(householdId);
    if (!eligibility)
        return eligibility.error();
    return db.write(u"INSERT INTO household_facts(household_id, file_number, head_name, head_key, region, city, status, "
                    "registered, worker, categories, members, income, eligible) "
                    "SELECT id, file_number, ?, ?, region, city, status, registration_date, assigned_worker, categories, "
                    "?, ?, ? FROM households WHERE id = ?"_s,
                    {h.fullName(), text::nameKey(h.fullName()), eligibility.value().members,
                     eligibility.value().householdIncome, eligibility.value().eligible ? 1 : 0, householdId});
}

// The work of reindexHousehold without a transaction of its own: batch callers
// run many in one transaction, because FTS5 flushes its pending terms at every
// savepoint and a savepoint per household made the index of 100,000 households
// be written in 100,000 small pieces.
Status reindexInPlace(storage::Database &db, const QByteArray &householdId)
{
    {
        // Touch the FTS table only when there is something to remove: any
        // statement on it makes FTS5 write out its pending terms, which for a
        // new household would turn one large index write into many small ones.
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
        if (Status s = db.write(u"DELETE FROM household_facts WHERE household_id = ?"_s, {householdId}); !s)
            return s;

        auto hh = db.exec(u"SELECT file_number, phone FROM households WHERE id = ? AND deleted = 0"_s, {householdId});
        if (!hh)
            return hh.error();
        if (!hh.value()->next())
            return {}; // archived or gone: nothing to find
        const QString householdText = text::normalizeArabic(hh.value()->value(0).toString() + u' '
                                                            + hh.value()->value(1).toString());
        hh.value()->finish();
        if (Status s = addEntry(db, {householdId, QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant(),
                                     QVariant()},
                                householdText);
            !s)
            return s;

        auto q = db.exec(u"SELECT id, given_name, father_name, grandfather_name, family_name, id_number, phone, birth_date "
                         "FROM members WHERE household_id = ? AND deleted = 0"_s,
                         {householdId});
        if (!q)
            return q.error();
        struct Row {
            QVariantList entry;
            QString text;
        };
        QList<Row> rows;
        while (q.value()->next()) {
            const QSqlQuery *r = q.value();
            MemberData m;
            m.givenName = r->value(1).toString();
            m.fatherName = r->value(2).toString();
            m.grandfatherName = r->value(3).toString();
            m.familyName = r->value(4).toString();
            const QString nameKey = text::nameKey(m.fullName());
            const QDate birth = QDate::fromString(r->value(7).toString(), Qt::ISODate);
            rows.append({{householdId, r->value(0), keyOrNull(m.givenName), keyOrNull(m.fatherName),
                          keyOrNull(m.grandfatherName), keyOrNull(m.familyName), nameKey,
                          birth.isValid() ? QVariant(birth.year()) : QVariant()},
                         nameKey + u' ' + text::normalizeArabic(r->value(5).toString() + u' ' + r->value(6).toString())});
        }
        q.value()->finish();
        for (const Row &row : rows) {
            if (Status s = addEntry(db, row.entry, row.text); !s)
                return s;
        }
        return updateFacts(db, householdId);
    }
}

} // namespace

Status SearchIndex::reindexHousehold(storage::Database &db, const QByteArray &householdId)
{
    return db.transaction([&] { return reindexInPlace(db, householdId); });
}

Status SearchIndex::reindexHouseholds(storage::Database &db, const QList<QByteArray> &householdIds)
{
    return db.transaction([&]() -> Status {
        for (const QByteArray &id : householdIds) {
            if (Status s = reindexInPlace(db, id); !s)
                return s;
        }
        return {};
    });
}

Status SearchIndex::rebuild(storage::Database &db)
{
    return db.transaction([&]() -> Status {
        if (Status s = db.execScript(u"DELETE FROM search_fts; DELETE FROM search_entries; DELETE FROM household_facts;"_s); !s)
            return s;
        auto q = db.exec(u"SELECT id FROM households WHERE deleted = 0"_s);
        if (!q)
            return q.error();
        QList<QByteArray> ids;
        while (q.value()->next())
            ids << q.value()->value(0).toByteArray();
        q.value()->finish();
        for (const QByteArray &id : ids) {
            if (Status s = reindexInPlace(db, id); !s)
                return s;
        }
        return {};
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
