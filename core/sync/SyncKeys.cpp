#include "sync/SyncKeys.h"

#include "security/Sodium.h"
#include "storage/Database.h"

#include <QFile>
#include <QSaveFile>
#include <QtEndian>
#include <functional>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace tamkeen::sync {

namespace {

constexpr char kKeyMagic[8] = {'T', 'A', 'M', 'K', 'O', 'R', 'G', '1'};
// Marks a copy that made or used an old key file (see SyncKeys::joinedByKeyFile).
const QString kLegacyJoin = QStringLiteral("org_key_file");
constexpr qsizetype kSecretLength = 16 + crypto_secretstream_xchacha20poly1305_KEYBYTES;

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

bool SyncKeys::joinedByKeyFile(storage::Database &db)
{
    auto v = localValue(db, kLegacyJoin);
    return v && !v.value().isEmpty();
}

Status SyncKeys::exportKeyFile(storage::Database &db, const QString &path, const QString &passphrase, KdfCost cost)
{
    if (passphrase.size() < kMinPassphrase)
        return makeError(ErrorCode::Invalid,
                         tr("Choose a passphrase of at least %1 characters for the key file.").arg(kMinPassphrase),
                         u"passphrase"_s);
    auto org = organisation(db);
    if (!org)
        return org.error();
    const quint64 ops = cost == KdfCost::Standard ? crypto_pwhash_OPSLIMIT_MODERATE : crypto_pwhash_OPSLIMIT_MIN;
    const quint64 mem = cost == KdfCost::Standard ? crypto_pwhash_MEMLIMIT_MODERATE : crypto_pwhash_MEMLIMIT_MIN;
    const QByteArray salt = randomBytes(crypto_pwhash_SALTBYTES);
    const QByteArray nonce = randomBytes(crypto_secretbox_NONCEBYTES);
    const QByteArray pass = passphrase.toUtf8();
    unsigned char key[crypto_secretbox_KEYBYTES];
    if (crypto_pwhash(key, sizeof key, pass.constData(), quint64(pass.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), ops, size_t(mem),
                      crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return makeError(ErrorCode::Io, tr("Not enough memory to protect the key file. Close other programs and try again."));
    const QByteArray secret = org.value().id + org.value().key;
    QByteArray sealed(secret.size() + crypto_secretbox_MACBYTES, Qt::Uninitialized);
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(sealed.data()),
                          reinterpret_cast<const unsigned char *>(secret.constData()), quint64(secret.size()),
                          reinterpret_cast<const unsigned char *>(nonce.constData()), key);
    sodium_memzero(key, sizeof key);
    QByteArray file(kKeyMagic, sizeof kKeyMagic);
    QByteArray limits(16, Qt::Uninitialized);
    qToBigEndian(ops, limits.data());
    qToBigEndian(mem, limits.data() + 8);
    file += salt + limits + nonce + sealed;
    // Written beside the final name and renamed when complete (QSaveFile).
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(file) != file.size() || !out.commit())
        return makeError(ErrorCode::Io, tr("The key file cannot be written to %1: %2").arg(path, out.errorString()));
    return setLocal(db, kLegacyJoin, QByteArray("1"));
}

Status SyncKeys::join(storage::Database &db, const QString &path, const QString &passphrase)
{
    security::ensureSodium();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("The key file %1 cannot be read: %2").arg(path, f.errorString()));
    const QByteArray file = f.read(4096);
    const qsizetype expected = qsizetype(sizeof kKeyMagic) + crypto_pwhash_SALTBYTES + 16 + crypto_secretbox_NONCEBYTES
                               + kSecretLength + crypto_secretbox_MACBYTES;
    if (file.size() != expected || !file.startsWith(QByteArray(kKeyMagic, sizeof kKeyMagic)))
        return makeError(ErrorCode::NotTamkeenFile, tr("%1 is not a Tamkeen organisation key file.").arg(path));
    qsizetype at = sizeof kKeyMagic;
    const QByteArray salt = file.mid(at, crypto_pwhash_SALTBYTES);
    at += crypto_pwhash_SALTBYTES;
    const quint64 ops = qFromBigEndian<quint64>(file.constData() + at);
    const quint64 mem = qFromBigEndian<quint64>(file.constData() + at + 8);
    at += 16;
    const QByteArray nonce = file.mid(at, crypto_secretbox_NONCEBYTES);
    at += crypto_secretbox_NONCEBYTES;
    const QByteArray sealed = file.mid(at);
    // Limits outside libsodium's range mean a damaged (or hostile) file.
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > crypto_pwhash_OPSLIMIT_SENSITIVE || mem < crypto_pwhash_MEMLIMIT_MIN
        || mem > crypto_pwhash_MEMLIMIT_SENSITIVE)
        return makeError(ErrorCode::Corrupt, tr("The key file %1 is damaged.").arg(path));
    const QByteArray pass = passphrase.toUtf8();
    unsigned char key[crypto_secretbox_KEYBYTES];
    if (crypto_pwhash(key, sizeof key, pass.constData(), quint64(pass.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), ops, size_t(mem),
                      crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return makeError(ErrorCode::Io, tr("Not enough memory to open the key file. Close other programs and try again."));
    QByteArray secret(kSecretLength, Qt::Uninitialized);
    const int opened = crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(secret.data()),
                                                  reinterpret_cast<const unsigned char *>(sealed.constData()),
                                                  quint64(sealed.size()),
                                                  reinterpret_cast<const unsigned char *>(nonce.constData()), key);
    sodium_memzero(key, sizeof key);
    if (opened != 0)
        return makeError(ErrorCode::Invalid, tr("The passphrase does not open this key file."), u"passphrase"_s);
    const QByteArray orgId = secret.left(16);
    auto current = localValue(db, u"org_id"_s);
    if (!current)
        return current.error();
    auto exchanged = db.scalar(u"SELECT count(*) FROM sync_history WHERE refused IS NULL"_s);
    if (!exchanged)
        return exchanged.error();
    if (!current.value().isEmpty() && current.value() != orgId && exchanged.value().toLongLong() > 0)
        return makeError(ErrorCode::Conflict, tr("This installation already exchanges data with another organisation "
                                                 "and cannot join a second one."));
    return db.transaction([&]() -> Status {
        if (Status w = setLocal(db, u"org_id"_s, orgId); !w)
            return w;
        if (Status w = setLocal(db, kLegacyJoin, QByteArray("1")); !w)
            return w;
        return setLocal(db, u"org_key"_s, secret.mid(16));
    });
}

} // namespace tamkeen::sync
