#pragma once
// Keys at rest (docs/trust.md, "Keys at rest"): the secrets this copy keeps
// for sync (the organisation key, the device's signing key) are stored in
// local_state sealed with a random vault key, and the vault key is sealed to
// every active user's own key (their Ed25519 key as X25519, libsodium sealed
// boxes). Logging in opens the user's seal: a copy of the file without a
// password reads none of the secrets. The open vault key lives in memory only
// (Database::vaultKey), like the users' signing keys.
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::security {

class Vault {
    Q_DECLARE_TR_FUNCTIONS(Vault)
public:
    // The secrets' names; also the local_state keys they had in clear before
    // the vault (moved into it at the first unlock).
    static inline const QString kOrgKey = QStringLiteral("org_key");
    static inline const QString kDeviceSecret = QStringLiteral("sign_secret");
    // The current rotation records with the keys they gave this device
    // (sync/Rotation); never in clear.
    static inline const QString kOrgRotation = QStringLiteral("org_rotation");

    // Opens the vault with a logged-in user's Ed25519 secret key; on a file
    // that has no vault yet, makes one (and moves clear secrets into it). Then
    // seals it for the users who lack a seal. A user with no seal (or an old
    // one) leaves the file locked, which is no error: only the database's own
    // failures are.
    static Status unlock(storage::Database &db, const QByteArray &userId, const QByteArray &userSecretKey);
    static bool isUnlocked(const storage::Database &db);
    static void lock(storage::Database &db);
    // A new, empty vault, unlocked: for a new organisation and an enrolment,
    // inside their transaction (lock() if it rolls back). Conflict when the
    // file has a vault.
    static Status create(storage::Database &db);

    // A secret by name: empty when there is none; PermissionDenied when locked.
    static Result<QByteArray> secret(storage::Database &db, const QString &name);
    static Status setSecret(storage::Database &db, const QString &name, const QByteArray &value);

    // Seals the vault key to every active user whose current public key has
    // no seal yet, and erases the seals of users who are no longer active (or
    // whose key changed). Nothing to do when locked.
    static Status sealForUsers(storage::Database &db);
    // The erased bytes are zeroed in the pages a transaction wrote, but the
    // write-ahead log (-wal) still holds the pages as they were: after a
    // transaction that erased seals, this writes the pages into the file and
    // empties the log. Outside any transaction; best effort (a reader on
    // another connection leaves it to a later checkpoint).
    static void flush(storage::Database &db);
};

} // namespace tamkeen::security
