// Issue 16: a new laptop joining a big centre starts from a snapshot of the
// copy that enrolled it instead of replaying the whole history, and then
// converges with a laptop that replayed it. A snapshot from anyone else, a
// damaged one, or one given to a laptop that has begun, changes nothing.
#include "SyncFixture.h"

#include "registry/Erasure.h"
#include "registry/HouseholdService.h"
#include "registry/Identity.h"
#include "registry/IndexRebuild.h"
#include "registry/SearchIndex.h"
#include "security/UserService.h"
#include "storage/HybridClock.h"
#include "storage/Inspect.h"
#include "sync/Snapshot.h"

#include <QFile>

using namespace tamkeen;
using namespace tamkeen::test::syncfixture;
using namespace Qt::StringLiterals;

namespace {

QByteArray registerFamily(Device &d, const QString &given)
{
    registry::HouseholdData h;
    h.region = u"منطقة الرياض"_s;
    h.city = u"الخرج"_s;
    h.phone = u"0551234987"_s;
    h.registrationDate = QDate::currentDate().addYears(-1);
    registry::MemberData m;
    m.givenName = given;
    m.fatherName = u"عبدالله"_s;
    m.familyName = u"الفرحاني"_s;
    m.relation = u"head"_s;
    m.sex = u"female"_s;
    m.birthDate = QDate(1979, 4, 2);
    m.idType = u"sa_national"_s;
    m.idNumber = u"118899773"_s + QString::number(registry::Identity::luhnCheckDigit(u"118899773"_s));
    auto created = registry::HouseholdService(d.db).create(d.admin(), h, m);
    INFO((created ? std::string() : created.error().message.toStdString()));
    REQUIRE(created.ok());
    return created.value();
}

qint64 count(Device &d, const QString &sql)
{
    return d.db.scalar(sql).value().toLongLong();
}

QString snapshotOf(Org &org, Device &by, const QString &name = u"centre"_s)
{
    const QString path = org.dir.filePath(name + u".tamkeen-snapshot"_s);
    auto written = sync::Snapshot::write(by.db, by.admin(), path);
    INFO((written ? std::string() : written.error().message.toStdString()));
    REQUIRE(written.ok());
    CHECK(written.value().rows > 0);
    return path;
}

} // namespace

TEST_CASE("A laptop started from a snapshot holds what the centre holds, and converges with one that replayed the "
          "history",
          "[sync][snapshot]")
{
    Org org(2);
    Device &hub = org[0], &field = org[1];
    const QByteArray p1 = hub.addPartner(u"جمعية البر"_s, u"0110000000"_s);
    registerFamily(field, u"زمرّدة"_s);
    const QByteArray p2 = field.addPartner(u"معهد التدريب"_s);
    org.exchange(hub, field);
    for (int i = 0; i < 3; ++i) // changes the hub compacts once both hold them
        field.set(p2, u"phone"_s, u"055000000%1"_s.arg(i));
    // One field changed on both before either hears: a conflict for a person.
    hub.set(p1, u"phone"_s, u"0111111111"_s);
    field.set(p1, u"phone"_s, u"0122222222"_s);
    org.exchange(hub, field);
    REQUIRE(conflictsOf(hub).size() == 1);

    Device &fresh = org.enrol(hub);
    Device &replayed = org.enrol(hub);
    const ImportSummary started = org.receive(fresh, snapshotOf(org, hub));
    INFO(started.refused.toStdString());
    REQUIRE(started.ok());
    CHECK(started.snapshot);
    const ImportSummary replay = org.receive(replayed, org.sendFor(hub, replayed));
    REQUIRE(replay.ok());
    CHECK(started.entries < replay.entries); // the history, compacted: fewer entries than were made
    CHECK(fresh.dump() == hub.dump());
    CHECK(replayed.dump() == hub.dump());
    CHECK(conflictsOf(fresh) == conflictsOf(hub));
    CHECK(versionsOf(fresh, p1) == versionsOf(hub, p1));
    CHECK(versionsOf(fresh, p2) == versionsOf(replayed, p2));
    // Found by name once the index is rebuilt behind the user, as the window does.
    CHECK(registry::IndexRebuild::due(fresh.db).value());
    REQUIRE(registry::IndexRebuild::run(fresh.db, {}, 0, 0).ok());
    CHECK(registry::SearchIndex::search(fresh.db, u"زمردة الفرحاني"_s).value().size() == 1);
    CHECK(storage::checkDatabase(fresh.db).value().isEmpty());

    // Its first package carries its own work only; the centre's history is
    // not sent back to it (it holds it).
    fresh.set(p2, u"region"_s, u"أبها"_s);
    const ImportSummary back = org.receive(hub, org.sendFor(fresh, hub));
    REQUIRE(back.ok());
    CHECK(back.updated == 1);
    CHECK(back.entries < 5);
    const ImportSummary again = org.receive(fresh, org.send(hub, {QByteArray(), true, 0})); // everything the hub holds
    REQUIRE(again.ok());
    CHECK(again.updated == 0);
    CHECK(again.newRows == 0);
    CHECK(again.conflicts == 0);

    // Everyone edits, the same field on two copies; all converge.
    fresh.set(p1, u"region"_s, u"جدة"_s);
    replayed.set(p1, u"region"_s, u"الدمام"_s);
    field.set(p2, u"phone"_s, u"0559999999"_s);
    hub.set(p2, u"kind"_s, u"training"_s);
    for (int pass = 0; pass < 3; ++pass) {
        org.exchange(fresh, hub);
        org.exchange(hub, replayed);
        org.exchange(hub, field);
    }
    CHECK(fresh.dump() == hub.dump());
    CHECK(replayed.dump() == hub.dump());
    CHECK(field.dump() == hub.dump());
    CHECK(conflictsOf(fresh) == conflictsOf(replayed));
    CHECK(conflictsOf(field) == conflictsOf(replayed));
    CHECK(versionsOf(fresh, p1) == versionsOf(replayed, p1));
    CHECK(storage::checkDatabase(fresh.db).value().isEmpty());
}

TEST_CASE("A snapshot from another computer, a damaged one, or one for a laptop that has begun changes nothing",
          "[sync][snapshot]")
{
    Org org(2);
    Device &hub = org[0], &field = org[1];
    hub.addPartner(u"جمعية البر"_s);
    org.exchange(hub, field);
    Device &fresh = org.enrol(hub);
    const QByteArray before = fresh.dump();
    const auto unchanged = [&] {
        CHECK(fresh.dump() == before);
        CHECK(count(fresh, u"SELECT count(*) FROM change_log"_s) == 0);
        CHECK(count(fresh, u"SELECT count(*) FROM sync_vector"_s) == 0);
    };

    // Only an administrator writes one.
    security::Session worker = hub.admin();
    worker.role = security::Role::FieldWorker;
    CHECK(sync::Snapshot::write(hub.db, worker, org.dir.filePath(u"w.tamkeen-snapshot"_s)).error().code
          == ErrorCode::PermissionDenied);
    CHECK_FALSE(QFile::exists(org.dir.filePath(u"w.tamkeen-snapshot"_s)));

    // Made on a computer other than the one that enrolled this laptop.
    const ImportSummary other = org.receive(fresh, snapshotOf(org, field, u"field"_s));
    CHECK_FALSE(other.ok());
    CHECK(other.refused.contains(u"enrolled this laptop"_s));
    unchanged();

    // Cut short (a copy that stopped half way) or changed.
    const QString good = snapshotOf(org, hub);
    QFile whole(good);
    REQUIRE(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    whole.close();
    for (const QByteArray &bad : {bytes.left(bytes.size() / 2), bytes.left(bytes.size() - 100) + QByteArray(100, 'x')}) {
        const QString path = org.dir.filePath(u"bad.tamkeen-snapshot"_s);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bad);
        f.close();
        CHECK_FALSE(org.receive(fresh, path).ok());
        unchanged();
    }

    // A package is not a snapshot: given to a new laptop it imports as a package.
    const QString package = org.sendFor(hub, fresh);
    CHECK(sync::Snapshot::start(fresh.db, package).error().code == ErrorCode::NotTamkeenFile);
    unchanged();

    // Cancelled by the user half way: nothing is kept, and it can start again.
    qint64 asked = 0;
    const auto cancelled = sync::Snapshot::start(fresh.db, good, [&](qint64 done, qint64) {
        asked = done;
        return false;
    });
    CHECK_FALSE(cancelled.ok());
    CHECK(asked == 1);
    unchanged();

    // Started once; a second time (or after its own work) it is refused.
    REQUIRE(org.receive(fresh, good).ok());
    const QByteArray started = fresh.dump();
    const ImportSummary twice = org.receive(fresh, good);
    CHECK_FALSE(twice.ok());
    CHECK(twice.refused.contains(u"already begun"_s));
    CHECK(fresh.dump() == started);
}

// A laptop started from a snapshot holds no batch of the history before it,
// so it cannot pass that history on: a copy further behind that hears from
// it first takes what it can send and the rest from a copy that has it.
TEST_CASE("A copy behind that syncs first with a laptop started from a snapshot catches up from the centre after",
          "[sync][snapshot]")
{
    Org org(2);
    Device &hub = org[0], &field = org[1];
    const QByteArray p1 = hub.addPartner(u"جمعية البر"_s, u"0110000000"_s);
    registerFamily(field, u"زمرّدة"_s);
    org.exchange(hub, field);
    hub.set(p1, u"phone"_s, u"0113333333"_s);
    Device &fresh = org.enrol(hub);
    Device &late = org.enrol(hub); // enrolled at the same time, never synced since
    REQUIRE(org.receive(fresh, snapshotOf(org, hub)).ok());
    const QByteArray p2 = fresh.addPartner(u"معهد التدريب"_s);

    const ImportSummary fromFresh = org.receive(late, org.sendFor(fresh, late));
    INFO(fromFresh.refused.toStdString());
    REQUIRE(fromFresh.ok());
    CHECK(fromFresh.newRows >= 1); // the laptop's own partner at least
    CHECK(storage::checkDatabase(late.db).value().isEmpty());
    // Then the centre: everything before the snapshot, the laptop's work again or not.
    org.exchange(late, hub);
    org.exchange(fresh, hub);
    org.exchange(late, hub);
    CHECK(late.dump() == hub.dump());
    CHECK(fresh.dump() == hub.dump());
    CHECK(versionsOf(late, p1) == versionsOf(hub, p1));
    CHECK(versionsOf(late, p2) == versionsOf(fresh, p2));
    CHECK(storage::checkDatabase(late.db).value().isEmpty());
}

TEST_CASE("A laptop started from a snapshot after an erasure blanks the erased person's words that reach it later",
          "[sync][snapshot][erasure]")
{
    Org org(2);
    Device &hub = org[0], &field = org[1];
    const QByteArray household = registerFamily(field, u"زمرّدة"_s);
    org.exchange(field, hub);
    const QByteArray head = field.db.scalar(u"SELECT id FROM members WHERE household_id = ?"_s, {household}).value().toByteArray();
    // Offline, the field laptop corrects the phone while the hub erases the family.
    field.set(head, u"phone"_s, u"0557777777"_s, u"members"_s);
    REQUIRE(registry::Erasure::eraseHousehold(hub.db, hub.admin(), household, u"طلب المستفيدة المحو كتابيًا"_s).ok());
    Device &fresh = org.enrol(hub);
    REQUIRE(org.receive(fresh, snapshotOf(org, hub)).ok());
    CHECK(fresh.get(head, u"given_name"_s, u"members"_s).toString().isEmpty());
    // The field laptop's change reaches the new laptop first: blanked, as on the hub.
    REQUIRE(org.receive(fresh, org.sendFor(field, fresh)).ok());
    CHECK(fresh.get(head, u"phone"_s, u"members"_s).toString().isEmpty());
    org.exchange(field, hub);
    org.exchange(hub, fresh);
    CHECK(fresh.dump() == hub.dump());
    CHECK(field.dump() == hub.dump());
}

TEST_CASE("A change the writer refused is judged by the snapshot's laptop itself when its author's role arrives",
          "[sync][snapshot][refused]")
{
    Org org(3);
    Device &hub = org[0], &laptop = org[1], &centre = org[2];
    const QString password = u"correct horse battery"_s;
    security::UserService users(hub.db, security::HashCost::minimal());
    const QByteArray sara = users.add(hub.admin(), {u"sara"_s, u"sara"_s, security::Role::FieldWorker, password}).value();
    const QByteArray huda = users.add(hub.admin(), {u"huda"_s, u"huda"_s, security::Role::FieldWorker, password}).value();
    org.exchange(hub, laptop);
    org.exchange(hub, centre);
    // The root makes Sara an administrator; the laptop, not told yet, has her
    // rename Huda (a privileged change, signed with her key).
    hub.set(sara, u"role"_s, u"administrator"_s, u"users"_s);
    const QString promotion = org.send(hub);
    REQUIRE(laptop.db.raiseHlcFloor(hub.db.scalar(u"SELECT max(hlc) FROM change_log"_s).value().toULongLong()).ok());
    security::UserService there(laptop.db, security::HashCost::minimal());
    auto session = there.login(u"sara"_s, password);
    REQUIRE(session.ok());
    there.actAs(session.value());
    REQUIRE(storage::SyncedWriter(laptop.db).update(u"users"_s, huda, {{u"full_name"_s, u"Huda Al-Amri"_s}}).ok());
    // The centre refuses it (no promotion yet), then writes a snapshot for a new laptop.
    const ImportSummary early = org.receive(centre, org.send(laptop));
    REQUIRE(early.ok());
    REQUIRE(early.refusedChanges == 1);
    Device &fresh = org.enrol(centre);
    REQUIRE(org.receive(fresh, snapshotOf(org, centre)).ok());
    // The change and the promotion reach both: each judges the change again.
    for (Device *d : {&centre, &fresh}) {
        REQUIRE(org.receive(*d, promotion).ok());
        REQUIRE(org.receive(*d, org.sendFor(laptop, *d)).ok());
        CHECK(d->get(huda, u"full_name"_s, u"users"_s) == u"Huda Al-Amri"_s);
    }
    CHECK(fresh.dump() == centre.dump());
}

TEST_CASE("A snapshot older than the enrolment, or with a time or a vector no copy could hold, is refused whole",
          "[sync][snapshot]")
{
    Org org(2);
    Device &hub = org[0], &field = org[1];
    const QByteArray p = hub.addPartner(u"جمعية البر"_s);
    field.addPartner(u"معهد التدريب"_s);
    org.exchange(hub, field);
    const auto untouched = [](Device &d) {
        CHECK(count(d, u"SELECT count(*) FROM change_log"_s) == 0);
        CHECK(count(d, u"SELECT count(*) FROM sync_vector"_s) == 0);
        CHECK(count(d, u"SELECT count(*) FROM partners"_s) == 0);
    };

    // Left on a stick from before this laptop was enrolled.
    const QString old = snapshotOf(org, hub, u"old"_s);
    Device &late = org.enrol(hub);
    const ImportSummary stale = org.receive(late, old);
    CHECK_FALSE(stale.ok());
    CHECK(stale.refused.contains(u"older than this laptop's enrolment"_s));
    untouched(late);

    // Signed by the enrolling copy, but holding an entry dated three years
    // ahead (it would pin this laptop's clock there), or a vector claiming
    // numbers no entry shows (real changes would be skipped for good).
    const quint64 future = storage::HybridClock::fromMillis(QDateTime::currentMSecsSinceEpoch() + 3 * 365 * qint64(86'400'000));
    REQUIRE(hub.db.exec(u"INSERT INTO change_log(device, seq, hlc, tbl, row_id, op, fields) "
                        "VALUES (?, 999999, ?, 'partners', ?, 'U', '[\"phone\"]')"_s,
                        {field.id(), qint64(future), p})
                .ok());
    Device &ahead = org.enrol(hub);
    CHECK_FALSE(org.receive(ahead, snapshotOf(org, hub, u"ahead"_s)).ok());
    untouched(ahead);
    REQUIRE(hub.db.exec(u"DELETE FROM change_log WHERE seq = 999999"_s).ok());
    auto raised = hub.db.exec(u"UPDATE sync_vector SET contiguous = contiguous + 1000000, max_seq = max_seq + 1000000 "
                              "WHERE device = ?"_s,
                              {field.id()});
    REQUIRE(raised.ok());
    REQUIRE(raised.value()->numRowsAffected() == 1);
    Device &claimed = org.enrol(hub);
    CHECK_FALSE(org.receive(claimed, snapshotOf(org, hub, u"claimed"_s)).ok());
    untouched(claimed);
}
