// Sync by export files (issue 6): the package file itself. Damage, strangers,
// revoked devices, schemas, cancelled imports, unfinished exports, parts.
#include "SyncFixture.h"

#include "storage/Uuid.h"
#include "sync/Batches.h"
#include "sync/Package.h"
#include "sync/Wire.h"

#include <QCborArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>
#include <sodium.h>

using namespace tamkeen;
using namespace tamkeen::test::syncfixture;
using namespace Qt::StringLiterals;

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
        // Signed as docs/sync-format.md says: the label, then the file's BLAKE2b-512.
        QByteArray digest(crypto_generichash_BYTES_MAX, 0);
        crypto_generichash(reinterpret_cast<unsigned char *>(digest.data()), size_t(digest.size()),
                           reinterpret_cast<const unsigned char *>(file.constData()), quint64(file.size()), nullptr, 0);
        const QByteArray message = QByteArrayLiteral("tamkeen sync package 2") + digest;
        QByteArray signature(crypto_sign_BYTES, 0);
        crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                             reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
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
    QByteArray formatOne = bytes; // signed with Ed25519ph before December 2026: no longer read
    formatOne[9] = 1;
    const QList<QPair<QString, QByteArray>> cases = {
        {QStringLiteral("empty"), QByteArray()},
        {QStringLiteral("random"), random},
        {QStringLiteral("truncated"), bytes.left(bytes.size() - 100)},
        {QStringLiteral("cut at a chunk boundary"), bytes.left(firstChunk + 4 + firstLength)},
        {QStringLiteral("flipped bits"), flipped},
        {QStringLiteral("signature cut off"), bytes.left(bytes.size() - crypto_sign_BYTES)},
        {QStringLiteral("format 1"), formatOne},
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
    CHECK(org.receive(b, org.dir.filePath(QStringLiteral("format 1.tamkeen"))).refused.contains(QStringLiteral("older Tamkeen")));

    // Signed by its device, but the stream stops before the final tag.
    const QString unfinished = craft(org, a, {}, {vectorRecord(a)}, false);
    const ImportSummary s = org.receive(b, unfinished);
    CHECK(s.refused.contains(QStringLiteral("end is missing")));
    CHECK(b.dump() == before);
    // And the good file still imports.
    CHECK(org.receive(b, good).ok());
}

// The import reads the chunks on a second thread while it merges the ones
// before (sync/ReadAhead): a record that cannot be read, after batches that
// were merged already or before any, still leaves nothing behind.
TEST_CASE("A record that cannot be read in a well-encrypted package leaves nothing behind, wherever it is", "[sync]")
{
    Org org(2);
    Device &a = org[0], &b = org[1];
    for (int i = 0; i < 600; ++i) // several batches, several chunks
        a.addPartner(QStringLiteral("شريك %1 بوصف طويل يملأ الحزمة ويزيد عليها").arg(i));
    const QString good = org.send(a); // seals a's entries into batches
    QList<QCborValue> batches;
    REQUIRE(a.db.read(u"SELECT origin, first_seq, last_seq, body, signature, format FROM sync_batches "
                      "WHERE origin = ? ORDER BY first_seq"_s,
                      {a.id()}, [&](const storage::RawRow &r) {
                          const BatchRecord batch{r.blob(0), r.integer(1), r.integer(2), r.blob(3), r.blob(4),
                                                  int(r.integer(5))};
                          batches << QCborValue::fromCbor(wire::encode(batch));
                      }).ok());
    REQUIRE(batches.size() >= 3);
    const QByteArray before = b.dump();
    const qint64 logged = b.changes();
    const QCborValue unreadable(42); // a CBOR item, not a record

    const QList<QPair<QString, QList<QCborValue>>> cases = {
        {QStringLiteral("after every batch"), batches + QList<QCborValue>{unreadable}},
        {QStringLiteral("first"), QList<QCborValue>{unreadable} + batches},
        {QStringLiteral("between two batches"), batches.mid(0, 2) + QList<QCborValue>{unreadable} + batches.mid(2)},
    };
    for (const auto &[where, records] : cases) {
        INFO(where.toStdString());
        const ImportSummary s = org.receive(b, craft(org, a, {}, records));
        CHECK_FALSE(s.ok());
        CHECK(s.refused.contains(QStringLiteral("cannot be read")));
        CHECK(b.dump() == before);
        CHECK(b.changes() == logged);
    }
    // The batches after chunks of 3,000 small records (more than are read
    // ahead: the importing thread reads that chunk itself) import whole.
    const QList<QCborValue> many(3000, vectorRecord(a));
    const ImportSummary whole = org.receive(b, craft(org, a, {}, many + batches));
    CHECK(whole.ok());
    CHECK(whole.newRows == 600);
    CHECK(org.receive(b, good).ok());
    CHECK(b.dump() == a.dump());
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

    // A device whose row never reached us is not one of the organisation's
    // (C was enrolled after B: B has not heard of it).
    const QString unknown = craft(org, c, {}, {vectorRecord(c)});
    CHECK(org.receive(b, unknown).refused.contains(QStringLiteral("not a device of this organisation")));

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

TEST_CASE("A package from a newer schema is set aside - one from an older schema applies", "[sync]")
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
    const QByteArray body = partnerEntry(a, partner, QStringLiteral("شريك قديم"), next).toCbor();
    const BatchRecord batch = batches::seal(SyncKeys::organisation(a.db).value().id, SyncKeys::deviceKeys(a.db).value(),
                                            a.id(), next, next, body);
    const QCborValue sealed = QCborValue::fromCbor(wire::encode(batch));
    const QString past = craft(org, a, older, {vectorRecord(a), sealed});
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
    options.progress = [&](qint64 done, qint64 total) { // parts of the file read, of all
        seen = done;
        CHECK(total > 2);
        return done < 2; // as a user presses Cancel half way, or the process dies
    };
    const ImportSummary s = Importer(b.db, options).importFile(path);
    CHECK(seen == 2);
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

TEST_CASE("Setup makes the organisation and the device keys - a large export splits into parts that apply in any order",
          "[sync]")
{
    Org org(2);
    Device &a = org[0], &b = org[1];
    // The secrets in the vault only (docs/trust.md, "Keys at rest").
    for (const char *key : {"org_id", "vault:org_key", "sign_public", "vault:sign_secret"})
        CHECK_FALSE(a.db.scalar(QStringLiteral("SELECT value FROM local_state WHERE key = ?"), {QString::fromLatin1(key)})
                        .value()
                        .isNull());
    for (const char *key : {"org_key", "sign_secret"})
        CHECK(a.db.scalar(QStringLiteral("SELECT value FROM local_state WHERE key = ?"), {QString::fromLatin1(key)})
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
