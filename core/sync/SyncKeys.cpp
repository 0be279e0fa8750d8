#include "sync/SyncKeys.h"

#include "security/Sodium.h"
#include "storage/Database.h"
#include "storage/LocalState.h"

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
    return Organisation{kept.value().first, kept.value().second};
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
