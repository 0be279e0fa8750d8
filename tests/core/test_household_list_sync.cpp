// The household list's own table (household_facts) on every copy: the income
// in force and the eligibility it gives follow what arrives by sync, and a new
// eligibility rule, made here or elsewhere, judges every row again.
#include "ClinicFixture.h"
#include "SyncFixture.h"

#include "registry/HouseholdList.h"
#include "registry/HouseholdService.h"
#include "registry/IncomeService.h"
#include "registry/IndexRebuild.h"
#include "registry/SearchIndex.h"

using namespace tamkeen;
using namespace tamkeen::test::syncfixture;

namespace {

registry::HouseholdRow rowOf(storage::Database &db, const QByteArray &household)
{
    auto rows = registry::HouseholdList::page(db, {}, registry::HouseholdSort::FileNumber, true, 0, 100);
    REQUIRE(rows.ok());
    for (const registry::HouseholdRow &r : rows.value())
        if (r.id == household)
            return r;
    FAIL("the household is not in the list");
    return {};
}

int eligibleCount(storage::Database &db, bool eligible)
{
    registry::HouseholdFilter f;
    f.eligible = eligible;
    auto n = registry::HouseholdList::count(db, f);
    REQUIRE(n.ok());
    return n.value();
}

QByteArray addHousehold(Device &d, const QString &given, QByteArray &headId)
{
    // Only what the list shows matters here: a place, and one adult.
    registry::HouseholdData h;
    h.region = QStringLiteral("منطقة الرياض");
    h.city = QStringLiteral("الرياض");
    const registry::MemberData head = test::clinicfixture::person(given, QStringLiteral("علي"), QStringLiteral("الدوسري"));
    registry::HouseholdService households(d.db);
    auto id = households.create(d.admin(), h, head);
    REQUIRE(id.ok());
    headId = households.members().members(id.value()).value().first().id;
    return id.value();
}

} // namespace

TEST_CASE("The household list follows incomes and the eligibility rule, on this copy and on one that receives them",
          "[registry][sync]")
{
    Org org(2);
    Device &a = org[0], &b = org[1];
    QByteArray headId;
    const QByteArray household = addHousehold(a, QStringLiteral("سالم"), headId);
    org.exchange(a, b);
    // One person, no income: under the threshold (1,100 by default).
    CHECK(rowOf(b.db, household).eligible);
    CHECK(eligibleCount(b.db, true) == 1);

    // A salary over the threshold, recorded on A.
    registry::IncomeService incomes(a.db);
    REQUIRE(incomes.record(a.admin(), {{}, household, headId, QStringLiteral("salary"), 3000, {}, QDate::currentDate(), {}})
                .ok());
    CHECK(rowOf(a.db, household).income == 3000);
    CHECK_FALSE(rowOf(a.db, household).eligible);
    REQUIRE(org.receive(b, org.send(a)).ok());
    CHECK(rowOf(b.db, household).income == 3000);
    CHECK_FALSE(rowOf(b.db, household).eligible);
    CHECK(eligibleCount(b.db, true) == 0);
    CHECK(eligibleCount(b.db, false) == 1);

    // The administrator raises the threshold on A: the family is eligible again, on A and then on B.
    REQUIRE(incomes.setRule(a.admin(), {5000, 550, QStringLiteral("SAR")}).ok());
    CHECK(rowOf(a.db, household).eligible);
    REQUIRE(org.receive(b, org.send(a)).ok());
    CHECK(rowOf(b.db, household).eligible);
    CHECK(eligibleCount(b.db, true) == 1);

    // Exactly at the threshold is not under it, as the household file says.
    REQUIRE(incomes.setRule(a.admin(), {3000, 550, QStringLiteral("SAR")}).ok());
    CHECK_FALSE(rowOf(a.db, household).eligible);
    CHECK_FALSE(registry::IncomeService(a.db).eligibility(household).value().eligible);
    REQUIRE(org.receive(b, org.send(a)).ok());
    CHECK_FALSE(rowOf(b.db, household).eligible);
}

TEST_CASE("An income recorded ahead of its date shows in the household list from that day on", "[registry]")
{
    Device a(1);
    const QDate today = QDate::currentDate();
    registry::IncomeService incomes(a.db);
    QByteArray head1, head2;
    // A salary that ends in five days; another that starts in three.
    const QByteArray ends = addHousehold(a, QStringLiteral("سالم"), head1);
    REQUIRE(incomes.record(a.admin(), {{}, ends, head1, QStringLiteral("salary"), 3000, {}, today.addDays(-30), {}}).ok());
    REQUIRE(incomes.record(a.admin(), {{}, ends, head1, QStringLiteral("salary"), 0, {}, today.addDays(5), {}}).ok());
    const QByteArray starts = addHousehold(a, QStringLiteral("ماجد"), head2);
    REQUIRE(incomes.record(a.admin(), {{}, starts, head2, QStringLiteral("salary"), 2000, {}, today.addDays(3), {}}).ok());
    CHECK(rowOf(a.db, ends).income == 3000);
    CHECK_FALSE(rowOf(a.db, ends).eligible);
    CHECK(rowOf(a.db, starts).income == 0);

    // A verdict left stale by an earlier version (a rule that came by sync
    // was not applied to the list): the first catch-up judges every row again.
    REQUIRE(a.db.write(QStringLiteral("UPDATE household_facts SET eligible = 1 WHERE household_id = ?"), {ends}).ok());
    CHECK(rowOf(a.db, ends).eligible);
    // The first catch-up looks at every change recorded ahead of its date.
    REQUIRE(registry::SearchIndex::catchUpIncomes(a.db, today.addDays(3)).ok());
    CHECK_FALSE(rowOf(a.db, ends).eligible);
    CHECK(rowOf(a.db, starts).income == 2000);
    CHECK_FALSE(rowOf(a.db, starts).eligible);
    CHECK(rowOf(a.db, ends).income == 3000);
    // Later ones at the changes dated since.
    REQUIRE(registry::SearchIndex::catchUpIncomes(a.db, today.addDays(4)).ok());
    CHECK(rowOf(a.db, ends).income == 3000);
    REQUIRE(registry::SearchIndex::catchUpIncomes(a.db, today.addDays(5)).ok());
    CHECK(rowOf(a.db, ends).income == 0);
    CHECK(rowOf(a.db, ends).eligible);
    CHECK(rowOf(a.db, starts).income == 2000);
}

TEST_CASE("The whole list's length stays right through saves, archives, imports and rebuilds", "[registry][sync][list]")
{
    Org org(2);
    Device &a = org[0], &b = org[1];
    const auto lengthRight = [](storage::Database &db) {
        const int kept = registry::HouseholdList::count(db, {}).value();
        const int counted = db.scalar(QStringLiteral("SELECT count(*) FROM household_facts")).value().toInt();
        INFO("kept " << kept << ", counted " << counted);
        CHECK(kept == counted);
        return kept;
    };
    QByteArray headId;
    QList<QByteArray> made;
    for (const QString &given : {QStringLiteral("سالم"), QStringLiteral("نوره"), QStringLiteral("فهد")})
        made << addHousehold(a, given, headId);
    CHECK(lengthRight(a.db) == 3);
    REQUIRE(registry::HouseholdService(a.db).archive(a.admin(), made[1], QStringLiteral("moved away")));
    CHECK(lengthRight(a.db) == 2);
    org.exchange(a, b); // the import writes the list with the triggers off
    CHECK(lengthRight(b.db) == 2);
    addHousehold(b, QStringLiteral("منى"), headId);
    REQUIRE(registry::HouseholdService(b.db).archive(b.admin(), made[0], QStringLiteral("moved away")));
    org.exchange(b, a);
    CHECK(lengthRight(a.db) == 2);
    CHECK(lengthRight(b.db) == 2);
    REQUIRE(a.db.execScript(QStringLiteral("DELETE FROM household_facts")));
    CHECK(lengthRight(a.db) == 0);
    REQUIRE(registry::IndexRebuild::run(a.db, {}, 1, 0));
    CHECK(lengthRight(a.db) == 2);
}
