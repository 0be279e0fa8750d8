#include "sync/Rotation.h"

#include "security/Roles.h"
#include "security/SignedChange.h"
#include "security/Sodium.h"
#include "security/UserKeys.h"
#include "storage/Database.h"
#include "storage/HybridClock.h"
#include "sync/RoleHistory.h"

#include <QCborArray>
#include <QCborValue>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace tamkeen::sync {

namespace {

constexpr qsizetype kKeyBytes = crypto_secretstream_xchacha20poly1305_KEYBYTES;
constexpr qsizetype kSealBytes = kKeyBytes + crypto_box_SEALBYTES;

const unsigned char *bytes(const QByteArray &b) { return reinterpret_cast<const unsigned char *>(b.constData()); }
unsigned char *bytes(QByteArray &b) { return reinterpret_cast<unsigned char *>(b.data()); }

QByteArray hashOf(const QByteArray &record)
{
    QByteArray h(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(bytes(h), size_t(h.size()), bytes(record), quint64(record.size()), nullptr, 0);
    return h;
}

QCborArray idArray(const QList<QByteArray> &ids)
{
    QCborArray a;
    for (const QByteArray &id : ids)
        a.append(id);
    return a;
}

QCborArray sealArray(const QList<std::pair<QByteArray, QByteArray>> &seals)
{
    QCborArray a;
    for (const auto &[device, seal] : seals)
        a.append(QCborArray{device, seal});
    return a;
}

bool sameSet(const QList<QByteArray> &a, const QList<QByteArray> &b)
{
    return QSet<QByteArray>(a.begin(), a.end()) == QSet<QByteArray>(b.begin(), b.end());
}

Error oldKey(const QString &sender)
{
    return makeError(ErrorCode::Conflict,
                     Rotation::tr("The package from %1 was made with the organisation's old key: that laptop missed a "
                                  "key change. Import a recent package from this centre on it, then export again; its "
                                  "changes come with that new package, nothing is lost.")
                         .arg(sender));
}

Error forged()
{
    return makeError(ErrorCode::Corrupt, Rotation::tr("The package carries a change of the organisation key that no "
                                                      "administrator of this organisation signed, or that was altered. "
                                                      "It was not imported."));
}

Error notMember()
{
    return makeError(ErrorCode::PermissionDenied,
                     Rotation::tr("The organisation's key was changed and this computer was not given the new one: it "
                                  "was revoked, or enrolled from an older enrolment file. It can no longer read the "
                                  "organisation's packages; ask an administrator for a new enrolment file."));
}

// Signed by a user who was an active administrator when it was made (as
// this copy knows their history: a later demotion or deactivation does not
// void a rotation made before it), for this organisation and this epoch.
Result<bool> verified(storage::Database &db, const RotationRecord &r, const QByteArray &orgId, int epoch)
{
    if (r.orgId != orgId || r.epoch != epoch)
        return false;
    auto author = RoleHistory::authorAt(db, r.signer, Version{r.hlc, r.device, 0});
    if (!author)
        return author.error();
    const security::Privileges::Author &a = author.value();
    return a.known && a.role == security::Roles::key(security::Role::Administrator) && !a.deleted && a.active
           && security::UserKeys::verify(a.publicKey, r.signedBytes(), r.signature);
}

// The key sealed to this device: its own seal first, then any other (a
// continuation of a restored copy has a new id and the same key).
QByteArray openSeal(const RotationRecord &r, const QByteArray &deviceId, const DeviceKeys &keys)
{
    unsigned char xpk[crypto_box_PUBLICKEYBYTES], xsk[crypto_box_SECRETKEYBYTES];
    if (crypto_sign_ed25519_pk_to_curve25519(xpk, bytes(keys.publicKey)) != 0)
        return {};
    crypto_sign_ed25519_sk_to_curve25519(xsk, bytes(keys.secretKey));
    QList<QByteArray> order;
    for (const auto &[device, seal] : r.seals)
        device == deviceId ? order.prepend(seal) : order.append(seal);
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    bool opened = false;
    for (const QByteArray &seal : std::as_const(order)) {
        if (crypto_box_seal_open(bytes(key), bytes(seal), quint64(seal.size()), xpk, xsk) == 0) {
            opened = true;
            break;
        }
    }
    sodium_memzero(xsk, sizeof xsk);
    return opened ? key : QByteArray();
}

struct Revoked {
    QSet<QByteArray> ids, keys; // devices revoked, and their keys (continuations share them)
    QList<std::pair<QByteArray, QByteArray>> members; // every device with a key: id, Ed25519 public key
};

// Revoked: every revocation here, and every device a record of this epoch
// left out as revoked (its revocation row may not be here yet).
Result<Revoked> knownRevoked(storage::Database &db, const QList<EpochRecord> &held)
{
    Revoked r;
    Status s = db.read(u"SELECT DISTINCT device_id FROM device_revocations WHERE deleted = 0"_s, {},
                       [&](const storage::RawRow &row) { r.ids.insert(row.blob(0)); });
    if (!s)
        return s.error();
    for (const EpochRecord &e : held)
        if (const auto record = RotationRecord::decode(e.record))
            r.ids.unite(QSet<QByteArray>(record->revoked.begin(), record->revoked.end()));
    s = db.read(u"SELECT id, public_key FROM devices WHERE public_key IS NOT NULL ORDER BY id"_s, {},
                [&](const storage::RawRow &row) {
                    if (r.ids.contains(row.blob(0)))
                        r.keys.insert(row.blob(1));
                    r.members.append({row.blob(0), row.blob(1)});
                });
    if (!s)
        return s.error();
    return r;
}

} // namespace

// Far more rotations than any organisation makes, and far from int's end:
// the next epoch (epoch + 1) never overflows.
constexpr qint64 kMaxEpoch = 1'000'000;

QByteArray RotationRecord::signedBytes() const
{
    // A label first, so these bytes can never be taken for another signed thing.
    return QCborValue(QCborArray{u"tamkeen-rotation-1"_s, orgId, epoch, signer, idArray(revoked), sealArray(seals),
                                 qint64(hlc), device})
        .toCbor();
}

QByteArray RotationRecord::encode() const
{
    return QCborValue(QCborArray{orgId, epoch, signer, idArray(revoked), sealArray(seals), qint64(hlc), device, signature})
        .toCbor();
}

std::optional<RotationRecord> RotationRecord::decode(const QByteArray &data)
{
    QCborParserError error;
    const QCborValue v = QCborValue::fromCbor(data, &error);
    if (error.error != QCborError::NoError || !v.isArray() || v.toArray().size() != 8)
        return std::nullopt;
    const QCborArray a = v.toArray();
    RotationRecord r;
    r.orgId = a.at(0).toByteArray();
    r.signer = a.at(2).toByteArray();
    r.device = a.at(6).toByteArray();
    r.signature = a.at(7).toByteArray();
    if (!a.at(5).isInteger() || a.at(5).toInteger() <= 0 || r.device.size() != 16)
        return std::nullopt;
    r.hlc = quint64(a.at(5).toInteger());
    if (r.orgId.size() != 16 || !a.at(1).isInteger() || a.at(1).toInteger() < 1
        || a.at(1).toInteger() > kMaxEpoch || r.signer.size() != 16
        || r.signature.size() != crypto_sign_BYTES || !a.at(3).isArray() || !a.at(4).isArray())
        return std::nullopt;
    r.epoch = int(a.at(1).toInteger());
    for (const QCborValue &id : a.at(3).toArray()) {
        if (id.toByteArray().size() != 16)
            return std::nullopt;
        r.revoked << id.toByteArray();
    }
    for (const QCborValue &s : a.at(4).toArray()) {
        const QCborArray pair = s.toArray();
        if (pair.size() != 2 || pair.at(0).toByteArray().size() != 16 || pair.at(1).toByteArray().size() != kSealBytes)
            return std::nullopt;
        r.seals.append({pair.at(0).toByteArray(), pair.at(1).toByteArray()});
    }
    if (r.encode() != data) // one encoding only: records are compared by their bytes
        return std::nullopt;
    return r;
}

QByteArray Rotation::epochKey(const QList<EpochRecord> &records)
{
    QList<std::pair<QByteArray, QByteArray>> ordered;
    for (const EpochRecord &r : records)
        ordered.append({hashOf(r.record), r.key});
    std::sort(ordered.begin(), ordered.end());
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, kKeyBytes);
    const QByteArray label = QByteArrayLiteral("tamkeen-epoch-key-1");
    crypto_generichash_update(&state, bytes(label), quint64(label.size()));
    for (const auto &[hash, key] : ordered) {
        crypto_generichash_update(&state, bytes(hash), quint64(hash.size()));
        crypto_generichash_update(&state, bytes(key), quint64(key.size()));
    }
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    crypto_generichash_final(&state, bytes(key), size_t(key.size()));
    return key;
}

Result<Organisation> Rotation::forPackage(storage::Database &db, int epoch, const QList<QByteArray> &given,
                                          const QString &sender)
{
    security::ensureSodium();
    auto own = SyncKeys::organisation(db);
    if (!own)
        return own.error();
    if (epoch < own.value().epoch)
        return oldKey(sender);
    QList<QByteArray> records;
    QSet<QByteArray> seen; // a hostile header may repeat one: linear, not quadratic
    for (const QByteArray &r : given)
        if (!seen.contains(r)) {
            seen.insert(r);
            records << r;
        }
    if (epoch == own.value().epoch && sameSet(records, own.value().rotation))
        return own.value();

    // Records we do not hold yet: a newer epoch, or another rotation made
    // offline to ours. All must check out, or nothing is adopted.
    QList<EpochRecord> next;
    if (epoch == own.value().epoch) {
        auto held = SyncKeys::epochRecords(db);
        if (!held)
            return held.error();
        next = held.value();
    }
    const qsizetype heldBefore = next.size();
    auto keys = SyncKeys::deviceKeys(db);
    if (!keys)
        return keys.error();
    for (const QByteArray &bytesOfRecord : std::as_const(records)) {
        if (std::any_of(next.cbegin(), next.cend(), [&](const EpochRecord &e) { return e.record == bytesOfRecord; }))
            continue;
        const auto record = RotationRecord::decode(bytesOfRecord);
        if (!record)
            return forged();
        auto ok = verified(db, *record, own.value().id, epoch);
        if (!ok)
            return ok.error();
        if (!ok.value())
            return forged();
        const QByteArray key = openSeal(*record, db.deviceId(), keys.value());
        if (key.isEmpty())
            return notMember();
        next.append({bytesOfRecord, key});
    }
    Organisation adopted = own.value();
    adopted.epoch = epoch;
    adopted.key = epochKey(next);
    adopted.rotation.clear();
    for (const EpochRecord &e : std::as_const(next))
        adopted.rotation << e.record;
    if (next.size() != heldBefore || epoch != own.value().epoch)
        if (Status s = SyncKeys::replaceOrganisationKey(db, epoch, adopted.key, next); !s)
            return s.error();
    // Our epoch holds a record the sender had not seen: its package is
    // readable by a device that record revoked.
    if (!sameSet(records, adopted.rotation))
        return oldKey(sender);
    return adopted;
}

Status Rotation::rotate(storage::Database &db)
{
    security::ensureSodium();
    const QByteArray signingKey = db.signingKey(), signer = db.currentUser();
    if (signingKey.isEmpty() || signer.isEmpty())
        return security::ChangeSigning::noKey(u"device_revocations"_s);
    auto own = SyncKeys::organisation(db);
    if (!own)
        return own.error();
    auto held = SyncKeys::epochRecords(db);
    if (!held)
        return held.error();

    auto known = knownRevoked(db, held.value());
    if (!known)
        return known.error();
    const Revoked &k = known.value();
    const QSet<QByteArray> &revoked = k.ids, &revokedKeys = k.keys;
    const QList<std::pair<QByteArray, QByteArray>> &members = k.members;

    QByteArray key(kKeyBytes, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_keygen(bytes(key));
    RotationRecord r;
    r.orgId = own.value().id;
    r.epoch = own.value().epoch + 1;
    r.signer = signer;
    r.hlc = db.clock().next();
    r.device = db.deviceId();
    r.revoked = QList<QByteArray>(revoked.begin(), revoked.end());
    std::sort(r.revoked.begin(), r.revoked.end());
    for (const auto &[device, publicKey] : std::as_const(members)) {
        unsigned char xpk[crypto_box_PUBLICKEYBYTES];
        if (revoked.contains(device) || revokedKeys.contains(publicKey) || publicKey.size() != crypto_sign_PUBLICKEYBYTES
            || crypto_sign_ed25519_pk_to_curve25519(xpk, bytes(publicKey)) != 0)
            continue;
        QByteArray seal(kSealBytes, Qt::Uninitialized);
        crypto_box_seal(bytes(seal), bytes(key), quint64(key.size()), xpk);
        r.seals.append({device, seal});
    }
    r.signature = security::UserKeys::sign(signingKey, r.signedBytes());
    // Every copy checks it against this copy's users: so does this one first.
    auto ok = verified(db, r, r.orgId, r.epoch);
    if (!ok)
        return ok.error();
    if (!ok.value())
        return makeError(ErrorCode::PermissionDenied,
                         tr("Your account cannot sign a change of the organisation key on this computer: only an "
                            "administrator whose key this computer knows can. Log in again with your password."));
    const QList<EpochRecord> next{{r.encode(), key}};
    return SyncKeys::replaceOrganisationKey(db, r.epoch, epochKey(next), next);
}

Status Rotation::renewIfLeaked(storage::Database &db)
{
    if (db.signingKey().isEmpty() || db.currentUser().isEmpty())
        return {}; // only an administrator's key can sign a new epoch
    auto held = SyncKeys::epochRecords(db);
    if (!held)
        return held.error();
    if (held.value().isEmpty())
        return {};
    auto known = knownRevoked(db, held.value());
    if (!known)
        return known.error();
    QHash<QByteArray, QByteArray> keyOf;
    for (const auto &[device, publicKey] : std::as_const(known.value().members))
        keyOf.insert(device, publicKey);
    // Who can open every record (the epoch's key needs all of them): by key,
    // as a continuation opens its original's seal; by id when the key is unknown.
    QSet<QByteArray> everywhere;
    bool first = true;
    for (const EpochRecord &e : held.value()) {
        const auto record = RotationRecord::decode(e.record);
        if (!record)
            return {};
        QSet<QByteArray> here;
        for (const auto &seal : record->seals)
            here.insert(keyOf.value(seal.first, seal.first));
        everywhere = first ? here : everywhere.intersect(here);
        first = false;
    }
    const bool leaked = std::any_of(everywhere.cbegin(), everywhere.cend(), [&](const QByteArray &k) {
        return known.value().keys.contains(k) || known.value().ids.contains(k);
    });
    if (!leaked)
        return {};
    Status s = rotate(db);
    if (!s && s.error().code == ErrorCode::PermissionDenied)
        return {}; // not an administrator here: the next one who imports renews it
    return s;
}

} // namespace tamkeen::sync
