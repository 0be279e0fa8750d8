#include "sync/SyncKeys.h"

#include "security/Sodium.h"
#include "security/Vault.h"
#include "storage/Database.h"
#include "storage/LocalState.h"

#include <QCborArray>
#include <QCborValue>
#include <functional>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace tamkeen::sync {

using security::Vault;

namespace {

QByteArray randomBytes(qsizetype n)
{
    QByteArray b(n, Qt::Uninitialized);
    randombytes_buf(b.data(), size_t(n));
    return b;
}

// Why the secrets cannot be read: nobody logged in (a copy of the file opened
// without a password), or a user whose key has no seal of the vault here.
Status requireUnlocked(storage::Database &db)
{
    if (Vault::isUnlocked(db))
        return {};
    if (db.currentUser().isEmpty())
        return makeError(ErrorCode::PermissionDenied, SyncKeys::tr("Log in to make or read sync packages."));
    return makeError(ErrorCode::PermissionDenied,
                     SyncKeys::tr("Your account cannot open this computer's sync keys yet. Ask a colleague who has "
                                  "synced on this computer to log in here once, then log in again."));
}

// A public value kept in clear and its secret kept in the vault: read as they
// are when both have the expected sizes, else made by `make` and stored in
// one transaction.
Result<QPair<QByteArray, QByteArray>> keptPair(storage::Database &db, const QString &publicName, qsizetype publicSize,
                                               const QString &secretName, qsizetype secretSize,
                                               const std::function<QPair<QByteArray, QByteArray>()> &make)
{
    security::ensureSodium();
    if (Status s = requireUnlocked(db); !s)
        return s.error();
    auto first = storage::localValue(db, publicName);
    if (!first)
        return first.error();
    auto second = Vault::secret(db, secretName);
    if (!second)
        return second.error();
    const QByteArray a = first.value().toByteArray(), b = second.value();
    if (a.size() == publicSize && b.size() == secretSize)
        return qMakePair(a, b);
    const QPair<QByteArray, QByteArray> made = make();
    Status s = db.transaction([&]() -> Status {
        if (Status w = storage::setLocalValue(db, publicName, made.first); !w)
            return w;
        return Vault::setSecret(db, secretName, made.second);
    });
    if (!s)
        return s.error();
    return made;
}

} // namespace

Result<Organisation> SyncKeys::organisation(storage::Database &db)
{
    auto kept = keptPair(db, u"org_id"_s, 16, Vault::kOrgKey, crypto_secretstream_xchacha20poly1305_KEYBYTES, [] {
        QByteArray key(crypto_secretstream_xchacha20poly1305_KEYBYTES, Qt::Uninitialized);
        crypto_secretstream_xchacha20poly1305_keygen(reinterpret_cast<unsigned char *>(key.data()));
        return qMakePair(randomBytes(16), key);
    });
    if (!kept)
        return kept.error();
    Organisation org{kept.value().first, kept.value().second, 0, {}};
    auto epoch = storage::localValue(db, u"org_epoch"_s);
    if (!epoch)
        return epoch.error();
    org.epoch = epoch.value().toInt();
    auto records = epochRecords(db);
    if (!records)
        return records.error();
    for (const EpochRecord &r : records.value())
        org.rotation << r.record;
    return org;
}

// The vault's org_rotation: CBOR [[record, key], …] (the keys are secret);
// org_key holds the key derived from them, local_state org_epoch their epoch.
Result<QList<EpochRecord>> SyncKeys::epochRecords(storage::Database &db)
{
    if (Status s = requireUnlocked(db); !s)
        return s.error();
    auto kept = Vault::secret(db, Vault::kOrgRotation);
    if (!kept)
        return kept.error();
    QList<EpochRecord> records;
    for (const QCborValue &v : QCborValue::fromCbor(kept.value()).toArray()) {
        const QCborArray pair = v.toArray();
        records.append({pair.at(0).toByteArray(), pair.at(1).toByteArray()});
    }
    return records;
}

Status SyncKeys::replaceOrganisationKey(storage::Database &db, int epoch, const QByteArray &key,
                                        const QList<EpochRecord> &records)
{
    if (key.size() != crypto_secretstream_xchacha20poly1305_KEYBYTES || epoch < 0)
        return makeError(ErrorCode::Invalid, tr("Internal error: an organisation key of the wrong size."));
    if (Status s = requireUnlocked(db); !s)
        return s;
    QCborArray kept;
    for (const EpochRecord &r : records)
        kept.append(QCborArray{r.record, r.key});
    return db.transaction([&]() -> Status {
        if (Status s = Vault::setSecret(db, Vault::kOrgKey, key); !s)
            return s;
        if (Status s = storage::setLocalValue(db, u"org_epoch"_s, epoch); !s)
            return s;
        return Vault::setSecret(db, Vault::kOrgRotation, records.isEmpty() ? QByteArray() : QCborValue(kept).toCbor());
    });
}

Result<DeviceKeys> SyncKeys::deviceKeys(storage::Database &db)
{
    auto kept = keptPair(db, u"sign_public"_s, crypto_sign_PUBLICKEYBYTES, Vault::kDeviceSecret, crypto_sign_SECRETKEYBYTES, [] {
        QByteArray pk(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized), sk(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
        crypto_sign_keypair(reinterpret_cast<unsigned char *>(pk.data()), reinterpret_cast<unsigned char *>(sk.data()));
        return qMakePair(pk, sk);
    });
    if (!kept)
        return kept.error();
    return DeviceKeys{kept.value().first, kept.value().second};
}

Status SyncKeys::adopt(storage::Database &db, const Organisation &org, const QList<EpochRecord> &records,
                       const DeviceKeys &keys)
{
    if (Status s = requireUnlocked(db); !s)
        return s;
    return db.transaction([&]() -> Status {
        if (Status w = storage::setLocalValue(db, u"org_id"_s, org.id); !w)
            return w;
        if (Status w = replaceOrganisationKey(db, org.epoch, org.key, records); !w)
            return w;
        if (Status w = storage::setLocalValue(db, u"sign_public"_s, keys.publicKey); !w)
            return w;
        return Vault::setSecret(db, Vault::kDeviceSecret, keys.secretKey);
    });
}

} // namespace tamkeen::sync
