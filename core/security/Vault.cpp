#include "security/Vault.h"

#include "security/Sodium.h"
#include "security/UserKeys.h"
#include "storage/Database.h"
#include "storage/LocalState.h"

#include <QHash>
#include <functional>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace tamkeen::security {

namespace {

// In local_state: "vault:check" (an empty secret: opens with the right key
// only), "vault:NAME" for each secret, "vault_seal:HEX" for each user (HEX:
// the user id). A secret is nonce | XChaCha20-Poly1305 of the value, with
// "TAMKVAULT1" and its name as associated data (a sealed value cannot be
// passed off as another). A seal is the user's Ed25519 public key it was made
// for | crypto_box_seal of the vault key to that key as X25519.
const QString kCheck = u"check"_s;
const QString kSealPrefix = u"vault_seal:"_s;
constexpr qsizetype kKeyBytes = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
constexpr qsizetype kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr qsizetype kSealBytes = crypto_sign_PUBLICKEYBYTES + crypto_box_SEALBYTES + kKeyBytes;

QString storedName(const QString &name) { return u"vault:"_s + name; }
QString sealName(const QByteArray &userId) { return kSealPrefix + QString::fromLatin1(userId.toHex()); }
QByteArray associated(const QString &name) { return "TAMKVAULT1" + name.toUtf8(); }

const unsigned char *bytes(const QByteArray &b) { return reinterpret_cast<const unsigned char *>(b.constData()); }
unsigned char *bytes(QByteArray &b) { return reinterpret_cast<unsigned char *>(b.data()); }

QByteArray encrypt(const QByteArray &key, const QString &name, const QByteArray &value)
{
    QByteArray out(kNonceBytes + value.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, Qt::Uninitialized);
    randombytes_buf(out.data(), kNonceBytes); // a fresh nonce for every write
    const QByteArray ad = associated(name);
    crypto_aead_xchacha20poly1305_ietf_encrypt(bytes(out) + kNonceBytes, nullptr, bytes(value), quint64(value.size()),
                                               bytes(ad), quint64(ad.size()), nullptr, bytes(out), bytes(key));
    return out;
}

// False when the key or the bytes are not the ones it was sealed with.
bool decrypt(const QByteArray &key, const QString &name, const QByteArray &sealed, QByteArray &value)
{
    if (sealed.size() < kNonceBytes + qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES) || key.size() != kKeyBytes)
        return false;
    value.resize(sealed.size() - kNonceBytes - crypto_aead_xchacha20poly1305_ietf_ABYTES);
    const QByteArray ad = associated(name);
    return crypto_aead_xchacha20poly1305_ietf_decrypt(bytes(value), nullptr, nullptr, bytes(sealed) + kNonceBytes,
                                                      quint64(sealed.size() - kNonceBytes), bytes(ad), quint64(ad.size()),
                                                      bytes(sealed), bytes(key))
           == 0;
}

QByteArray sealTo(const QByteArray &publicKey, const QByteArray &vaultKey)
{
    unsigned char x25519[crypto_box_PUBLICKEYBYTES];
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || crypto_sign_ed25519_pk_to_curve25519(x25519, bytes(publicKey)) != 0)
        return {};
    QByteArray seal = publicKey;
    seal.resize(kSealBytes);
    crypto_box_seal(bytes(seal) + crypto_sign_PUBLICKEYBYTES, bytes(vaultKey), kKeyBytes, x25519);
    return seal;
}

// The vault key from a seal made for `secretKey`'s public key; empty when it
// was made for another key or does not open.
QByteArray openSeal(const QByteArray &seal, const QByteArray &secretKey)
{
    const QByteArray publicKey = UserKeys::publicKeyOf(secretKey);
    if (seal.size() != kSealBytes || publicKey.isEmpty() || !seal.startsWith(publicKey))
        return {};
    unsigned char xPublic[crypto_box_PUBLICKEYBYTES], xSecret[crypto_box_SECRETKEYBYTES];
    if (crypto_sign_ed25519_pk_to_curve25519(xPublic, bytes(publicKey)) != 0
        || crypto_sign_ed25519_sk_to_curve25519(xSecret, bytes(secretKey)) != 0)
        return {};
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    const int rc = crypto_box_seal_open(bytes(key), bytes(seal) + crypto_sign_PUBLICKEYBYTES,
                                        quint64(seal.size() - crypto_sign_PUBLICKEYBYTES), xPublic, xSecret);
    sodium_memzero(xSecret, sizeof xSecret);
    return rc == 0 ? key : QByteArray();
}

// Runs `work` in one transaction with SQLite's secure_delete on: the bytes it
// deletes or replaces are zeroed in the file, not left in its free space.
Status erasing(storage::Database &db, const std::function<Status()> &work)
{
    auto before = db.scalar(u"PRAGMA secure_delete"_s);
    if (!before)
        return before.error();
    if (Status s = db.execScript(u"PRAGMA secure_delete = 1"_s); !s)
        return s;
    Status s = db.transaction(work);
    (void)db.execScript(u"PRAGMA secure_delete = %1"_s.arg(before.value().toInt()));
    return s;
}

// Secrets a version before the vault kept in clear go into it, and their
// clear bytes out of the file: the delete zeroes them, the checkpoint writes
// the zeroed pages back and empties the log (-wal) that held them.
Status moveClearSecrets(storage::Database &db)
{
    QList<QPair<QString, QByteArray>> clear;
    for (const QString &name : {Vault::kOrgKey, Vault::kDeviceSecret}) {
        auto v = storage::localValue(db, name);
        if (!v)
            return v.error();
        if (!v.value().isNull())
            clear.append({name, v.value().toByteArray()});
    }
    if (clear.isEmpty())
        return {};
    Status s = erasing(db, [&]() -> Status {
        for (const auto &[name, value] : clear) {
            if (Status w = Vault::setSecret(db, name, value); !w) // a clear value is the latest written
                return w;
            if (Status w = db.write(u"DELETE FROM local_state WHERE key = ?"_s, {name}); !w)
                return w;
        }
        return {};
    });
    for (auto &[name, value] : clear)
        sodium_memzero(value.data(), size_t(value.size()));
    if (!s)
        return s;
    Vault::flush(db);
    return {};
}

} // namespace

bool Vault::isUnlocked(const storage::Database &db) { return !db.vaultKey().isEmpty(); }

void Vault::flush(storage::Database &db)
{
    if (!db.inTransaction()) {
        const auto hold = db.holdCheckpoints();
        (void)db.execScript(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }
}

void Vault::lock(storage::Database &db) { db.setVaultKey({}); }

Status Vault::create(storage::Database &db)
{
    ensureSodium();
    auto check = storage::localValue(db, storedName(kCheck));
    if (!check)
        return check.error();
    if (!check.value().isNull())
        return makeError(ErrorCode::Conflict, tr("This database already has its keys."));
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    crypto_aead_xchacha20poly1305_ietf_keygen(bytes(key));
    db.setVaultKey(key);
    if (Status s = setSecret(db, kCheck, {}); !s) {
        lock(db);
        return s;
    }
    return {};
}

Status Vault::unlock(storage::Database &db, const QByteArray &userId, const QByteArray &userSecretKey)
{
    ensureSodium();
    if (userSecretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {}; // an account from before user keys cannot open it
    if (!isUnlocked(db)) {
        auto check = storage::localValue(db, storedName(kCheck));
        if (!check)
            return check.error();
        if (check.value().isNull()) {
            // A file from before the vault: the first user who logs in makes it.
            if (Status s = db.transaction([&] { return create(db); }); !s) {
                lock(db);
                return s;
            }
        } else {
            auto seal = storage::localValue(db, sealName(userId));
            if (!seal)
                return seal.error();
            QByteArray key = openSeal(seal.value().toByteArray(), userSecretKey), none;
            if (key.isEmpty() || !decrypt(key, kCheck, check.value().toByteArray(), none)) {
                sodium_memzero(key.data(), size_t(key.size()));
                return {}; // no seal for this user's current key: locked
            }
            db.setVaultKey(key);
        }
    }
    if (Status s = moveClearSecrets(db); !s)
        return s;
    return sealForUsers(db);
}

Result<QByteArray> Vault::secret(storage::Database &db, const QString &name)
{
    if (!isUnlocked(db))
        return makeError(ErrorCode::PermissionDenied, tr("This computer's keys are locked: log in first."));
    auto stored = storage::localValue(db, storedName(name));
    if (!stored)
        return stored.error();
    if (stored.value().isNull())
        return QByteArray();
    QByteArray value;
    if (!decrypt(db.vaultKey(), name, stored.value().toByteArray(), value))
        return makeError(ErrorCode::Corrupt, tr("This computer's keys are damaged. Restore the database from a backup, "
                                                "or ask an administrator to enrol this computer again."));
    return value;
}

Status Vault::setSecret(storage::Database &db, const QString &name, const QByteArray &value)
{
    ensureSodium();
    if (!isUnlocked(db))
        return makeError(ErrorCode::PermissionDenied, tr("This computer's keys are locked: log in first."));
    return storage::setLocalValue(db, storedName(name), encrypt(db.vaultKey(), name, value));
}

Status Vault::sealForUsers(storage::Database &db)
{
    if (!isUnlocked(db))
        return {};
    ensureSodium();
    QHash<QString, QByteArray> wanted; // seal name -> the user's public key
    Status s = db.read(u"SELECT id, public_key FROM users WHERE deleted = 0 AND active = 1 AND length(public_key) = ?"_s,
                       {int(crypto_sign_PUBLICKEYBYTES)},
                       [&](const storage::RawRow &r) { wanted.insert(sealName(r.blob(0)), r.blob(1)); });
    if (!s)
        return s;
    QHash<QString, QByteArray> kept; // seal name -> the public key it was made for
    s = db.read(u"SELECT key, substr(value, 1, ?) FROM local_state WHERE key GLOB 'vault_seal:*'"_s,
                {int(crypto_sign_PUBLICKEYBYTES)}, [&](const storage::RawRow &r) { kept.insert(r.text(0), r.blob(1)); });
    if (!s)
        return s;
    QStringList stale;
    for (auto it = kept.cbegin(); it != kept.cend(); ++it)
        if (!wanted.contains(it.key()))
            stale << it.key();
    QList<QString> missing;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it)
        if (kept.value(it.key()) != it.value())
            missing << it.key();
    if (stale.isEmpty() && missing.isEmpty())
        return {};
    bool replaced = !stale.isEmpty();
    for (const QString &name : std::as_const(missing))
        replaced = replaced || kept.contains(name);
    // A seal replaced (a new key) or removed (a deactivated user) leaves no
    // bytes behind that the old key could still open.
    Status erased = erasing(db, [&]() -> Status {
        for (const QString &name : std::as_const(missing)) {
            const QByteArray seal = sealTo(wanted.value(name), db.vaultKey());
            if (seal.isEmpty())
                continue; // not a valid key: nobody can log in with it anyway
            if (Status w = storage::setLocalValue(db, name, seal); !w)
                return w;
        }
        for (const QString &name : std::as_const(stale))
            if (Status w = db.write(u"DELETE FROM local_state WHERE key = ?"_s, {name}); !w)
                return w;
        return {};
    });
    if (erased && replaced)
        flush(db); // inside a caller's transaction: the caller flushes after it
    return erased;
}

} // namespace tamkeen::security
