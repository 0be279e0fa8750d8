// Approving an empowerment plan is a supervisor's (docs/trust.md): a plan
// made active, its approver and date, and the "approved" event the
// indicators date it by are believed from another copy only with a
// supervisor's (or an administrator's) signature. A field worker's laptop
// that approves its own plans, signed or by hand, is refused; a plan drafted
// by a counsellor and approved by a supervisor before the first package
// arrives whole; a review does not approve again.
#include "TwoCopies.h"
#include "security/Privileges.h"
#include "storage/CaptureTriggers.h"
#include "storage/SyncedWriter.h"
#include "storage/Uuid.h"

using namespace tamkeen;
using tamkeen::test::TwoCopies;
using namespace Qt::StringLiterals;

namespace {

QByteArray draftPlan(storage::Database &db, const QByteArray &counsellor)
{
    auto id = storage::SyncedWriter(db).insert(u"plans"_s, {{u"member_id"_s, storage::newUuidV7()},
                                                            {u"household_id"_s, storage::newUuidV7()},
                                                            {u"counsellor_id"_s, counsellor},
                                                            {u"status"_s, u"draft"_s},
                                                            {u"started_on"_s, u"2026-11-01"_s}});
    INFO((id ? std::string() : id.error().message.toStdString()));
    REQUIRE(id.ok());
    return id.value();
}

Status approve(storage::Database &db, const QByteArray &plan, const QByteArray &by)
{
    storage::SyncedWriter w(db);
    if (Status s = w.update(u"plans"_s, plan, {{u"status"_s, u"active"_s}, {u"approved_by"_s, by}, {u"approved_on"_s, u"2026-11-20"_s}});
        !s)
        return s;
    auto e = w.insert(u"plan_events"_s, {{u"plan_id"_s, plan},
                                         {u"event"_s, u"approved"_s},
                                         {u"status"_s, u"active"_s},
                                         {u"at"_s, u"2026-11-20T10:00"_s},
                                         {u"by_user"_s, by}});
    return e ? Status() : Status(e.error());
}

QVariant planField(storage::Database &db, const QByteArray &plan, const QString &column)
{
    return db.scalar(u"SELECT \"%1\" FROM plans WHERE id = ?"_s.arg(column), {plan}).value();
}

int approvedEvents(storage::Database &db, const QByteArray &plan)
{
    return db.scalar(u"SELECT count(*) FROM plan_events WHERE plan_id = ? AND event = 'approved'"_s, {plan}).value().toInt();
}

} // namespace

TEST_CASE("A plan drafted by a counsellor and approved by a supervisor on one laptop arrives active on the centre's copy",
          "[privileges][sync][plans]")
{
    TwoCopies t;
    t.actAs(t.huda);
    const QByteArray plan = draftPlan(t.laptop(), t.huda.userId);
    t.actAs(t.salem);
    REQUIRE(approve(t.laptop(), plan, t.salem.userId).ok());
    // Both before the first package: the draft's insert travels with the
    // plan as it is now, active; the approval with its own signed change.
    const sync::ImportSummary s = sync::Importer(t.c).importFile(t.send(t.laptop(), u"laptop.tamkeen"_s));
    INFO(s.refused.toStdString());
    REQUIRE(s.ok());
    CHECK(s.refusedChanges == 0);
    CHECK(planField(t.c, plan, u"status"_s) == u"active"_s);
    CHECK(planField(t.c, plan, u"approved_by"_s).toByteArray() == t.salem.userId);
    CHECK(planField(t.c, plan, u"approved_on"_s) == u"2026-11-20"_s);
    CHECK(approvedEvents(t.c, plan) == 1);

    // The draft sent first and the approval later arrive the same.
    TwoCopies u;
    u.actAs(u.huda);
    const QByteArray second = draftPlan(u.laptop(), u.huda.userId);
    REQUIRE(sync::Importer(u.c).importFile(u.send(u.laptop(), u"first.tamkeen"_s)).ok());
    CHECK(planField(u.c, second, u"status"_s) == u"draft"_s);
    u.actAs(u.salem);
    REQUIRE(approve(u.laptop(), second, u.salem.userId).ok());
    const sync::ImportSummary later = sync::Importer(u.c).importFile(u.send(u.laptop(), u"second.tamkeen"_s));
    REQUIRE(later.ok());
    CHECK(later.refusedChanges == 0);
    CHECK(planField(u.c, second, u"status"_s) == u"active"_s);
}

TEST_CASE("A field worker's laptop that approves a plan is refused - signed by him or written by hand",
          "[privileges][sync][plans]")
{
    TwoCopies t;
    t.actAs(t.huda);
    const QByteArray plan = draftPlan(t.laptop(), t.huda.userId);
    REQUIRE(sync::Importer(t.c).importFile(t.send(t.laptop(), u"draft.tamkeen"_s)).ok());

    SECTION("signed with his own key")
    {
        t.actAs(t.omar);
        REQUIRE(approve(t.laptop(), plan, t.salem.userId).ok()); // his laptop lets him: the centre does not
        const sync::ImportSummary s = sync::Importer(t.c).importFile(t.send(t.laptop(), u"omar.tamkeen"_s));
        REQUIRE(s.ok());
        CHECK(s.refusedChanges == 2); // the plan's update and the event
        CHECK(s.refusedReasons.contains(u"role"_s));
    }
    SECTION("by hand, with no signature")
    {
        storage::Database &l = t.laptop();
        REQUIRE(l.execScript(u"DROP TRIGGER IF EXISTS \"capture_update_plans\""_s).ok());
        REQUIRE(l.write(u"UPDATE plans SET status = 'active', approved_by = ?, approved_on = '2026-11-20' WHERE id = ?"_s,
                        {t.salem.userId, plan})
                    .ok());
        const qint64 seq =
            l.scalar(u"SELECT ifnull(max(seq), 0) + 1 FROM change_log WHERE device = ?"_s, {l.deviceId()}).value().toLongLong();
        REQUIRE(l.write(u"INSERT INTO change_log(device, seq, hlc, tbl, row_id, op, author, fields) VALUES "
                        "(?, ?, ?, 'plans', ?, 'U', ?, '[\"status\",\"approved_by\",\"approved_on\"]')"_s,
                        {l.deviceId(), seq, qint64(l.clock().next()), plan, t.salem.userId})
                    .ok());
        REQUIRE(storage::installCaptureTriggers(l).ok());
        const sync::ImportSummary s = sync::Importer(t.c).importFile(t.send(t.laptop(), u"forged.tamkeen"_s));
        REQUIRE(s.ok());
        CHECK(s.refusedChanges == 1);
        CHECK(s.refusedReasons.contains(u"unsigned"_s));
    }
    CHECK(planField(t.c, plan, u"status"_s) == u"draft"_s);
    CHECK(planField(t.c, plan, u"approved_by"_s).isNull());
    CHECK(approvedEvents(t.c, plan) == 0);
}

TEST_CASE("What a counsellor does to an active plan is not an approval: it needs no supervisor",
          "[privileges][plans]")
{
    // Closing a plan, or any other status, is ordinary; only "active" is an approval.
    CHECK_FALSE(security::Privileges::needsSignature(u"plans"_s, {u"status"_s}, {{u"status"_s, u"completed"_s}}));
    CHECK_FALSE(security::Privileges::needsSignature(u"plans"_s, {u"status"_s, u"closed_on"_s},
                                                     {{u"status"_s, u"exited"_s}, {u"closed_on"_s, u"2026-11-30"_s}}));
    CHECK_FALSE(security::Privileges::needsSignature(u"plans"_s, {u"next_review"_s}));
    CHECK_FALSE(security::Privileges::needsSignature(u"plan_events"_s, {u"event"_s}, {{u"event"_s, u"reviewed"_s}}));
    CHECK(security::Privileges::needsSignature(u"plans"_s, {u"status"_s}, {{u"status"_s, u"active"_s}}));
    CHECK(security::Privileges::needsSignature(u"plans"_s, {u"approved_on"_s}));
    CHECK(security::Privileges::needsSignature(u"plan_events"_s, {u"event"_s}, {{u"event"_s, u"approved"_s}}));
    CHECK(security::Privileges::requiredRole(u"plans"_s, u"U"_s, {}, {u"status"_s}, {{u"status"_s, u"active"_s}})
          == security::Role::Supervisor);
}
