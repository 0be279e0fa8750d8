// Scoped exports (issue 18 §2, docs/sync-format.md "Scoped exports"): a
// laptop receives its centre's households and the organisation's rows, never
// another centre's, through the hub or another laptop; what was left out does
// not hold its vector back; a household transferred to its centre arrives
// with its whole history; a batch cut for one copy and forwarded elsewhere
// leaves the other asking, never short; a forged household breaks the batch.
#include "SyncFixture.h"
#include "casework/Assignments.h"
#include "security/Privileges.h"
#include "storage/Inspect.h"
#include "storage/SyncedWriter.h"
#include "storage/Uuid.h"
#include "sync/Batches.h"
#include "sync/Refusals.h"
#include "sync/Scope.h"
#include "sync/Snapshot.h"

using namespace tamkeen;
using namespace tamkeen::sync;
using namespace tamkeen::test::syncfixture;

namespace {

// A national hub (the organisation's first copy: it receives everything),
// a second centre, two laptops of Riyadh and one of Jeddah.
struct Centres {
    Org org{1};
    Device &hub = org[0];
    QByteArray jeddah = addCentre(hub);
    Device &ruh1 = org.enrol(hub, 0, QStringLiteral("RUH"));
    Device &ruh2 = org.enrol(hub, 0, QStringLiteral("RUH"));
    Device &jed = org.enrol(hub, 0, QStringLiteral("JED"));

    static QByteArray addCentre(Device &hub)
    {
        const QByteArray id = storage::newUuidV7();
        hub.db.setCurrentUser(hub.admin().userId);
        REQUIRE(storage::SyncedWriter(hub.db)
                    .insert(QStringLiteral("centres"),
                            {{QStringLiteral("code"), QStringLiteral("JED")},
                             {QStringLiteral("name"), QStringLiteral("مركز جدة للتمكين")},
                             {QStringLiteral("region"), QStringLiteral("مكة المكرمة")}},
                            id)
                    .ok());
        return id;
    }
    ImportSummary pass(Device &from, Device &to)
    {
        const ImportSummary s = org.receive(to, org.sendFor(from, to));
        INFO(s.refused.toStdString());
        REQUIRE(s.ok());
        return s;
    }
    // A family registered on Jeddah's laptop and one on a Riyadh laptop, both at the hub.
    std::pair<QByteArray, QByteArray> familiesAtHub()
    {
        const QByteArray inJeddah = jed.family();
        const QByteArray inRiyadh = ruh2.family();
        pass(jed, hub);
        pass(ruh2, hub);
        return {inJeddah, inRiyadh};
    }
    // Every laptop has heard from the hub and the hub from every laptop.
    void meet()
    {
        for (Device *d : {&ruh1, &ruh2, &jed}) {
            pass(hub, *d);
            pass(*d, hub);
        }
    }
};

bool holds(Device &d, const QByteArray &household)
{
    return d.db.scalar(QStringLiteral("SELECT count(*) FROM households WHERE id = ?"), {household}).value().toInt() == 1;
}

qint64 membersOf(Device &d, const QByteArray &household)
{
    return d.db.scalar(QStringLiteral("SELECT count(*) FROM members WHERE household_id = ?"), {household})
        .value()
        .toLongLong();
}

// How far `d` holds `origin`'s numbers with nothing missing below, and how far `origin` wrote.
qint64 heldOf(Device &d, Device &origin)
{
    return d.db.scalar(QStringLiteral("SELECT contiguous FROM sync_vector WHERE device = ?"), {origin.id()})
        .value()
        .toLongLong();
}
qint64 writtenBy(Device &origin)
{
    return origin.db.scalar(QStringLiteral("SELECT max(seq) FROM change_log WHERE device = ?"), {origin.id()})
        .value()
        .toLongLong();
}

// The canonical dump's lines of the rows of one household (itself, its
// members and the rows that name it): what two copies holding it agree on.
QStringList dumpOf(Device &d, const QByteArray &household)
{
    QSet<QString> rows{QString::fromLatin1(household.toHex())};
    for (const QString &table : {QStringLiteral("members"), QStringLiteral("household_status"),
                                 QStringLiteral("household_assignments"), QStringLiteral("incomes")})
        REQUIRE(d.db.read(QStringLiteral("SELECT id FROM %1 WHERE household_id = ?").arg(table), {household},
                          [&](const storage::RawRow &r) { rows.insert(QString::fromLatin1(r.blob(0).toHex())); })
                    .ok());
    QStringList out;
    for (const QByteArray &line : d.dump().split('\n')) {
        const QList<QByteArray> words = line.split(' ');
        if (words.size() > 1 && rows.contains(QString::fromLatin1(words[1])))
            out << QString::fromUtf8(line);
    }
    return out;
}

} // namespace

TEST_CASE("Scoped exports: another centre's family never reaches a laptop, through the hub or another laptop",
          "[sync][scope]")
{
    Centres c;
    c.meet();
    const auto [inJeddah, inRiyadh] = c.familiesAtHub();
    REQUIRE(holds(c.hub, inJeddah));
    REQUIRE(holds(c.hub, inRiyadh));

    // What the Sync screen says would go: the Riyadh family's entries, none of Jeddah's.
    auto preview = Exporter(c.hub.db).preview({c.ruh1.id(), false, 0});
    REQUIRE(preview.ok());
    auto whole = Exporter(c.hub.db).preview({QByteArray(), true, 0});
    REQUIRE(whole.ok());
    CHECK(preview.value().perTable.value(QStringLiteral("members")) == 1);
    CHECK(whole.value().perTable.value(QStringLiteral("members")) == 2);
    CHECK(preview.value().entries < whole.value().entries);
    const ImportSummary atRuh1 = c.pass(c.hub, c.ruh1);
    CHECK(atRuh1.outOfScope > 0);
    CHECK(holds(c.ruh1, inRiyadh));
    CHECK(membersOf(c.ruh1, inRiyadh) == 1);
    CHECK_FALSE(holds(c.ruh1, inJeddah));
    CHECK(membersOf(c.ruh1, inJeddah) == 0);
    CHECK_FALSE(c.ruh1.dump().contains(inJeddah.toHex()));
    // What was left out counts as received: nothing of Jeddah's laptop is missing here.
    CHECK(heldOf(c.ruh1, c.jed) == writtenBy(c.jed));
    CHECK(sequenceGaps(c.ruh1.db).value().isEmpty());
    c.pass(c.ruh1, c.hub); // the hub learns what it holds
    CHECK(c.org.receive(c.ruh1, c.org.sendFor(c.hub, c.ruh1)).entries == 0); // nothing sent again

    // Forwarded from one Riyadh laptop to the other: still nothing of Jeddah's.
    Device &ruh3 = c.org.enrol(c.hub, 0, QStringLiteral("RUH"));
    // A device it has not heard of yet gets no more than this laptop receives
    // itself; from the hub (it receives everything), no family at all.
    CHECK(c.org.receive(ruh3, c.org.sendFor(c.ruh1, ruh3)).ok());
    CHECK(holds(ruh3, inRiyadh));
    CHECK_FALSE(holds(ruh3, inJeddah));
    Device &ruh4 = c.org.enrol(c.jed, 0, QStringLiteral("RUH")); // enrolled elsewhere: the hub has no row of it
    CHECK(c.org.receive(ruh4, c.org.sendFor(c.hub, ruh4)).ok());
    CHECK_FALSE(holds(ruh4, inRiyadh));
    CHECK_FALSE(holds(ruh4, inJeddah));
    c.pass(c.hub, c.ruh1);
    c.pass(c.ruh1, ruh3);
    CHECK(holds(ruh3, inRiyadh));
    CHECK_FALSE(holds(ruh3, inJeddah));
    CHECK(heldOf(ruh3, c.jed) == heldOf(c.ruh1, c.jed)); // all the laptop had of Jeddah's, none missing

    // Jeddah's laptop, the other way round; the organisation's rows reach everyone.
    c.pass(c.hub, c.jed);
    CHECK(holds(c.jed, inJeddah));
    CHECK_FALSE(holds(c.jed, inRiyadh));
    CHECK(c.jed.db.scalar(QStringLiteral("SELECT count(*) FROM centres")).value().toInt() == 2);
    CHECK(ruh3.db.scalar(QStringLiteral("SELECT count(*) FROM centres")).value().toInt() == 2);
}

TEST_CASE("Scoped exports: a batch cut for one centre and forwarded leaves the next copy asking, never short",
          "[sync][scope]")
{
    Centres c;
    c.meet();
    const QByteArray inJeddah = c.jed.family();
    c.pass(c.jed, c.hub);
    c.pass(c.hub, c.ruh1); // cut for Riyadh
    // A second hub (it receives everything) gets Jeddah's batch from the Riyadh laptop, cut.
    Device &regional = c.org.enrol(c.hub, 0, QStringLiteral("RUH"), QStringLiteral("all"));
    c.pass(c.hub, regional); // knows the devices, not yet Jeddah's family? it does: the hub sends whole
    Device &late = c.org.enrol(c.hub, 0, QStringLiteral("RUH"), QStringLiteral("all"));
    c.org.receive(c.ruh1, c.org.sendFor(c.hub, c.ruh1)); // the Riyadh laptop learns of it (and of nothing new)
    const ImportSummary fromLaptop = c.pass(c.ruh1, late);
    CHECK(fromLaptop.outOfScope == 0); // a copy with no scope takes nothing as beyond it
    CHECK_FALSE(holds(late, inJeddah));
    CHECK(heldOf(late, c.jed) < writtenBy(c.jed)); // missing: its vector stops below
    CHECK(holds(regional, inJeddah));
    // The next copy that holds the batch whole fills it.
    c.pass(c.hub, late);
    CHECK(holds(late, inJeddah));
    CHECK(heldOf(late, c.jed) == writtenBy(c.jed));
    CHECK(dumpOf(late, inJeddah) == dumpOf(c.hub, inJeddah));

    // A family of Riyadh's left out by a Jeddah laptop (legitimately, for
    // Jeddah) and forwarded to Riyadh: missing there, never taken as beyond.
    const QByteArray inRiyadh = c.ruh2.family();
    c.pass(c.ruh2, c.jed); // cut for Jeddah
    c.pass(c.jed, c.ruh1);
    CHECK_FALSE(holds(c.ruh1, inRiyadh));
    CHECK(heldOf(c.ruh1, c.ruh2) < writtenBy(c.ruh2));
    c.pass(c.ruh2, c.ruh1);
    CHECK(holds(c.ruh1, inRiyadh));
    CHECK(heldOf(c.ruh1, c.ruh2) == writtenBy(c.ruh2));
}

TEST_CASE("Scoped exports: a family transferred to another centre arrives there with its whole history",
          "[sync][scope]")
{
    Centres c;
    c.meet();
    const QByteArray family = c.jed.family();
    c.jed.set(family, QStringLiteral("address"), QStringLiteral("حي الصفا، شارع 12"), QStringLiteral("households"));
    const QByteArray head =
        c.jed.db.scalar(QStringLiteral("SELECT id FROM members WHERE household_id = ?"), {family}).value().toByteArray();
    c.jed.set(head, QStringLiteral("phone"), QStringLiteral("0551234567"), QStringLiteral("members"));
    c.pass(c.jed, c.hub);
    c.pass(c.hub, c.ruh1);
    REQUIRE_FALSE(holds(c.ruh1, family));

    // The hub's supervisor moves the family to Riyadh.
    const QByteArray riyadh =
        c.hub.db.scalar(QStringLiteral("SELECT id FROM centres WHERE code = 'RUH'")).value().toByteArray();
    REQUIRE(casework::Assignments(c.hub.db).transfer(c.hub.admin(), family, riyadh, QStringLiteral("انتقلت إلى الرياض")).ok());
    c.pass(c.hub, c.ruh1); // the transfer: Riyadh's laptop asks for the family's history
    CHECK(c.ruh1.db.scalar(QStringLiteral("SELECT count(*) FROM sync_households_wanted WHERE household = ?"), {family})
              .value()
              .toInt()
          == 1);
    c.pass(c.ruh1, c.hub); // the ask travels (record kind 8)
    c.pass(c.hub, c.ruh1); // the history comes
    REQUIRE(holds(c.ruh1, family));
    CHECK(c.ruh1.get(head, QStringLiteral("phone"), QStringLiteral("members")) == QStringLiteral("0551234567"));
    CHECK(dumpOf(c.ruh1, family) == dumpOf(c.hub, family));
    CHECK(c.ruh1.db.scalar(QStringLiteral("SELECT count(*) FROM sync_households_wanted")).value().toInt() == 0);
    // Once it came, it is asked for no more: the next package to the hub lists none.
    c.pass(c.ruh1, c.hub);
    CHECK(c.hub.db.scalar(QStringLiteral("SELECT wanted_households FROM sync_peers WHERE device = ?"), {c.ruh1.id()})
              .value()
              .isNull());
    // The centre it left learns of the move (its list drops the family), and nothing of it after.
    c.pass(c.hub, c.jed);
    CHECK(c.jed.get(family, QStringLiteral("centre_id"), QStringLiteral("households")).toByteArray() == riyadh);
    c.ruh1.set(head, QStringLiteral("phone"), QStringLiteral("0559999999"), QStringLiteral("members"));
    c.pass(c.ruh1, c.hub);
    const ImportSummary atJeddah = c.pass(c.hub, c.jed);
    CHECK(atJeddah.outOfScope > 0);
    CHECK(c.jed.get(head, QStringLiteral("phone"), QStringLiteral("members")) == QStringLiteral("0551234567"));
    CHECK(heldOf(c.jed, c.ruh1) == writtenBy(c.ruh1));
}

TEST_CASE("Scoped exports: a relay that changes an item's household breaks the origin's signature", "[sync][scope][attack]")
{
    Centres c;
    c.meet();
    const QByteArray inRiyadh = c.ruh2.family();
    const QByteArray inJeddah = c.jed.family();
    c.pass(c.ruh2, c.hub);
    // A hostile relay takes Riyadh's entries as Jeddah's, so that a Riyadh
    // laptop would count them as beyond its scope and never ask again.
    BatchRecord batch;
    REQUIRE(c.hub.db
                .read(QStringLiteral("SELECT origin, first_seq, last_seq, body, signature, format FROM sync_batches "
                                     "WHERE origin = ? ORDER BY first_seq DESC LIMIT 1"),
                      {c.ruh2.id()},
                      [&](const storage::RawRow &r) {
                          batch = {r.blob(0), r.integer(1), r.integer(2), r.blob(3), r.blob(4), int(r.integer(5))};
                      })
                .ok());
    REQUIRE(batch.format == 3);
    QList<batches::Item> items;
    REQUIRE(batches::parseItems(batch.body, &items, 3));
    const Organisation o = SyncKeys::organisation(c.hub.db).value();
    const QByteArray key = SyncKeys::deviceKeys(c.ruh2.db).value().publicKey;
    REQUIRE(batches::verify(o.id, key, batch));
    int forged = 0;
    for (const bool leaveOut : {true, false}) {
        QList<batches::Item> altered = items;
        for (batches::Item &i : altered)
            if (i.household == inRiyadh) {
                i.household = inJeddah;
                ++forged;
            }
        bool changed = false;
        BatchRecord tampered = batch;
        tampered.body = batches::cut(altered, [&](const batches::Item &) { return !leaveOut; }, &changed);
        CHECK_FALSE(batches::verify(o.id, key, tampered));
        const ImportSummary s = c.org.receive(c.ruh1, packageOf(c.org, c.hub, {wire::encode(tampered)}));
        REQUIRE(s.ok());
        CHECK(s.refusedReasons.value(QString::fromLatin1(refusal::kBadSignature)) == batch.lastSeq - batch.firstSeq + 1);
        CHECK(s.outOfScope == 0);
        CHECK_FALSE(holds(c.ruh1, inRiyadh));
    }
    CHECK(forged > 0);
    // The real batch still comes.
    c.pass(c.hub, c.ruh1);
    CHECK(holds(c.ruh1, inRiyadh));
}

TEST_CASE("Scoped exports: what a device receives is its devices row's, whatever it asks", "[sync][scope]")
{
    Centres c;
    c.meet();
    const QByteArray inJeddah = c.jed.family();
    c.pass(c.jed, c.hub);
    // A Riyadh laptop that claims to hold nothing (an altered vector) still gets Riyadh's scope.
    REQUIRE(c.hub.db.write(QStringLiteral("UPDATE sync_peers SET vector = NULL WHERE device = ?"), {c.ruh1.id()}).ok());
    c.pass(c.hub, c.ruh1);
    CHECK_FALSE(holds(c.ruh1, inJeddah));
    // Asking for a family's history does not widen it either.
    REQUIRE(c.hub.db
                .write(QStringLiteral("UPDATE sync_peers SET wanted_households = ? WHERE device = ?"),
                       {inJeddah, c.ruh1.id()})
                .ok());
    c.pass(c.hub, c.ruh1);
    CHECK_FALSE(holds(c.ruh1, inJeddah));

    // An administrator's export for a centre, or a region, by name.
    auto jeddahScope = Scope::ofCentre(c.hub.db, QStringLiteral("jed"));
    REQUIRE(jeddahScope.ok());
    CHECK(jeddahScope.value().centres == QList<QByteArray>{c.jeddah});
    CHECK(Scope::ofRegion(c.hub.db, QStringLiteral("مكة المكرمة")).value().centres == QList<QByteArray>{c.jeddah});
    CHECK(Scope::ofCentre(c.hub.db, QStringLiteral("XYZ")).error().code == ErrorCode::Invalid);
    CHECK(Scope::ofRegion(c.hub.db, QStringLiteral("تبوك")).error().code == ErrorCode::Invalid);
    Device &newcomer = c.org.enrol(c.hub, 0, QStringLiteral("JED"));
    ExportOptions forJeddah;
    forJeddah.centreCode = QStringLiteral("JED");
    c.org.receive(newcomer, c.org.send(c.hub, forJeddah));
    CHECK(holds(newcomer, inJeddah));
    // A device enrolled before scopes (no scope in its row) receives everything, as it did.
    CHECK(Scope::ofDevice(c.hub.db, c.hub.id()).value().everything);
    CHECK_FALSE(Scope::ofDevice(c.hub.db, c.ruh1.id()).value().everything);
    // An enrolment that names no known scope is refused.
    EnrolRequest bad;
    bad.name = QStringLiteral("حاسوب");
    bad.centreCode = QStringLiteral("RUH");
    bad.scope = QStringLiteral("everything");
    CHECK(Enrolment::enrol(c.hub.db, c.hub.admin(), bad, c.org.dir.filePath(QStringLiteral("bad.tamkeen-enrol")),
                           kPassphrase, KdfCost::Minimal)
              .error()
              .field
          == QStringLiteral("scope"));
}

TEST_CASE("Scoped exports: a laptop started from a snapshot holds its scope only, and misses nothing",
          "[sync][scope][snapshot]")
{
    Centres c;
    c.meet();
    const auto [inJeddah, inRiyadh] = c.familiesAtHub();
    Device &fresh = c.org.enrol(c.hub, 0, QStringLiteral("JED"));
    const QString path = c.org.dir.filePath(QStringLiteral("jed.tamkeen-snapshot"));
    auto scope = Scope::ofDevice(c.hub.db, fresh.id());
    REQUIRE(scope.ok());
    REQUIRE(Snapshot::write(c.hub.db, c.hub.admin(), path, scope.value()).ok());
    const ImportSummary started = c.org.receive(fresh, path);
    INFO(started.refused.toStdString());
    REQUIRE(started.ok());
    CHECK(holds(fresh, inJeddah));
    CHECK_FALSE(holds(fresh, inRiyadh));
    CHECK(membersOf(fresh, inRiyadh) == 0);
    CHECK(dumpOf(fresh, inJeddah) == dumpOf(c.hub, inJeddah));
    CHECK(storage::checkDatabase(fresh.db).value().isEmpty());
    // What it did not take counts as received: the hub sends nothing of it again, nothing is missing.
    c.pass(c.hub, fresh);
    CHECK_FALSE(holds(fresh, inRiyadh));
    CHECK(sequenceGaps(fresh.db).value().isEmpty());
    CHECK(heldOf(fresh, c.ruh2) == writtenBy(c.ruh2));
    // A whole snapshot (for a hub) holds both.
    Device &regional = c.org.enrol(c.hub, 0, QStringLiteral("RUH"), QStringLiteral("all"));
    REQUIRE(Snapshot::write(c.hub.db, c.hub.admin(), c.org.dir.filePath(QStringLiteral("all.tamkeen-snapshot"))).ok());
    REQUIRE(c.org.receive(regional, c.org.dir.filePath(QStringLiteral("all.tamkeen-snapshot"))).ok());
    CHECK(holds(regional, inJeddah));
    CHECK(holds(regional, inRiyadh));
}

TEST_CASE("Scoped exports: a device cannot move another centre's family into its scope", "[sync][scope][attack]")
{
    Centres c;
    c.meet();
    const QByteArray family = c.jed.family();
    c.pass(c.jed, c.hub);
    const QByteArray riyadh =
        c.hub.db.scalar(QStringLiteral("SELECT id FROM centres WHERE code = 'RUH'")).value().toByteArray();
    // A hostile Riyadh laptop makes a row under the family's id (of no
    // centre: every centre's), then moves it to Riyadh: ordinary, unsigned changes.
    c.ruh1.db.setCurrentUser(c.ruh1.admin().userId);
    REQUIRE(storage::SyncedWriter(c.ruh1.db)
                .insert(QStringLiteral("households"),
                        {{QStringLiteral("file_number"), QStringLiteral("RUH-1-999")},
                         {QStringLiteral("status"), QStringLiteral("active")}},
                        family)
                .ok());
    REQUIRE(c.ruh1.db.write(QStringLiteral("UPDATE households SET centre_id = ? WHERE id = ?"), {riyadh, family}).ok());
    const ImportSummary atHub = c.pass(c.ruh1, c.hub);
    CHECK(atHub.refusedReasons.value(QString::fromLatin1(refusal::kForeignCentre)) == 1); // its id held there
    CHECK(atHub.refusedReasons.value(QString::fromLatin1(security::Privileges::kUnsigned)) == 1);
    CHECK(c.hub.get(family, QStringLiteral("centre_id"), QStringLiteral("households")).toByteArray() == c.jeddah);
    // Nor does a registration under its id, naming Riyadh: a family held stays where it is.
    Device &ruh5 = c.org.enrol(c.hub, 0, QStringLiteral("RUH"));
    c.pass(c.hub, ruh5);
    ruh5.db.setCurrentUser(ruh5.admin().userId);
    REQUIRE(storage::SyncedWriter(ruh5.db)
                .insert(QStringLiteral("households"),
                        {{QStringLiteral("file_number"), QStringLiteral("RUH-2-999")},
                         {QStringLiteral("status"), QStringLiteral("active")},
                         {QStringLiteral("centre_id"), riyadh}},
                        family)
                .ok());
    CHECK(c.pass(ruh5, c.hub).refusedReasons.value(QString::fromLatin1(refusal::kForeignCentre)) == 1);
    CHECK(c.hub.get(family, QStringLiteral("centre_id"), QStringLiteral("households")).toByteArray() == c.jeddah);
    // An honest Riyadh laptop that takes the forged row first (it does not
    // hold the family) asks for nothing on the refused move, and gets none of
    // the family's members.
    Device &honest = c.org.enrol(c.hub, 0, QStringLiteral("RUH"));
    c.pass(c.hub, honest);
    c.pass(c.hub, c.ruh1);
    c.pass(c.ruh1, honest);
    CHECK(honest.db.scalar(QStringLiteral("SELECT count(*) FROM sync_households_wanted")).value().toInt() == 0);
    c.pass(honest, c.hub);
    c.pass(c.hub, honest);
    CHECK(membersOf(honest, family) == 0);
    // The family's history does not reach Riyadh's laptops, asked for or not.
    c.pass(c.ruh1, c.hub);
    c.pass(c.hub, c.ruh1);
    CHECK(membersOf(c.ruh1, family) == 0);
    // A Riyadh laptop registering a family for Jeddah is refused everywhere.
    const QByteArray stray = storage::newUuidV7();
    REQUIRE(storage::SyncedWriter(c.ruh1.db)
                .insert(QStringLiteral("households"),
                        {{QStringLiteral("file_number"), QStringLiteral("RUH-1-998")},
                         {QStringLiteral("status"), QStringLiteral("active")},
                         {QStringLiteral("centre_id"), c.jeddah}},
                        stray)
                .ok());
    const ImportSummary foreign = c.pass(c.ruh1, c.hub);
    CHECK(foreign.refusedReasons.value(QString::fromLatin1(refusal::kForeignCentre)) == 1);
    CHECK_FALSE(holds(c.hub, stray));
    // A supervisor's signed transfer moves it.
    REQUIRE(casework::Assignments(c.hub.db).transfer(c.hub.admin(), family, riyadh, QStringLiteral("انتقلت")).ok());
    c.pass(c.hub, c.ruh2);
    c.pass(c.ruh2, c.hub);
    c.pass(c.hub, c.ruh2);
    CHECK(membersOf(c.ruh2, family) == 1);
}
