// The income in force on a day, as independence and work read it: from one
// read of the income history (core/impact/IncomeHistory) instead of a
// correlated subquery per household. Hand-counted values for the cases that
// matter (a change the same day, two at the same instant, an income ended by a
// zero, a member's own), and the same answer as the SQL (sql::incomeAt) for
// every household, day, source and member of the set.
#include "impact/ImpactSql.h"
#include "impact/IncomeHistory.h"
#include "storage/Uuid.h"
#include "support/TestDb.h"

#include <catch2/catch.hpp>

using namespace tamkeen;
using namespace tamkeen::impact;

namespace {

struct Incomes {
    std::unique_ptr<test::TestDb> t = test::makeSetUpDb();
    storage::Database &db = *t->db;
    const QByteArray h1 = storage::newUuidV7(), h2 = storage::newUuidV7();
    const QByteArray father = storage::newUuidV7(), mother = storage::newUuidV7();

    // Written as stored (no service: two changes at the same instant need a chosen created_at).
    void add(const QByteArray &household, const QByteArray &member, const QString &source, double amount,
             const QString &effective, const QString &created, bool deleted = false)
    {
        REQUIRE(db.write(QStringLiteral("INSERT INTO incomes(id, deleted, created_at, updated_at, household_id, "
                                        "member_id, source, amount, currency, effective_date) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'SAR', ?)"),
                         {storage::newUuidV7(), deleted ? 1 : 0, created, created, household,
                          member.isEmpty() ? QVariant() : QVariant(member), source, amount, effective})
                    .ok());
    }

    // sql::incomeAt for one household.
    double bySql(const QByteArray &household, const QString &day, bool earned, const QByteArray &member)
    {
        QString where;
        QVariantList values{household, day};
        if (earned)
            where += QStringLiteral("AND i.source IN ('salary', 'own_business') ");
        if (!member.isEmpty()) {
            where += QStringLiteral("AND i.member_id = ?3");
            values << member;
        }
        double sum = -1;
        const Status s = db.read(QStringLiteral("SELECT %1 FROM (SELECT ?1 AS id) h").arg(sql::incomeAt(QStringLiteral("?2"), where)),
                                 values, [&](const storage::RawRow &r) { sum = r.value(0).toDouble(); });
        INFO((s ? std::string() : s.error().message.toStdString()));
        REQUIRE(s.ok());
        return sum;
    }
};

} // namespace

TEST_CASE("Income in force: the latest change per member and source on or before the day, as SQL counts it",
          "[impact]")
{
    Incomes x;
    // Household 1: the father's salary 3,000 from January, 3,500 from March
    // (corrected the same day: 3,600 recorded later), ended (0) in June; the
    // mother's own business 1,000 from February, recorded twice at the same
    // instant (both count); family support 500 for the household from
    // January; a deleted pension of 9,999.
    x.add(x.h1, x.father, QStringLiteral("salary"), 3000, QStringLiteral("2025-01-01"), QStringLiteral("2025-01-01T08:00:00.000Z"));
    x.add(x.h1, x.father, QStringLiteral("salary"), 3500, QStringLiteral("2025-03-01"), QStringLiteral("2025-03-01T08:00:00.000Z"));
    x.add(x.h1, x.father, QStringLiteral("salary"), 3600, QStringLiteral("2025-03-01"), QStringLiteral("2025-03-01T09:00:00.000Z"));
    x.add(x.h1, x.father, QStringLiteral("salary"), 0, QStringLiteral("2025-06-01"), QStringLiteral("2025-06-01T08:00:00.000Z"));
    x.add(x.h1, x.mother, QStringLiteral("own_business"), 1000, QStringLiteral("2025-02-01"), QStringLiteral("2025-02-01T08:00:00.000Z"));
    x.add(x.h1, x.mother, QStringLiteral("own_business"), 1000, QStringLiteral("2025-02-01"), QStringLiteral("2025-02-01T08:00:00.000Z"));
    x.add(x.h1, {}, QStringLiteral("family_support"), 500, QStringLiteral("2025-01-01"), QStringLiteral("2025-01-01T08:00:00.000Z"));
    x.add(x.h1, x.father, QStringLiteral("pension"), 9999, QStringLiteral("2025-01-01"), QStringLiteral("2025-01-01T08:00:00.000Z"), true);
    // Household 2: social security only, and a change dated in the future.
    x.add(x.h2, {}, QStringLiteral("social_security"), 800, QStringLiteral("2024-12-15"), QStringLiteral("2024-12-15T08:00:00.000Z"));
    x.add(x.h2, {}, QStringLiteral("social_security"), 900, QStringLiteral("2026-01-01"), QStringLiteral("2025-05-01T08:00:00.000Z"));

    auto loaded = IncomeHistory::load(x.db);
    REQUIRE(loaded.ok());
    const IncomeHistory &h = *loaded.value();
    using S = IncomeHistory::Sources;
    const auto day = [](const char *d) { return QByteArray(d); };

    CHECK(h.at(x.h1, day("2024-12-31")) == 0);                    // before anything
    CHECK(h.at(x.h1, day("2025-01-01")) == 3500);                 // salary 3,000 + support 500
    CHECK(h.at(x.h1, day("2025-02-01")) == 5500);                 // + the business, counted twice (same instant)
    CHECK(h.at(x.h1, day("2025-03-01")) == 6100);                 // 3,600: the later correction of that day
    CHECK(h.at(x.h1, day("2025-03-01"), S::Earned) == 5600);      // 3,600 + 2,000: no family support
    CHECK(h.at(x.h1, day("2025-06-01")) == 2500);                 // the salary ended
    CHECK(h.at(x.h1, day("2025-03-01"), S::Earned, x.father) == 3600);
    CHECK(h.at(x.h1, day("2025-06-01"), S::Earned, x.father) == 0);
    CHECK(h.at(x.h1, day("2025-03-01"), S::All, x.mother) == 2000);
    CHECK(h.at(x.h2, day("2025-12-31")) == 800);                  // the 900 starts next year
    CHECK(h.at(x.h2, day("2026-01-01")) == 900);
    CHECK(h.at(x.h2, QByteArray()) == 0);                         // no day: nothing in force
    CHECK(h.at(storage::newUuidV7(), day("2025-12-31")) == 0);     // no income at all

    // The same as the SQL for every combination.
    for (const QByteArray &household : {x.h1, x.h2})
        for (const char *d : {"2024-12-31", "2025-01-01", "2025-01-31", "2025-02-01", "2025-03-01", "2025-05-31",
                              "2025-06-01", "2025-12-31", "2026-01-01"})
            for (bool earned : {false, true})
                for (const QByteArray &member : {QByteArray(), x.father, x.mother}) {
                    INFO(d << " earned " << earned << " member " << member.toHex().constData());
                    CHECK(h.at(household, day(d), earned ? S::Earned : S::All, member)
                          == x.bySql(household, QString::fromLatin1(d), earned, member));
                }
}

// SQLite orders text before blobs: an id stored as text (never written by the
// application, but a copy may hold one) comes out of the bytes' order. The
// history is then read again in the order of the bytes, and every household
// still finds its incomes.
TEST_CASE("Income in force: an id stored as text does not hide the other households' incomes", "[impact]")
{
    Incomes x;
    x.add(x.h1, x.father, QStringLiteral("salary"), 3000, QStringLiteral("2025-01-01"), QStringLiteral("2025-01-01T08:00:00.000Z"));
    x.add(x.h2, {}, QStringLiteral("social_security"), 800, QStringLiteral("2024-12-15"), QStringLiteral("2024-12-15T08:00:00.000Z"));
    REQUIRE(x.db.write(QStringLiteral("INSERT INTO incomes(id, deleted, created_at, updated_at, household_id, source, amount, "
                                      "currency, effective_date) VALUES (?, 0, '2025-01-01', '2025-01-01', 'zzzz', "
                                      "'salary', 700, 'SAR', '2025-01-01')"),
                       {storage::newUuidV7()})
                .ok());
    auto loaded = IncomeHistory::load(x.db);
    REQUIRE(loaded.ok());
    const IncomeHistory &h = *loaded.value();
    CHECK(h.at(x.h1, QByteArray("2025-06-30")) == 3000);
    CHECK(h.at(x.h2, QByteArray("2025-06-30")) == 800);
    CHECK(h.at(QByteArray("zzzz"), QByteArray("2025-06-30")) == 700);
}

// Dates compare as numbers when every stored one is an ISO date; a date in
// another form (never written by the application, but a copy may hold one)
// and a day asked in another form compare as text, as SQLite compares them.
TEST_CASE("Income in force: dates in other forms compare as SQLite compares their text", "[impact]")
{
    for (const bool oddStored : {false, true}) {
        Incomes x;
        x.add(x.h1, x.father, QStringLiteral("salary"), 3000, QStringLiteral("2025-01-01"), QStringLiteral("2025-01-01T08:00:00.000Z"));
        x.add(x.h1, x.father, QStringLiteral("salary"), 3500, QStringLiteral("2025-03-01"), QStringLiteral("2025-03-01T08:00:00.000Z"));
        x.add(x.h1, {}, QStringLiteral("family_support"), 500, QStringLiteral("2025-02-10"), QStringLiteral("2025-02-10T08:00:00.000Z"));
        if (oddStored) {
            // "2025-2-1" sorts after "2025-12-31" as text: in force only from then on.
            x.add(x.h1, x.mother, QStringLiteral("own_business"), 1000, QStringLiteral("2025-2-1"), QStringLiteral("2025-02-01T08:00:00.000Z"));
            x.add(x.h2, {}, QStringLiteral("social_security"), 800, QStringLiteral("2025-03-01 10:00"), QStringLiteral("2025-03-01T08:00:00.000Z"));
        }
        auto loaded = IncomeHistory::load(x.db);
        REQUIRE(loaded.ok());
        const IncomeHistory &h = *loaded.value();
        for (const QByteArray &household : {x.h1, x.h2})
            for (const char *d : {"2024-12-31", "2025-01-01", "2025-02-01", "2025-02-10", "2025-03-01", "2025-03-01 09:00",
                                  "2025-03-01T23:59", "2025-2-1", "2025-12-31", "2026", "2025-03-0x"})
                for (bool earned : {false, true})
                    for (const QByteArray &member : {QByteArray(), x.father, x.mother}) {
                        INFO(d << (oddStored ? " odd dates stored" : "") << " earned " << earned);
                        CHECK(h.at(household, QByteArray(d), earned ? IncomeHistory::Sources::Earned : IncomeHistory::Sources::All,
                                   member)
                              == x.bySql(household, QString::fromLatin1(d), earned, member));
                    }
        if (oddStored) {
            CHECK(h.at(x.h1, QByteArray("2025-12-31"), IncomeHistory::Sources::Earned, x.mother) == 0);
            CHECK(h.at(x.h1, QByteArray("2025-3-1"), IncomeHistory::Sources::Earned, x.mother) == 1000);
            CHECK(h.at(x.h2, QByteArray("2025-03-01")) == 0);
            CHECK(h.at(x.h2, QByteArray("2025-03-01T00:00")) == 800);
        }
    }
}
