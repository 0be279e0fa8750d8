// tamkeen-cli audit: the audit trail's chains checked, and its entries listed
// (docs/audit.md). Supervisors and administrators.
#include "CliSupport.h"
#include "security/AuditLog.h"
#include "storage/Uuid.h"

#include <QDate>

using namespace Qt::StringLiterals;

namespace tamkeen::cli {

int runAudit(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption db(u"db"_s, u"The database file."_s, u"PATH"_s);
    const QCommandLineOption user(u"user"_s, u"list: entries of this user name only."_s, u"NAME"_s);
    const QCommandLineOption file(u"file"_s, u"list: entries about this household file number only."_s, u"NUMBER"_s);
    const QCommandLineOption action(u"action"_s, u"list: one action (open_household, read_confidential, print, "
                                                 "export, account, resolve_conflict, backup)."_s,
                                    u"ACTION"_s);
    const QCommandLineOption from(u"from"_s, u"list: from this day (YYYY-MM-DD)."_s, u"DATE"_s);
    const QCommandLineOption to(u"to"_s, u"list: to this day, inclusive."_s, u"DATE"_s);
    p.addOptions({db, user, file, action, from, to, loginOption(u"a supervisor or an administrator"_s)});
    p.addPositionalArgument(u"verify|list"_s, u"Check every device's chain, or list entries (newest first)."_s);
    if (int code = parse(p, args, u"Check or list the audit trail"_s); code >= 0)
        return code;
    const QString what = p.positionalArguments().value(0);
    if (!p.isSet(db) || (what != u"verify" && what != u"list"))
        return fail(u"audit needs --db PATH and one of: verify, list"_s, Usage);
    security::AuditFilter filter;
    for (const auto &[option, day] : {std::pair{&from, &filter.from}, std::pair{&to, &filter.to}}) {
        if (!p.isSet(*option))
            continue;
        *day = QDate::fromString(p.value(*option), Qt::ISODate);
        if (!day->isValid())
            return fail(u"--%1 needs a date as YYYY-MM-DD"_s.arg(option->names().first()), Usage);
    }
    auto database = openDatabase(p.value(db), false);
    if (!database)
        return Failed;
    auto session = requireUser(*database, p, {security::Role::Supervisor, security::Role::Administrator});
    if (!session)
        return fail(session.error().message);
    security::AuditLog audit(*database);
    if (what == u"verify") {
        auto problems = audit.verify();
        if (!problems)
            return fail(problems.error().message);
        for (const security::AuditProblem &problem : problems.value())
            out(u"device %1: %2"_s.arg(storage::uuidToString(problem.device), problem.what));
        if (!problems.value().isEmpty())
            return fail(u"the audit trail does not hold: %1 problem(s)"_s.arg(problems.value().size()));
        out(u"verify: every chain holds"_s);
        return Ok;
    }
    if (p.isSet(user)) {
        auto found = security::UserService(*database).findByName(p.value(user));
        if (!found)
            return fail(found.error().message);
        filter.userId = found.value().id;
    }
    if (p.isSet(file)) {
        auto id = database->scalar(u"SELECT id FROM households WHERE file_number = ? AND deleted = 0"_s, {p.value(file)});
        if (!id || id.value().isNull())
            return fail(u"no household has the file number %1"_s.arg(p.value(file)));
        filter.householdId = id.value().toByteArray();
    }
    filter.action = p.value(action);
    auto entries = audit.list(session.value(), filter);
    if (!entries)
        return fail(entries.error().message);
    for (const security::AuditEntry &e : entries.value())
        out(QStringList{e.at.toUTC().toString(Qt::ISODate), e.userName, e.action, e.fileNumber, e.details}.join(u'\t'));
    return Ok;
}

} // namespace tamkeen::cli
