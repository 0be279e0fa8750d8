// tamkeen-cli warnings: the early-warning lists (docs/indicators.md, "Early
// warning") on a day, as tab-separated lines, so a centre checks them from a
// script or a hub copy. The same rules and roles as the Reports section.
#include "CliSupport.h"
#include "security/AuditLog.h"
#include "impact/EarlyWarnings.h"
#include "org/Identities.h"

using namespace Qt::StringLiterals;
using tamkeen::impact::EarlyWarnings;
using tamkeen::impact::WarningRule;

namespace tamkeen::cli {

int runWarnings(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption db(u"db"_s, u"The database file."_s, u"PATH"_s);
    const QCommandLineOption rule(u"rule"_s,
                                  u"income_drop, plan_idle, missed_appointments, low_wellbeing, follow_up_overdue, "
                                  "exit_income_fell or all (default all)."_s,
                                  u"NAME"_s, u"all"_s);
    const QCommandLineOption on(u"on"_s, u"The day the lists are for, YYYY-MM-DD (default today)."_s, u"DATE"_s);
    const QCommandLineOption centre(u"centre"_s, u"Only the households of this centre code."_s, u"CODE"_s);
    p.addOptions({db, rule, on, centre, loginOption(u"any user; wellbeing is for counsellors and supervisors"_s)});
    if (int r = parse(p, args, u"List the families each early-warning rule points at: rule, file number, head of "
                               "household, since, before, now, and the note of whoever marked it seen."_s);
        r >= 0)
        return r;
    QList<WarningRule> which;
    for (WarningRule r : EarlyWarnings::rules())
        if (p.value(rule) == u"all" || p.value(rule) == EarlyWarnings::key(r))
            which << r;
    if (which.isEmpty())
        return fail(u"--rule must be one of the rules listed in --help, or all"_s, Usage);
    const QDate day = p.isSet(on) ? QDate::fromString(p.value(on), Qt::ISODate) : QDate::currentDate();
    if (!day.isValid())
        return fail(u"dates are written YYYY-MM-DD"_s, Usage);

    auto database = openDatabase(p.value(db), false);
    if (!database)
        return Failed;
    auto session = requireUser(*database, p, {});
    if (!session)
        return fail(session.error().message);
    QList<QByteArray> centres{QByteArray()}; // everyone's
    if (p.isSet(centre)) {
        auto known = org::Identities::centres(*database);
        if (!known)
            return fail(known.error().message);
        centres.clear();
        for (const org::CentreRow &c : known.value())
            if (c.code.compare(p.value(centre), Qt::CaseInsensitive) == 0)
                centres << c.id; // two centres may share a code: both are listed
        if (centres.isEmpty())
            return fail(u"no centre has the code '%1' (see centres list)"_s.arg(p.value(centre)));
    }
    EarlyWarnings warnings(*database);
    for (WarningRule r : which) {
        if (!EarlyWarnings::mayRead(session.value(), r)) {
            if (which.size() == 1)
                return fail(u"%1: only counsellors and supervisors see wellbeing scores"_s.arg(EarlyWarnings::key(r)));
            continue; // "all": the lists this user may read
        }
        for (const QByteArray &centreId : centres) {
            auto items = warnings.list(session.value(), r, day, {centreId, {}, {}});
            if (!items)
                return fail(items.error().message);
            for (const impact::WarningItem &i : items.value())
                out(QStringList{EarlyWarnings::key(r), i.fileNumber, i.headName, i.since.toString(Qt::ISODate),
                                QString::number(i.before), QString::number(i.after),
                                i.seen ? i.seenOn.toString(Qt::ISODate) + u" "_s + i.seenNote : QString()}
                        .join(u'\t'));
        }
    }
    // The lists name families: in the audit trail like any other list taken out (once printed).
    security::AuditLog::logged(security::AuditLog(*database).record(
        session.value(), u"export"_s, {},
        u"warnings %1 %2%3"_s.arg(p.value(rule), day.toString(Qt::ISODate),
                                  p.isSet(centre) ? u" centre "_s + p.value(centre) : QString())));
    return Ok;
}

} // namespace tamkeen::cli
