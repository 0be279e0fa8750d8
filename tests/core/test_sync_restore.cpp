// Restored and cloned copies (issue 13 §5, §7 test 8 "the restored laptop"):
// a laptop restored from a backup, or a database file used on two machines,
// never re-uses its device's sequence numbers; every copy ends the same with
// nothing lost.
#include "SyncFixture.h"

#include "registry/HouseholdService.h"
#include "storage/Inspect.h"
#include "storage/Uuid.h"
#include "sync/Refusals.h"

#include <QFile>

using namespace tamkeen;
using namespace tamkeen::test::syncfixture;
using tamkeen::test::TestDb;

namespace {

QString addHousehold(Device &d, const QString &given)
{
    registry::HouseholdData h;
    h.region = QStringLiteral("منطقة الرياض");
    h.city = QStringLiteral("الخرج");
    registry::MemberData m;
    m.givenName = given;
    m.fatherName = QStringLiteral("سالم");
    m.familyName = QStringLiteral("القحطاني");
    m.sex = QStringLiteral("male");
    m.birthDate = QDate(1980, 3, 4);
    m.relation = QStringLiteral("head");
    d.db.setCurrentUser(d.admin().userId);
    auto id = registry::HouseholdService(d.db).create(d.admin(), h, m);
    INFO((id ? std::string() : id.error().message.toStdString()));
    REQUIRE(id.ok());
    return d.db.scalar(QStringLiteral("SELECT file_number FROM households WHERE id = ?"), {id.value()}).value().toString();
}

QStringList heads(Device &d)
{
    QStringList names;
    auto q = d.db.exec(QStringLiteral("SELECT m.given_name FROM members m JOIN households h ON h.id = m.household_id "
                                      "ORDER BY m.given_name"));
    REQUIRE(q.ok());
    while (q.value()->next())
        names << q.value()->value(0).toString();
    q.value()->finish();
    return names;
}

QStringList sharedFileNumbers(Device &d)
{
    QStringList shared;
    auto q = d.db.exec(QStringLiteral("SELECT file_number FROM households GROUP BY file_number HAVING count(*) > 1 "
                                      "ORDER BY file_number"));
    REQUIRE(q.ok());
    while (q.value()->next())
        shared << q.value()->value(0).toString();
    q.value()->finish();
    return shared;
}

// The database of org[i] closed, its file handled by `f`, then opened again
// (the administrator logs in there again).
void reopen(Org &org, int i, const std::function<void(const QString &)> &f)
{
    std::unique_ptr<TestDb> t = std::move(org.devices[size_t(i)]->t);
    t->db.reset();
    f(t->path());
    auto opened = storage::Database::open(t->path());
    REQUIRE(opened.ok());
    t->db = std::move(opened).value();
    test::logIn(*t->db, t->admin);
    org.devices[size_t(i)] = std::make_unique<Device>(std::move(t));
}

void copyFile(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(to + suffix);
    REQUIRE(QFile::copy(from, to));
}

// A copy of org[i]'s database file, opened as a device of its own (a clone).
std::unique_ptr<Device> cloneOf(Org &org, int i)
{
    auto t = std::make_unique<TestDb>();
    REQUIRE(t->dir.isValid());
    reopen(org, i, [&](const QString &path) { copyFile(path, t->path()); });
    auto opened = storage::Database::open(t->path());
    REQUIRE(opened.ok());
    t->db = std::move(opened).value();
    t->admin = org[i].admin();
    test::logIn(*t->db, t->admin);
    return std::make_unique<Device>(std::move(t));
}

// Both ways until nothing new; every import accepted; returns the notes the
// imports left ("went on under a new identity").
QStringList syncBoth(Org &org, Device &a, Device &b, int rounds = 3)
{
    QStringList notes;
    for (int round = 0; round < rounds; ++round) {
        for (auto [from, to] : {std::pair{&a, &b}, std::pair{&b, &a}}) {
            const ImportSummary s = org.receive(*to, org.sendFor(*from, *to));
            INFO(s.refused.toStdString());
            REQUIRE(s.ok());
            if (!s.identityNote.isEmpty())
                notes << s.identityNote;
        }
    }
    return notes;
}

qint64 refusedSince(Device &d, const QByteArray &origin)
{
    return d.db.scalar(QStringLiteral("SELECT count(*) FROM sync_peers WHERE device = ? AND refused_reason = ?"),
                       {origin, QString::fromLatin1(refusal::kForked)})
        .value()
        .toLongLong();
}

// A copy of laptop 1 taken after its first family, while laptop 1 goes on
// with two more that reach the hub (org[0]): the same numbers, other entries.
std::unique_ptr<Device> divergedClone(Org &org)
{
    addHousehold(org[1], QStringLiteral("أحمد"));
    syncBoth(org, org[0], org[1], 1);
    std::unique_ptr<Device> clone = cloneOf(org, 1);
    addHousehold(org[1], QStringLiteral("بدر"));
    addHousehold(org[1], QStringLiteral("حسن"));
    REQUIRE(org.receive(org[0], org.sendFor(org[1], org[0])).ok());
    return clone;
}

} // namespace

TEST_CASE("The restored laptop: a laptop restored from yesterday's backup takes a new identity for its new changes - "
          "hub and laptop converge with nothing lost",
          "[sync][restore]")
{
    Org org(2);
    Device &hub = org[0];
    addHousehold(org[1], QStringLiteral("أحمد"));
    addHousehold(org[1], QStringLiteral("بدر"));
    syncBoth(org, hub, org[1], 1);
    // A family registered after that sync and before the backup: in both versions.
    const QString unsent = addHousehold(org[1], QStringLiteral("ثامر"));

    // Yesterday's backup: the file copied while the application was closed.
    const QString backup = org.dir.filePath(QStringLiteral("backup.sqlite"));
    reopen(org, 1, [&](const QString &path) { copyFile(path, backup); });
    const QByteArray laptopId = org[1].id();

    // Today: three more families reach the hub.
    const QStringList today = {addHousehold(org[1], QStringLiteral("جمال")), addHousehold(org[1], QStringLiteral("حسن")),
                               addHousehold(org[1], QStringLiteral("خالد"))};
    REQUIRE(org.receive(hub, org.sendFor(org[1], hub)).ok());

    // The laptop's disk fails; it is restored from the backup and used again.
    reopen(org, 1, [&](const QString &path) { copyFile(backup, path); });
    Device &laptop = org[1];
    REQUIRE(laptop.id() == laptopId);
    const QStringList restored = {addHousehold(laptop, QStringLiteral("داود")), addHousehold(laptop, QStringLiteral("رامي"))};
    CHECK(restored == today.mid(0, 2)); // the same numbers again, as before the fix

    // Its first package: the hub holds another version of those numbers. It
    // refuses just them, says why, flags the laptop, and imports the rest.
    const ImportSummary first = org.receive(hub, org.sendFor(laptop, hub));
    REQUIRE(first.ok());
    CHECK(first.refusedReasons.value(QString::fromLatin1(refusal::kForked)) > 0);
    CHECK(refusedSince(hub, laptopId) == 1);

    const QStringList notes = syncBoth(org, hub, laptop);

    // The laptop knew what happened and said so; it writes under a new id now.
    REQUIRE(notes.size() == 1);
    CHECK(notes.first().contains(QStringLiteral("restored from a backup")));
    CHECK(laptop.id() != laptopId);
    CHECK(laptop.db.scalar(QStringLiteral("SELECT count(*) FROM sync_history WHERE note IS NOT NULL")).value().toInt() == 1);

    // Both timelines are everywhere, and both copies are the same.
    const QStringList everyone = {QStringLiteral("أحمد"), QStringLiteral("بدر"), QStringLiteral("ثامر"),
                                  QStringLiteral("جمال"), QStringLiteral("حسن"), QStringLiteral("خالد"),
                                  QStringLiteral("داود"), QStringLiteral("رامي")};
    CHECK(heads(hub) == everyone);
    CHECK(heads(laptop) == everyone);
    CHECK(hub.dump() == laptop.dump());
    // The numbers given twice are there twice (the duplicates report shows them).
    CHECK(sharedFileNumbers(hub) == today.mid(0, 2));
    CHECK(sharedFileNumbers(laptop) == today.mid(0, 2));
    // The change both versions share stays the old identity's, once; no conflict.
    for (Device *d : {&hub, &laptop}) {
        CHECK(d->conflicts() == 0);
        CHECK(d->db.scalar(QStringLiteral("SELECT group_concat(hex(c.device)) FROM change_log c JOIN households h "
                                          "ON h.id = c.row_id WHERE c.tbl = 'households' AND c.op = 'I' "
                                          "AND h.file_number = ?"),
                           {unsent})
                  .value()
                  .toString()
              == QString::fromLatin1(laptopId.toHex().toUpper()));
    }
    for (Device *d : {&hub, &laptop}) {
        auto problems = storage::checkDatabase(d->db);
        REQUIRE(problems.ok());
        INFO(problems.value().join(QStringLiteral("\n")).toStdString());
        CHECK(problems.value().isEmpty());
    }

    // Its next family takes a number after every one its device gave, and
    // its later packages are accepted with nothing refused.
    const QString next = addHousehold(laptop, QStringLiteral("زياد"));
    CHECK(next.endsWith(QStringLiteral("-000007")));
    CHECK(next.section(u'-', 0, 1) == today.first().section(u'-', 0, 1)); // the same device number, no letter
    const ImportSummary later = org.receive(hub, org.sendFor(laptop, hub));
    REQUIRE(later.ok());
    CHECK(later.refusedChanges == 0);
    CHECK(later.newRows > 0);
    syncBoth(org, hub, laptop, 1);
    CHECK(hub.dump() == laptop.dump());
    CHECK(sharedFileNumbers(hub).size() == 2);
    // Nobody reports the continuation as a second device with the same number.
    CHECK(Enrolment::duplicateNumbers(hub.db).value().isEmpty());
}

TEST_CASE("A restored laptop that imports first, and a hub that relays it to a third laptop: all converge",
          "[sync][restore]")
{
    Org org(3);
    Device &hub = org[0];
    addHousehold(org[1], QStringLiteral("أحمد"));
    syncBoth(org, hub, org[1], 1);
    const QString backup = org.dir.filePath(QStringLiteral("backup.sqlite"));
    reopen(org, 1, [&](const QString &path) { copyFile(path, backup); });
    addHousehold(org[1], QStringLiteral("بدر"));
    org[1].set(org[1].addPartner(QStringLiteral("جمعية البر")), QStringLiteral("phone"), QStringLiteral("0551"));
    REQUIRE(org.receive(hub, org.sendFor(org[1], hub)).ok());
    reopen(org, 1, [&](const QString &path) { copyFile(backup, path); });
    Device &laptop = org[1];
    addHousehold(laptop, QStringLiteral("جمال"));

    // The restored laptop hears from the hub before it sends anything.
    const ImportSummary first = org.receive(laptop, org.sendFor(hub, laptop));
    REQUIRE(first.ok());
    CHECK_FALSE(first.identityNote.isEmpty());
    syncBoth(org, hub, laptop);
    syncBoth(org, hub, org[2]);
    const QStringList everyone = {QStringLiteral("أحمد"), QStringLiteral("بدر"), QStringLiteral("جمال")};
    for (int i = 0; i < 3; ++i)
        CHECK(heads(org[i]) == everyone);
    CHECK(hub.dump() == laptop.dump());
    CHECK(hub.dump() == org[2].dump());
    CHECK(org[2].db.scalar(QStringLiteral("SELECT count(*) FROM partners")).value().toInt() == 1);
}

TEST_CASE("A cloned laptop (the same database file used on two machines) is detected the same way", "[sync][restore]")
{
    Org org(2);
    Device &hub = org[0];
    addHousehold(org[1], QStringLiteral("أحمد"));
    syncBoth(org, hub, org[1], 1);
    std::unique_ptr<Device> clone = cloneOf(org, 1);
    Device &laptop = org[1];
    REQUIRE(clone->id() == laptop.id());
    const QByteArray id = laptop.id();

    addHousehold(laptop, QStringLiteral("بدر"));
    addHousehold(*clone, QStringLiteral("جمال"));
    addHousehold(*clone, QStringLiteral("حسن"));

    // The first to reach the hub keeps the device's id; the other moves.
    CHECK(syncBoth(org, hub, laptop).isEmpty());
    const QStringList notes = syncBoth(org, hub, *clone);
    CHECK(notes.size() == 1);
    CHECK(clone->id() != id);
    CHECK(laptop.id() == id);
    CHECK(refusedSince(hub, id) == 1);
    syncBoth(org, hub, laptop);

    const QStringList everyone = {QStringLiteral("أحمد"), QStringLiteral("بدر"), QStringLiteral("جمال"),
                                  QStringLiteral("حسن")};
    CHECK(heads(hub) == everyone);
    CHECK(heads(laptop) == everyone);
    CHECK(heads(*clone) == everyone);
    CHECK(hub.dump() == laptop.dump());
    CHECK(hub.dump() == clone->dump());
    CHECK(sharedFileNumbers(hub).size() == 1); // the clone's first family and the laptop's
    auto problems = storage::checkDatabase(clone->db);
    REQUIRE(problems.ok());
    CHECK(problems.value().isEmpty());
}

TEST_CASE("A revoked device's copy cannot come back as its continuation", "[sync][restore]")
{
    Org org(2);
    Device &hub = org[0];
    std::unique_ptr<Device> clone = divergedClone(org);
    const QString beforeRevocation = org.sendFor(hub, *clone);
    hub.db.setCurrentUser(hub.admin().userId);
    REQUIRE(SyncDevices(hub.db).revoke(hub.admin(), org[1].id(), QStringLiteral("stolen")).ok());

    addHousehold(*clone, QStringLiteral("جمال"));
    // The revocation changed the key: the clone cannot read the hub's new packages.
    CHECK(org.receive(*clone, org.sendFor(hub, *clone)).refused.contains(QStringLiteral("enrolment file")));
    // From one made before, it learns the other version and moves to a new id…
    const ImportSummary learnt = org.receive(*clone, beforeRevocation);
    REQUIRE(learnt.ok());
    REQUIRE_FALSE(learnt.identityNote.isEmpty());
    // …but the hub believes no continuation of a revoked device.
    const ImportSummary back = org.receive(hub, org.sendFor(*clone, hub));
    CHECK_FALSE(back.ok());
    CHECK_FALSE(heads(hub).contains(QStringLiteral("جمال")));
}

TEST_CASE("A restored copy's new identity cannot widen what it receives", "[sync][restore][scope]")
{
    Org org(2);
    Device &hub = org[0];
    std::unique_ptr<Device> clone = divergedClone(org);
    addHousehold(*clone, QStringLiteral("جمال"));
    const ImportSummary learnt = org.receive(*clone, org.sendFor(hub, *clone));
    REQUIRE(learnt.ok());
    REQUIRE_FALSE(learnt.identityNote.isEmpty());
    // The copy's own row of its new identity says it receives everything.
    {
        storage::Database::TriggersOff off(clone->db);
        REQUIRE(clone->db.write(QStringLiteral("UPDATE devices SET scope = 'all' WHERE id = ?"), {clone->id()}).ok());
    }
    const ImportSummary back = org.receive(hub, org.sendFor(*clone, hub));
    REQUIRE(back.ok());
    CHECK(back.refusedReasons.value(QString::fromLatin1(sync::refusal::kUnknownDevice)) > 0);
    CHECK_FALSE(heads(hub).contains(QStringLiteral("جمال")));
    CHECK(hub.db.scalar(QStringLiteral("SELECT count(*) FROM devices WHERE id = ?"), {clone->id()}).value().toInt() == 0);
}
