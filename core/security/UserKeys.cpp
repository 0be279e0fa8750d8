#include "security/UserKeys.h"

#include "security/PasswordRules.h"
#include "security/Sodium.h"

#include <QtEndian>
#include <sodium.h>

namespace tamkeen::security {

namespace {

// "TKUK" 1 | opslimit (8, big-endian) | memlimit (8) | salt | nonce | sealed secret key
constexpr char kMagic[5] = {'T', 'K', 'U', 'K', 1};
constexpr qsizetype kHeader = 5 + 8 + 8 + crypto_pwhash_SALTBYTES + crypto_secretbox_NONCEBYTES;
constexpr qsizetype kSealed = crypto_sign_SECRETKEYBYTES + crypto_secretbox_MACBYTES;

bool stretch(unsigned char *key, const QString &password, const unsigned char *salt, quint64 ops, quint64 mem)
{
    QByteArray utf8 = password.toUtf8(); // one of PasswordRules::forms
    const int rc = crypto_pwhash(key, crypto_secretbox_KEYBYTES, utf8.constData(), quint64(utf8.size()), salt, ops,
                                 size_t(mem), crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    return rc == 0;
}

const unsigned char *bytes(const QByteArray &b) { return reinterpret_cast<const unsigned char *>(b.constData()); }
unsigned char *bytes(QByteArray &b) { return reinterpret_cast<unsigned char *>(b.data()); }

} // namespace

Result<UserKeyPair> UserKeys::make(const QString &password, HashCost cost)
{
    ensureSodium();
    UserKeyPair pair;
    pair.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    pair.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(bytes(pair.publicKey), bytes(pair.secretKey));

    QByteArray blob(kHeader + kSealed, Qt::Uninitialized);
    unsigned char *p = bytes(blob);
    memcpy(p, kMagic, 5);
    qToBigEndian<quint64>(cost.opsLimit, p + 5);
    qToBigEndian<quint64>(quint64(cost.memLimit), p + 13);
    unsigned char *salt = p + 21;
    unsigned char *nonce = salt + crypto_pwhash_SALTBYTES;
    randombytes_buf(salt, crypto_pwhash_SALTBYTES);
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    unsigned char key[crypto_secretbox_KEYBYTES];
    if (!stretch(key, PasswordRules::normalized(password), salt, cost.opsLimit, cost.memLimit))
        return makeError(ErrorCode::Io,
                         PasswordHasher::tr("Not enough memory to protect the password. Close other programs and try again."));
    crypto_secretbox_easy(p + kHeader, bytes(pair.secretKey), crypto_sign_SECRETKEYBYTES, nonce, key);
    sodium_memzero(key, sizeof key);
    pair.wrapped = blob;
    return pair;
}

Result<QByteArray> UserKeys::unwrap(const QByteArray &wrapped, const QString &password)
{
    ensureSodium();
    const auto damaged = [] {
        return makeError(ErrorCode::Invalid, tr("This account's key is damaged. Ask an administrator to reset the password."));
    };
    if (wrapped.size() != kHeader + kSealed || memcmp(wrapped.constData(), kMagic, 5) != 0)
        return damaged();
    const unsigned char *p = bytes(wrapped);
    const quint64 ops = qFromBigEndian<quint64>(p + 5);
    const quint64 mem = qFromBigEndian<quint64>(p + 13);
    // A blob synced from elsewhere must not make a login take minutes or all memory.
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > crypto_pwhash_OPSLIMIT_SENSITIVE || mem < crypto_pwhash_MEMLIMIT_MIN
        || mem > crypto_pwhash_MEMLIMIT_SENSITIVE)
        return damaged();
    const unsigned char *salt = p + 21;
    const unsigned char *nonce = salt + crypto_pwhash_SALTBYTES;
    QByteArray secret(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    // The normal form first; as typed for a key wrapped before normalisation.
    for (const QString &form : PasswordRules::forms(password)) {
        unsigned char key[crypto_secretbox_KEYBYTES];
        if (!stretch(key, form, salt, ops, mem))
            return makeError(ErrorCode::Io, PasswordHasher::tr("Not enough memory to protect the password. Close other "
                                                               "programs and try again."));
        const int rc = crypto_secretbox_open_easy(bytes(secret), p + kHeader, kSealed, nonce, key);
        sodium_memzero(key, sizeof key);
        if (rc == 0)
            return secret;
    }
    return makeError(ErrorCode::PermissionDenied, tr("The password does not open this account's key."));
}

QByteArray UserKeys::publicKeyOf(const QByteArray &secretKey)
{
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_ed25519_sk_to_pk(bytes(pk), bytes(secretKey));
    return pk;
}

QByteArray UserKeys::sign(const QByteArray &secretKey, const QByteArray &message)
{
    ensureSodium();
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    QByteArray sig(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(bytes(sig), nullptr, bytes(message), quint64(message.size()), bytes(secretKey));
    return sig;
}

bool UserKeys::verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    ensureSodium();
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message), quint64(message.size()), bytes(publicKey)) == 0;
}

} // namespace tamkeen::security
