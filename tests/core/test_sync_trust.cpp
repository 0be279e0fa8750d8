// Organisation trust (issue 13, §3): an entry is believed only for what its
// signer may say. A device seals its own entries in signed batches; a relay
// forwards them unchanged; a forged batch, a loose entry, a clock outside the
// window or an unknown device is refused, counted with its reason, and never
// blocks the honest device's later packages.
#include "SyncFixture.h"

#include "storage/Uuid.h"
#include "sync/Batches.h"
#include "sync/Package.h"
#include "sync/Records.h"
#include "sync/Wire.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

using namespace tamkeen;
using namespace tamkeen::test::syncfixture;
using storage::HybridClock;

namespace {

// A partner insert as `origin` would log it, with sequence `seq` and time `hlc`.
Entry partnerInsert(const QByteArray &origin, qint64 seq, quint64 hlc, const QString &name)
{
    Entry e;
    e.v = Version{hlc, origin, seq};
    e.table = QStringLiteral("partners");
    e.rowId = storage::newUuidV7();
    e.op = QStringLiteral("I");
    const QList<std::pair<QString, QVariant>> fields = {
        {QStringLiteral("name"), name},
        {QStringLiteral("kind"), QStringLiteral("ngo")},
        {QStringLiteral("deleted"), 0},
        {QStringLiteral("active"), 1},
        {QStringLiteral("created_at"), QStringLiteral("2026-12-01T10:00:00Z")},
        {QStringLiteral("updated_at"), QStringLiteral("2026-12-01T10:00:00Z")}};
    for (const auto &[column, value] : fields)
        e.carried.append({column, value, e.v, {}});
    return e;
}

// A batch claiming `origin`, signed with `signer`'s key.
QByteArray batchOf(Device &signer, const QByteArray &origin, const QList<Entry> &entries)
{
    QByteArray body;
    for (const Entry &e : entries)
        body += wire::encode(e);
    const BatchRecord b = batches::seal(SyncKeys::organisation(signer.db).value().id, SyncKeys::deviceKeys(signer.db).value(),
                                        origin, entries.first().v.seq, entries.last().v.seq, body);
    return wire::encode(b);
}

qint64 nextSeq(Device &d)
{
    return d.db.scalar(QStringLiteral("SELECT max(seq) FROM change_log WHERE device = ?"), {d.id()}).value().toLongLong() + 1;
}

qint64 partnersNamed(Device &d, const QString &name)
{
    return d.db.scalar(QStringLiteral("SELECT count(*) FROM partners WHERE name = ?"), {name}).value().toLongLong();
}

bool refusedFlag(Device &on, Device &sender)
{
    return !on.db.scalar(QStringLiteral("SELECT refused_at FROM sync_peers WHERE device = ?"), {sender.id()})
                .value()
                .isNull();
}

} // namespace

TEST_CASE("Trust: a forged entry under another device's id and next number is refused, and never blocks that device",
          "[sync][trust]")
{
    Org org(3);
    Device &centre = org[0], &member = org[1], &hub = org[2];
    org.exchange(centre, member); // the member learns of the hub, enrolled after it
    org.exchange(centre, hub);
    org.exchange(member, hub);

    // The member writes an entry under the centre's id with the centre's next
    // number, sealed with its own key; and the same as a loose entry.
    const qint64 stolen = nextSeq(centre);
    const Entry forged = partnerInsert(centre.id(), stolen, hub.db.clock().next(), QStringLiteral("مزور"));
    const Entry loose = partnerInsert(centre.id(), stolen + 1, hub.db.clock().next(), QStringLiteral("مزور"));
    const ImportSummary s = org.receive(hub, packageOf(org, member, {batchOf(member, centre.id(), {forged}), wire::encode(loose)}));
    REQUIRE(s.ok()); // the rest of the package goes on
    CHECK(s.refusedChanges == 2);
    CHECK(s.refusedReasons.value(QString::fromLatin1(refusal::kBadSignature)) == 1);
    CHECK(s.refusedReasons.value(QString::fromLatin1(refusal::kNotSealed)) == 1);
    CHECK(partnersNamed(hub, QStringLiteral("مزور")) == 0);
    CHECK(refusedFlag(hub, member));
    CHECK(hub.db.scalar(QStringLiteral("SELECT refusals FROM sync_history ORDER BY id DESC LIMIT 1"))
              .value()
              .toString()
              .contains(QString::fromLatin1(refusal::kBadSignature)));

    // The centre's real change under that number still imports, and so does the next.
    centre.addPartner(QStringLiteral("حقيقي"));
    centre.addPartner(QStringLiteral("حقيقي ٢"));
    const ImportSummary real = org.receive(hub, org.sendFor(centre, hub));
    INFO(real.refused.toStdString());
    REQUIRE(real.ok());
    CHECK(real.refusedChanges == 0);
    CHECK(partnersNamed(hub, QStringLiteral("حقيقي")) == 1);
    CHECK(partnersNamed(hub, QStringLiteral("حقيقي ٢")) == 1);
    CHECK(hub.db.scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE device = ? AND seq = ?"), {centre.id(), stolen})
              .value()
              .toLongLong()
          == 1);
    org.exchange(hub, member);
    org.exchange(hub, centre);
    CHECK(centre.dump() == hub.dump());
    CHECK(member.dump() == hub.dump());
}

TEST_CASE("Trust: a relay forwards a device's batches unchanged - a relay that alters a value is refused", "[sync][trust]")
{
    Org org(3);
    Device &a = org[0], &relay = org[1], &c = org[2];
    const QByteArray p = a.addPartner(QStringLiteral("جمعية البر"), QStringLiteral("0100000000"));
    REQUIRE(org.receive(relay, org.sendFor(a, relay)).ok());
    const qint64 relayed = relay.db.scalar(QStringLiteral("SELECT count(*) FROM sync_batches WHERE origin = ?"), {a.id()})
                               .value()
                               .toLongLong();
    CHECK(relayed > 0); // kept as they came, to forward

    // The relay alters one value inside A's batch and keeps A's signature.
    auto q = relay.db.exec(QStringLiteral("SELECT origin, first_seq, last_seq, body, signature, format FROM sync_batches "
                                          "WHERE origin = ? ORDER BY first_seq DESC LIMIT 1"),
                           {a.id()});
    REQUIRE(q.ok());
    REQUIRE(q.value()->next());
    BatchRecord batch{q.value()->value(0).toByteArray(), q.value()->value(1).toLongLong(), q.value()->value(2).toLongLong(),
                      q.value()->value(3).toByteArray(), q.value()->value(4).toByteArray(), q.value()->value(5).toInt()};
    q.value()->finish();
    CHECK(batch.format == 3); // sealed so that an erasure can cut words out of it and a scope items
    QByteArray altered;
    bool changed = false;
    QList<batches::Item> items;
    REQUIRE(batches::parseItems(batch.body, &items, 3));
    for (const batches::Item &i : items) {
        Entry e;
        REQUIRE(batches::entryOf(i, e));
        for (Entry::Field &f : e.carried)
            if (e.rowId == p && f.column == QStringLiteral("phone")) {
                f.value = QStringLiteral("0999999999");
                changed = true;
            }
        altered += batches::itemOf(e, 3, i.household);
    }
    REQUIRE(changed);
    BatchRecord tampered = batch;
    tampered.body = altered;
    const ImportSummary bad = org.receive(c, packageOf(org, relay, {wire::encode(tampered)}));
    REQUIRE(bad.ok());
    CHECK(bad.refusedReasons.value(QString::fromLatin1(refusal::kBadSignature)) == tampered.lastSeq - tampered.firstSeq + 1);
    CHECK(c.get(p, QStringLiteral("phone")).isNull());
    CHECK(refusedFlag(c, relay));

    // The relay's ordinary package forwards A's batches as A sealed them: C believes them.
    const ImportSummary good = org.receive(c, org.sendFor(relay, c));
    REQUIRE(good.ok());
    CHECK(good.refusedChanges == 0);
    CHECK(c.get(p, QStringLiteral("phone")) == QStringLiteral("0100000000"));
    CHECK(c.db.scalar(QStringLiteral("SELECT body FROM sync_batches WHERE origin = ? AND first_seq = ?"),
                      {batch.origin, batch.firstSeq})
              .value()
              .toByteArray()
          == batch.body);
}

TEST_CASE("Trust: an entry with a huge clock is refused and does not move the receiver's clock", "[sync][trust]")
{
    Org org(2);
    Device &a = org[0], &b = org[1];
    org.exchange(a, b);
    const auto floorOf = [](Device &d) {
        return d.db.scalar(QStringLiteral("SELECT value FROM local_state WHERE key = 'hlc_floor'")).value().toULongLong();
    };
    const quint64 before = floorOf(b);
    // Sealed by A itself: only its time is wrong.
    const Entry far = partnerInsert(a.id(), nextSeq(a), quint64(9223372036854775000ULL), QStringLiteral("من المستقبل"));
    const ImportSummary s = org.receive(b, packageOf(org, a, {batchOf(a, a.id(), {far})}));
    REQUIRE(s.ok());
    CHECK(s.refusedReasons.value(QString::fromLatin1(refusal::kClock)) == 1);
    CHECK(partnersNamed(b, QStringLiteral("من المستقبل")) == 0);
    const quint64 after = floorOf(b);
    CHECK(after >= before);
    CHECK(HybridClock::millis(after) <= QDateTime::currentMSecsSinceEpoch() + 86'400'000);
    // B's next change still gets an ordinary time.
    b.addPartner(QStringLiteral("بعدها"));
    const quint64 last = b.db.scalar(QStringLiteral("SELECT max(hlc) FROM change_log WHERE device = ?"), {b.id()})
                             .value()
                             .toULongLong();
    CHECK(HybridClock::millis(last) <= QDateTime::currentMSecsSinceEpoch() + 86'400'000);

    // Older than the organisation: refused too.
    // (Numbers of its own after the first: a number refused for good was received.)
    const Entry old = partnerInsert(a.id(), nextSeq(a) + 1, 1000, QStringLiteral("قديم جدا"));
    const ImportSummary s2 = org.receive(b, packageOf(org, a, {batchOf(a, a.id(), {old})}));
    REQUIRE(s2.ok());
    CHECK(s2.refusedReasons.value(QString::fromLatin1(refusal::kClock)) == 1);
    CHECK(partnersNamed(b, QStringLiteral("قديم جدا")) == 0);
    // No copy ever takes either: both count as received (kept, not sent again).
    const auto keptForGood = [&](const Entry &e) {
        return b.db.scalar(QStringLiteral("SELECT count(*) FROM sync_refused WHERE device = ? AND seq = ? AND reason = ?"),
                           {e.v.device, e.v.seq, QString::fromLatin1(refusal::kClock)})
                   .value()
                   .toLongLong()
               == 1;
    };
    CHECK(keptForGood(far));
    CHECK(keptForGood(old));

    // Ten days ahead of both B and the package: refused for now, not for good
    // (B's clock may get there), so it is not taken as received.
    const quint64 tenDays = HybridClock::fromMillis(QDateTime::currentMSecsSinceEpoch() + 10 * qint64(86'400'000));
    const Entry soon = partnerInsert(a.id(), nextSeq(a) + 2, tenDays, QStringLiteral("بعد عشرة أيام"));
    const ImportSummary s3 = org.receive(b, packageOf(org, a, {batchOf(a, a.id(), {soon})}));
    REQUIRE(s3.ok());
    CHECK(s3.refusedReasons.value(QString::fromLatin1(refusal::kClock)) == 1);
    CHECK_FALSE(keptForGood(soon));
    CHECK(localVector(b.db).value().value(a.id()) < soon.v.seq);
}

TEST_CASE("Trust: a package from a device this copy does not know is refused, even with the organisation key",
          "[sync][trust]")
{
    // A enrols C; B has not heard of it yet.
    Org org(2);
    Device &a = org[0], &b = org[1];
    Device &c = org.enrol(a);
    c.addPartner(QStringLiteral("غريب"));
    const QByteArray before = b.dump();
    const ImportSummary s = org.receive(b, org.send(c));
    CHECK_FALSE(s.ok());
    CHECK(s.refused.contains(QStringLiteral("not a device of this organisation")));
    CHECK(b.dump() == before);

    // C's batch alone in A's package: refused too, and the rest of that package applies.
    const Entry e = partnerInsert(c.id(), nextSeq(c), a.db.clock().next(), QStringLiteral("غريب ٢"));
    const ImportSummary relayed = org.receive(b, packageOf(org, a, {batchOf(c, c.id(), {e})}));
    REQUIRE(relayed.ok());
    CHECK(relayed.refusedReasons.value(QString::fromLatin1(refusal::kUnknownDevice)) == 1);
    CHECK(partnersNamed(b, QStringLiteral("غريب ٢")) == 0);

    // Once A's own package has told B of C (its row, from the administrator), C's packages import.
    REQUIRE(org.receive(b, org.sendFor(a, b)).ok());
    const ImportSummary known = org.receive(b, org.send(c));
    INFO(known.refused.toStdString());
    REQUIRE(known.ok());
    CHECK(partnersNamed(b, QStringLiteral("غريب")) == 1);
}

TEST_CASE("Trust: a package file that changes after its signature was checked is refused when it is read again",
          "[sync][trust]")
{
    Org org(2);
    Device &a = org[0];
    const Organisation o = SyncKeys::organisation(a.db).value();
    DeviceKeys forger;
    forger.publicKey = QByteArray(crypto_sign_PUBLICKEYBYTES, 0);
    forger.secretKey = QByteArray(crypto_sign_SECRETKEYBYTES, 0);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(forger.publicKey.data()),
                        reinterpret_cast<unsigned char *>(forger.secretKey.data()));
    PackageHeader h = handHeader(a.db, a.id(), o.id);
    // The same header and size; the second file's records are another name,
    // written by someone with the organisation key but not the device's.
    auto write = [&](const QString &name, const DeviceKeys &keys, const QString &partner) {
        const QString path = org.dir.filePath(name);
        PackageWriter w(path, o, keys, h);
        REQUIRE(w.open().ok());
        REQUIRE(w.addRaw(wire::encode(partnerInsert(a.id(), 1, h.hlc, partner))).ok());
        REQUIRE(w.finish().ok());
        return path;
    };
    const QString signedPath = write(QStringLiteral("signed.tamkeen"), SyncKeys::deviceKeys(a.db).value(), QStringLiteral("أصلي"));
    const QString forgedPath = write(QStringLiteral("forged.tamkeen"), forger, QStringLiteral("مزور"));
    auto readAll = [&](PackageReader &reader) {
        REQUIRE(reader.startDecrypting(o).ok());
        QByteArray plain;
        for (;;) {
            auto more = reader.nextPlain(plain);
            REQUIRE(more); // each file decrypts: only the re-check can tell them apart
            if (!more.value())
                break;
        }
        return reader.verifyWhatWasRead();
    };

    PackageReader untouched(signedPath);
    REQUIRE(untouched.readHeader());
    REQUIRE(untouched.verifySignature().ok());
    CHECK(readAll(untouched).ok());

    PackageReader unchecked(signedPath); // read without the signature check first: never vouched for
    REQUIRE(unchecked.readHeader());
    CHECK_FALSE(readAll(unchecked).ok());

    PackageReader swapped(signedPath);
    REQUIRE(swapped.readHeader());
    REQUIRE(swapped.verifySignature().ok());
    QFile forged(forgedPath), target(signedPath);
    REQUIRE(forged.open(QIODevice::ReadOnly));
    const QByteArray forgedBytes = forged.readAll();
    REQUIRE(forgedBytes.size() == QFileInfo(signedPath).size());
    REQUIRE(target.open(QIODevice::ReadWrite)); // in place, as a share or a stick would change it
    REQUIRE(target.write(forgedBytes) == forgedBytes.size());
    target.close();
    const Status reread = readAll(swapped);
    REQUIRE_FALSE(reread.ok());
    CHECK(reread.error().code == ErrorCode::Corrupt);
}
