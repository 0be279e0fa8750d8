#include "CliSupport.h"
#include "clinic/ClinicalKeys.h"
#include "security/UserService.h"
#include "storage/Uuid.h"

using namespace Qt::StringLiterals;

namespace tamkeen::cli {

namespace {

using security::Role;
using security::Roles;
using security::UserService;

QString rolesList()
{
    QStringList keys;
    for (Role r : Roles::all())
        keys << Roles::key(r);
    return keys.join(u", "_s);
}

// The account a command is about: by name, or by id (`users list --ids`) when
// two copies made the same name offline and the name alone is refused.
Result<security::UserRecord> findUser(UserService &users, const QString &target)
{
    if (const QByteArray id = storage::uuidFromString(target); !id.isEmpty()) {
        auto all = users.list();
        if (!all)
            return all.error();
        for (const auto &u : all.value()) {
            if (u.id == id)
                return u;
        }
        return makeError(ErrorCode::NotFound, u"there is no user with the id %1"_s.arg(target));
    }
    auto found = users.findByName(target);
    if (!found && found.error().code == ErrorCode::Conflict)
        return makeError(ErrorCode::Conflict, u"several accounts are named %1: give the id of one of them instead of "
                                              "the name (tamkeen-cli users list --ids)"_s
                                                  .arg(UserService::normalizeUsername(target)));
    return found;
}

} // namespace

int runUsers(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption db(u"db"_s, u"The database file."_s, u"PATH"_s);
    const QCommandLineOption as = loginOption(u"an administrator"_s);
    const QCommandLineOption fullName(u"full-name"_s, u"add: the user's full name."_s, u"NAME"_s);
    const QCommandLineOption role(u"role"_s, u"add: one of %1."_s.arg(rolesList()), u"ROLE"_s);
    const QCommandLineOption to(u"to"_s, u"rename: the new user name."_s, u"NAME"_s);
    const QCommandLineOption ids(u"ids"_s, u"list: add each account's id (to name one of two accounts that share a "
                                           "name)."_s);
    p.addOptions({db, as, fullName, role, to, ids});
    p.addPositionalArgument(u"action"_s, u"list | add USER | deactivate USER | reactivate USER | reset-password USER | "
                                         "rename USER --to NAME | grant-notes USER (the keys of confidential notes "
                                         "to a counsellor or supervisor, opened with the recovery key from "
                                         "TAMKEEN_RECOVERY_KEY, else asked for)"_s);
    p.addPositionalArgument(u"user"_s, u"The user name the action is about. New passwords come from "
                                       "TAMKEEN_NEW_PASSWORD, else they are asked for."_s);
    if (int r = parse(p, args, u"Manage the users of a Tamkeen database. Needs an administrator's login, to list "
                               "them too."_s);
        r >= 0)
        return r;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    const QString target = pos.value(1);
    static const QStringList actions = {u"list"_s,           u"add"_s,    u"deactivate"_s, u"reactivate"_s,
                                        u"reset-password"_s, u"rename"_s, u"grant-notes"_s};
    if (!actions.contains(action))
        return fail(u"choose one of: %1"_s.arg(actions.join(u", "_s)), Usage);
    if (action != u"list" && target.isEmpty())
        return fail(u"users %1 needs a user name"_s.arg(action), Usage);
    const auto parsedRole = Roles::fromKey(p.value(role));
    if (action == u"add" && !parsedRole)
        return fail(u"--role must be one of: %1"_s.arg(rolesList()), Usage);

    auto database = openDatabase(p.value(db), false);
    if (!database)
        return Failed;
    UserService users(*database);
    // Checked before anything else is asked or written; for every action.
    auto session = loginAs(users, p.value(as), {Role::Administrator});
    if (!session)
        return fail(session.error().message);

    if (action == u"list") {
        auto list = users.list();
        if (!list)
            return fail(list.error().message);
        for (const auto &u : list.value()) {
            const QString line = u"%1\t%2\t%3\t%4"_s.arg(u.username, Roles::key(u.role),
                                                         u.active ? u"active"_s : u"inactive"_s, u.fullName);
            out(p.isSet(ids) ? storage::uuidToString(u.id) + u'\t' + line : line);
        }
        return Ok;
    }
    if (action == u"grant-notes") { // when every counsellor who held the clinic's key is gone
        auto found = findUser(users, target);
        if (!found)
            return fail(found.error().message);
        auto key = readPassword("TAMKEEN_RECOVERY_KEY", u"Recovery key: "_s);
        if (!key)
            return fail(key.error().message);
        auto granted = clinic::ClinicalKeys::grantWithRecoveryKey(*database, session.value(), key.value(), found.value().id);
        if (!granted)
            return fail(granted.error().message);
        out(u"grant-notes: %1 key(s) sealed to %2; they open at the next login"_s.arg(granted.value()).arg(target));
        return Ok;
    }
    if (action == u"rename") {
        if (!p.isSet(to))
            return fail(u"users rename needs --to NEW-NAME"_s, Usage);
        if (Status s = users.validateUsername(p.value(to)); !s)
            return fail(s.error().message, Usage);
    }

    security::NewUser user;
    if (action == u"add") {
        user = {target, p.value(fullName), *parsedRole, QString()};
        // Check the name before asking for the new password.
        user.password = u"placeholder-long-enough"_s;
        if (Status s = users.validate(user); !s)
            return fail(s.error().message, Usage);
    }

    Status result;
    if (action == u"add" || action == u"reset-password") {
        auto password = newPassword(u"New password for %1: "_s.arg(target));
        if (!password)
            return fail(password.error().message);
        if (action == u"add") {
            user.password = password.value();
            auto added = users.add(session.value(), user);
            result = added ? Status() : Status(added.error());
        } else {
            auto found = findUser(users, target);
            result = found ? users.resetPassword(session.value(), found.value().id, password.value()) : Status(found.error());
        }
    } else if (action == u"rename") {
        auto found = findUser(users, target);
        result = found ? users.rename(session.value(), found.value().id, p.value(to)) : Status(found.error());
    } else {
        auto found = findUser(users, target);
        result = found ? users.setActive(session.value(), found.value().id, action == u"reactivate")
                       : Status(found.error());
    }
    if (!result)
        return fail(result.error().message);
    out(u"%1: done"_s.arg(action));
    return Ok;
}

} // namespace tamkeen::cli
