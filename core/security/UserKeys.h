#pragma once
// Every user's Ed25519 key pair (docs/trust.md): the public half travels in
// users.public_key, the secret half in users.wrapped_key, sealed with a key
// stretched from the user's password (Argon2id, then XSalsa20-Poly1305). The
// wrapped blob records its salt and cost, so costs can change later.
#include "common/Result.h"
#include "security/PasswordHasher.h"

#include <QByteArray>
#include <QCoreApplication>

namespace tamkeen::security {

struct UserKeyPair {
    QByteArray publicKey; // 32 bytes
    QByteArray secretKey; // 64 bytes
    QByteArray wrapped;   // the secret key sealed with the password
};

class UserKeys {
    Q_DECLARE_TR_FUNCTIONS(UserKeys)
public:
    // A new pair, its secret half wrapped with `password` at `cost`.
    static Result<UserKeyPair> make(const QString &password, HashCost cost);
    // The secret key; PermissionDenied when the password does not open it.
    static Result<QByteArray> unwrap(const QByteArray &wrapped, const QString &password);
    static QByteArray publicKeyOf(const QByteArray &secretKey);

    static QByteArray sign(const QByteArray &secretKey, const QByteArray &message);
    static bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);
};

} // namespace tamkeen::security
