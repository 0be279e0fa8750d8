#include "CliSupport.h"
#include "security/UserService.h"

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

} // namespace

int runUsers(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption db(u"db"_s, u"The database file."_s, u"PATH"_s);
    const QCommandLineOption as = loginOption(u"an administrator"_s);
    const QCommandLineOption fullName(u"full-name"_s, u"add: the user's full name."_s, u"NAME"_s);
    const QCommandLineOption role(u"role"_s, u"add: one of %1."_s.arg(rolesList()), u"ROLE"_s);
    p.addOptions({db, as, fullName, role});
    p.addPositionalArgument(u"action"_s, u"list | add USER | deactivate USER | reactivate USER | reset-password USER"_s);
    p.addPositionalArgument(u"user"_s, u"The user name the action is about. New passwords come from "
                                       "TAMKEEN_NEW_PASSWORD, else they are asked for."_s);
    if (int r = parse(p, args, u"Manage the users of a Tamkeen database. Needs an administrator's login, to list "
                               "them too."_s);
        r >= 0)
        return r;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    const QString target = pos.value(1);
    static const QStringList actions = {u"list"_s, u"add"_s, u"deactivate"_s, u"reactivate"_s, u"reset-password"_s};
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
        for (const auto &u : list.value())
            out(u"%1\t%2\t%3\t%4"_s.arg(u.username, Roles::key(u.role), u.active ? u"active"_s : u"inactive"_s, u.fullName));
        return Ok;
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
            auto found = users.findByName(target);
            result = found ? users.resetPassword(session.value(), found.value().id, password.value()) : Status(found.error());
        }
    } else {
        auto found = users.findByName(target);
        result = found ? users.setActive(session.value(), found.value().id, action == u"reactivate")
                       : Status(found.error());
    }
    if (!result)
        return fail(result.error().message);
    out(u"%1: done"_s.arg(action));
    return Ok;
}

} // namespace tamkeen::cli
