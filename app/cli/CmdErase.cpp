// tamkeen-cli erase: an administrator erases a member or a household with a
// reason, lists the households due under the retention setting, or sets it
// (issue 15 §6, registry/Erasure).
#include "CliSupport.h"
#include "registry/Erasure.h"
#include "storage/Uuid.h"

using namespace Qt::StringLiterals;

namespace tamkeen::cli {

int runErase(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption db(u"db"_s, u"The database file."_s, u"PATH"_s);
    const QCommandLineOption member(u"member"_s, u"Erase this family member (their id, as search prints it)."_s,
                                    u"ID"_s);
    const QCommandLineOption file(u"file"_s, u"Erase the household with this file number, every member."_s,
                                  u"NUMBER"_s);
    const QCommandLineOption reason(u"reason"_s, u"Why (at least ten characters; not the person's name)."_s,
                                    u"TEXT"_s);
    const QCommandLineOption due(u"due"_s, u"List the households that left support longer ago than the retention."_s);
    const QCommandLineOption years(u"years"_s, u"With --due: this many years instead of the setting."_s, u"N"_s);
    const QCommandLineOption retention(u"retention"_s,
                                       u"Set the organisation's retention: years after exit (0: no limit)."_s, u"N"_s);
    p.addOptions({db, member, file, reason, due, years, retention, loginOption(u"an administrator"_s)});
    if (int code = parse(p, args, u"Erase a person's data on every copy, or list what is due for erasure"_s); code >= 0)
        return code;
    const int actions = int(p.isSet(member)) + int(p.isSet(file)) + int(p.isSet(due)) + int(p.isSet(retention));
    if (!p.isSet(db) || actions != 1)
        return fail(u"erase needs --db PATH and one of --member ID, --file NUMBER, --due or --retention N"_s, Usage);
    if ((p.isSet(member) || p.isSet(file)) && !p.isSet(reason))
        return fail(u"an erasure needs --reason TEXT"_s, Usage);
    auto database = openDatabase(p.value(db), false);
    if (!database)
        return Failed;
    auto session = requireUser(*database, p, {security::Role::Administrator});
    if (!session)
        return fail(session.error().message);

    if (p.isSet(retention)) {
        bool ok = false;
        const int n = p.value(retention).toInt(&ok);
        if (!ok)
            return fail(u"--retention needs a number of years"_s, Usage);
        if (Status s = registry::Erasure::setRetentionYears(*database, session.value(), n); !s)
            return fail(s.error().message);
        out(u"retention: %1 year(s) after exit"_s.arg(n));
        return Ok;
    }
    if (p.isSet(due)) {
        int n = 0;
        if (p.isSet(years)) {
            bool ok = false;
            n = p.value(years).toInt(&ok);
            if (!ok || n < 1)
                return fail(u"--years needs a number of years, 1 or more"_s, Usage);
        } else {
            auto set = registry::Erasure::retentionYears(*database);
            if (!set)
                return fail(set.error().message);
            n = set.value();
            if (n == 0)
                return fail(u"no retention is set: give --years N, or set it with --retention N"_s);
        }
        auto list = registry::Erasure::due(*database, n, QDate::currentDate());
        if (!list)
            return fail(list.error().message);
        for (const registry::DueForErasure &d : list.value())
            out(u"%1\t%2\t%3"_s.arg(d.fileNumber, d.exitedOn.toString(Qt::ISODate), storage::uuidToString(d.householdId)));
        out(u"due: %1 household(s) left support more than %2 year(s) ago"_s.arg(list.value().size()).arg(n));
        return Ok;
    }

    Result<QByteArray> erased = QByteArray();
    if (p.isSet(member)) {
        const QByteArray id = storage::uuidFromString(p.value(member));
        if (id.isEmpty())
            return fail(u"--member needs a member id (as search prints it)"_s, Usage);
        erased = registry::Erasure::eraseMember(*database, session.value(), id, p.value(reason));
    } else {
        auto household = database->scalar(u"SELECT id FROM households WHERE file_number = ?"_s, {p.value(file)});
        if (!household)
            return fail(household.error().message);
        if (household.value().isNull())
            return fail(u"no household has the file number %1"_s.arg(p.value(file)));
        erased = registry::Erasure::eraseHousehold(*database, session.value(), household.value().toByteArray(),
                                                   p.value(reason));
    }
    if (!erased)
        return fail(erased.error().message);
    out(u"erased: %1 (every copy erases it when this reaches it by sync)"_s.arg(storage::uuidToString(erased.value())));
    return Ok;
}

} // namespace tamkeen::cli
