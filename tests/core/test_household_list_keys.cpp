// The household list paged by key (issue 16): every row once and in order,
// from the first page or the last, in every sort, filtered or not, and while
// households are registered and changed between the pages.
#include "registry/DemoGenerator.h"
#include "registry/HouseholdList.h"
#include "registry/HouseholdListWindow.h"
#include "registry/HouseholdService.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "support/TestDb.h"
#include "support/catch.h"

#include <QSet>

using namespace tamkeen;
using namespace tamkeen::registry;
using namespace Qt::StringLiterals;

namespace {

constexpr int kHouseholds = 300;
constexpr int kLimit = 37; // pages that never divide the list evenly

struct Listed {
    std::unique_ptr<test::TestDb> t = test::makeSetUpDb();
    storage::Database &db = *t->db;

    Listed()
    {
        auto made = DemoGenerator::generate(db, t->admin, {kHouseholds, 7, QStringLiteral("SA")});
        INFO((made ? std::string() : made.error().message.toStdString()));
        REQUIRE(made.ok());
        // Some rows with nothing to sort by (no head, no region, no city, no date).
        REQUIRE(db.exec(QStringLiteral("UPDATE household_facts SET head_key = '', region = '', city = '', "
                                       "registered = '' WHERE file_number LIKE '%3' OR file_number LIKE '%7'")));
    }

    QList<QByteArray> byOffset(const HouseholdFilter &f, HouseholdSort sort, bool ascending)
    {
        auto rows = HouseholdList::page(db, f, sort, ascending, 0, 1000000);
        REQUIRE(rows.ok());
        QList<QByteArray> ids;
        for (const HouseholdRow &r : rows.value())
            ids << r.id;
        return ids;
    }

    QList<QByteArray> forward(const HouseholdFilter &f, HouseholdSort sort, bool ascending,
                              const std::function<void()> &between = {})
    {
        QList<QByteArray> ids;
        QVariantList after;
        for (int pages = 0; pages < 1000; ++pages) {
            auto rows = HouseholdList::pageAfter(db, f, sort, ascending, after, kLimit);
            INFO((rows ? std::string() : rows.error().message.toStdString()));
            REQUIRE(rows.ok());
            for (const HouseholdRow &r : rows.value())
                ids << r.id;
            if (rows.value().size() < kLimit)
                return ids;
            after = rows.value().last().key;
            if (between)
                between();
        }
        FAIL("the walk never ended");
        return ids;
    }

    QList<QByteArray> backward(const HouseholdFilter &f, HouseholdSort sort, bool ascending)
    {
        QList<QByteArray> ids;
        QVariantList before;
        for (int pages = 0; pages < 1000; ++pages) {
            auto rows = HouseholdList::pageBefore(db, f, sort, ascending, before, kLimit);
            REQUIRE(rows.ok());
            QList<QByteArray> page;
            for (const HouseholdRow &r : rows.value())
                page << r.id;
            ids = page + ids;
            if (rows.value().size() < kLimit)
                return ids;
            before = rows.value().first().key;
        }
        FAIL("the walk never ended");
        return ids;
    }
};

const HouseholdSort kSorts[] = {HouseholdSort::FileNumber, HouseholdSort::HeadName, HouseholdSort::Region,
                                HouseholdSort::Status,     HouseholdSort::Registered, HouseholdSort::Members};

} // namespace

TEST_CASE("Paging the household list by key gives every row once, in order, from either end", "[registry][list]")
{
    Listed l;
    HouseholdFilter all, active, notEligible, oneRegion;
    active.status = QStringLiteral("active");
    notEligible.eligible = false;
    oneRegion.region = l.db.scalar(QStringLiteral("SELECT region FROM household_facts WHERE region <> '' "
                                                  "GROUP BY region ORDER BY count(*) DESC LIMIT 1"))
                           .value()
                           .toString();
    for (const HouseholdFilter &f : {all, active, notEligible, oneRegion}) {
        const int count = HouseholdList::count(l.db, f).value();
        REQUIRE(count > 0);
        for (const HouseholdSort sort : kSorts) {
            for (const bool ascending : {true, false}) {
                INFO("sort " << int(sort) << (ascending ? " ascending" : " descending") << ", " << count << " rows");
                const QList<QByteArray> expected = l.byOffset(f, sort, ascending);
                REQUIRE(expected.size() == count);
                CHECK(l.forward(f, sort, ascending) == expected);
                CHECK(l.backward(f, sort, ascending) == expected);
            }
        }
    }
}

TEST_CASE("Rows registered and changed between pages neither repeat nor hide the others", "[registry][list]")
{
    Listed l;
    const HouseholdFilter all;
    const QList<QByteArray> before = l.byOffset(all, HouseholdSort::Registered, true);
    HouseholdService households(l.db);
    int added = 0;
    QSet<QByteArray> newIds;
    const auto registerOne = [&] {
        HouseholdData h;
        h.region = QStringLiteral("منطقة الرياض");
        h.city = QStringLiteral("الخرج");
        // Registered before every generated household: each lands ahead of the page being read.
        h.registrationDate = QDate(1990, 1, 1 + added);
        MemberData m;
        static const QStringList given = {u"آمنة"_s, u"بشرى"_s, u"جميلة"_s, u"دلال"_s, u"رحاب"_s, u"سلوى"_s, u"شيماء"_s,
                                          u"عبير"_s, u"غدير"_s, u"لمياء"_s, u"منى"_s, u"نجلاء"_s, u"هالة"_s, u"وفاء"_s,
                                          u"يسرى"_s, u"تهاني"_s, u"ثريا"_s, u"خلود"_s, u"زينب"_s, u"ضحى"_s, u"طيبة"_s};
        static const QStringList family = {u"العتيبي"_s, u"الشمري"_s, u"الدوسري"_s, u"الزهراني"_s, u"الغامدي"_s};
        m.givenName = given[added % given.size()];
        m.fatherName = QStringLiteral("سعد");
        m.familyName = family[added % family.size()] + (added >= given.size() ? u" الثاني"_s : QString());
        m.sex = QStringLiteral("female");
        m.birthDate = QDate(1970, 1, 1);
        m.relation = QStringLiteral("head");
        auto id = households.create(l.t->admin, h, m);
        INFO((id ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
        newIds.insert(id.value());
        ++added;
    };

    const QList<QByteArray> walked = l.forward(all, HouseholdSort::Registered, true, registerOne);
    REQUIRE(added > 3);
    CHECK(QSet<QByteArray>(walked.begin(), walked.end()).size() == walked.size()); // none twice
    QList<QByteArray> old = walked;
    old.removeIf([&](const QByteArray &id) { return newIds.contains(id); });
    CHECK(old == before); // all that were there, in their order
    CHECK(walked.size() - old.size() < added); // the new ones behind the page were not read

    // Paging by offset, the same walk repeats rows: what the key is for.
    QList<QByteArray> offsetWalk;
    for (int offset = 0;; offset += kLimit) {
        auto rows = HouseholdList::page(l.db, all, HouseholdSort::Registered, true, offset, kLimit);
        REQUIRE(rows.ok());
        for (const HouseholdRow &r : rows.value())
            offsetWalk << r.id;
        if (rows.value().size() < kLimit)
            break;
        registerOne();
    }
    CHECK(QSet<QByteArray>(offsetWalk.begin(), offsetWalk.end()).size() < offsetWalk.size());
}

TEST_CASE("A key from another order is refused, and the list's empty sort values come first", "[registry][list]")
{
    Listed l;
    const HouseholdFilter all;
    auto first = HouseholdList::pageAfter(l.db, all, HouseholdSort::Region, true, {}, 5);
    REQUIRE(first.ok());
    REQUIRE(first.value().size() == 5);
    CHECK(first.value()[0].region.isEmpty());
    CHECK(first.value()[0].key.size() == 4); // region, city, file number, household
    auto wrong = HouseholdList::pageAfter(l.db, all, HouseholdSort::FileNumber, true, first.value()[0].key, 5);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == ErrorCode::Invalid);
    CHECK_FALSE(HouseholdList::regions(l.db).value().contains(QString()));
}

TEST_CASE("A list whose sort columns held NULL is given empty values by the migration, and pages whole", "[registry][list]")
{
    Listed l;
    REQUIRE(l.db.exec(QStringLiteral("UPDATE household_facts SET head_key = NULL, region = NULL, registered = NULL "
                                     "WHERE head_key = ''")));
    const qint64 nulls = l.db.scalar(QStringLiteral("SELECT count(*) FROM household_facts WHERE head_key IS NULL"))
                             .value()
                             .toLongLong();
    REQUIRE(nulls > 0);
    const HouseholdFilter all;
    // With NULLs a walk by key loses rows (NULL compares to nothing) ...
    CHECK(l.forward(all, HouseholdSort::HeadName, true).size() < kHouseholds);
    REQUIRE(storage::migration030ListKeys(l.db));
    CHECK(l.db.scalar(QStringLiteral("SELECT count(*) FROM household_facts WHERE head_key IS NULL OR region IS NULL "
                                     "OR city IS NULL OR registered IS NULL"))
              .value()
              .toLongLong()
          == 0);
    // ... and none after the migration.
    CHECK(l.forward(all, HouseholdSort::HeadName, true) == l.byOffset(all, HouseholdSort::HeadName, true));
}

TEST_CASE("The list's window gives any row by its place, scrolled or jumped to, and keeps a bounded number",
          "[registry][list]")
{
    Listed l;
    HouseholdFilter active;
    active.status = QStringLiteral("active");
    for (const HouseholdFilter &f : {HouseholdFilter{}, active}) {
        for (const bool ascending : {true, false}) {
            const QList<QByteArray> expected = l.byOffset(f, HouseholdSort::HeadName, ascending);
            HouseholdListWindow w(l.db, 10, 3); // small, so that 300 rows make 30 blocks
            REQUIRE(w.reset(f, HouseholdSort::HeadName, ascending));
            REQUIRE(w.count() == expected.size());
            // Jumps: the middle, the end, the start, from nothing kept.
            for (const int at : {int(expected.size()) / 2, int(expected.size()) - 1, 0, 25, 101, 99, 9, 10}) {
                HouseholdListWindow jump(l.db, 10, 3);
                REQUIRE(jump.reset(f, HouseholdSort::HeadName, ascending));
                if (at >= expected.size())
                    continue;
                const HouseholdRow *r = jump.row(at);
                REQUIRE(r);
                CHECK(r->id == expected[at]);
            }
            // Scrolling down, then up again.
            int most = 0;
            for (int i = 0; i < expected.size(); ++i) {
                const HouseholdRow *r = w.row(i);
                REQUIRE(r);
                CHECK(r->id == expected[i]);
                most = std::max(most, w.keptRows());
            }
            for (int i = int(expected.size()) - 1; i >= 0; --i)
                REQUIRE(w.row(i)->id == expected[i]);
            CHECK(most <= 10 * 3);
            CHECK(w.row(int(expected.size())) == nullptr);
            CHECK(w.row(-1) == nullptr);
            CHECK_FALSE(w.error());
        }
    }
}

TEST_CASE("The list's marks let a jump start from its block's edge, and only for the list they were made for",
          "[registry][list]")
{
    Listed l;
    const HouseholdFilter all;
    const QList<QByteArray> expected = l.byOffset(all, HouseholdSort::Registered, false);
    auto marks = HouseholdList::marks(l.db, all, HouseholdSort::Registered, false, 10);
    REQUIRE(marks.ok());
    REQUIRE(marks.value().size() == int(expected.size()) / 10);
    auto tenth = HouseholdList::page(l.db, all, HouseholdSort::Registered, false, 9, 1);
    REQUIRE(tenth.ok());
    CHECK(marks.value()[0] == tenth.value()[0].key); // the last row of the first block

    for (const int at : {155, 299, 10, 11, 151}) {
        HouseholdListWindow w(l.db, 10, 3);
        REQUIRE(w.reset(all, HouseholdSort::Registered, false));
        w.setMarks(w.generation(), marks.value());
        REQUIRE(w.hasMarks());
        const HouseholdRow *r = w.row(at);
        REQUIRE(r);
        CHECK(r->id == expected[at]);
    }
    // Marks made before the list was loaded again are not taken.
    HouseholdListWindow w(l.db, 10, 3);
    REQUIRE(w.reset(all, HouseholdSort::Registered, false));
    const int before = w.generation();
    REQUIRE(w.reset(all, HouseholdSort::Registered, true));
    w.setMarks(before, marks.value());
    CHECK_FALSE(w.hasMarks());
    CHECK(w.row(155)->id == l.byOffset(all, HouseholdSort::Registered, true)[155]);

    // A stop asked for: no more marks kept.
    std::atomic_bool stop{true};
    auto stopped = HouseholdList::marks(l.db, all, HouseholdSort::Registered, false, 10, &stop);
    REQUIRE(stopped.ok());
    CHECK(stopped.value().size() <= 1);
}

TEST_CASE("Households with the same file number are each listed once, and rows that move leave the others in place",
          "[registry][list]")
{
    Listed l;
    const HouseholdFilter all;
    // A file number shared by a third of the list (two laptops can give the same one).
    REQUIRE(l.db.exec(QStringLiteral("UPDATE household_facts SET file_number = 'RUH-01-000100' "
                                     "WHERE file_number LIKE '%1' OR file_number LIKE '%4' OR file_number LIKE '%8'")));
    const QList<QByteArray> expected = l.byOffset(all, HouseholdSort::FileNumber, true);
    CHECK(l.forward(all, HouseholdSort::FileNumber, true) == expected);
    CHECK(l.backward(all, HouseholdSort::FileNumber, false) == QList<QByteArray>(expected.rbegin(), expected.rend()));

    // Between pages, one row read already moves ahead of the cursor and one
    // not read yet moves behind it: every other row still comes once, in order.
    const QList<QByteArray> byRegion = l.byOffset(all, HouseholdSort::Region, true);
    QSet<QByteArray> moved;
    int page = 0;
    const QList<QByteArray> walked = l.forward(all, HouseholdSort::Region, true, [&] {
        ++page;
        if (page * kLimit + 5 >= byRegion.size())
            return;
        const QByteArray back = byRegion[page * kLimit - 5], ahead = byRegion[page * kLimit + 5];
        REQUIRE(l.db.exec(QStringLiteral("UPDATE household_facts SET region = 'ي' WHERE household_id = ?"), {back}));
        REQUIRE(l.db.exec(QStringLiteral("UPDATE household_facts SET region = '' WHERE household_id = ?"), {ahead}));
        moved << back << ahead;
    });
    REQUIRE(moved.size() >= 8);
    QList<QByteArray> still = walked, expectedStill = byRegion;
    still.removeIf([&](const QByteArray &id) { return moved.contains(id); });
    expectedStill.removeIf([&](const QByteArray &id) { return moved.contains(id); });
    CHECK(still == expectedStill);
}

TEST_CASE("A list that shrank under the window shows nothing where rows are gone, never rows from elsewhere",
          "[registry][list]")
{
    Listed l;
    const HouseholdFilter all;
    HouseholdListWindow w(l.db, 10, 3);
    REQUIRE(w.reset(all, HouseholdSort::FileNumber, true));
    REQUIRE(w.count() == kHouseholds);
    REQUIRE(w.row(0));
    // Most rows leave the list (archived on another connection) before it is loaded again.
    REQUIRE(l.db.exec(QStringLiteral("DELETE FROM household_facts WHERE household_id NOT IN "
                                     "(SELECT household_id FROM household_facts ORDER BY file_number LIMIT 20)")));
    CHECK(w.row(150) == nullptr);
    CHECK(w.row(120) == nullptr);
    CHECK_FALSE(w.error());
    REQUIRE(w.reset(all, HouseholdSort::FileNumber, true));
    CHECK(w.count() == 20);
    CHECK(w.row(19));
}
