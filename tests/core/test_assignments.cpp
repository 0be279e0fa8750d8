// Caseloads (issue 17 §2): families reassigned to a field worker, one or many
// at once, and transferred to another centre, each with its reason and kept
// in the family's history; what is refused (a transfer to an unknown centre,
// a reassignment to a counsellor, no reason, a supervisor's rule used by a
// field worker, an archived family among many) leaves nothing written.
#include "ClinicFixture.h"
#include "SyncFixture.h"
#include "casework/Assignments.h"
#include "org/DeviceInfo.h"
#include "storage/ChangeLog.h"
#include "storage/SyncedWriter.h"

using namespace tamkeen;
using namespace tamkeen::casework;
using namespace tamkeen::test::clinicfixture;

namespace {

struct Caseloads : Clinic {
    Assignments assignments{db};
    security::Session omar = user(QStringLiteral("omar"), QStringLiteral("عمر"), Role::FieldWorker);
    security::Session lina = user(QStringLiteral("lina"), QStringLiteral("لينا"), Role::FieldWorker);
    security::Session huda = user(QStringLiteral("huda"), QStringLiteral("هدى"), Role::Counsellor);
    security::Session salem = user(QStringLiteral("salem"), QStringLiteral("سالم"), Role::Supervisor);
    QByteArray a = member(QStringLiteral("سلمى"), QStringLiteral("ناصر"), QStringLiteral("الدوسري"));
    QByteArray b = member(QStringLiteral("نورة"), QStringLiteral("علي"), QStringLiteral("الحربي"));
    QByteArray c = member(QStringLiteral("مها"), QStringLiteral("سعد"), QStringLiteral("القحطاني"));

    QByteArray householdOf(const QByteArray &memberId)
    {
        return db.scalar(QStringLiteral("SELECT household_id FROM members WHERE id = ?"), {memberId}).value().toByteArray();
    }
    QByteArray workerOf(const QByteArray &household)
    {
        return db.scalar(QStringLiteral("SELECT assigned_worker FROM households WHERE id = ?"), {household}).value().toByteArray();
    }
    QByteArray otherCentre()
    {
        const QByteArray id = storage::newUuidV7();
        db.setCurrentUser(admin.userId);
        REQUIRE(storage::SyncedWriter(db)
                    .insert(QStringLiteral("centres"),
                            {{QStringLiteral("code"), QStringLiteral("JED")}, {QStringLiteral("name"), QStringLiteral("مركز جدة للتمكين")}},
                            id)
                    .ok());
        return id;
    }
};

} // namespace

TEST_CASE("A supervisor reassigns several families to a field worker, each change kept with its reason", "[caseload]")
{
    Caseloads l;
    const QByteArray h1 = l.householdOf(l.a), h2 = l.householdOf(l.b), h3 = l.householdOf(l.c);
    REQUIRE(l.assignments.reassign(l.salem, {h1}, l.lina.userId, QStringLiteral("توزيع الحي")).ok());
    auto changed = l.assignments.reassign(l.salem, {h1, h2, h3}, l.omar.userId, QStringLiteral("إجازة لينا"));
    REQUIRE(changed.ok());
    CHECK(changed.value() == 3);
    for (const QByteArray &h : {h1, h2, h3})
        CHECK(l.workerOf(h) == l.omar.userId);
    // Once more: nothing changes, nothing is written.
    const qint64 before = storage::changeCount(l.db).value();
    CHECK(l.assignments.reassign(l.salem, {h1, h2}, l.omar.userId, QStringLiteral("مرة أخرى")).value() == 0);
    CHECK(storage::changeCount(l.db).value() == before);

    const auto history = l.assignments.history(h1).value();
    REQUIRE(history.size() == 2);
    CHECK(history.first().kind == QStringLiteral("assign"));
    CHECK(history.first().workerName == QStringLiteral("عمر"));
    CHECK(history.first().fromWorkerName == QStringLiteral("لينا"));
    CHECK(history.first().reason == QStringLiteral("إجازة لينا"));
    CHECK(history.first().byName == QStringLiteral("سالم"));
    CHECK(history.last().fromWorker.isEmpty());
    CHECK(l.assignments.now(h1).value().first == QStringLiteral("عمر"));
}

TEST_CASE("Reassignments and transfers that cannot be right are refused and nothing is written", "[caseload]")
{
    Caseloads l;
    const QByteArray h1 = l.householdOf(l.a), h2 = l.householdOf(l.b);
    const QByteArray jeddah = l.otherCentre();
    const qint64 before = storage::changeCount(l.db).value();
    CHECK(l.assignments.reassign(l.omar, {h1}, l.omar.userId, QStringLiteral("أنا")).error().code
          == ErrorCode::PermissionDenied);
    CHECK(l.assignments.reassign(l.salem, {h1}, l.huda.userId, QStringLiteral("سبب")).error().field == QStringLiteral("worker"));
    CHECK(l.assignments.reassign(l.salem, {h1}, l.omar.userId, QStringLiteral(" ")).error().field == QStringLiteral("reason"));
    CHECK(l.assignments.reassign(l.salem, {}, l.omar.userId, QStringLiteral("سبب")).error().code == ErrorCode::Invalid);
    CHECK(l.assignments.transfer(l.omar, h1, jeddah, QStringLiteral("انتقال")).error().code == ErrorCode::PermissionDenied);
    CHECK(l.assignments.transfer(l.salem, h1, storage::newUuidV7(), QStringLiteral("انتقال")).error().field
          == QStringLiteral("centre")); // a centre not known here
    CHECK(l.assignments.transfer(l.salem, h1, jeddah, QString()).error().field == QStringLiteral("reason"));
    CHECK(storage::changeCount(l.db).value() == before);
    // An archived family among several stops them all.
    REQUIRE(l.households.archive(l.admin, h2, QStringLiteral("انتقلت")).ok());
    const qint64 afterArchive = storage::changeCount(l.db).value();
    CHECK(l.assignments.reassign(l.salem, {h1, h2}, l.omar.userId, QStringLiteral("سبب")).error().code == ErrorCode::Conflict);
    CHECK(storage::changeCount(l.db).value() == afterArchive);
    CHECK(l.workerOf(h1).isEmpty());
}

TEST_CASE("A family transferred to another centre leaves its worker for the receiving centre to choose", "[caseload]")
{
    Caseloads l;
    const QByteArray h1 = l.householdOf(l.a);
    REQUIRE(l.assignments.reassign(l.salem, {h1}, l.omar.userId, QStringLiteral("توزيع")).ok());
    const QByteArray here = l.db.scalar(QStringLiteral("SELECT centre_id FROM households WHERE id = ?"), {h1}).value().toByteArray();
    const QByteArray jeddah = l.otherCentre();
    REQUIRE(l.assignments.transfer(l.salem, h1, jeddah, QStringLiteral("انتقلت الأسرة إلى جدة")).ok());
    CHECK(l.db.scalar(QStringLiteral("SELECT centre_id FROM households WHERE id = ?"), {h1}).value().toByteArray() == jeddah);
    CHECK(l.workerOf(h1).isEmpty());
    CHECK(l.assignments.transfer(l.salem, h1, jeddah, QStringLiteral("مرة أخرى")).error().field == QStringLiteral("centre"));
    const auto history = l.assignments.history(h1).value();
    REQUIRE(history.size() == 2);
    CHECK(history.first().kind == QStringLiteral("transfer"));
    CHECK(history.first().centreName == QStringLiteral("مركز جدة للتمكين"));
    CHECK(history.first().fromCentre == here);
    CHECK(history.first().fromWorkerName == QStringLiteral("عمر"));
}

TEST_CASE("A reassignment made at the centre reaches the field laptop with its history", "[caseload][sync]")
{
    using namespace tamkeen::test::syncfixture;
    Org org(2);
    Device &centre = org[0], &laptop = org[1];
    security::UserService users(centre.db, security::HashCost::minimal());
    auto omar = users.add(centre.admin(), {QStringLiteral("omar"), QStringLiteral("عمر"), Role::FieldWorker,
                                           QStringLiteral("correct horse battery")});
    REQUIRE(omar.ok());
    registry::HouseholdData data;
    data.region = QStringLiteral("منطقة الرياض");
    data.city = QStringLiteral("الرياض");
    data.housingType = QStringLiteral("apartment");
    data.housingOwnership = QStringLiteral("rented");
    auto family = registry::HouseholdService(centre.db)
                      .create(centre.admin(), data, person(QStringLiteral("سلمى"), QStringLiteral("ناصر"), QStringLiteral("الدوسري")));
    REQUIRE(family.ok());
    org.exchange(centre, laptop);
    REQUIRE(Assignments(centre.db).reassign(centre.admin(), {family.value()}, omar.value(), QStringLiteral("توزيع")).ok());
    org.exchange(centre, laptop);
    CHECK(laptop.db.scalar(QStringLiteral("SELECT assigned_worker FROM households WHERE id = ?"), {family.value()})
              .value()
              .toByteArray()
          == omar.value());
    CHECK(Assignments(laptop.db).history(family.value()).value().size() == 1);
    CHECK(centre.dump() == laptop.dump());
}
