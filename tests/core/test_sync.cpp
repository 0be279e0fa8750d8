// Sync by export files (issue 6): packages, merge, conflicts, refusals.
#include "SyncFixture.h"

#include "registry/HouseholdService.h"
#include "registry/MemberService.h"
#include "registry/SearchIndex.h"
#include "storage/Uuid.h"
#include "sync/Package.h"

#include <QCborArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QtEndian>
#include <sodium.h>

using namespace tamkeen;
using namespace tamkeen::test::syncfixture;

TEST_CASE("A package carries every change to another device; both copies then hold the same data", "[sync]")
{
    Org org(2);
    Device &a = org[0], &b = org[1];
    const QByteArray p = a.addPartner(QStringLiteral("بنك التنمية الاجتماعية"), QStringLiteral("0112345678"));
    a.set(p, QStringLiteral("region"), QStringLiteral("الرياض"));
    CHECK(a.dump() != b.dump());
    const ImportSummary s = org.receive(b, org.send(a));
    REQUIRE(s.ok());
    CHECK(s.newRows >= 4); // the centre, the device, the administrator, the partner
    CHECK(b.get(p, QStringLiteral("region")) == QStringLiteral("الرياض"));
    CHECK(b.get(p, QStringLiteral("name")) == QStringLiteral("بنك التنمية الاجتماعية"));
    org.exchange(a, b);
    CHECK(a.dump() == b.dump());
    CHECK(a.conflicts() == 0);
    CHECK(b.conflicts() == 0);
    // The field's version travelled with it: the same on both.
    CHECK(storage::fieldVersions(a.db, QStringLiteral("partners"), p).value().value(QStringLiteral("region")).hlc
          == storage::fieldVersions(b.db, QStringLiteral("partners"), p).value().value(QStringLiteral("region")).hlc);
}

TEST_CASE("The same package imported twice, or overlapping packages, change nothing the second time", "[sync]")
{
    Org org(2);
    Device &a = org[0], &b = org[1];
    const QByteArray p = a.addPartner(QStringLiteral("معهد التدريب"));
    const QString first = org.send(a);
    a.set(p, QStringLiteral("phone"), QStringLiteral("0550000000"));
    const QString second = org.send(a); // holds the first one's changes too
    REQUIRE(org.receive(b, first).ok());
    const QByteArray once = b.dump();
    const qint64 logged = b.changes();
    const ImportSummary again = org.receive(b, first);
    CHECK(again.ok());
    CHECK(again.alreadyImported);
    CHECK(b.dump() == once);
    CHECK(b.changes() == logged);
    const ImportSummary overlap = org.receive(b, second);
    REQUIRE(overlap.ok());
    CHECK(overlap.updated == 1);
    CHECK(overlap.unchanged == overlap.entries - 1);
    CHECK(overlap.conflicts == 0);
    const QByteArray after = b.dump();
    // A copy of the file under another name: recognised by its contents.
    const QString copy = org.dir.filePath(QStringLiteral("copy.tamkeen"));
    REQUIRE(QFile::copy(second, copy));
    CHECK(org.receive(b, copy).alreadyImported);
    CHECK(b.dump() == after);
    CHECK(b.conflicts() == 0);
}

TEST_CASE("The same field edited on two devices: either import order gives the same winner, the loser in conflicts",
          "[sync]")
{
    for (const bool aFirst : {true, false}) {
        DYNAMIC_SECTION("device " << (aFirst ? "A" : "B") << " imports first")
        {
            Org org(2);
            Device &a = org[0], &b = org[1];
            const QByteArray p = a.addPartner(QStringLiteral("جمعية البر"), QStringLiteral("0110000000"));
            org.exchange(a, b);
            a.set(p, QStringLiteral("phone"), QStringLiteral("0111111111"));
            b.set(p, QStringLiteral("phone"), QStringLiteral("0122222222")); // later: it wins
            const QString fromA = org.send(a), fromB = org.send(b);
            if (aFirst) {
                REQUIRE(org.receive(a, fromB).ok());
                REQUIRE(org.receive(b, fromA).ok());
            } else {
                REQUIRE(org.receive(b, fromA).ok());
                REQUIRE(org.receive(a, fromB).ok());
            }
            org.exchange(a, b);
            CHECK(a.get(p, QStringLiteral("phone")) == QStringLiteral("0122222222"));
            CHECK(a.dump() == b.dump());
            for (Device *d : {&a, &b}) {
                auto open = Conflicts(d->db).open().value();
                REQUIRE(open.size() == 1);
                CHECK(open[0].column == QStringLiteral("phone"));
                CHECK(open[0].kind == QStringLiteral("field"));
                CHECK(open[0].kept.value == QStringLiteral("0122222222"));
                CHECK(open[0].lost.value == QStringLiteral("0111111111"));
                CHECK(open[0].kept.version.device == b.id());
                CHECK(open[0].lost.version.device == a.id());
                CHECK(open[0].lost.authorName == a.admin().fullName);
            }
        }
    }
}

TEST_CASE("Different fields of one record edited on two devices are both kept, without a conflict", "[sync]")
{
    Org org(2);
    Device &a = org[0], &b = org[1];
    const QByteArray p = a.addPartner(QStringLiteral("بلدية الخرج"));
    org.exchange(a, b);
    a.set(p, QStringLiteral("phone"), QStringLiteral("0113333333"));
    b.set(p, QStringLiteral("email"), QStringLiteral("info@example.sa"));
    org.exchange(a, b);
    for (Device *d : {&a, &b}) {
        CHECK(d->get(p, QStringLiteral("phone")) == QStringLiteral("0113333333"));
        CHECK(d->get(p, QStringLiteral("email")) == QStringLiteral("info@example.sa"));
        CHECK(d->conflicts() == 0);
    }
    CHECK(a.dump() == b.dump());
}

TEST_CASE("An archive against a concurrent edit is a conflict on both copies, in any order; so is archive then restore",
          "[sync]")
{
    for (const bool restore : {false, true}) {
        for (const bool aFirst : {true, false}) {
            DYNAMIC_SECTION((restore ? "archived and restored" : "archived") << ", " << (aFirst ? "A" : "B") << " first")
            {
                Org org(2);
                Device &a = org[0], &b = org[1];
                const QByteArray p = a.addPartner(QStringLiteral("مركز صحي"));
                org.exchange(a, b);
                a.set(p, QStringLiteral("deleted"), 1);
                if (restore)
                    a.set(p, QStringLiteral("deleted"), 0);
                b.set(p, QStringLiteral("contact"), QStringLiteral("أ. فهد"));
                const QString fromA = org.send(a), fromB = org.send(b);
                if (aFirst) {
                    REQUIRE(org.receive(a, fromB).ok());
                    REQUIRE(org.receive(b, fromA).ok());
                } else {
                    REQUIRE(org.receive(b, fromA).ok());
                    REQUIRE(org.receive(a, fromB).ok());
                }
                org.exchange(a, b);
                CHECK(a.dump() == b.dump());
                for (Device *d : {&a, &b}) {
                    CHECK(d->get(p, QStringLiteral("deleted")).toInt() == (restore ? 0 : 1));
                    CHECK(d->get(p, QStringLiteral("contact")) == QStringLiteral("أ. فهد"));
                    auto open = Conflicts(d->db).open().value();
                    REQUIRE(open.size() == 1);
                    CHECK(open[0].kind == QStringLiteral("archive"));
                    CHECK(open[0].lost.version.device == b.id()); // the edit made while it was archived
                }
            }
        }
    }
}

TEST_CASE("A supervisor resolves a conflict; the resolution travels and settles it on the other copy", "[sync]")
{
    Org org(2);
    Device &a = org[0], &b = org[1];
    const QByteArray p = a.addPartner(QStringLiteral("جمعية"), QStringLiteral("0110000000"));
    org.exchange(a, b);
    a.set(p, QStringLiteral("phone"), QStringLiteral("0111111111"));
    b.set(p, QStringLiteral("phone"), QStringLiteral("0122222222"));
    org.exchange(a, b);
    auto open = Conflicts(a.db).open().value();
    REQUIRE(open.size() == 1);
    security::Session worker = a.admin();
    worker.role = security::Role::FieldWorker;
    CHECK(Conflicts(a.db).resolve(worker, open[0].id, QStringLiteral("x")).error().code == ErrorCode::PermissionDenied);
    // Keeping the value that lost: it becomes current everywhere.
    REQUIRE(Conflicts(a.db).resolve(a.admin(), open[0].id, open[0].lost.value).ok());
    CHECK(Conflicts(a.db).openCount().value() == 0);
    CHECK(Conflicts(a.db).resolve(a.admin(), open[0].id, open[0].lost.value).error().code == ErrorCode::Conflict);
    org.exchange(a, b);
    CHECK(b.get(p, QStringLiteral("phone")) == QStringLiteral("0111111111"));
    CHECK(Conflicts(b.db).openCount().value() == 0);
    CHECK(a.dump() == b.dump());

    // Keeping the value already current still settles it on the other copy.
    a.set(p, QStringLiteral("phone"), QStringLiteral("0133333333"));
    b.set(p, QStringLiteral("phone"), QStringLiteral("0144444444"));
    org.exchange(a, b);
    open = Conflicts(b.db).open().value();
    REQUIRE(open.size() == 1);
    REQUIRE(Conflicts(b.db).resolve(b.admin(), open[0].id, open[0].kept.value).ok());
    org.exchange(a, b);
    CHECK(Conflicts(a.db).openCount().value() == 0);
    CHECK(a.get(p, QStringLiteral("phone")) == QStringLiteral("0144444444"));
}

namespace {

QByteArray readAll(const QString &path)
{
    return test::fileBytes(path);
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

// Where the chunks begin: after the magic, format, header and stream header.
qsizetype payloadStart(const QByteArray &file)
{
    const quint32 headerLength = qFromBigEndian<quint32>(file.constData() + 10);
    return 14 + qsizetype(headerLength) + crypto_secretstream_xchacha20poly1305_HEADERBYTES;
}

// A package written by hand with `keys`, `records` in one chunk that is
// final or not, for what the writer never produces.
QString craft(Org &org, Device &as, const PackageHeader &changes, const QList<QCborValue> &records, bool finalTag = true,
              const DeviceKeys *signWith = nullptr)
{
    const Organisation o = SyncKeys::organisation(as.db).value();
    const DeviceKeys keys = SyncKeys::deviceKeys(as.db).value();
    PackageHeader h = changes;
    h.orgId = h.orgId.isEmpty() ? o.id : h.orgId;
    h.device = h.device.isEmpty() ? as.id() : h.device;
    h.deviceKey = h.deviceKey.isEmpty() ? keys.publicKey : h.deviceKey;
    h.packageId = storage::newUuidV7();
    h.schema = h.schema == 0 ? as.db.schemaVersion() : h.schema;
    h.created = QDateTime::currentDateTimeUtc();
    h.hlc = h.hlc == 0 ? as.db.clock().next() : h.hlc;
    const QString path = org.dir.filePath(QStringLiteral("crafted%1.tamkeen").arg(++org.files));
    PackageWriter w(path, o, signWith ? *signWith : keys, h);
    REQUIRE(w.open().ok());
    for (const QCborValue &r : records)
        REQUIRE(w.add(r).ok());
    REQUIRE(w.finish().ok());
    if (!finalTag) {
        // Re-encrypt the same records without the final tag, and sign again.
        QByteArray file = readAll(path);
        const qsizetype start = payloadStart(file);
        const QByteArray prefix = file.left(start - crypto_secretstream_xchacha20poly1305_HEADERBYTES);
        QByteArray plain;
        for (const QCborValue &r : records)
            plain += r.toCbor();
        crypto_secretstream_xchacha20poly1305_state st;
        QByteArray streamHeader(crypto_secretstream_xchacha20poly1305_HEADERBYTES, 0);
        crypto_secretstream_xchacha20poly1305_init_push(&st, reinterpret_cast<unsigned char *>(streamHeader.data()),
                                                        reinterpret_cast<const unsigned char *>(o.key.constData()));
        QByteArray cipher(plain.size() + crypto_secretstream_xchacha20poly1305_ABYTES, 0);
        crypto_secretstream_xchacha20poly1305_push(&st, reinterpret_cast<unsigned char *>(cipher.data()), nullptr,
                                                   reinterpret_cast<const unsigned char *>(plain.constData()),
                                                   quint64(plain.size()),
                                                   reinterpret_cast<const unsigned char *>(prefix.constData()),
                                                   quint64(prefix.size()), 0);
        QByteArray length(4, 0);
        qToBigEndian(quint32(cipher.size()), length.data());
        file = prefix + streamHeader + length + cipher;
        crypto_sign_state sign;
        crypto_sign_init(&sign);
        crypto_sign_update(&sign, reinterpret_cast<const unsigned char *>(file.constData()), quint64(file.size()));
        QByteArray signature(crypto_sign_BYTES, 0);
        crypto_sign_final_create(&sign, reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                                 reinterpret_cast<const unsigned char *>(keys.secretKey.constData()));
        writeAll(path, file + signature);
    }
    return path;
}

QCborValue vectorRecord(Device &d)
{
    return QCborArray{0, vectorToCbor(localVector(d.db).value())};
}

// A partner created by hand, as an entry of `d` with the next sequence number.
QCborValue partnerEntry(Device &d, const QByteArray &id, const QString &name, qint64 seq)
{
    const quint64 hlc = d.db.clock().next();
    const QCborValue null(QCborValue::Null);
    QCborArray carried;
    const QList<QPair<QString, QCborValue>> fields = {
        {QStringLiteral("name"), name},
        {QStringLiteral("kind"), QStringLiteral("ngo")},
        {QStringLiteral("deleted"), 0},
        {QStringLiteral("active"), 1},
        {QStringLiteral("created_at"), QStringLiteral("2026-12-01T10:00:00Z")},
        {QStringLiteral("updated_at"), QStringLiteral("2026-12-01T10:00:00Z")}};
    for (const auto &[column, value] : fields)
        carried.append(QCborArray{column, value, qint64(hlc), d.id(), seq, null, null, null});
    return QCborArray{1, d.id(), seq, qint64(hlc), QStringLiteral("partners"), id, QStringLiteral("I"), null, null, carried};
}

} // namespace

TEST_CASE("Damaged files are refused before any write and leave the database as it was", "[sync]")
{
    Org org(2);
    Device &a = org[0], &b = org[1];
    a.addPartner(QStringLiteral("جمعية"));
    for (int i = 0; i < 400; ++i) // several chunks
        a.addPartner(QStringLiteral("شريك %1 بوصف طويل يملأ الحزمة").arg(i));
    const QString good = org.send(a);
    const QByteArray bytes = readAll(good);
    const QByteArray before = b.dump();
    const qint64 logged = b.changes();
    const qsizetype firstChunk = payloadStart(bytes);
    const quint32 firstLength = qFromBigEndian<quint32>(bytes.constData() + firstChunk);
    REQUIRE(firstChunk + 4 + qsizetype(firstLength) < bytes.size() - 200); // more than one chunk

    QByteArray flipped = bytes;
    flipped[bytes.size() / 2] = char(flipped[bytes.size() / 2] ^ 0x10);
    QByteArray random(20000, 0);
    randombytes_buf(random.data(), size_t(random.size()));
    const QList<QPair<QString, QByteArray>> cases = {
        {QStringLiteral("empty"), QByteArray()},
        {QStringLiteral("random"), random},
        {QStringLiteral("truncated"), bytes.left(bytes.size() - 100)},
        {QStringLiteral("cut at a chunk boundary"), bytes.left(firstChunk + 4 + firstLength)},
        {QStringLiteral("flipped bits"), flipped},
        {QStringLiteral("signature cut off"), bytes.left(bytes.size() - crypto_sign_BYTES)},
    };
    for (const auto &[name, content] : cases) {
        INFO(name.toStdString());
        const QString path = org.dir.filePath(name + QStringLiteral(".tamkeen"));
        writeAll(path, content);
        const ImportSummary s = org.receive(b, path);
        CHECK_FALSE(s.ok());
        CHECK_FALSE(s.refused.isEmpty());
        CHECK(b.dump() == before);
        CHECK(b.changes() == logged);
    }
    CHECK(org.receive(b, org.dir.filePath(QStringLiteral("empty.tamkeen"))).refused.contains(QStringLiteral("empty")));
    CHECK(org.receive(b, org.dir.filePath(QStringLiteral("random.tamkeen"))).refused.contains(QStringLiteral("not a Tamkeen")));

    // Signed by its device, but the stream stops before the final tag.
    const QString unfinished = craft(org, a, {}, {vectorRecord(a)}, false);
    const ImportSummary s = org.receive(b, unfinished);
    CHECK(s.refused.contains(QStringLiteral("end is missing")));
    CHECK(b.dump() == before);
    // And the good file still imports.
    CHECK(org.receive(b, good).ok());
}

TEST_CASE("Packages of another organisation, unknown or revoked devices, or re-signed by another device are refused",
          "[sync]")
{
    Org org(3);
    Device &a = org[0], &b = org[1], &c = org[2];
    const QString fromA = org.send(a);
    REQUIRE(org.receive(c, fromA).ok());
    const QByteArray before = c.dump();

    // Another organisation: a device that never joined.
    Device stranger(9);
    CHECK(Importer(stranger.db).importFile(fromA).refused.contains(QStringLiteral("another organisation")));

    // A device whose row never reached us is not one of the organisation's.
    const QString unknown = craft(org, b, {}, {vectorRecord(b)});
    CHECK(org.receive(c, unknown).refused.contains(QStringLiteral("not a device of this organisation")));

    // Re-signed by B while claiming to be A (whose key C knows).
    const DeviceKeys bKeys = SyncKeys::deviceKeys(b.db).value();
    PackageHeader claimsA;
    claimsA.device = a.id();
    claimsA.deviceKey = bKeys.publicKey;
    const QString resigned = craft(org, b, claimsA, {vectorRecord(a)}, true, &bKeys);
    CHECK(org.receive(c, resigned).refused.contains(QStringLiteral("another key")));
    // Claiming A's key but signed by B: the signature does not match.
    PackageHeader claimsAKey;
    claimsAKey.device = a.id();
    claimsAKey.deviceKey = SyncKeys::deviceKeys(a.db).value().publicKey;
    const QString forged = craft(org, b, claimsAKey, {vectorRecord(a)}, true, &bKeys);
    CHECK(org.receive(c, forged).refused.contains(QStringLiteral("signature")));
    CHECK(c.dump() == before);

    // Revoked: A revokes B; what B makes afterwards is refused on every copy that learns of it.
    REQUIRE(org.receive(a, org.send(b)).ok());
    REQUIRE(org.receive(c, org.send(b)).ok());
    security::Session worker = a.admin();
    worker.role = security::Role::Supervisor;
    CHECK(SyncDevices(a.db).revoke(worker, b.id(), QStringLiteral("lost")).error().code == ErrorCode::PermissionDenied);
    CHECK(SyncDevices(a.db).revoke(a.admin(), b.id(), QString()).error().field == QStringLiteral("reason"));
    REQUIRE(SyncDevices(a.db).revoke(a.admin(), b.id(), QStringLiteral("سُرق الحاسوب")).ok());
    REQUIRE(org.receive(c, org.send(a)).ok()); // the revocation travels
    b.addPartner(QStringLiteral("بعد الإلغاء"));
    const QString late = org.send(b);
    CHECK(org.receive(a, late).refused.contains(QStringLiteral("revoked")));
    CHECK(org.receive(c, late).refused.contains(QStringLiteral("revoked")));
    auto devices = SyncDevices(c.db).list().value();
    bool flagged = false;
    for (const SyncDevice &d : devices)
        flagged = flagged || (d.id == b.id() && d.revoked);
    CHECK(flagged);
}

TEST_CASE("A package from a newer schema is set aside; one from an older schema applies", "[sync]")
{
    Org org(2);
    Device &a = org[0], &b = org[1];
    org.exchange(a, b);
    const QByteArray before = b.dump();
    PackageHeader newer;
    newer.schema = storage::Database::latestSchemaVersion() + 1;
    const QString future = craft(org, a, newer, {vectorRecord(a)});
    QTemporaryDir aside;
    ImportOptions options;
    options.asideFolder = aside.path();
    const ImportSummary s = Importer(b.db, options).importFile(future);
    CHECK_FALSE(s.ok());
    CHECK(s.setAside);
    CHECK(s.refused.contains(QStringLiteral("Update Tamkeen")));
    CHECK(QFile::exists(QDir(aside.path()).filePath(QFileInfo(future).fileName())));
    CHECK(b.dump() == before);

    PackageHeader older;
    older.schema = storage::Database::latestSchemaVersion() - 1;
    const qint64 next = storage::changeCount(a.db).value() + 1000; // a sequence number of A's not used yet
    const QByteArray partner = storage::newUuidV7();
    const QString past = craft(org, a, older, {vectorRecord(a), partnerEntry(a, partner, QStringLiteral("شريك قديم"), next)});
    const ImportSummary applied = org.receive(b, past);
    REQUIRE(applied.ok());
    CHECK(applied.newRows == 1);
    CHECK(b.get(partner, QStringLiteral("name")) == QStringLiteral("شريك قديم"));
    CHECK(b.get(partner, QStringLiteral("region")).isNull()); // not in the package: left alone
}

TEST_CASE("An import cancelled or killed half way, or an export that does not finish, leaves nothing behind", "[sync]")
{
    Org org(2);
    Device &a = org[0], &b = org[1];
    for (int i = 0; i < 2500; ++i)
        a.addPartner(QStringLiteral("شريك %1").arg(i));
    const QString path = org.send(a);
    const QByteArray before = b.dump();
    const qint64 logged = b.changes();
    ImportOptions options;
    qint64 seen = 0;
    options.progress = [&](qint64 done, qint64 total) {
        seen = done;
        CHECK(total > 2500);
        return false; // as a user presses Cancel, or the process dies mid-way
    };
    const ImportSummary s = Importer(b.db, options).importFile(path);
    CHECK(seen > 0);
    CHECK(s.refused.contains(QStringLiteral("cancelled")));
    CHECK(b.dump() == before);
    CHECK(b.changes() == logged);
    CHECK(org.receive(b, path).ok()); // and the whole file later

    // An export stopped before it finished: no file under the final name.
    const QString unfinished = org.dir.filePath(QStringLiteral("unfinished.tamkeen"));
    {
        PackageHeader h;
        h.orgId = SyncKeys::organisation(a.db).value().id;
        h.device = a.id();
        PackageWriter w(unfinished, SyncKeys::organisation(a.db).value(), SyncKeys::deviceKeys(a.db).value(), h);
        REQUIRE(w.open().ok());
        REQUIRE(w.add(vectorRecord(a)).ok());
    } // destroyed without finish()
    CHECK_FALSE(QFile::exists(unfinished));
    CHECK(QDir(org.dir.path()).entryList({QStringLiteral("unfinished*")}, QDir::Files | QDir::Hidden).isEmpty());
}

namespace {

QByteArray partnersOf(Device &d)
{
    QByteArray lines;
    for (const QByteArray &line : d.dump().split('\n'))
        if (line.startsWith("partners "))
            lines += line + '\n';
    return lines;
}

} // namespace

TEST_CASE("Packages out of order and with gaps give the same data; the gaps are reported until filled", "[sync]")
{
    Org org(3);
    Device &a = org[0], &b = org[1], &c = org[2];
    QList<QByteArray> partners;
    for (int i = 0; i < 3; ++i)
        partners << a.addPartner(QStringLiteral("شريك %1").arg(i));
    const QString p1 = org.send(a);
    REQUIRE(org.receive(b, p1).ok());
    REQUIRE(org.receive(a, org.send(b)).ok()); // A learns what B holds
    a.set(partners[0], QStringLiteral("phone"), QStringLiteral("0500000001"));
    const QByteArray late = a.addPartner(QStringLiteral("شريك لاحق"));
    const QString p2 = org.sendFor(a, b); // only what B lacks: round two
    REQUIRE(org.receive(b, p2).ok());
    REQUIRE(org.receive(a, org.send(b)).ok());
    a.set(partners[1], QStringLiteral("phone"), QStringLiteral("0500000002"));
    a.set(late, QStringLiteral("phone"), QStringLiteral("0500000003")); // its row is in p2
    const QString p3 = org.sendFor(a, b); // round three only

    REQUIRE(org.receive(c, p1).ok());
    const ImportSummary third = org.receive(c, p3);
    REQUIRE(third.ok());
    CHECK(third.waiting == 1); // the change to a row that has not come yet
    CHECK(c.get(partners[1], QStringLiteral("phone")) == QStringLiteral("0500000002"));
    auto gaps = sequenceGaps(c.db).value();
    REQUIRE(gaps.size() == 1);
    CHECK(gaps[0].contains(storage::uuidToString(a.id())));

    REQUIRE(org.receive(c, p2).ok());
    // The change held back comes again with A's next package for C.
    REQUIRE(org.receive(a, org.send(c)).ok());
    REQUIRE(org.receive(c, org.sendFor(a, c)).ok());
    CHECK(sequenceGaps(c.db).value().isEmpty());
    CHECK(partnersOf(c) == partnersOf(a));
    CHECK(c.get(late, QStringLiteral("phone")) == QStringLiteral("0500000003"));
}

TEST_CASE("A child that arrives before its parent waits in the check report until the parent comes", "[sync]")
{
    Org org(3);
    Device &a = org[0], &b = org[1], &c = org[2];
    REQUIRE(org.receive(c, org.send(b)).ok()); // C knows B
    registry::HouseholdData h;
    h.region = QStringLiteral("منطقة الرياض");
    h.city = QStringLiteral("الرياض");
    h.housingType = QStringLiteral("apartment");
    h.housingOwnership = QStringLiteral("rented");
    registry::MemberData head;
    head.givenName = QStringLiteral("سلمى");
    head.fatherName = QStringLiteral("ناصر");
    head.familyName = QStringLiteral("الدوسري");
    head.relation = QStringLiteral("head");
    head.sex = QStringLiteral("female");
    head.birthDate = QDate(1988, 3, 1);
    auto household = registry::HouseholdService(a.db).create(a.admin(), h, head);
    REQUIRE(household.ok());
    const QString fromA = org.send(a);
    REQUIRE(org.receive(b, fromA).ok());
    registry::MemberData son = head;
    son.givenName = QStringLiteral("خالد");
    son.relation = QStringLiteral("son");
    son.sex = QStringLiteral("male");
    son.birthDate = QDate(2010, 1, 5);
    auto added = registry::MemberService(b.db).add(b.admin(), household.value(), son);
    INFO((added ? std::string() : added.error().message.toStdString()));
    REQUIRE(added.ok());
    const QString childOnly = org.sendFor(b, a); // B knows A's vector: the household stays out

    const ImportSummary s = org.receive(c, childOnly);
    REQUIRE(s.ok());
    CHECK(c.get(added.value(), QStringLiteral("given_name"), QStringLiteral("members")) == QStringLiteral("خالد"));
    auto orphans = orphanRows(c.db).value();
    REQUIRE_FALSE(orphans.isEmpty());
    CHECK(orphans.join(u'\n').contains(QStringLiteral("members")));
    REQUIRE(org.receive(c, fromA).ok());
    CHECK(orphanRows(c.db).value().isEmpty());
    // The family is found by the search on the copy that received it.
    auto hits = registry::SearchIndex::search(c.db, QStringLiteral("خالد الدوسري")).value();
    CHECK_FALSE(hits.isEmpty());
}

TEST_CASE("Clocks: months behind, years ahead (flagged) and one that jumps back", "[sync]")
{
    Org org(3);
    Device &a = org[0], &b = org[1], &c = org[2];
    const QByteArray p = a.addPartner(QStringLiteral("جمعية"), QStringLiteral("0100000000"));
    org.exchange(a, b);
    org.exchange(a, c);
    const qint64 day = 86'400'000;

    // B's clock is three months behind: once it has seen A's change, its own still come later.
    b.db.clock().setWallClock([day] { return QDateTime::currentMSecsSinceEpoch() - 90 * day; });
    a.set(p, QStringLiteral("phone"), QStringLiteral("0111111111"));
    REQUIRE(org.receive(b, org.send(a)).ok());
    b.set(p, QStringLiteral("phone"), QStringLiteral("0122222222"));
    REQUIRE(org.receive(a, org.send(b)).ok());
    CHECK(a.get(p, QStringLiteral("phone")) == QStringLiteral("0122222222"));
    CHECK(a.conflicts() == 0);

    // C's clock is three years ahead: C is flagged for an administrator, and
    // A's next change, made after seeing C's, still wins, on C too.
    c.db.clock().setWallClock([day] { return QDateTime::currentMSecsSinceEpoch() + 3 * 365 * day; });
    c.set(p, QStringLiteral("email"), QStringLiteral("future@example.sa"));
    REQUIRE(org.receive(a, org.send(c)).ok());
    bool flagged = false;
    for (const SyncDevice &d : SyncDevices(a.db).list().value())
        flagged = flagged || (d.id == c.id() && d.clockAheadAt.isValid());
    CHECK(flagged);
    a.set(p, QStringLiteral("email"), QStringLiteral("now@example.sa"));
    REQUIRE(org.receive(c, org.sendFor(a, c)).ok());
    CHECK(c.get(p, QStringLiteral("email")) == QStringLiteral("now@example.sa"));
    CHECK(a.get(p, QStringLiteral("email")) == QStringLiteral("now@example.sa"));

    // A's clock jumps back a day between two changes: the second still wins.
    qint64 offset = 0;
    a.db.clock().setWallClock([&offset] { return QDateTime::currentMSecsSinceEpoch() + offset; });
    a.set(p, QStringLiteral("contact"), QStringLiteral("الأول"));
    offset = -day;
    a.set(p, QStringLiteral("contact"), QStringLiteral("الثاني"));
    REQUIRE(org.receive(b, org.sendFor(a, b)).ok());
    CHECK(b.get(p, QStringLiteral("contact")) == QStringLiteral("الثاني"));
    CHECK(storage::checkChangeLog(a.db).value().isEmpty()); // times still grow with the sequence
}

TEST_CASE("Randomized: devices edit and exchange packages with duplicates, losses and reordering, and agree",
          "[sync][random]")
{
    struct Write {
        int device;
        QByteArray row;
        QString field;
        QString value;
        QByteArray deviceId;
        qint64 seq;
        QSet<int> seen; // the writes its device held when it was made
    };
    const QStringList fields = {QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("contact"),
                                QStringLiteral("region")};
    for (const quint32 seed : {1u, 2u, 3u, 4u, 5u, 6u, 7u, 8u}) {
        DYNAMIC_SECTION("seed " << seed)
        {
            QRandomGenerator random(seed);
            Org org(3);
            QList<QByteArray> rows;
            for (int i = 0; i < 3; ++i)
                rows << org[0].addPartner(QStringLiteral("شريك %1").arg(i));
            org.exchange(org[0], org[1]);
            org.exchange(org[0], org[2]);
            org.exchange(org[1], org[2]);
            QList<Write> writes;
            QStringList mailbox;
            const auto holds = [&](Device &d, const Write &w) {
                return d.db.scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE device = ? AND seq = ?"),
                                   {w.deviceId, w.seq})
                           .value()
                           .toLongLong()
                       > 0;
            };
            for (int step = 0; step < 80; ++step) {
                const int d = int(random.bounded(3));
                Device &device = org[d];
                const quint32 action = random.bounded(10);
                const QByteArray row = rows[int(random.bounded(rows.size()))];
                const bool here = device.db.scalar(QStringLiteral("SELECT count(*) FROM partners WHERE id = ?"), {row})
                                      .value()
                                      .toLongLong()
                                  > 0;
                if (action < 5 && here) {
                    Write w{d, row, fields[int(random.bounded(fields.size()))], QStringLiteral("v%1").arg(writes.size()),
                            device.id(), 0, {}};
                    for (int i = 0; i < writes.size(); ++i)
                        if (holds(device, writes[i]))
                            w.seen.insert(i);
                    device.set(w.row, w.field, w.value);
                    w.seq = device.db.scalar(QStringLiteral("SELECT max(seq) FROM change_log WHERE device = ?"), {w.deviceId})
                                .value()
                                .toLongLong();
                    writes << w;
                } else if (action < 6) {
                    rows << device.addPartner(QStringLiteral("جديد %1").arg(step));
                } else if (action < 8) {
                    const int to = int(random.bounded(3));
                    ExportOptions options;
                    if (random.bounded(2) == 0)
                        options.forDevice = org[to].id();
                    else
                        options.all = random.bounded(2) == 0;
                    mailbox << org.send(device, options);
                } else if (!mailbox.isEmpty()) {
                    // Any package, again or out of order; some never arrive.
                    const QString path = mailbox[int(random.bounded(mailbox.size()))];
                    const ImportSummary s = org.receive(device, path);
                    INFO(s.refused.toStdString());
                    CHECK(s.ok());
                }
            }
            for (int round = 0; round < 2; ++round) {
                org.exchange(org[0], org[1]);
                org.exchange(org[1], org[2]);
                org.exchange(org[0], org[2]);
            }
            const QByteArray dump = org[0].dump();
            CHECK(org[1].dump() == dump);
            CHECK(org[2].dump() == dump);

            // No edit is lost: each one nobody built on is current, or kept in conflicts.
            QSet<QString> lost;
            for (int i = 0; i < 3; ++i) {
                auto q = org[i].db.exec(QStringLiteral("SELECT lost_value FROM sync_conflicts"));
                REQUIRE(q.ok());
                while (q.value()->next())
                    lost.insert(q.value()->value(0).toString());
                q.value()->finish();
            }
            for (int i = 0; i < writes.size(); ++i) {
                bool superseded = false;
                for (int j = 0; j < writes.size() && !superseded; ++j)
                    superseded = j != i && writes[j].row == writes[i].row && writes[j].field == writes[i].field
                                 && writes[j].seen.contains(i);
                if (superseded)
                    continue;
                INFO("write " << i << " of " << writes[i].field.toStdString());
                CHECK((org[0].get(writes[i].row, writes[i].field) == writes[i].value || lost.contains(writes[i].value)));
            }
        }
    }
}

TEST_CASE("Setup makes the organisation and the device keys; a large export splits into parts that apply in any order",
          "[sync]")
{
    Org org(2);
    Device &a = org[0], &b = org[1];
    for (const char *key : {"org_id", "org_key", "sign_public", "sign_secret"})
        CHECK_FALSE(a.db.scalar(QStringLiteral("SELECT value FROM local_state WHERE key = ?"), {QString::fromLatin1(key)})
                        .value()
                        .isNull());
    // B joined A's organisation: the same key, its own signing keys.
    CHECK(SyncKeys::organisation(a.db).value().key == SyncKeys::organisation(b.db).value().key);
    CHECK(SyncKeys::deviceKeys(a.db).value().publicKey != SyncKeys::deviceKeys(b.db).value().publicKey);

    for (int i = 0; i < 1500; ++i)
        a.addPartner(QStringLiteral("شريك رقم %1 في قائمة الشركاء الطويلة").arg(i), QStringLiteral("0500%1").arg(i, 6, 10, QLatin1Char('0')));
    const QString path = org.dir.filePath(QStringLiteral("split.tamkeen"));
    auto written = Exporter(a.db).write(path, {QByteArray(), true, 100 * 1024});
    REQUIRE(written.ok());
    const QStringList parts = written.value().files;
    REQUIRE(parts.size() >= 3);
    CHECK(parts[1].endsWith(QStringLiteral("split.part2.tamkeen")));
    for (qsizetype i = parts.size() - 1; i >= 0; --i) { // the last part first
        const ImportSummary s = org.receive(b, parts[i]);
        INFO(s.refused.toStdString());
        CHECK(s.ok());
    }
    org.exchange(a, b);
    CHECK(a.dump() == b.dump());
}

TEST_CASE("A regional hub passes each branch's changes on to the other branches", "[sync]")
{
    Org org(3);
    Device &hub = org[0], &riyadh = org[1], &jeddah = org[2];
    const QByteArray fromRiyadh = riyadh.addPartner(QStringLiteral("معهد الرياض"));
    const QByteArray fromJeddah = jeddah.addPartner(QStringLiteral("جمعية جدة"));
    // Each branch sends to the hub only; the hub sends back what each lacks.
    for (int round = 0; round < 2; ++round) {
        REQUIRE(org.receive(hub, org.sendFor(riyadh, hub)).ok());
        REQUIRE(org.receive(hub, org.sendFor(jeddah, hub)).ok());
        REQUIRE(org.receive(riyadh, org.sendFor(hub, riyadh)).ok());
        REQUIRE(org.receive(jeddah, org.sendFor(hub, jeddah)).ok());
    }
    CHECK(riyadh.get(fromJeddah, QStringLiteral("name")) == QStringLiteral("جمعية جدة"));
    CHECK(jeddah.get(fromRiyadh, QStringLiteral("name")) == QStringLiteral("معهد الرياض"));
    CHECK(riyadh.dump() == hub.dump());
    CHECK(jeddah.dump() == hub.dump());
    // A conflict between the branches reaches both through the hub.
    riyadh.set(fromJeddah, QStringLiteral("phone"), QStringLiteral("0111"));
    jeddah.set(fromJeddah, QStringLiteral("phone"), QStringLiteral("0122"));
    for (int round = 0; round < 2; ++round) {
        REQUIRE(org.receive(hub, org.sendFor(riyadh, hub)).ok());
        REQUIRE(org.receive(hub, org.sendFor(jeddah, hub)).ok());
        REQUIRE(org.receive(riyadh, org.sendFor(hub, riyadh)).ok());
        REQUIRE(org.receive(jeddah, org.sendFor(hub, jeddah)).ok());
    }
    CHECK(riyadh.dump() == jeddah.dump());
    CHECK(Conflicts(riyadh.db).openCount().value() == 1);
    CHECK(Conflicts(jeddah.db).openCount().value() == 1);
}

TEST_CASE("A change overwritten at the sender does not hide a concurrent edit from the conflict check", "[sync]")
{
    Org org(3);
    Device &a = org[0], &b = org[1], &c = org[2];
    const QByteArray p = a.addPartner(QStringLiteral("جمعية"), QStringLiteral("0100"));
    org.exchange(a, b);
    org.exchange(a, c);
    org.exchange(b, c);
    c.set(p, QStringLiteral("phone"), QStringLiteral("C-edit")); // never seen by A or B
    a.set(p, QStringLiteral("phone"), QStringLiteral("A-edit"));
    REQUIRE(org.receive(b, org.sendFor(a, b)).ok());
    b.set(p, QStringLiteral("phone"), QStringLiteral("B-on-top-of-A"));
    REQUIRE(org.receive(a, org.sendFor(b, a)).ok());
    // A's package for C holds A's change (its value overwritten since) and B's.
    REQUIRE(org.receive(c, org.sendFor(a, c)).ok());
    CHECK(c.get(p, QStringLiteral("phone")) == QStringLiteral("B-on-top-of-A")); // the later one
    auto open = Conflicts(c.db).open().value();
    REQUIRE(open.size() == 1);
    CHECK(open[0].lost.value == QStringLiteral("C-edit"));
    for (int round = 0; round < 2; ++round) {
        org.exchange(a, c);
        org.exchange(b, c);
        org.exchange(a, b);
    }
    CHECK(a.dump() == c.dump());
    CHECK(b.dump() == c.dump());
    for (Device *d : {&a, &b})
        CHECK(Conflicts(d->db).openCount().value() == 1);
}
