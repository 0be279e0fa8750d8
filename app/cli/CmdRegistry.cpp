#include "CliSupport.h"
#include "security/AuditLog.h"
#include "clinic/ClinicDemo.h"
#include "plans/PlanDemo.h"
#include "registry/CsvImport.h"
#include "registry/DemoGenerator.h"
#include "security/UserService.h"

#include <QFile>
#include <QTextStream>
#include "registry/SearchIndex.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace tamkeen::cli {

int runSearch(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption db(u"db"_s, u"The database file."_s, u"PATH"_s);
    const QCommandLineOption limit(u"limit"_s, u"At most N households (default 20)."_s, u"N"_s, u"20"_s);
    p.addOptions({db, limit, loginOption(u"any active user"_s)});
    p.addPositionalArgument(u"query"_s, u"A file number, a name or part of one, an ID or a phone number."_s);
    if (int r = parse(p, args, u"Find households: one line per household, best first: file number, head's full name, "
                               "matched member."_s);
        r >= 0)
        return r;
    const QString query = p.positionalArguments().join(u' ');
    if (query.trimmed().isEmpty())
        return fail(u"give a search query"_s, Usage);
    auto database = openDatabase(p.value(db), false);
    if (!database)
        return Failed;
    if (auto session = requireUser(*database, p); !session)
        return fail(session.error().message);
    auto hits = registry::SearchIndex::search(*database, query, std::max(1, p.value(limit).toInt()));
    if (!hits)
        return fail(hits.error().message);
    for (const registry::SearchHit &h : hits.value())
        out(u"%1\t%2\t%3"_s.arg(h.fileNumber, h.headName, h.memberName.isEmpty() ? u"-"_s : h.memberName));
    return Ok;
}

int runDemo(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption db(u"db"_s, u"A database made with init."_s, u"PATH"_s);
    const QCommandLineOption households(u"households"_s, u"How many households to add."_s, u"N"_s);
    const QCommandLineOption seed(u"seed"_s, u"Random seed: the same seed gives the same data (default 1)."_s, u"S"_s,
                                  u"1"_s);
    const QCommandLineOption country(u"country"_s, u"SA, EG or LB: names, places, IDs and currency (default SA)."_s,
                                     u"C"_s, u"SA"_s);
    const QCommandLineOption appointments(u"appointments"_s,
                                          u"Also add N clinic appointments over the last three years and the next two weeks."_s,
                                          u"N"_s, u"0"_s);
    const QCommandLineOption sessions(u"sessions"_s,
                                      u"Also add N counselling sessions (from attended appointments, then home visits)."_s,
                                      u"N"_s, u"0"_s);
    const QCommandLineOption plans(u"plans"_s,
                                   u"Also add N empowerment plans with goals, tasks and referrals (needs clinic records)."_s,
                                   u"N"_s, u"0"_s);
    p.addOptions({db, households, seed, country, appointments, sessions, plans, loginOption(u"an administrator"_s)});
    if (int r = parse(p, args, u"Fill a database with realistic, reproducible demonstration households and clinic "
                               "records, as an administrator. Only a database with no real data: a new one, or one "
                               "demo filled and that has exchanged no data with other computers; a database with "
                               "households or users (besides the administrators) that demo did not make is refused. "
                               "Counsellors are added as needed (counsellor01, …) by the administrator; their "
                               "password comes from TAMKEEN_NEW_PASSWORD, else it is asked for."_s);
        r >= 0)
        return r;
    bool ok = false;
    registry::DemoOptions o;
    o.households = p.isSet(households) ? p.value(households).toInt(&ok) : 0;
    if ((p.isSet(households) && !ok) || o.households < 0)
        return fail(u"--households must be a number"_s, Usage);
    clinic::ClinicDemoOptions c;
    c.appointments = p.value(appointments).toInt(&ok);
    if (!ok || c.appointments < 0)
        return fail(u"--appointments must be a number"_s, Usage);
    c.sessions = p.value(sessions).toInt(&ok);
    if (!ok || c.sessions < 0)
        return fail(u"--sessions must be a number"_s, Usage);
    const int planCount = p.value(plans).toInt(&ok);
    if (!ok || planCount < 0)
        return fail(u"--plans must be a number"_s, Usage);
    if (o.households == 0 && c.appointments == 0 && c.sessions == 0 && planCount == 0)
        return fail(u"give --households, --appointments, --sessions or --plans"_s, Usage);
    o.seed = p.value(seed).toUInt(&ok);
    if (!ok)
        return fail(u"--seed must be a number"_s, Usage);
    o.country = p.value(country).toUpper();
    auto database = openDatabase(p.value(db), false);
    if (!database)
        return Failed;
    auto session = requireUser(*database, p, {security::Role::Administrator});
    if (!session)
        return fail(session.error().message);
    // Before asking for any password or writing anything (the generators check it too).
    if (Status s = registry::DemoGenerator::mayFill(*database, session.value()); !s)
        return fail(s.error().message);
    QElapsedTimer t;
    t.start();
    if (o.households > 0) {
        auto summary = registry::DemoGenerator::generate(*database, session.value(), o);
        if (!summary)
            return fail(summary.error().message);
        out(u"added %1 households, %2 members, %3 incomes in %4 s"_s.arg(summary.value().households)
                .arg(summary.value().members)
                .arg(summary.value().incomes)
                .arg(double(t.elapsed()) / 1000, 0, 'f', 1));
    }
    if (c.appointments > 0 || c.sessions > 0) {
        c.seed = o.seed;
        const auto needs = database->scalar(u"SELECT count(*) FROM users WHERE role = 'counsellor' AND active = 1 AND deleted = 0"_s);
        if (!needs)
            return fail(needs.error().message);
        if (needs.value().toInt() < clinic::ClinicDemo::counsellorsNeeded(c.appointments)) {
            auto password = newPassword(u"Password for the demonstration counsellors: "_s);
            if (!password)
                return fail(password.error().message);
            c.counsellorPassword = password.value();
        }
        t.restart();
        auto clinic = clinic::ClinicDemo::generate(*database, session.value(), c);
        if (!clinic)
            return fail(clinic.error().message);
        out(u"added %1 counsellors, %2 appointments, %3 sessions, %4 agreed actions, %5 assessments in %6 s"_s
                .arg(clinic.value().counsellors)
                .arg(clinic.value().appointments)
                .arg(clinic.value().sessions)
                .arg(clinic.value().actions)
                .arg(clinic.value().assessments)
                .arg(double(t.elapsed()) / 1000, 0, 'f', 1));
    }
    if (planCount > 0) {
        t.restart();
        plans::PlanDemoOptions po;
        po.plans = planCount;
        po.seed = o.seed;
        auto made = plans::PlanDemo::generate(*database, session.value(), po);
        if (!made)
            return fail(made.error().message);
        out(u"added %1 plans, %2 goals, %3 tasks, %4 referrals to %5 partners in %6 s"_s.arg(made.value().plans)
                .arg(made.value().goals)
                .arg(made.value().tasks)
                .arg(made.value().referrals)
                .arg(made.value().partners)
                .arg(double(t.elapsed()) / 1000, 0, 'f', 1));
    }
    return Ok;
}

} // namespace tamkeen::cli

namespace tamkeen::cli {

int runImportCsv(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption db(u"db"_s, u"The database file."_s, u"PATH"_s);
    const QCommandLineOption dryRun(u"dry-run"_s, u"Only check the file and report; import nothing."_s);
    const QCommandLineOption allowSimilar(u"allow-similar"_s,
                                          u"Import members that resemble registered ones (the decision is recorded)."_s);
    const QCommandLineOption as = loginOption(u"any active user (recorded as the author)"_s);
    p.addOptions({db, dryRun, allowSimilar, as});
    p.addPositionalArgument(u"file"_s, u"CSV, one row per member, English or Arabic columns (docs/import-format.md)."_s);
    if (int r = parse(p, args, u"Import households and members from CSV. Every row is checked first: with any problem, "
                               "nothing is imported and each bad row is reported with its line number."_s);
        r >= 0)
        return r;
    if (p.positionalArguments().size() != 1)
        return fail(u"give one CSV file"_s, Usage);
    QFile file(p.positionalArguments().first());
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"%1: %2"_s.arg(file.fileName(), file.errorString()));
    const QByteArray csv = file.readAll();
    auto database = openDatabase(p.value(db), false);
    if (!database)
        return Failed;
    // The dry run too: its report compares the file with the registered people.
    auto login = requireUser(*database, p);
    if (!login)
        return fail(login.error().message);
    const security::Session &session = login.value();
    registry::ImportOptions options;
    options.dryRun = p.isSet(dryRun);
    options.allowSimilar = p.isSet(allowSimilar);
    const registry::ImportReport report = registry::CsvImport::run(*database, session, csv, options);
    for (const registry::ImportIssue &i : report.issues) {
        if (i.line > 0)
            QTextStream(stderr) << file.fileName() << ':' << i.line << ": " << i.message << Qt::endl;
        else
            QTextStream(stderr) << file.fileName() << ": " << i.message << Qt::endl;
    }
    if (!report.issues.isEmpty())
        return fail(u"%1 problem(s); nothing was imported"_s.arg(report.issues.size()));
    out(u"%1 %2 households, %3 members"_s.arg(options.dryRun ? u"would import"_s : u"imported"_s)
            .arg(report.households)
            .arg(report.members));
    return Ok;
}

int runExportCsv(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption db(u"db"_s, u"The database file."_s, u"PATH"_s);
    const QCommandLineOption lang(u"lang"_s, u"en (default): English column names and values; ar: Arabic ones."_s,
                                  u"LANG"_s, u"en"_s);
    p.addOptions({db, lang, loginOption(u"any active user"_s)});
    p.addPositionalArgument(u"file"_s, u"The CSV file to write (UTF-8 with BOM, the import format)."_s);
    if (int r = parse(p, args, u"Export every household and member in the import format."_s); r >= 0)
        return r;
    if (p.positionalArguments().size() != 1)
        return fail(u"give the CSV file to write"_s, Usage);
    const QString language = p.value(lang).toLower();
    if (language != u"en" && language != u"ar")
        return fail(u"--lang must be en or ar"_s, Usage);
    auto database = openDatabase(p.value(db), false);
    if (!database)
        return Failed;
    auto session = requireUser(*database, p);
    if (!session)
        return fail(session.error().message);
    const QString path = p.positionalArguments().first();
    if (Status s = registry::CsvImport::exportTo(*database, path,
                                                 language == u"ar" ? registry::CsvLanguage::Arabic
                                                                   : registry::CsvLanguage::English);
        !s)
        return fail(s.error().message);
    security::AuditLog::logged(
        security::AuditLog(*database).record(session.value(), u"export"_s, {}, u"export-csv "_s + path));
    out(u"wrote %1"_s.arg(path));
    return Ok;
}

} // namespace tamkeen::cli
