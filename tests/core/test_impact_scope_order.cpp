// The households in scope by file number (core/impact/ScopeOrder), which every
// indicator looks its rows up in: with a thousand households, each id is found
// at its place in file-number order, an id not in scope (or not 16 bytes long)
// is not, and a filter (a region) keeps its households only.
#include "impact/ImpactFilter.h"
#include "impact/ScopeOrder.h"
#include "registry/DemoGenerator.h"
#include "storage/Uuid.h"
#include "support/TestDb.h"

#include <catch2/catch.hpp>

using namespace tamkeen;
using namespace tamkeen::impact;

TEST_CASE("Households in scope: each found at its place by file number, none other", "[impact]")
{
    auto t = test::makeSetUpDb();
    registry::DemoOptions options;
    options.households = 1000;
    REQUIRE(registry::DemoGenerator::generate(*t->db, t->admin, options).ok());
    const QDate today = QDate::currentDate();

    auto loaded = ScopeOrder::load(*t->db, {}, today);
    REQUIRE(loaded.ok());
    const ScopeOrder &all = *loaded.value();
    REQUIRE(all.size() == 1000);
    // The same order as SQL's, and every id at its own place.
    QList<QByteArray> bySql;
    REQUIRE(t->db->read(QStringLiteral("SELECT id FROM households WHERE deleted = 0 ORDER BY file_number, id"), {},
                        [&](const storage::RawRow &r) { bySql << r.blob(0); })
                .ok());
    CHECK(all.ids().toList() == bySql);
    int misplaced = 0;
    for (qint32 i = 0; i < qint32(all.size()); ++i)
        misplaced += all.rank(all.id(i)) != i;
    CHECK(misplaced == 0);
    // Ids that are not in it: new ones, a prefix, an empty one.
    int found = 0;
    for (int i = 0; i < 1000; ++i)
        found += all.rank(storage::newUuidV7()) >= 0;
    CHECK(found == 0);
    CHECK(all.rank(all.id(0).left(15)) == -1);
    CHECK(all.rank(QByteArray()) == -1);

    // A filter: the households of one region only, still by file number.
    QString region;
    REQUIRE(t->db->read(QStringLiteral("SELECT region FROM households WHERE region IS NOT NULL ORDER BY file_number LIMIT 1"),
                        {}, [&](const storage::RawRow &r) { region = r.text(0); })
                .ok());
    REQUIRE_FALSE(region.isEmpty());
    ImpactFilter inRegion;
    inRegion.region = region;
    auto scoped = ScopeOrder::load(*t->db, inRegion, today);
    REQUIRE(scoped.ok());
    QList<QByteArray> theirs;
    REQUIRE(t->db->read(QStringLiteral("SELECT id FROM households WHERE deleted = 0 AND region = ? ORDER BY file_number, id"),
                        {region}, [&](const storage::RawRow &r) { theirs << r.blob(0); })
                .ok());
    CHECK(scoped.value()->ids().toList() == theirs);
    CHECK(scoped.value()->size() > 0);
    CHECK(scoped.value()->size() < 1000);
    int wrong = 0;
    for (const QByteArray &id : bySql)
        wrong += (scoped.value()->rank(id) >= 0) != theirs.contains(id);
    CHECK(wrong == 0);

    // Figures by file number: rows counted as rows, households once each.
    const Figure rows = all.rows(QStringLiteral("rows"), {5, 2, 5, 9});
    CHECK(rows.value == 4);
    CHECK(rows.households == QList<QByteArray>{all.id(2), all.id(5), all.id(9)});
    const Figure households = all.households(QStringLiteral("households"), {9, 2, 2});
    CHECK(households.value == 2);
    CHECK(households.households == QList<QByteArray>{all.id(2), all.id(9)});
}

// A figure's households are kept as places in the scope, 4 bytes each, or as
// a bit per household of the scope when most are in it: either way a
// drill-down's pages, a walk and a search give the ids a list would.
TEST_CASE("A figure's households read the same kept as places or as bits", "[impact]")
{
    HouseholdIds order;
    QList<QByteArray> all;
    for (int i = 0; i < 300; ++i) {
        const QByteArray id = storage::newUuidV7();
        order.append(id);
        all << id;
    }
    CHECK(order.toList() == all);
    const auto expected = [&](const std::vector<qint32> &ranks) {
        QList<QByteArray> ids;
        for (qint32 r : ranks)
            ids << all.at(r);
        return ids;
    };
    // Few (places), many (bits: over a 32nd of the scope), none, every one,
    // and the first and last of the scope and of a 64-bit word.
    std::vector<qint32> every(300);
    for (qint32 i = 0; i < 300; ++i)
        every[size_t(i)] = i;
    std::vector<qint32> many;
    for (qint32 i = 0; i < 300; i += 3)
        many.push_back(i);
    many.push_back(63);
    many.push_back(64);
    many.push_back(299);
    std::sort(many.begin(), many.end());
    many.erase(std::unique(many.begin(), many.end()), many.end());
    for (const std::vector<qint32> &ranks : {std::vector<qint32>{7, 63, 64, 299}, many, std::vector<qint32>{}, every}) {
        const HouseholdSet set = HouseholdSet::ofRanks(order, ranks);
        const QList<QByteArray> ids = expected(ranks);
        CHECK(set.size() == qsizetype(ranks.size()));
        CHECK(set.isEmpty() == ranks.empty());
        CHECK(set == ids);
        QList<QByteArray> walked(set.begin(), set.end());
        CHECK(walked == ids);
        // Pages as a drill-down loads them, the last one short, one past the end empty.
        QList<QByteArray> paged;
        for (qsizetype from = 0; from < set.size(); from += 7)
            paged << set.mid(from, 7);
        CHECK(paged == ids);
        CHECK(set.mid(set.size(), 7).isEmpty());
        CHECK(set.mid(ids.size() > 5 ? 5 : 0, 3) == ids.mid(ids.size() > 5 ? 5 : 0, 3));
        if (!ids.isEmpty())
            CHECK(set.contains(ids.last()));
        if (ranks.size() < 300)
            CHECK_FALSE(set.contains(all.at(1)));
    }
    // A bitmap with empty words first and between (ranks 130-199 and 260-299).
    std::vector<qint32> gaps;
    for (qint32 i = 130; i < 200; ++i)
        gaps.push_back(i);
    for (qint32 i = 260; i < 300; ++i)
        gaps.push_back(i);
    const HouseholdSet gapped = HouseholdSet::ofRanks(order, gaps);
    CHECK(gapped == expected(gaps));
    CHECK(gapped.mid(68, 4) == expected({198, 199, 260, 261}));
    // Ranks given out of order or twice count once each, in order.
    CHECK(HouseholdSet::ofRanks(order, {9, 2, 9}) == expected({2, 9}));
    CHECK(HouseholdSet::ofRanks(order, {9, 2, 9}).size() == 2);
    // A page before the start is cut as QList::mid cuts it.
    CHECK(gapped.mid(-2, 3) == expected({130}));

    // Split by group (the bars by centre): each group in the set's order, kept
    // the same way; households in no group (-1) left out. forEachId walks
    // every id once, in order, with its position.
    for (const HouseholdSet &set : {HouseholdSet::ofRanks(order, every), HouseholdSet::ofRanks(order, {7, 63, 64, 299}),
                                    HouseholdSet(all)}) {
        const QList<QByteArray> ids = set.toList();
        std::vector<qint32> groupOf(size_t(ids.size()));
        std::vector<QList<QByteArray>> byGroup(3);
        for (qsizetype i = 0; i < ids.size(); ++i) {
            groupOf[size_t(i)] = i % 7 == 0 ? -1 : qint32(i % 3);
            if (groupOf[size_t(i)] >= 0)
                byGroup[size_t(groupOf[size_t(i)])] << ids.at(i);
        }
        const std::vector<HouseholdSet> parts = set.split(groupOf, 3);
        REQUIRE(parts.size() == 3);
        for (size_t g = 0; g < 3; ++g)
            CHECK(parts[g] == byGroup[g]);
        QList<QByteArray> walked;
        qsizetype positions = 0;
        set.forEachId([&](qsizetype position, std::string_view id) {
            positions += position == walked.size();
            walked << QByteArray(id.data(), qsizetype(id.size()));
        });
        CHECK(walked == ids);
        CHECK(positions == ids.size());
    }

    // A list given as ids stays as given.
    const HouseholdSet given(QList<QByteArray>{all.at(5), all.at(2)});
    CHECK(given.toList() == QList<QByteArray>{all.at(5), all.at(2)});
    CHECK(given.mid(1) == QList<QByteArray>{all.at(2)});
}
