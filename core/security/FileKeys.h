#pragma once
// The key slots of an encrypted database (docs/encryption.md): the database's
// random key sealed to each active user's own key (their Ed25519 key as
// X25519, a libsodium sealed box), beside the user's password-wrapped secret
// key (as in users.wrapped_key), so that a login opens the file before
// anything in it can be read; and one slot for the organisation's recovery
// key (its public half is an organisation setting; the secret, shown once). They live in the file's header, outside SQLite's pages.
#include "common/Result.h"
#include "security/Session.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

struct sqlite3;

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::security {

struct Unlocked {
    QByteArray fileId;
    QByteArray userSecretKey; // empty for the recovery key
    QByteArray wrappedKey;    // the slot's copy of users.wrapped_key it was opened from
};

class FileKeys {
    Q_DECLARE_TR_FUNCTIONS(FileKeys)
public:
    // Whether the file at `path` is an encrypted Tamkeen database whose key
    // this process does not hold yet (a login must open it first).
    static bool isLocked(const QString &path);
    static bool isEncrypted(const QString &path);

    // Opens the file's key with a user's password: one Argon2id, which also
    // checks the password. An unknown user costs the same time as a known one.
    // PermissionDenied: wrong name or password (one message for both).
    static Result<Unlocked> unlock(const QString &path, const QString &username, const QString &password);
    // Opens it with the recovery key shown at setup.
    static Result<Unlocked> unlockWithRecoveryKey(const QString &path, const QString &recoveryKey);
    // Forgets the file's key in this process (after its connections closed).
    static void lock(const QString &path);

    // Writes the user slots to match the database's active users with a key:
    // a new user's slot, a changed password's, a deactivated user's removed.
    // Run after every commit that changed users (Database does so). Nothing to
    // do on a plain file.
    static Status refreshSlots(storage::Database &db);
    // A new recovery key for the whole organisation, replacing the previous
    // one: its public half becomes an organisation setting (an administrator's
    // change, which syncs), and every copy that has it seals its database key
    // to it. Returns the secret half, to show once and print.
    static Result<QString> makeRecoveryKey(storage::Database &db, const Session &by);
    static bool hasRecoveryKey(storage::Database &db);
    // The user names (normalised) that have a slot: for tests and `check`.
    static int userSlotCount(storage::Database &db);

    // The same on a raw connection to an encrypted file whose key is open
    // (the conversion's copy, before it takes the database's name): the
    // number of slots it holds afterwards.
    static Result<int> writeSlots(::sqlite3 *raw);
    // How many slots (users' and recovery) the file at `path` holds; 0 for a plain file.
    static int slotCount(const QString &path);
};

} // namespace tamkeen::security
