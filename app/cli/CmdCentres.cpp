#include "CliSupport.h"
#include "org/Identities.h"
#include "storage/Uuid.h"


using namespace Qt::StringLiterals;

namespace tamkeen::cli {

// Centres by id, so that an administrator can give one of two centres that
// share a code (made on two copies offline) another code.
int runCentres(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption db(u"db"_s, u"The database file."_s, u"PATH"_s);
    const QCommandLineOption as = loginOption(u"an administrator (rename only)"_s);
    const QCommandLineOption code(u"code"_s, u"rename: the centre's new code. File numbers already given keep the "
                                             "old one."_s,
                                  u"CODE"_s);
    p.addOptions({db, as, code});
    p.addPositionalArgument(u"action"_s, u"list | rename CENTRE-ID --code CODE"_s);
    if (int r = parse(p, args, u"List the organisation's centres, or give one another code."_s); r >= 0)
        return r;
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    if (action != u"list" && action != u"rename")
        return fail(u"choose one of: list, rename"_s, Usage);
    const QByteArray centreId = storage::uuidFromString(pos.value(1));
    if (action == u"rename" && (centreId.isEmpty() || !p.isSet(code)))
        return fail(u"centres rename needs a centre id (centres list) and --code CODE"_s, Usage);

    auto database = openDatabase(p.value(db), false);
    if (!database)
        return Failed;
    if (action == u"list") {
        auto centres = org::Identities::centres(*database);
        if (!centres)
            return fail(centres.error().message);
        for (const org::CentreRow &c : centres.value())
            out(u"%1\t%2\t%3\t%4"_s.arg(storage::uuidToString(c.id), c.code, c.name, c.region));
        return Ok;
    }
    auto session = requireUser(*database, p, {security::Role::Administrator});
    if (!session)
        return fail(session.error().message);
    if (Status s = org::Identities::renameCentre(*database, session.value(), centreId, p.value(code)); !s)
        return fail(s.error().message);
    out(u"rename: done"_s);
    return Ok;
}

} // namespace tamkeen::cli
