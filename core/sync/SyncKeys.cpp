#include "sync/SyncKeys.h"

#include "security/Sodium.h"
#include "storage/Database.h"

#include <functional>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace tamkeen::sync {

namespace {

Result<QByteArray> localValue(storage::Database &db, const QString &key)
{
    auto v = db.scalar(u"SELECT value FROM local_state WHERE key = ?"_s, {key});
    if (!v)
        return v.error();
    return v.value().toByteArray();
}

Status setLocal(storage::Database &db, const QString &key, const QByteArray &value)
{
    auto q = db.exec(u"INSERT INTO local_state(key, value) VALUES (?, ?) "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s,
                     {key, value});
    if (!q)
        return q.error();
    return {};
}

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
    auto first = localValue(db, firstKey);
    if (!first)
        return first.error();
    auto second = localValue(db, secondKey);
    if (!second)
        return second.error();
    if (first.value().size() == firstSize && second.value().size() == secondSize)
        return qMakePair(first.value(), second.value());
    const QPair<QByteArray, QByteArray> made = make();
    Status s = db.transaction([&]() -> Status {
        if (Status w = setLocal(db, firstKey, made.first); !w)
            return w;
        return setLocal(db, secondKey, made.second);
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
