// Issue 13 §7 test 9: the randomized convergence test with trust in play. An
// organisation of enrolled copies (the root's hub, two honest laptops, and a
// field worker's laptop that forges) edits and exchanges packages in random
// orders through random relays (the forger relays too), while copies offline
// make the same user name and reserve the same device number, the field
// worker's laptop makes privileged changes its user may not make, and it seals
// entries under an honest device's id and next number. Afterwards every honest
// copy has the same canonical dump, none believes a forged change, and no
// honest edit is lost: each one nobody built on is current on every copy or
// recorded in that copy's sync_conflicts.
#include "SyncFixture.h"

#include "security/UserService.h"
#include "storage/Inspect.h"
#include "storage/Uuid.h"
#include "sync/Batches.h"
#include "sync/Package.h"
#include "sync/Records.h"
#include "sync/Wire.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSet>

using namespace tamkeen;
using namespace tamkeen::test::syncfixture;
using namespace Qt::StringLiterals;

namespace {

const QString kPassword = u"correct horse battery"_s;

// A partner update as `origin` would log it, under sequence `seq`.
Entry forgedUpdate(const QByteArray &origin, qint64 seq, quint64 hlc, const QByteArray &row, const QString &value)
{
    Entry e;
    e.v = Version{hlc, origin, seq};
    e.table = u"partners"_s;
    e.rowId = row;
    e.op = u"U"_s;
    e.fieldNames = {u"phone"_s};
    e.carried.append({u"phone"_s, value, e.v, {}});
    return e;
}

// A package from `from` (its own key) holding a batch that claims `origin`
// but is sealed with `from`'s key.
QString forgedPackage(Org &org, Device &from, const Entry &e)
{
    const Organisation o = SyncKeys::organisation(from.db).value();
    const DeviceKeys keys = SyncKeys::deviceKeys(from.db).value();
    PackageHeader h = handHeader(from.db, from.id(), o.id);
    const QString path = org.dir.filePath(u"forged%1.tamkeen"_s.arg(++org.files));
    PackageWriter w(path, o, keys, h);
    REQUIRE(w.open().ok());
    REQUIRE(w.addRaw(wire::encode(VectorRecord{localVector(from.db).value()})).ok());
    const BatchRecord b = batches::seal(o.id, keys, e.v.device, e.v.seq, e.v.seq, wire::encode(e));
    REQUIRE(w.addRaw(wire::encode(b)).ok());
    REQUIRE(w.finish().ok());
    return path;
}

qint64 count(Device &d, const QString &sql, const QVariantList &values = {})
{
    return d.db.scalar(sql, values).value().toLongLong();
}

} // namespace

TEST_CASE("Randomized trust: duplicates, refused and forged changes, random orders and relays - honest copies agree "
          "and lose no honest edit",
          "[sync][trust][random]")
{
    struct Write {
        QByteArray row;
        QString field;
        QString value;
        QByteArray deviceId;
        qint64 seq;
        QSet<int> seen; // the writes its device held when it was made
    };
    const QStringList fields = {u"phone"_s, u"email"_s, u"contact"_s};
    const QStringList names = {u"sami"_s, u"huda"_s, u"reem"_s};
    for (const quint32 seed : {11u, 12u, 13u, 14u}) {
        DYNAMIC_SECTION("seed " << seed)
        {
            QRandomGenerator random(seed);
            Org org(4); // 0: the root's hub; 1, 2: honest laptops; 3: the field worker's laptop
            Device &rogue = org[3];
            auto omarId = security::UserService(org[0].db, security::HashCost::minimal())
                              .add(org[0].admin(), {u"omar"_s, u"Omar"_s, security::Role::FieldWorker, kPassword});
            REQUIRE(omarId.ok());
            QList<QByteArray> rows;
            for (int i = 0; i < 3; ++i)
                rows << org[0].addPartner(u"شريك %1"_s.arg(i));
            for (int i = 1; i < 4; ++i)
                org.exchange(org[0], org[i]);
            auto omar = security::UserService(rogue.db, security::HashCost::minimal()).login(u"omar"_s, kPassword);
            REQUIRE(omar.ok()); // from here on the rogue laptop writes as Omar, signed with his key

            QList<Write> writes;
            QStringList mailbox;
            qint64 forgedEntries = 0, privileged = 0, duplicates = 0;
            const auto holds = [&](Device &d, const Write &w) {
                return count(d, u"SELECT count(*) FROM change_log WHERE device = ? AND seq = ?"_s, {w.deviceId, w.seq}) > 0;
            };
            for (int step = 0; step < 70; ++step) {
                const int d = int(random.bounded(4));
                Device &device = org[d];
                const quint32 action = random.bounded(12);
                const QByteArray row = rows[int(random.bounded(rows.size()))];
                const bool here = count(device, u"SELECT count(*) FROM partners WHERE id = ?"_s, {row}) > 0;
                if (d == 3 && action == 4 && here) { // a forgery, then Omar's ordinary work
                    REQUIRE(storage::SyncedWriter(rogue.db)
                                .update(u"users"_s, omarId.value(), {{u"full_name"_s, u"Omar %1"_s.arg(step)}, {u"role"_s, u"supervisor"_s}})
                                .ok());
                    ++privileged;
                    Write w{row, u"region"_s, u"v%1"_s.arg(writes.size()), rogue.id(), 0, {}};
                    for (int i = 0; i < writes.size(); ++i)
                        if (holds(rogue, writes[i]))
                            w.seen.insert(i);
                    REQUIRE(storage::SyncedWriter(rogue.db).update(u"partners"_s, row, {{w.field, w.value}}).ok());
                    w.seq = count(rogue, u"SELECT max(seq) FROM change_log WHERE device = ?"_s, {w.deviceId});
                    writes << w;
                } else if (d == 3 && action < 4) {
                    storage::SyncedWriter writer(rogue.db);
                    if (action < 2) { // Omar makes himself an administrator, or mints one
                        REQUIRE(writer.update(u"users"_s, omarId.value(), {{u"role"_s, u"administrator"_s}}).ok());
                    } else if (action < 3) {
                        REQUIRE(writer.insert(u"users"_s, {{u"username"_s, u"mallory%1"_s.arg(step)},
                                                          {u"full_name"_s, u"Mallory"_s},
                                                          {u"role"_s, u"administrator"_s},
                                                          {u"password_hash"_s, u"x"_s},
                                                          {u"active"_s, 1}})
                                    .ok());
                    } else if (action < 4) { // an entry under an honest device's id and next number
                        Device &victim = org[int(random.bounded(3))];
                        const qint64 next =
                            count(victim, u"SELECT ifnull(max(seq), 0) + 1 FROM change_log WHERE device = ?"_s, {victim.id()});
                        const Entry e = forgedUpdate(victim.id(), next, rogue.db.clock().next(), row, u"forged"_s);
                        mailbox << forgedPackage(org, rogue, e);
                        ++forgedEntries;
                        continue;
                    }
                    ++privileged;
                } else if (d != 3 && action < 4 && here) {
                    Write w{row, fields[int(random.bounded(fields.size()))], u"v%1"_s.arg(writes.size()), device.id(), 0, {}};
                    for (int i = 0; i < writes.size(); ++i)
                        if (holds(device, writes[i]))
                            w.seen.insert(i);
                    device.set(w.row, w.field, w.value);
                    w.seq = count(device, u"SELECT max(seq) FROM change_log WHERE device = ?"_s, {w.deviceId});
                    writes << w;
                } else if (d != 3 && action < 5) {
                    rows << device.addPartner(u"جديد %1"_s.arg(step));
                } else if (d != 3 && action < 6) {
                    // The same user name made on copies that have not seen each other's.
                    const QString name = names[int(random.bounded(names.size()))];
                    security::UserService users(device.db, security::HashCost::minimal());
                    if (users.add(device.admin(), {name, name, security::Role::FieldWorker, kPassword}))
                        ++duplicates;
                } else if (d != 3 && action < 7) {
                    // The same device number reserved on copies offline.
                    const QString file = org.dir.filePath(u"reserve%1.tamkeen-enrol"_s.arg(step));
                    if (Enrolment::enrol(device.db, device.admin(), {u"حاسوب 9"_s, u"RUH"_s, 9}, file, kPassphrase,
                                         KdfCost::Minimal))
                        ++duplicates;
                } else if (action < 9) {
                    ExportOptions options;
                    if (random.bounded(2) == 0)
                        options.forDevice = org[int(random.bounded(4))].id();
                    else
                        options.all = random.bounded(2) == 0;
                    mailbox << org.send(device, options);
                } else if (!mailbox.isEmpty()) {
                    // Any package, again or out of order, to any copy (which relays it on); some never arrive.
                    const ImportSummary s = org.receive(device, mailbox[int(random.bounded(mailbox.size()))]);
                    INFO(s.refused.toStdString());
                    CHECK(s.ok()); // forged and refused changes never stop a package
                }
            }
            // Everything reaches everyone, through every path.
            for (int round = 0; round < 2; ++round)
                for (int a = 0; a < 4; ++a)
                    for (int b = a + 1; b < 4; ++b)
                        org.exchange(org[a], org[b]);
            // And every forged package too, to every honest copy.
            for (const QString &path : std::as_const(mailbox))
                for (int i = 0; i < 3; ++i)
                    REQUIRE(org.receive(org[i], path).ok());
            const qint64 sharedNames = count(org[0], u"SELECT count(*) FROM users u WHERE EXISTS (SELECT 1 FROM users o "
                                                     "WHERE o.username = u.username AND o.id <> u.id)"_s);
            const qint64 sharedNumbers = count(org[0], u"SELECT count(*) FROM devices WHERE number = 9"_s);
            INFO("forged entries " << forgedEntries << ", privileged forgeries " << privileged << ", accounts and devices made "
                                   << duplicates << " (" << sharedNames << " accounts share a name, " << sharedNumbers
                                   << " devices number 9), honest writes " << writes.size());

            const QByteArray dump = org[0].dump();
            CHECK(org[1].dump() == dump);
            CHECK(org[2].dump() == dump);
            for (int i = 0; i < 3; ++i) {
                Device &d = org[i];
                INFO("copy " << i);
                CHECK(count(d, u"SELECT count(*) FROM users WHERE role = 'administrator'"_s) == 1);
                CHECK(count(d, u"SELECT count(*) FROM users WHERE username LIKE 'mallory%'"_s) == 0);
                CHECK(count(d, u"SELECT count(*) FROM partners WHERE phone = 'forged'"_s) == 0);
                // Refused changes leave the rest of their device's log in place.
                CHECK(storage::checkDatabase(d.db).value().join(u"; "_s).toStdString() == "");
                // No honest edit is lost.
                QSet<QString> kept;
                auto q = d.db.exec(u"SELECT kept_value, lost_value FROM sync_conflicts"_s);
                REQUIRE(q.ok());
                while (q.value()->next())
                    kept << q.value()->value(0).toString() << q.value()->value(1).toString();
                q.value()->finish();
                for (int w = 0; w < writes.size(); ++w) {
                    bool superseded = false;
                    for (int j = 0; j < writes.size() && !superseded; ++j)
                        superseded = j != w && writes[j].row == writes[w].row && writes[j].field == writes[w].field
                                     && writes[j].seen.contains(w);
                    if (superseded)
                        continue;
                    INFO("write " << w << " of " << writes[w].field.toStdString());
                    CHECK((d.get(writes[w].row, writes[w].field) == writes[w].value || kept.contains(writes[w].value)));
                }
            }
            // The forger's copy holds its own forgeries; nobody else believes them.
            if (privileged > 0)
                CHECK(rogue.dump() != dump);
        }
    }
}

TEST_CASE("check: this copy's own log must be whole and in time order - another device's gaps and times are its own",
          "[sync][trust]")
{
    Org org(2);
    Device &a = org[0], &b = org[1];
    a.addPartner(u"شريك"_s);
    b.addPartner(u"شريك آخر"_s);
    org.exchange(a, b);
    const auto logEntry = [](Device &on, const QByteArray &device, qint64 seq, qint64 hlc) {
        REQUIRE(on.db.exec(u"INSERT INTO change_log(device, seq, hlc, tbl, row_id, op) VALUES (?, ?, ?, 'partners', ?, 'U')"_s,
                           {device, seq, hlc, storage::newUuidV7()})
                    .ok());
    };
    const qint64 aNext = count(b, u"SELECT max(seq) + 1 FROM change_log WHERE device = ?"_s, {a.id()});
    // On b, a's log with a gap and a time that goes back: waiting, not a fault of b.
    logEntry(b, a.id(), aNext + 1, 1);
    CHECK(storage::checkChangeLog(b.db).value().isEmpty());
    // b's own log with the same: both reported.
    const qint64 bNext = count(b, u"SELECT ifnull(max(seq), 0) + 1 FROM change_log WHERE device = ?"_s, {b.id()});
    logEntry(b, b.id(), bNext + 1, 1);
    const QStringList problems = storage::checkChangeLog(b.db).value();
    CHECK(problems.filter(u"sequence jumps"_s).size() == 1);
    CHECK(problems.filter(u"time does not grow"_s).size() == 1);
}
