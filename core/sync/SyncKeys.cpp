#include "sync/SyncKeys.h"

#include "security/Sodium.h"
#include "storage/Database.h"
#include "storage/LocalState.h"

#include <QCborArray>
#include <QCborValue>
#include <functional>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace tamkeen::sync {

namespace {

QByteArray randomBytes(qsizetype n)
{
    QByteArray b(n, Qt::Uninitialized);
    randombytes_buf(b.data(), size_t(n));
    return b;
}

// Two values kept together in local_state: read as they are when both have the
// expected sizes, else made by `make` and stored in one transaction.
Result<QPair<QByteArray, QByteArray>> keptPair(storage::Database &db, const QString &firstKey, qsizetype firstSize,
                                               const QString &secondKey, qsizetype secondSize,
                                               const std::function<QPair<QByteArray, QByteArray>()> &make)
{
    security::ensureSodium();
    auto first = storage::localValue(db, firstKey);
    if (!first)
        return first.error();
    auto second = storage::localValue(db, secondKey);
    if (!second)
        return second.error();
    const QByteArray a = first.value().toByteArray(), b = second.value().toByteArray();
    if (a.size() == firstSize && b.size() == secondSize)
        return qMakePair(a, b);
    const QPair<QByteArray, QByteArray> made = make();
    Status s = db.transaction([&]() -> Status {
        if (Status w = storage::setLocalValue(db, firstKey, made.first); !w)
            return w;
        return storage::setLocalValue(db, secondKey, made.second);
    });
    if (!s)
        return s.error();
    return made;
}

} // namespace

Result<Organisation> SyncKeys::organisation(storage::Database &db)
{
    auto kept = keptPair(db, u"org_id"_s, 16, u"org_key"_s, crypto_secretstream_xchacha20poly1305_KEYBYTES, [] {
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

// local_state org_rotation: CBOR [[record, key], …]; org_key holds the key
// derived from them, org_epoch their epoch.
Result<QList<EpochRecord>> SyncKeys::epochRecords(storage::Database &db)
{
    auto kept = storage::localValue(db, u"org_rotation"_s);
    if (!kept)
        return kept.error();
    QList<EpochRecord> records;
    for (const QCborValue &v : QCborValue::fromCbor(kept.value().toByteArray()).toArray()) {
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
    QCborArray kept;
    for (const EpochRecord &r : records)
        kept.append(QCborArray{r.record, r.key});
    return db.transaction([&]() -> Status {
        // TODO(vault): org_key and org_rotation are secrets, to be kept wrapped like sign_secret.
        if (Status s = storage::setLocalValue(db, u"org_key"_s, key); !s)
            return s;
        if (Status s = storage::setLocalValue(db, u"org_epoch"_s, epoch); !s)
            return s;
        return storage::setLocalValue(db, u"org_rotation"_s,
                                      records.isEmpty() ? QVariant() : QVariant(QCborValue(kept).toCbor()));
    });
}

Result<DeviceKeys> SyncKeys::deviceKeys(storage::Database &db)
{
    auto kept = keptPair(db, u"sign_public"_s, crypto_sign_PUBLICKEYBYTES, u"sign_secret"_s, crypto_sign_SECRETKEYBYTES, [] {
        QByteArray pk(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized), sk(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
        crypto_sign_keypair(reinterpret_cast<unsigned char *>(pk.data()), reinterpret_cast<unsigned char *>(sk.data()));
        return qMakePair(pk, sk);
    });
    if (!kept)
        return kept.error();
    return DeviceKeys{kept.value().first, kept.value().second};
}

} // namespace tamkeen::sync
