// Issue 13 §3: refused entries count as received (kept, listed, not sent
// again, not reported missing; every copy judges a relayed one itself), and
// a privileged change is judged by the role its author held when it was made,
// whatever order the packages arrive in.
#include "SyncFixture.h"

#include "security/Privileges.h"
#include "security/UserService.h"
#include "storage/Uuid.h"
#include "sync/Refusals.h"
#include "sync/RoleHistory.h"
#include "sync/SyncDevices.h"
#include "sync/SyncKeys.h"
#include "sync/SyncLog.h"

using namespace tamkeen;
using namespace tamkeen::test::syncfixture;
using namespace Qt::StringLiterals;

namespace {

const QString kPassword = u"correct horse battery"_s;

qint64 count(Device &d, const QString &sql, const QVariantList &values = {})
{
    return d.db.scalar(sql, values).value().toLongLong();
}

qint64 lastSeq(Device &d)
{
    return count(d, u"SELECT max(seq) FROM change_log WHERE device = ?"_s, {d.id()});
}

quint64 lastHlc(Device &d)
{
    return d.db.scalar(u"SELECT max(hlc) FROM change_log WHERE device = ?"_s, {d.id()}).value().toULongLong();
}

QByteArray addUser(Device &on, const QString &name, security::Role role)
{
    auto id = security::UserService(on.db, security::HashCost::minimal()).add(on.admin(), {name, name, role, kPassword});
    INFO((id ? std::string() : id.error().message.toStdString()));
    REQUIRE(id.ok());
    return id.value();
}

// `name` logs in on `on`: from here that copy writes as them, signed with their key.
void logIn(Device &on, const QString &name)
{
    security::UserService users(on.db, security::HashCost::minimal());
    auto session = users.login(name, kPassword);
    INFO((session ? std::string() : session.error().message.toStdString()));
    REQUIRE(session.ok());
    users.actAs(session.value());
}

void write(Device &on, const QString &table, const QByteArray &row, const QVariantMap &fields)
{
    const Status s = storage::SyncedWriter(on.db).update(table, row, fields);
    INFO((s ? std::string() : s.error().message.toStdString()));
    REQUIRE(s.ok());
}

QString roleCode()
{
    return QString::fromLatin1(security::Privileges::kRole);
}

} // namespace

TEST_CASE("A refused entry counts as received: kept with its reason, not sent again, not missing - a relay's "
          "receivers judge it themselves",
          "[sync][refused]")
{
    Org org(3);
    Device &hub = org[0], &laptop = org[1], &other = org[2];
    const QByteArray omar = addUser(hub, u"omar"_s, security::Role::FieldWorker);
    org.exchange(hub, laptop);
    org.exchange(hub, other);

    // Omar, a field worker, makes himself an administrator on his laptop, then works as usual.
    logIn(laptop, u"omar"_s);
    write(laptop, u"users"_s, omar, {{u"role"_s, u"administrator"_s}});
    const qint64 forged = lastSeq(laptop);
    const QByteArray partner = laptop.addPartner(u"جمعية بعدها"_s);
    const qint64 last = lastSeq(laptop);

    const ImportSummary first = org.receive(hub, org.sendFor(laptop, hub));
    REQUIRE(first.ok());
    CHECK(first.refusedChanges == 1);
    CHECK(first.refusedReasons.value(roleCode()) == 1);
    CHECK(hub.get(omar, u"role"_s, u"users"_s) == u"field_worker"_s);
    CHECK(count(hub, u"SELECT count(*) FROM partners WHERE id = ?"_s, {partner}) == 1);

    // Kept, with what it was and why; listed for a supervisor.
    auto refused = Refusals::list(hub.db);
    REQUIRE(refused.ok());
    REQUIRE(refused.value().size() == 1);
    const RefusedChange &r = refused.value()[0];
    CHECK(r.device == laptop.id());
    CHECK(r.seq == forged);
    CHECK(r.table == u"users"_s);
    CHECK(r.rowId == omar);
    CHECK(r.author == omar);
    CHECK(r.reason == roleCode());
    CHECK(r.sender == laptop.id());
    CHECK(r.refusedAt.isValid());
    CHECK(Refusals::text(r.reason) != r.reason); // shown in words, not as the code
    CHECK(count(hub, u"SELECT count(*) FROM change_log WHERE device = ? AND seq = ?"_s, {laptop.id(), forged}) == 0);

    // Received: the vector passes it, and nothing is reported missing.
    CHECK(localVector(hub.db).value().value(laptop.id()) == last);
    CHECK(sequenceGaps(hub.db).value().isEmpty());
    auto devices = SyncDevices(hub.db).list();
    REQUIRE(devices.ok());
    for (const SyncDevice &d : devices.value()) {
        if (d.id != laptop.id())
            continue;
        CHECK(d.missing == 0);
        CHECK(d.refusedAt.isValid());
        CHECK(d.refusedReason == roleCode());
        CHECK(d.refusedCount == 1);
    }

    // Not sent again: once the laptop has the hub's vector, its next package holds nothing for the hub.
    REQUIRE(org.receive(laptop, org.sendFor(hub, laptop)).ok());
    const ImportSummary again = org.receive(hub, org.sendFor(laptop, hub));
    REQUIRE(again.ok());
    CHECK(again.refusedChanges == 0);
    CHECK(again.entries == 0);
    // Sent anyway (everything): judged once, skipped as held.
    const ExportOptions everything{{}, true, 0};
    const ImportSummary all = org.receive(hub, org.send(laptop, everything));
    REQUIRE(all.ok());
    CHECK(all.refusedChanges == 0);
    CHECK(count(hub, u"SELECT count(*) FROM sync_refused"_s) == 1);

    // The hub relays the laptop's batch unchanged; the other copy judges it
    // for itself (refuses it too, and keeps it), and the two agree.
    const ImportSummary relayed = org.receive(other, org.sendFor(hub, other));
    REQUIRE(relayed.ok());
    CHECK(relayed.refusedReasons.value(roleCode()) == 1);
    CHECK(other.get(omar, u"role"_s, u"users"_s) == u"field_worker"_s);
    CHECK(count(other, u"SELECT count(*) FROM sync_refused WHERE device = ? AND seq = ? AND sender = ?"_s,
                {laptop.id(), forged, hub.id()})
          == 1);
    CHECK(localVector(other.db).value().value(laptop.id()) == last);
    CHECK(other.dump() == hub.dump());
    CHECK(sequenceGaps(other.db).value().isEmpty());
}

TEST_CASE("Roles are judged at the change's time: an administrator's change made before their demotion is "
          "accepted in either order, one made after it is refused",
          "[sync][refused][roles]")
{
    Org org(4); // 0: the root's hub; 1: X's laptop; 2, 3: copies that receive in opposite orders
    Device &hub = org[0], &laptopX = org[1], &c1 = org[2], &c2 = org[3];
    const QByteArray x = addUser(hub, u"xadmin"_s, security::Role::Administrator);
    const QByteArray huda = addUser(hub, u"huda"_s, security::Role::FieldWorker);
    for (int i = 1; i < 4; ++i)
        org.exchange(hub, org[i]);

    // X, an administrator, renames Huda on the laptop (offline).
    logIn(laptopX, u"xadmin"_s);
    write(laptopX, u"users"_s, huda, {{u"full_name"_s, u"Huda Al-Amri"_s}});
    const QString byX = org.send(laptopX);
    // Later, the root demotes X at the hub, without having seen that change.
    REQUIRE(hub.db.raiseHlcFloor(lastHlc(laptopX)).ok());
    hub.set(x, u"role"_s, u"field_worker"_s, u"users"_s);
    REQUIRE(lastHlc(hub) > lastHlc(laptopX));
    const QString demotion = org.send(hub);

    REQUIRE(org.receive(c1, byX).ok());
    REQUIRE(org.receive(c1, demotion).ok());
    const ImportSummary demotedFirst = org.receive(c2, demotion);
    REQUIRE(demotedFirst.ok());
    const ImportSummary changeAfter = org.receive(c2, byX);
    REQUIRE(changeAfter.ok());
    CHECK(changeAfter.refusedChanges == 0); // judged at arrival, it was refused here
    for (Device *c : {&c1, &c2}) {
        CHECK(c->get(huda, u"full_name"_s, u"users"_s) == u"Huda Al-Amri"_s);
        CHECK(c->get(x, u"role"_s, u"users"_s) == u"field_worker"_s);
        CHECK(count(*c, u"SELECT count(*) FROM sync_refused"_s) == 0);
    }
    CHECK(c1.dump() == c2.dump());

    // X, still offline with the old picture, renames Huda again after the demotion: refused on both.
    REQUIRE(laptopX.db.raiseHlcFloor(lastHlc(hub)).ok());
    write(laptopX, u"users"_s, huda, {{u"full_name"_s, u"Someone Else"_s}});
    REQUIRE(lastHlc(laptopX) > lastHlc(hub));
    const QString afterDemotion = org.send(laptopX);
    for (Device *c : {&c1, &c2}) {
        const ImportSummary s = org.receive(*c, afterDemotion);
        REQUIRE(s.ok());
        CHECK(s.refusedReasons.value(roleCode()) == 1);
        CHECK(c->get(huda, u"full_name"_s, u"users"_s) == u"Huda Al-Amri"_s);
        CHECK(count(*c, u"SELECT count(*) FROM sync_refused WHERE author = ? AND reason = ?"_s, {x, roleCode()}) == 1);
    }
    CHECK(c1.dump() == c2.dump());
}

TEST_CASE("A change refused before its author's promotion arrived is judged again when it comes", "[sync][refused][roles]")
{
    Org org(4);
    Device &hub = org[0], &laptop = org[1], &c1 = org[2], &c2 = org[3];
    const QByteArray sara = addUser(hub, u"sara"_s, security::Role::FieldWorker);
    const QByteArray huda = addUser(hub, u"huda"_s, security::Role::FieldWorker);
    for (int i = 1; i < 4; ++i)
        org.exchange(hub, org[i]);

    // The root makes Sara an administrator; the laptop has not heard yet, but
    // its clock is later, and Sara's change there is signed with her key.
    hub.set(sara, u"role"_s, u"administrator"_s, u"users"_s);
    const QString promotion = org.send(hub);
    REQUIRE(laptop.db.raiseHlcFloor(lastHlc(hub)).ok());
    logIn(laptop, u"sara"_s);
    write(laptop, u"users"_s, huda, {{u"full_name"_s, u"Huda Al-Amri"_s}});
    const QString bySara = org.send(laptop);

    // c1: the change first (refused, kept), then the promotion: taken then.
    const ImportSummary early = org.receive(c1, bySara);
    REQUIRE(early.ok());
    CHECK(early.refusedReasons.value(roleCode()) == 1);
    CHECK(count(c1, u"SELECT count(*) FROM sync_refused"_s) == 1);
    const ImportSummary promoted = org.receive(c1, promotion);
    REQUIRE(promoted.ok());
    CHECK(promoted.refusedChanges == 0);
    CHECK(count(c1, u"SELECT count(*) FROM sync_refused"_s) == 0);
    // c2: the other order.
    REQUIRE(org.receive(c2, promotion).ok());
    REQUIRE(org.receive(c2, bySara).ok());
    for (Device *c : {&c1, &c2})
        CHECK(c->get(huda, u"full_name"_s, u"users"_s) == u"Huda Al-Amri"_s);
    CHECK(c1.dump() == c2.dump());
    CHECK(sequenceGaps(c1.db).value().isEmpty());
}

TEST_CASE("The role history starts from the enrolment's picture when the entries before it have not arrived",
          "[sync][refused][roles]")
{
    Org org(1);
    Device &hub = org[0];
    const QByteArray x = addUser(hub, u"xadmin"_s, security::Role::Administrator);
    Device &laptop = org.enrol(hub); // knows X from the enrolment file only
    const quint64 enrolled = laptop.db.scalar(u"SELECT hlc FROM sync_enrolled_roles WHERE user_id = ?"_s, {x})
                                 .value()
                                 .toULongLong();
    REQUIRE(enrolled > 0);
    // The root, logged in there, demotes X on the laptop.
    laptop.set(x, u"role"_s, u"field_worker"_s, u"users"_s);
    const quint64 demoted = lastHlc(laptop);
    const auto roleAt = [&](quint64 hlc) {
        auto a = RoleHistory::authorAt(laptop.db, x, Version{hlc, hub.id(), 1});
        REQUIRE(a.ok());
        CHECK(a.value().known);
        CHECK_FALSE(a.value().publicKey.isEmpty());
        return a.value().role;
    };
    CHECK(roleAt(demoted - 1) == u"administrator"_s); // the enrolment's picture, not the row as it is now
    CHECK(roleAt(enrolled - 1) == u"administrator"_s);
    CHECK(roleAt(demoted + 1) == u"field_worker"_s);
    // Someone the copy never knew.
    auto stranger = RoleHistory::authorAt(laptop.db, storage::newUuidV7(), Version{demoted, hub.id(), 1});
    REQUIRE(stranger.ok());
    CHECK_FALSE(stranger.value().known);
    CHECK(stranger.value().publicKey.isEmpty());
}

TEST_CASE("A deactivated administrator's key speaks for nobody: no role change, no reactivating themselves, no key "
          "rotation",
          "[sync][refused][roles]")
{
    Org org(3); // 0: the root's hub; 1: X's laptop, offline; 2: a copy that hears of both
    Device &hub = org[0], &laptopX = org[1], &c = org[2];
    const QByteArray x = addUser(hub, u"xadmin"_s, security::Role::Administrator);
    const QByteArray huda = addUser(hub, u"huda"_s, security::Role::FieldWorker);
    for (int i = 1; i < 3; ++i)
        org.exchange(hub, org[i]);
    org.exchange(hub, c);

    // X leaves: the root deactivates the account at the hub; the copy hears of it.
    security::UserService usersOnX(laptopX.db, security::HashCost::minimal());
    auto sessionX = usersOnX.login(u"xadmin"_s, kPassword); // X's key still opens on the laptop X kept
    REQUIRE(sessionX.ok());
    usersOnX.actAs(sessionX.value());
    hub.set(x, u"active"_s, 0, u"users"_s);
    const QString deactivation = org.send(hub);
    REQUIRE(org.receive(c, deactivation).ok());

    // Later, on the old laptop (which hears of it too), X promotes Huda and reactivates themselves.
    REQUIRE(org.receive(laptopX, deactivation).ok());
    REQUIRE(laptopX.get(x, u"active"_s, u"users"_s).toInt() == 0);
    write(laptopX, u"users"_s, huda, {{u"role"_s, u"administrator"_s}});
    write(laptopX, u"users"_s, x, {{u"active"_s, 1}});
    const ImportSummary s = org.receive(c, org.send(laptopX));
    REQUIRE(s.ok());
    INFO(sync::Refusals::summary(s.refusedReasons).toStdString());
    CHECK(s.refusedReasons.value(QString::fromLatin1(security::Privileges::kAuthorInactive)) == 2);
    CHECK(c.get(huda, u"role"_s, u"users"_s) == u"field_worker"_s);
    CHECK(c.get(x, u"active"_s, u"users"_s).toInt() == 0);
    CHECK(sync::Refusals::text(QString::fromLatin1(security::Privileges::kAuthorInactive)) != u"author-inactive"_s);

    // A key change X signs is not believed either: the copy keeps its key.
    const int epochBefore = sync::SyncKeys::organisation(c.db).value().epoch;
    REQUIRE(sync::SyncDevices(laptopX.db).revoke(sessionX.value(), hub.id(), u"test"_s).ok());
    const ImportSummary rotated = org.receive(c, org.send(laptopX));
    CHECK_FALSE(rotated.ok());
    CHECK(sync::SyncKeys::organisation(c.db).value().epoch == epochBefore);
}

TEST_CASE("A key change made by an administrator before their deactivation is still believed where the deactivation "
          "came first",
          "[sync][refused][roles][rotation]")
{
    Org org(4); // 0: the root's hub; 1: X's laptop; 2: a copy; 3: the device X revokes
    Device &hub = org[0], &laptopX = org[1], &c = org[2], &lost = org[3];
    const QByteArray x = addUser(hub, u"xadmin"_s, security::Role::Administrator);
    for (int round = 0; round < 2; ++round)
        for (int i = 1; i < 4; ++i)
            org.exchange(hub, org[i]);

    // X revokes a lost laptop (offline): the key changes on X's laptop.
    security::UserService usersOnX(laptopX.db, security::HashCost::minimal());
    auto sessionX = usersOnX.login(u"xadmin"_s, kPassword);
    REQUIRE(sessionX.ok());
    usersOnX.actAs(sessionX.value());
    REQUIRE(sync::SyncDevices(laptopX.db).revoke(sessionX.value(), lost.id(), u"lost"_s).ok());
    const QString rotated = org.send(laptopX);
    // Later X leaves and the root deactivates the account; the copy hears of that first.
    REQUIRE(hub.db.raiseHlcFloor(lastHlc(laptopX)).ok());
    hub.set(x, u"active"_s, 0, u"users"_s);
    REQUIRE(org.receive(c, org.send(hub)).ok());

    const ImportSummary s = org.receive(c, rotated);
    INFO(s.refused.toStdString());
    REQUIRE(s.ok());
    CHECK(sync::SyncKeys::organisation(c.db).value().epoch == 1);
    CHECK(sync::SyncKeys::organisation(c.db).value().key == sync::SyncKeys::organisation(laptopX.db).value().key);
}
