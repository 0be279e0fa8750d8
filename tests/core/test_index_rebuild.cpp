// The search index rebuilt step by step (issue 16): the rows it leaves are
// those a fresh index would have, whatever state it started from and
// whatever was saved between its steps; a rebuild cut short goes on where it
// stopped; another connection saves households while it runs.
#include "registry/DemoGenerator.h"
#include "registry/HouseholdService.h"
#include "registry/IndexRebuild.h"
#include "registry/SearchIndex.h"
#include "storage/Database.h"
#include "storage/LocalState.h"
#include "support/TestDb.h"
#include "support/catch.h"

#include <QThread>

#include <atomic>

using namespace tamkeen;
using namespace tamkeen::registry;
using namespace Qt::StringLiterals;

namespace {

constexpr int kHouseholds = 60;
constexpr int kPerStep = 7; // steps that never divide the households evenly

struct Indexed {
    std::unique_ptr<test::TestDb> t = test::makeSetUpDb();
    storage::Database &db = *t->db;

    Indexed()
    {
        auto made = DemoGenerator::generate(db, t->admin, {kHouseholds, 11, QStringLiteral("SA")});
        INFO((made ? std::string() : made.error().message.toStdString()));
        REQUIRE(made.ok());
    }

    // Everything the three tables hold but their row numbers, in one text.
    QStringList dump()
    {
        QStringList rows;
        const QString entries =
            u"SELECT quote(e.household_id), quote(e.member_id), quote(e.given_key), quote(e.father_key), "
            "quote(e.grandfather_key), quote(e.family_key), quote(e.name_key), quote(e.birth_year), quote(f.text) "
            "FROM search_entries e LEFT JOIN search_fts f ON f.rowid = e.id ORDER BY 1, 2"_s;
        const QString facts = u"SELECT quote(household_id), quote(file_number), quote(head_name), quote(head_key), "
                              "quote(region), quote(city), quote(status), quote(registered), quote(worker), "
                              "quote(categories), quote(members), quote(income), quote(eligible) "
                              "FROM household_facts ORDER BY 1"_s;
        for (const QString &sql : {entries, facts}) {
            REQUIRE(db.read(sql, {}, [&](const storage::RawRow &r) {
                          QStringList cells;
                          for (int c = 0; c < (sql == entries ? 9 : 13); ++c)
                              cells << r.text(c);
                          rows << cells.join(u'|');
                      }).ok());
        }
        // No full-text row without its entry.
        rows << u"fts %1"_s.arg(db.scalar(u"SELECT count(*) FROM search_fts"_s).value().toLongLong());
        return rows;
    }

    // What an index made from nothing holds.
    QStringList fresh()
    {
        REQUIRE(db.execScript(u"DELETE FROM search_fts; DELETE FROM search_entries; DELETE FROM household_facts;"_s));
        REQUIRE(IndexRebuild::begin(db));
        REQUIRE(IndexRebuild::run(db, {}, kPerStep, 0));
        return dump();
    }

    QList<QByteArray> households()
    {
        QList<QByteArray> ids;
        REQUIRE(db.read(u"SELECT id FROM households WHERE deleted = 0 ORDER BY id"_s, {},
                        [&](const storage::RawRow &r) { ids << r.blob(0); })
                    .ok());
        return ids;
    }
};

qint64 runCounting(storage::Database &db, int perStep, qint64 *steps = nullptr)
{
    qint64 changed = 0, n = 0;
    REQUIRE(IndexRebuild::run(db, [&](const IndexRebuild::Progress &p) {
        changed += p.changed;
        ++n;
        return true;
    }, perStep, 0));
    if (steps)
        *steps = n;
    return changed;
}

} // namespace

TEST_CASE("Index rebuild: an index in order is read, not written", "[index-rebuild]")
{
    Indexed x;
    const QStringList before = x.dump();
    const auto rowids = x.db.scalar(u"SELECT group_concat(id) FROM (SELECT id FROM search_entries ORDER BY id)"_s);
    REQUIRE(IndexRebuild::begin(x.db));
    qint64 steps = 0;
    CHECK(runCounting(x.db, kPerStep, &steps) == 0);
    CHECK(steps == kHouseholds / kPerStep + 2); // the last one looks for full-text rows left over
    CHECK(x.dump() == before);
    CHECK(x.db.scalar(u"SELECT group_concat(id) FROM (SELECT id FROM search_entries ORDER BY id)"_s).value()
          == rowids.value());
    CHECK_FALSE(IndexRebuild::due(x.db).value());
}

TEST_CASE("Index rebuild: rows gone wrong are mended, and only those", "[index-rebuild]")
{
    Indexed x;
    const QStringList expected = x.dump();
    const QList<QByteArray> ids = x.households();
    // A name folded another way, a list row lost, a head's key changed, a
    // full-text row changed, a member's second entry, an entry of a household
    // that does not exist: six households' rows wrong.
    REQUIRE(x.db.write(u"UPDATE search_entries SET given_key = 'old' WHERE household_id = ? AND member_id IS NOT NULL"_s,
                       {ids[3]}));
    REQUIRE(x.db.write(u"DELETE FROM household_facts WHERE household_id = ?"_s, {ids[10]}));
    REQUIRE(x.db.write(u"UPDATE household_facts SET head_key = 'zz', income = income + 1 WHERE household_id = ?"_s,
                       {ids[20]}));
    REQUIRE(x.db.write(u"UPDATE search_fts SET text = 'stale' WHERE rowid = (SELECT max(id) FROM search_entries "
                       "WHERE household_id = ?)"_s,
                       {ids[30]}));
    qint64 rowid = 0;
    REQUIRE(x.db.write(u"INSERT INTO search_entries(household_id, member_id, name_key) "
                       "SELECT household_id, member_id, name_key FROM search_entries "
                       "WHERE household_id = ? AND member_id IS NOT NULL LIMIT 1"_s,
                       {ids[40]}, &rowid));
    REQUIRE(x.db.write(u"INSERT INTO search_fts(rowid, text) VALUES (?, 'twice')"_s, {rowid}));
    REQUIRE(x.db.write(u"INSERT INTO search_entries(household_id, name_key) VALUES (?, 'nobody')"_s,
                       {QByteArray(16, '\xff')}, &rowid));
    REQUIRE(x.db.write(u"INSERT INTO search_fts(rowid, text) VALUES (?, 'nobody')"_s, {rowid}));
    // A member's full-text row lost: not found by the ID number it holds.
    const QString idNumber = x.db.scalar(u"SELECT id_number FROM members WHERE household_id = ? AND deleted = 0 "
                                         "AND id_number IS NOT NULL LIMIT 1"_s,
                                         {ids[50]})
                                 .value()
                                 .toString();
    REQUIRE_FALSE(idNumber.isEmpty());
    REQUIRE(x.db.write(u"DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_entries WHERE household_id = ?)"_s,
                       {ids[50]}));
    CHECK(SearchIndex::search(x.db, idNumber).value().isEmpty());
    // A full-text row whose entry is gone.
    REQUIRE(x.db.write(u"INSERT INTO search_fts(rowid, text) VALUES (9999999, 'orphan')"_s, {}));
    REQUIRE(x.dump() != expected);

    REQUIRE(IndexRebuild::begin(x.db));
    CHECK(runCounting(x.db, kPerStep) == 7);
    CHECK(SearchIndex::search(x.db, idNumber).value().size() == 1);
    CHECK(x.db.scalar(u"SELECT count(*) FROM search_fts WHERE rowid = 9999999"_s).value().toInt() == 0);
    CHECK(x.dump() == expected);
    CHECK(x.fresh() == expected);
    auto hits = SearchIndex::search(x.db, u"nobody"_s);
    REQUIRE(hits.ok());
    CHECK(hits.value().isEmpty());
}

TEST_CASE("Index rebuild: households saved, added and archived between steps end up as a fresh index has them",
          "[index-rebuild]")
{
    Indexed x;
    const QList<QByteArray> ids = x.households();
    REQUIRE(x.db.execScript(u"UPDATE search_entries SET name_key = name_key || 'x'; UPDATE household_facts SET head_key = 'x';"_s));
    REQUIRE(IndexRebuild::begin(x.db));
    int steps = 0;
    HouseholdService households(x.db);
    for (;;) {
        auto p = IndexRebuild::step(x.db, kPerStep);
        REQUIRE(p.ok());
        ++steps;
        if (steps == 2) {
            REQUIRE(households.archive(x.t->admin, ids[2], u"moved away"_s));              // behind the rebuild
            REQUIRE(households.archive(x.t->admin, ids[kHouseholds - 2], u"moved away"_s)); // ahead of it
            auto more = DemoGenerator::generate(x.db, x.t->admin, {5, 12, QStringLiteral("SA")});
            REQUIRE(more.ok());
        }
        if (p.value().finished)
            break;
    }
    const QStringList rebuilt = x.dump();
    CHECK(x.fresh() == rebuilt);
    CHECK(x.db.scalar(u"SELECT count(*) FROM household_facts"_s).value().toInt() == kHouseholds - 2 + 5);
}

TEST_CASE("Index rebuild: cut short, it goes on from where it stopped, on another connection too", "[index-rebuild]")
{
    Indexed x;
    const QStringList expected = x.dump();
    REQUIRE(x.db.execScript(u"UPDATE household_facts SET head_key = 'x'"_s));
    CHECK_FALSE(IndexRebuild::due(x.db).value());
    REQUIRE(IndexRebuild::begin(x.db));
    CHECK(IndexRebuild::due(x.db).value());
    int told = 0;
    qint64 doneWhenStopped = 0;
    REQUIRE(IndexRebuild::run(x.db, [&](const IndexRebuild::Progress &p) {
        doneWhenStopped = p.done;
        CHECK(p.total == kHouseholds);
        return ++told < 3;
    }, kPerStep, 0));
    CHECK(doneWhenStopped == 3 * kPerStep);
    CHECK(IndexRebuild::due(x.db).value()); // the next login goes on

    auto other = storage::Database::openAnother(x.t->path());
    REQUIRE(other.ok());
    qint64 firstDone = -1, changed = 0;
    REQUIRE(IndexRebuild::run(*other.value(), [&](const IndexRebuild::Progress &p) {
        if (firstDone < 0)
            firstDone = p.done;
        changed += p.changed;
        return true;
    }, kPerStep, 0));
    CHECK(firstDone == doneWhenStopped + kPerStep); // not from the first household again
    CHECK(changed == kHouseholds - 3 * kPerStep);
    CHECK_FALSE(IndexRebuild::due(x.db).value());
    CHECK(x.dump() == expected);
}

TEST_CASE("Index rebuild: one an earlier build began is begun again, not finished with its rows", "[index-rebuild]")
{
    Indexed x;
    REQUIRE(IndexRebuild::begin(x.db));
    REQUIRE(IndexRebuild::step(x.db, kPerStep).ok());
    REQUIRE(IndexRebuild::step(x.db, kPerStep).ok());
    // As if the two steps had been an earlier build's, of another version.
    REQUIRE(storage::setLocalValue(x.db, u"search_rebuild_version"_s, IndexRebuild::kVersion - 1));
    qint64 firstDone = -1;
    REQUIRE(IndexRebuild::run(x.db, [&](const IndexRebuild::Progress &p) {
        if (firstDone < 0)
            firstDone = p.done;
        return true;
    }, kPerStep, 0));
    CHECK(firstDone == kPerStep); // from the first household
    CHECK_FALSE(IndexRebuild::due(x.db).value());
}

TEST_CASE("Index rebuild: due when this build indexes names another way", "[index-rebuild]")
{
    Indexed x;
    CHECK_FALSE(IndexRebuild::due(x.db).value()); // no version kept: indexed by version 1
    REQUIRE(storage::setLocalValue(x.db, u"search_index_version"_s, IndexRebuild::kVersion - 1));
    CHECK(IndexRebuild::due(x.db).value());
    REQUIRE(IndexRebuild::run(x.db, {}, 0, 0)); // begins one by itself
    CHECK_FALSE(IndexRebuild::due(x.db).value());
    CHECK(storage::localValue(x.db, u"search_index_version"_s).value().toInt() == IndexRebuild::kVersion);
    // Nothing in progress: a step does nothing.
    auto idle = IndexRebuild::step(x.db);
    REQUIRE(idle.ok());
    CHECK(idle.value().finished);
    CHECK(idle.value().done == 0);
}

TEST_CASE("Index rebuild: households are saved on another connection while it runs", "[index-rebuild]")
{
    Indexed x;
    const QList<QByteArray> ids = x.households();
    REQUIRE(x.db.execScript(u"UPDATE search_entries SET name_key = name_key || 'x'; UPDATE household_facts SET head_key = 'x';"_s));
    REQUIRE(IndexRebuild::begin(x.db));
    std::atomic<bool> finished{false};
    bool rebuilt = false;
    QThread *worker = QThread::create([&] {
        auto other = storage::Database::openAnother(x.t->path());
        rebuilt = other && IndexRebuild::run(*other.value(), {}, 2).ok(); // with its pauses
        finished = true;
    });
    worker->start();
    int saves = 0;
    for (int i = 0; !finished || saves < 10; ++i, ++saves) {
        Status s = SearchIndex::reindexHousehold(x.db, ids[i % ids.size()]);
        INFO((s ? std::string() : s.error().message.toStdString()));
        REQUIRE(s.ok());
        QThread::msleep(3); // saves back to back would leave the worker no moment either
    }
    worker->wait();
    delete worker;
    CHECK(rebuilt);
    const QStringList after = x.dump();
    CHECK(x.fresh() == after);
}

TEST_CASE("Index tidy: the full-text index folded together finds what it found, and a second tidy has nothing to do",
          "[index-rebuild]")
{
    Indexed x;
    // More households in several transactions: more pieces of the index.
    for (quint32 seed = 20; seed < 26; ++seed)
        REQUIRE(DemoGenerator::generate(x.db, x.t->admin, {15, seed, QStringLiteral("SA")}).ok());
    const QStringList queries = {u"محمد"_s, u"عبدالله القحطاني"_s, u"05"_s, u"نوره"_s, u"زبرجد"_s};
    QList<QList<QByteArray>> before;
    for (const QString &q : queries) {
        QList<QByteArray> ids;
        for (const SearchHit &h : SearchIndex::search(x.db, q, 500).value())
            ids << h.householdId;
        before << ids;
    }
    const qint64 rowsBefore = x.db.scalar(u"SELECT count(*) FROM search_fts_data"_s).value().toLongLong();
    auto first = IndexRebuild::tidy(x.db);
    REQUIRE(first.ok());
    CHECK(first.value()); // there was something to fold
    CHECK(x.db.scalar(u"SELECT count(*) FROM search_fts_data"_s).value().toLongLong() < rowsBefore);
    auto again = IndexRebuild::tidy(x.db);
    REQUIRE(again.ok());
    CHECK_FALSE(again.value());
    REQUIRE(x.db.execScript(u"INSERT INTO search_fts(search_fts) VALUES ('integrity-check')"_s));
    for (int i = 0; i < queries.size(); ++i) {
        QList<QByteArray> ids;
        for (const SearchHit &h : SearchIndex::search(x.db, queries[i], 500).value())
            ids << h.householdId;
        INFO(queries[i].toStdString());
        CHECK(ids == before[i]);
    }
}

TEST_CASE("Index rebuild: a full-text row left at the number a new entry takes does not stop it", "[index-rebuild]")
{
    Indexed x;
    const QStringList expected = x.dump();
    const QByteArray last = x.households().last();
    // The last household's entries lost, and a stray full-text row where the next entry goes.
    REQUIRE(x.db.write(u"DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_entries WHERE household_id = ?)"_s,
                       {last}));
    REQUIRE(x.db.write(u"DELETE FROM search_entries WHERE household_id = ?"_s, {last}));
    REQUIRE(x.db.write(u"INSERT INTO search_fts(rowid, text) VALUES ((SELECT max(id) + 1 FROM search_entries), 'stray')"_s,
                       {}));
    REQUIRE(IndexRebuild::begin(x.db));
    CHECK(runCounting(x.db, kPerStep) == 1);
    CHECK(x.dump() == expected);
}
