#pragma once
// Accounts: adding, deactivating and resetting users (administrators only, checked
// here and not only in the UI), and logging in with a growing delay after
// repeated failures.
#include "common/Result.h"
#include "security/PasswordHasher.h"
#include "security/Session.h"
#include "security/UserKeys.h"
#include "storage/SyncedWriter.h"

#include <functional>

namespace tamkeen::storage {
class Database;
}

namespace tamkeen::security {

struct UserRecord {
    QByteArray id;
    QString username;
    QString fullName;
    Role role = Role::FieldWorker;
    bool active = true;
    // Live accounts with this name (more than 1 after two copies made the same
    // one offline: none of them can log in until an administrator renames one).
    int sameName = 1;
};

struct NewUser {
    QString username;
    QString fullName;
    Role role = Role::FieldWorker;
    QString password;
};

class UserService {
    Q_DECLARE_TR_FUNCTIONS(UserService)
public:
    using Clock = std::function<qint64()>; // Unix milliseconds

    explicit UserService(storage::Database &db, HashCost cost = HashCost::standard(), Clock clock = {});

    Result<QList<UserRecord>> list();
    // The one live account with this name; refused (Conflict) when several share it.
    Result<UserRecord> findByName(const QString &username);

    Result<QByteArray> add(const Session &by, const NewUser &user);
    Status setActive(const Session &by, const QByteArray &userId, bool active);
    Status resetPassword(const Session &by, const QByteArray &userId, const QString &password);
    // Gives an account another name (how an administrator resolves a shared name);
    // validated like add, written as an ordinary synced change.
    Status rename(const Session &by, const QByteArray &userId, const QString &newName);
    // A user changes their own password: a new key pair, in a change signed by
    // their current key (a user may re-key themselves). Returns the session
    // with the new key, to use from now on.
    Result<Session> changeOwnPassword(const Session &self, const QString &current, const QString &password);

    // Checks the password and returns the session. Failures are counted per user
    // name; from the third, logins wait 5 s, then 10 s, 20 s … up to 5 minutes.
    // `openedKey`: the user's secret key, already opened with this password
    // from `openedWrapped` to unlock an encrypted file (FileKeys::unlock):
    // taken instead of a second Argon2id only if the account's wrapped key is
    // that same blob (a slot left behind by a password change opens nothing
    // here) and its public key matches.
    Result<Session> login(const QString &username, const QString &password, const QByteArray &openedKey = {},
                          const QByteArray &openedWrapped = {});
    // Milliseconds before the next attempt for this name is accepted (0 = now).
    qint64 lockoutRemaining(const QString &username);

    // Validation shared with setup: returns an error naming the bad field.
    Status validate(const NewUser &user, bool checkTaken = true);
    Status validateUsername(const QString &username, bool checkTaken = true);
    // Writes the user without a permission check (used by setup for the first
    // administrator); call inside a transaction. The user's key pair is `keys`
    // when given (made from the same password), else a new one. The writing
    // connection must hold the signing key of its current user (the
    // administrator, or the new user itself for the organisation's root).
    Result<QByteArray> insertUser(const NewUser &user, const QByteArray &id = {}, const UserKeyPair *keys = nullptr);
    // A new key pair for `password` at this service's cost.
    Result<UserKeyPair> makeKeys(const QString &password) const;

    // Makes `session` the author of this connection's changes, with its key.
    void actAs(const Session &session);

    static QString normalizeUsername(const QString &name);
    // Why `count` accounts named `name` cannot log in (translated).
    static QString sharedNameMessage(const QString &name, int count);
    static qint64 lockoutDelayMs(int failures);

private:
    Status requireAdministrator(const Session &by);
    Status recordFailure(const QString &username);
    Status clearFailures(const QString &username);
    Result<qint64> activeAdministrators();
    Result<QList<UserRecord>> named(const QString &username);
    Status refuseSharedName(const QString &name, const QList<UserRecord> &accounts, const QString &password);

    storage::Database &m_db;
    storage::SyncedWriter m_writer;
    HashCost m_cost;
    PasswordHasher m_hasher;
    Clock m_clock;
};

} // namespace tamkeen::security
