#include "security/UserService.h"

#include "clinic/ClinicalKeys.h"

#include "security/PasswordRules.h"

#include "security/AuditLog.h"
#include "security/Vault.h"
#include "storage/Database.h"
#include "text/Digits.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tamkeen::security {

namespace {
constexpr int kFreeFailures = 2;          // the third failure starts the delay
constexpr qint64 kFirstDelayMs = 5'000;
constexpr qint64 kMaxDelayMs = 5 * 60'000;
} // namespace

UserService::UserService(storage::Database &db, HashCost cost, Clock clock)
    : m_db(db), m_writer(db), m_cost(cost), m_hasher(cost),
      m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{
}

QString UserService::normalizeUsername(const QString &name)
{
    return text::toAsciiDigits(name.trimmed()).toLower();
}

QString UserService::sharedNameMessage(const QString &name, int count)
{
    // The name keeps its Latin order and digits inside an Arabic sentence.
    const QString shown = text::isolate(name);
    if (count == 2)
        return tr("Two accounts are named %1. An administrator must rename one before either can log in.").arg(shown);
    return tr("%n accounts are named %1. An administrator must rename all but one before any of them can log in.",
              nullptr, count)
        .arg(shown);
}

qint64 UserService::lockoutDelayMs(int failures)
{
    if (failures <= kFreeFailures)
        return 0;
    const int doublings = std::min(failures - kFreeFailures - 1, 16);
    return std::min(kFirstDelayMs << doublings, kMaxDelayMs);
}

Result<QList<UserRecord>> UserService::list()
{
    auto q = m_db.exec(u"SELECT id, username, full_name, role, active FROM users WHERE deleted = 0 ORDER BY username"_s);
    if (!q)
        return q.error();
    QList<UserRecord> users;
    while (q.value()->next()) {
        UserRecord u;
        u.id = q.value()->value(0).toByteArray();
        u.username = q.value()->value(1).toString();
        u.fullName = q.value()->value(2).toString();
        u.role = Roles::fromKey(q.value()->value(3).toString()).value_or(Role::FieldWorker);
        u.active = q.value()->value(4).toBool();
        users << u;
    }
    q.value()->finish();
    // Two copies offline can make the same name: both rows stay, marked.
    QHash<QString, int> counts;
    for (const UserRecord &u : std::as_const(users))
        ++counts[normalizeUsername(u.username)];
    for (UserRecord &u : users)
        u.sameName = counts.value(normalizeUsername(u.username));
    return users;
}

Result<QList<UserRecord>> UserService::named(const QString &username)
{
    auto all = list();
    if (!all)
        return all.error();
    const QString wanted = normalizeUsername(username);
    QList<UserRecord> found;
    for (const UserRecord &u : all.value()) {
        if (normalizeUsername(u.username) == wanted)
            found << u;
    }
    return found;
}

Result<UserRecord> UserService::findByName(const QString &username)
{
    auto found = named(username);
    if (!found)
        return found.error();
    const QString wanted = normalizeUsername(username);
    if (found.value().isEmpty())
        return makeError(ErrorCode::NotFound, tr("There is no user named %1.").arg(wanted), u"username"_s);
    // Never one of several: which one is meant is for an administrator to say.
    if (found.value().size() > 1)
        return makeError(ErrorCode::Conflict, sharedNameMessage(wanted, int(found.value().size())), u"username"_s);
    return found.value().first();
}

Status UserService::validate(const NewUser &user, bool checkTaken)
{
    if (Status s = validateUsername(user.username, checkTaken); !s)
        return s;
    if (user.fullName.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Enter the user's full name."), u"fullName"_s);
    if (const QString weak = PasswordHasher::weakness(user.password); !weak.isEmpty())
        return makeError(ErrorCode::Invalid, weak, u"password"_s);
    return {};
}

Status UserService::validateUsername(const QString &username, bool checkTaken)
{
    const QString name = normalizeUsername(username);
    if (name.size() < 3 || name.size() > 32)
        return makeError(ErrorCode::Invalid, tr("The user name must have 3 to 32 characters."), u"username"_s);
    for (QChar c : name) {
        if (!c.isLetterOrNumber() && c != u'.' && c != u'_' && c != u'-')
            return makeError(ErrorCode::Invalid,
                             tr("The user name may contain only letters, digits, dots, dashes and underscores."),
                             u"username"_s);
    }
    if (checkTaken) {
        auto existing = named(name);
        if (!existing)
            return existing.error();
        if (!existing.value().isEmpty())
            return makeError(ErrorCode::Conflict, tr("The user name %1 is already taken.").arg(name), u"username"_s);
    }
    return {};
}

Result<UserKeyPair> UserService::makeKeys(const QString &password) const
{
    return UserKeys::make(password, m_cost);
}

Result<QByteArray> UserService::insertUser(const NewUser &user, const QByteArray &id, const UserKeyPair *given)
{
    auto hash = m_hasher.hash(user.password);
    if (!hash)
        return hash.error();
    UserKeyPair keys;
    if (given) {
        keys = *given;
    } else {
        auto made = makeKeys(user.password);
        if (!made)
            return made.error();
        keys = made.value();
    }
    return m_writer.insert(u"users"_s, {{u"username"_s, normalizeUsername(user.username)},
                                        {u"full_name"_s, user.fullName.trimmed()},
                                        {u"role"_s, Roles::key(user.role)},
                                        {u"password_hash"_s, hash.value()},
                                        {u"public_key"_s, keys.publicKey},
                                        {u"wrapped_key"_s, keys.wrapped},
                                        {u"active"_s, 1}},
                           id);
}

Status UserService::requireAdministrator(const Session &by)
{
    if (!by.isAdministrator())
        return makeError(ErrorCode::PermissionDenied, tr("Only administrators can manage users."));
    return {};
}

Result<QByteArray> UserService::add(const Session &by, const NewUser &user)
{
    if (Status s = requireAdministrator(by); !s)
        return s.error();
    if (Status s = validate(user); !s)
        return s.error();
    QByteArray id;
    actAs(by);
    Status s = m_db.transaction([&]() -> Status {
        auto r = insertUser(user);
        if (!r)
            return r.error();
        id = r.value();
        if (Status a = AuditLog(m_db).record(by, u"account"_s, {},
                                             u"added %1 (%2)"_s.arg(normalizeUsername(user.username), Roles::key(user.role)));
            !a)
            return a;
        return Vault::sealForUsers(m_db); // the new account can open this copy's keys
    });
    if (!s)
        return s.error();
    return id;
}

Result<qint64> UserService::activeAdministrators()
{
    auto v = m_db.scalar(u"SELECT count(*) FROM users WHERE deleted = 0 AND active = 1 AND role = ?"_s,
                         {Roles::key(Role::Administrator)});
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

Status UserService::setActive(const Session &by, const QByteArray &userId, bool active)
{
    if (Status s = requireAdministrator(by); !s)
        return s;
    if (!active && userId == by.userId)
        return makeError(ErrorCode::Invalid, tr("You cannot deactivate your own account."));
    actAs(by);
    Status s = m_db.transaction([&]() -> Status {
        auto role = m_db.scalar(u"SELECT role FROM users WHERE id = ? AND deleted = 0"_s, {userId});
        if (!role)
            return role.error();
        if (role.value().isNull())
            return makeError(ErrorCode::NotFound, tr("This user no longer exists."));
        if (Status w = m_writer.update(u"users"_s, userId, {{u"active"_s, active ? 1 : 0}}); !w)
            return w;
        auto admins = activeAdministrators();
        if (!admins)
            return admins.error();
        if (admins.value() == 0)
            return makeError(ErrorCode::Invalid, tr("At least one administrator must stay active."));
        if (Status a = AuditLog(m_db).record(by, u"account"_s, {},
                                             u"%1 %2"_s.arg(active ? u"reactivated"_s : u"deactivated"_s,
                                                            QString::fromLatin1(userId.toHex())));
            !a)
            return a;
        return Vault::sealForUsers(m_db); // a deactivated account's seal is erased
    });
    Vault::flush(m_db);
    return s;
}

Status UserService::resetPassword(const Session &by, const QByteArray &userId, const QString &password)
{
    if (Status s = requireAdministrator(by); !s)
        return s;
    if (const QString weak = PasswordHasher::weakness(password); !weak.isEmpty())
        return makeError(ErrorCode::Invalid, weak, u"password"_s);
    auto hash = m_hasher.hash(password);
    if (!hash)
        return hash.error();
    // A reset re-keys the user: the old key stays locked with the old
    // password, and the new pair is signed in by the administrator.
    auto keys = makeKeys(password);
    if (!keys)
        return keys.error();
    actAs(by);
    Status s = m_db.transaction([&]() -> Status {
        auto exists = m_db.scalar(u"SELECT username FROM users WHERE id = ? AND deleted = 0"_s, {userId});
        if (!exists)
            return exists.error();
        if (exists.value().isNull())
            return makeError(ErrorCode::NotFound, tr("This user no longer exists."));
        if (Status w = m_writer.update(u"users"_s, userId,
                                       {{u"password_hash"_s, hash.value()},
                                        {u"public_key"_s, keys.value().publicKey},
                                        {u"wrapped_key"_s, keys.value().wrapped}});
            !w)
            return w;
        if (Status w = Vault::sealForUsers(m_db); !w) // a seal for the new key
            return w;
        if (Status a = AuditLog(m_db).record(by, u"account"_s, {}, u"reset the password of "_s + exists.value().toString());
            !a)
            return a;
        return clearFailures(exists.value().toString());
    });
    Vault::flush(m_db); // the old seal's bytes out of the log too
    if (s && userId == by.userId) { // an administrator who reset their own (e.g. an account from before user keys)
        m_db.setSigningKey(userId, keys.value().secretKey);
        return Vault::unlock(m_db, userId, keys.value().secretKey);
    }
    return s;
}

Status UserService::rename(const Session &by, const QByteArray &userId, const QString &newName)
{
    if (Status s = requireAdministrator(by); !s)
        return s;
    if (Status s = validateUsername(newName); !s)
        return s;
    actAs(by);
    return m_db.transaction([&]() -> Status {
        auto exists = m_db.scalar(u"SELECT count(*) FROM users WHERE id = ? AND deleted = 0"_s, {userId});
        if (!exists)
            return exists.error();
        if (exists.value().toInt() == 0)
            return makeError(ErrorCode::NotFound, tr("This user no longer exists."));
        return m_writer.update(u"users"_s, userId, {{u"username"_s, normalizeUsername(newName)}});
    });
}

Result<Session> UserService::changeOwnPassword(const Session &self, const QString &current, const QString &password)
{
    if (const QString weak = PasswordHasher::weakness(password); !weak.isEmpty())
        return makeError(ErrorCode::Invalid, weak, u"password"_s);
    auto row = m_db.exec(u"SELECT wrapped_key FROM users WHERE id = ? AND deleted = 0"_s, {self.userId});
    if (!row)
        return row.error();
    const bool found = row.value()->next();
    const QByteArray wrapped = found ? row.value()->value(0).toByteArray() : QByteArray();
    row.value()->finish();
    if (!found)
        return makeError(ErrorCode::NotFound, tr("This user no longer exists."));
    if (const qint64 wait = lockoutRemaining(self.username); wait > 0) {
        const int seconds = int((wait + 999) / 1000);
        return makeError(ErrorCode::Locked,
                         tr("Too many failed attempts. Wait %n second(s) and try again.", nullptr, seconds), u"current"_s);
    }
    // The current password opens the current key, which signs the change.
    auto currentKey = UserKeys::unwrap(wrapped, current);
    if (!currentKey) {
        if (currentKey.error().code == ErrorCode::PermissionDenied) {
            // Counted like a failed login: an unlocked window is no way to guess a password.
            if (Status f = recordFailure(self.username); !f)
                return f.error();
            return makeError(ErrorCode::PermissionDenied, tr("The current password is wrong."), u"current"_s);
        }
        return currentKey.error();
    }
    auto hash = m_hasher.hash(password);
    if (!hash)
        return hash.error();
    auto keys = makeKeys(password);
    if (!keys)
        return keys.error();
    Session signer = self;
    signer.signingKey = currentKey.value();
    actAs(signer);
    Status s = m_db.transaction([&]() -> Status {
        if (Status w = m_writer.update(u"users"_s, self.userId,
                                       {{u"password_hash"_s, hash.value()},
                                        {u"public_key"_s, keys.value().publicKey},
                                        {u"wrapped_key"_s, keys.value().wrapped}});
            !w)
            return w;
        if (Status a = AuditLog(m_db).record(signer, u"account"_s, {}, u"changed own password"_s); !a)
            return a;
        return Vault::sealForUsers(m_db); // a seal for the new key
    });
    Vault::flush(m_db);
    if (!s)
        return s.error();
    Session renewed = self;
    renewed.signingKey = keys.value().secretKey;
    actAs(renewed);
    return renewed;
}

qint64 UserService::lockoutRemaining(const QString &username)
{
    auto q = m_db.exec(u"SELECT failures, last_failure_ms FROM login_failures WHERE username = ?"_s,
                       {normalizeUsername(username)});
    if (!q || !q.value()->next())
        return 0;
    const int failures = q.value()->value(0).toInt();
    const qint64 last = q.value()->value(1).toLongLong();
    q.value()->finish();
    const qint64 until = last + lockoutDelayMs(failures);
    return std::max<qint64>(0, until - m_clock());
}

Status UserService::recordFailure(const QString &username)
{
    auto q = m_db.exec(u"INSERT INTO login_failures(username, failures, last_failure_ms) VALUES (?, 1, ?) "
                       "ON CONFLICT(username) DO UPDATE SET failures = failures + 1, last_failure_ms = excluded.last_failure_ms"_s,
                       {username, m_clock()});
    if (!q)
        return q.error();
    return {};
}

Status UserService::clearFailures(const QString &username)
{
    auto q = m_db.exec(u"DELETE FROM login_failures WHERE username = ?"_s, {username});
    if (!q)
        return q.error();
    return {};
}

// A shared name never logs in. Only someone who knows the password of one of
// the accounts learns why; anyone else gets the usual wrong-password answer.
Status UserService::refuseSharedName(const QString &name, const QList<UserRecord> &accounts, const QString &password)
{
    bool knows = false;
    for (const UserRecord &u : accounts) {
        auto q = m_db.exec(u"SELECT password_hash, wrapped_key FROM users WHERE id = ?"_s, {u.id});
        if (!q)
            return q.error();
        if (!knows && q.value()->next()) {
            // The password is checked as login checks it: by the wrapped key when there is one.
            const QByteArray wrapped = q.value()->value(1).toByteArray();
            knows = wrapped.isEmpty() ? m_hasher.verify(q.value()->value(0).toString(), password)
                                      : UserKeys::unwrap(wrapped, password).ok();
        }
        q.value()->finish();
    }
    if (!knows) {
        if (Status s = recordFailure(name); !s)
            return s;
        return makeError(ErrorCode::PermissionDenied, tr("The user name or password is wrong."), u"password"_s);
    }
    return makeError(ErrorCode::Conflict, sharedNameMessage(name, int(accounts.size())), u"username"_s);
}

Result<Session> UserService::login(const QString &username, const QString &password, const QByteArray &openedKey,
                                   const QByteArray &openedWrapped)
{
    const QString name = normalizeUsername(username);
    if (name.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Enter your user name."), u"username"_s);
    if (const qint64 wait = lockoutRemaining(name); wait > 0) {
        const int seconds = int((wait + 999) / 1000);
        return makeError(ErrorCode::Locked,
                         tr("Too many failed attempts. Wait %n second(s) and try again.", nullptr, seconds));
    }
    auto accounts = named(name);
    if (!accounts)
        return accounts.error();
    if (accounts.value().size() > 1)
        return refuseSharedName(name, accounts.value(), password).error();
    const QByteArray id = accounts.value().isEmpty() ? QByteArray() : accounts.value().first().id;
    auto q = m_db.exec(u"SELECT id, full_name, role, password_hash, active, public_key, wrapped_key FROM users "
                       "WHERE id = ? AND deleted = 0"_s,
                       {id});
    if (!q)
        return q.error();
    const bool found = q.value()->next();
    Session session;
    QString hash;
    bool active = false;
    QByteArray publicKey, wrapped;
    if (found) {
        session.userId = q.value()->value(0).toByteArray();
        session.username = name;
        session.fullName = q.value()->value(1).toString();
        session.role = Roles::fromKey(q.value()->value(2).toString()).value_or(Role::FieldWorker);
        hash = q.value()->value(3).toString();
        active = q.value()->value(4).toBool();
        publicKey = q.value()->value(5).toByteArray();
        wrapped = q.value()->value(6).toByteArray();
    }
    q.value()->finish();

    // The wrapped key is opened by the right password only: with it, one
    // Argon2id (at the hash's cost) checks the password and unlocks the key.
    bool passwordOk = false;
    if (found && !wrapped.isEmpty() && !openedKey.isEmpty() && openedWrapped == wrapped
        && UserKeys::publicKeyOf(openedKey) == publicKey) {
        session.signingKey = openedKey;
        passwordOk = true;
    } else if (found && !wrapped.isEmpty()) {
        auto secret = UserKeys::unwrap(wrapped, password);
        if (secret) {
            if (UserKeys::publicKeyOf(secret.value()) != publicKey)
                return makeError(ErrorCode::Invalid,
                                 UserKeys::tr("This account's key is damaged. Ask an administrator to reset the password."));
            session.signingKey = secret.value();
            passwordOk = true;
        } else if (secret.error().code != ErrorCode::PermissionDenied) {
            return secret.error();
        }
    } else if (found) {
        passwordOk = m_hasher.verify(hash, password); // an account from before user keys: it cannot sign
    } else {
        // No such account: the same Argon2id a known name costs, so that the
        // time a refusal takes does not tell which names exist: one for each
        // form a known account would try (PasswordRules::forms).
        for (qsizetype i = 0; i < PasswordRules::forms(password).size(); ++i)
            (void)m_hasher.hash(password);
    }
    if (!passwordOk) {
        if (Status s = recordFailure(name); !s)
            return s.error();
        return makeError(ErrorCode::PermissionDenied, tr("The user name or password is wrong."), u"password"_s);
    }
    if (!active)
        return makeError(ErrorCode::PermissionDenied,
                         tr("This account has been deactivated. Ask an administrator to reactivate it."));
    if (Status s = clearFailures(name); !s)
        return s.error();
    actAs(session);
    // The user's key opens this copy's keys (the vault), and seals them for
    // accounts that arrived since (docs/trust.md, "Keys at rest").
    if (Status s = Vault::unlock(m_db, session.userId, session.signingKey); !s)
        return s.error();
    // A counsellor's or supervisor's key opens the clinic's (sealed notes).
    if (Status s = clinic::ClinicalKeys::unlock(m_db, session); !s)
        return s.error();
    return session;
}

void UserService::actAs(const Session &session)
{
    if (!session.signingKey.isEmpty())
        m_db.setSigningKey(session.userId, session.signingKey);
    m_db.setCurrentUser(session.userId);
}

} // namespace tamkeen::security
