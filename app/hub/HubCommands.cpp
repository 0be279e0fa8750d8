// The hub's commands. Import, export and joining the organisation are
// tamkeen-cli's own on the ledger (one merge, one set of rules); what the hub
// adds is PostgreSQL: publishing the ledger's rows there, dumping and checking it.
#include "HubCommands.h"

#include "CliSupport.h"
#include "hub/HubDump.h"
#include "hub/NationalDashboard.h"
#include "hub/HubPublisher.h"
#include "hub/HubReport.h"
#include "hub/HubSchema.h"
#include "hub/PgConnection.h"
#include "storage/CaptureTriggers.h"
#include "storage/Uuid.h"

#include "sync/Importer.h"
#include "sync/Scope.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <optional>
#include <QLockFile>

using namespace Qt::StringLiterals;
using namespace tamkeen::cli;

namespace tamkeen::hubcli {

namespace {

const QCommandLineOption kDb(u"db"_s, u"The hub's ledger: its own Tamkeen database file."_s, u"PATH"_s);
const QCommandLineOption kUrl(u"url"_s, u"PostgreSQL: a postgresql:// URL or key=value string (default: the PG* "
                                        "variables)."_s,
                              u"URL"_s);

QString dataSchema() { return hub::quotedIdentifier(QString::fromLatin1(hub::HubSchema::kData)); }

// The arguments for the tamkeen-cli command, without the hub's --url.
QStringList withoutUrl(const QStringList &args)
{
    QStringList kept;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == u"--url") {
            ++i;
            continue;
        }
        if (!args[i].startsWith(u"--url="))
            kept << args[i];
    }
    return kept;
}

std::unique_ptr<hub::PgConnection> connect(const QCommandLineParser &p)
{
    auto pg = hub::PgConnection::open(p.value(kUrl));
    if (!pg) {
        fail(pg.error().message);
        return {};
    }
    return std::move(pg).value();
}

void printSummary(const hub::PublishSummary &s)
{
    out(u"published %1 rows to PostgreSQL (%2 tables)%3%4"_s.arg(s.rows)
            .arg(s.tables.size())
            .arg(s.removed ? u", %1 removed"_s.arg(s.removed) : QString())
            .arg(s.misfits ? u", %1 values of a type their column cannot hold (kept as NULL; listed by check)"_s.arg(s.misfits)
                           : QString()));
}

// One hub command at a time on a ledger: the service's import and an
// operator's publish or check would otherwise meet each other's SQLite lock
// and give up after its busy timeout. A lock whose process died is taken over.
std::unique_ptr<QLockFile> lockLedger(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(path + u".hub-lock"_s);
    lock->setStaleLockTime(0); // held as long as the command runs; stale only when its process is gone
    if (!lock->tryLock(5 * 60 * 1000)) {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        fail(lock->error() == QLockFile::LockFailedError
                 ? u"another tamkeen-hub (process %1) has been working on %2 for more than five minutes; try again "
                   "when it has finished"_s.arg(pid).arg(path)
                 : u"cannot make the lock file %1.hub-lock"_s.arg(path));
        return {};
    }
    return lock;
}

// Beside the ledger from before a command notes rows in it (its login is
// one) until a publication sent them: a plain file, read without logging in,
// so that an import of an empty inbox knows whether it has anything to do,
// even after a crash or a full disk between importing and publishing.
QString unpublishedMark(const QString &ledger)
{
    return ledger + u".hub-unpublished"_s;
}

// False (the error printed) when it cannot be written: nothing is done then.
bool markUnpublished(const QString &ledger)
{
    QFile mark(unpublishedMark(ledger));
    if (mark.exists())
        return true;
    if (!mark.open(QIODevice::WriteOnly) || mark.write("rows noted, not yet published: tamkeen-hub publish sends them\n") < 0
        || !mark.flush()) {
        fail(u"cannot write %1: %2"_s.arg(mark.fileName(), mark.errorString()));
        return false;
    }
    return true;
}

void markPublished(const QString &ledger)
{
    if (QFile::exists(unpublishedMark(ledger)) && !QFile::remove(unpublishedMark(ledger)))
        fail(u"cannot remove %1"_s.arg(unpublishedMark(ledger)));
}

// What a command that writes works with: the ledger's lock, the ledger
// opened as a logged-in user and noting its rows, and PostgreSQL (connected
// before anything is done: an operator hears at once that it cannot be reached).
struct Hub {
    std::unique_ptr<QLockFile> lock;
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<hub::PgConnection> pg;
};

// Empty (the error printed) when any of it fails.
std::optional<Hub> openHub(const QCommandLineParser &p)
{
    Hub h;
    if (h.lock = lockLedger(p.value(kDb)); !h.lock)
        return std::nullopt;
    if (h.db = openDatabase(p.value(kDb), false); !h.db)
        return std::nullopt;
    if (!markUnpublished(p.value(kDb)))
        return std::nullopt;
    if (auto session = requireUser(*h.db, p); !session) {
        fail(session.error().message);
        return std::nullopt;
    }
    // A hub enrolled as a centre's laptop would take the other centres'
    // households as beyond it, for good: said each time, not refused (a
    // regional hub is scoped on purpose).
    if (auto scope = sync::Scope::ofDevice(*h.db, h.db->deviceId()); !scope) {
        fail(scope.error().message);
        return std::nullopt;
    } else if (!scope.value().everything) {
        fail(u"warning: this hub's device receives only the households of %1 centre(s) (its enrolment's --scope); "
             "a national hub is enrolled with tamkeen-cli devices enrol --scope all"_s.arg(scope.value().centres.size()),
             Ok);
    }
    if (Status s = hub::HubPublisher::watchLedger(*h.db); !s) {
        fail(s.error().message);
        return std::nullopt;
    }
    if (h.pg = connect(p); !h.pg)
        return std::nullopt;
    return h;
}

// Publishes what `h`'s ledger noted, keeping the mark above up to date.
int publishNoted(Hub &h, const QString &ledger, bool all, bool rebind = false)
{
    auto published = hub::HubPublisher(*h.db, *h.pg).publish(all, rebind);
    if (!published)
        return fail(published.error().message); // the mark stays: the next run sends them
    markPublished(ledger);
    printSummary(published.value());
    return Ok;
}

// Opens the ledger as a logged-in user, watches it and publishes.
int publishLedger(const QCommandLineParser &p, bool all, bool rebind = false)
{
    auto h = openHub(p);
    if (!h)
        return Failed;
    return publishNoted(*h, p.value(kDb), all, rebind);
}

// The analysts' role, checked before it is kept: a role that does not exist
// would fail every publication that makes the views again.
int setReaderRole(hub::PgConnection &pg, const QString &role)
{
    auto exists = pg.query(u"SELECT 1 FROM pg_roles WHERE rolname = $1"_s, {role.toUtf8()});
    if (!exists)
        return fail(exists.error().message);
    if (exists.value().rows() == 0)
        return fail(u"there is no PostgreSQL role %1: make it first (createuser %1)"_s.arg(role), Usage);
    if (Status s = hub::HubSchema::ensure(pg, {}, nullptr); !s)
        return fail(s.error().message);
    if (Status s = pg.exec(u"INSERT INTO %1.hub_state (key, value) VALUES ('reader_role', $1) "
                           "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"_s.arg(dataSchema()),
                           {role.toUtf8()});
        !s)
        return fail(s.error().message);
    return Ok;
}

// Moves `file` into `folder` (made if missing) under a name not yet taken there.
bool moveInto(const QString &file, const QString &folder)
{
    if (!QDir().mkpath(folder)) {
        fail(u"cannot make the folder %1"_s.arg(folder));
        return false;
    }
    const QFileInfo info(file);
    QString target = QDir(folder).filePath(info.fileName());
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QDir(folder).filePath(u"%1-%2.%3"_s.arg(info.completeBaseName()).arg(n).arg(info.suffix()));
    if (!QFile::rename(file, target)) {
        fail(u"cannot move %1 to %2"_s.arg(file, folder));
        return false;
    }
    return true;
}

} // namespace

int runInit(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption enrolment(u"enrolment"_s, u"The enrolment file an administrator made for the hub "
                                                       "(passphrase from TAMKEEN_ORG_PASSPHRASE, else asked)."_s,
                                       u"FILE"_s);
    const QCommandLineOption reader(u"reader-role"_s, u"A PostgreSQL role (made beforehand) given read access to the "
                                                      "reporting views, and to nothing else."_s,
                                    u"ROLE"_s);
    p.addOptions({kDb, kUrl, enrolment, reader, loginOption(u"an account of the organisation"_s)});
    if (int r = parse(p, args, u"Make the hub: its ledger joins the organisation with an enrolment file (as a "
                               "laptop does), and PostgreSQL gets the schema and everything the ledger holds."_s);
        r >= 0)
        return r;
    if (p.value(kDb).isEmpty() || p.value(enrolment).isEmpty())
        return fail(u"--db and --enrolment are required"_s, Usage);
    if (QFileInfo::exists(p.value(kDb)))
        return fail(u"%1 already exists; init only makes a new hub"_s.arg(p.value(kDb)));
    // PostgreSQL first: a wrong URL or a database already in use leaves no ledger behind.
    auto pg = connect(p);
    if (!pg)
        return Failed;
    if (Status s = hub::HubSchema::ensure(*pg, {}, nullptr); !s)
        return fail(s.error().message);
    auto bound = pg->query(u"SELECT value FROM %1.hub_state WHERE key = 'ledger_device'"_s.arg(dataSchema()));
    if (!bound)
        return fail(bound.error().message);
    if (bound.value().rows() > 0)
        return fail(u"this PostgreSQL database already holds the hub of device %1: give the new hub an empty database"_s.arg(
            bound.value().text(0, 0)));
    if (p.isSet(reader))
        if (int set = setReaderRole(*pg, p.value(reader)); set != Ok)
            return set;
    pg.reset();
    if (int joined = cli::runInit({u"tamkeen-hub init"_s, u"--db"_s, p.value(kDb), u"--enrolment"_s, p.value(enrolment)});
        joined != Ok)
        return joined;
    if (int published = publishLedger(p, true); published != Ok) {
        fail(u"the ledger %1 is made; once the cause is mended, tamkeen-hub publish --all sends it to PostgreSQL"_s.arg(
            p.value(kDb)));
        return published;
    }
    return Ok;
}

int runImport(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption ahead(u"max-clock-ahead"_s, u"As for tamkeen-cli import (default 2)."_s, u"DAYS"_s, u"2"_s);
    const QCommandLineOption moveTo(u"move-to"_s, u"Move each package imported into DIR/imported and each one refused "
                                                  "into DIR/refused (an inbox emptied as it is read). A refused file "
                                                  "changed in the last two minutes stays: it may still be arriving."_s,
                                    u"DIR"_s);
    p.addOptions({kDb, kUrl, ahead, moveTo, loginOption(u"any active user"_s)});
    p.addPositionalArgument(u"files"_s, u"Package files or folders of them."_s, u"FILE|DIR…"_s);
    if (int r = parse(p, args, u"Import packages into the ledger with the merge of every Tamkeen copy (as tamkeen-cli "
                               "import), then publish to PostgreSQL what changed. Exit status 1 when any package "
                               "was refused; what was imported is published all the same."_s);
        r >= 0)
        return r;
    if (p.positionalArguments().isEmpty())
        return fail(u"name at least one package file or folder"_s, Usage);
    const QStringList files = packageArguments(p);
    // Nothing arrived and nothing is left to publish: done without logging in
    // (the timer runs this every 15 minutes; each login is an audit entry).
    // A ledger that is not there is said so all the same.
    if (p.value(kDb).isEmpty() || !QFileInfo::exists(p.value(kDb)))
        return fail(p.value(kDb).isEmpty() ? u"--db LEDGER is required"_s
                                           : u"the ledger %1 does not exist"_s.arg(p.value(kDb)),
                    p.value(kDb).isEmpty() ? Usage : Failed);
    if (files.isEmpty() && !QFile::exists(unpublishedMark(p.value(kDb)))) {
        out(u"no packages to import"_s);
        return Ok;
    }
    auto h = openHub(p);
    if (!h)
        return Failed;
    sync::ImportOptions options;
    options.maxClockAheadDays = p.value(ahead).toInt();
    int moveFailures = 0;
    // A refusal that is the ledger's (a full disk) leaves the package for the
    // next run, as does one of a file changed in the last two minutes.
    const auto after = [&](const QString &file, bool imported, bool retry) {
        if (!p.isSet(moveTo)
            || (!imported && (retry || QFileInfo(file).lastModified().secsTo(QDateTime::currentDateTime()) < 120)))
            return;
        if (!moveInto(file, QDir(p.value(moveTo)).filePath(imported ? u"imported"_s : u"refused"_s)))
            ++moveFailures;
    };
    const int refused = importPackages(*h->db, files, options, after);
    if (int r = publishNoted(*h, p.value(kDb), false); r != Ok)
        return r;
    return refused == 0 && moveFailures == 0 ? Ok : Failed;
}

int runExport(const QStringList &args)
{
    // The ledger's packages are any copy's: tamkeen-cli export, unchanged. Its
    // login is noted in the ledger: the next import publishes it.
    QString ledger;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--db" && i + 1 < args.size())
            ledger = args.at(i + 1);
        else if (args.at(i).startsWith(u"--db="))
            ledger = args.at(i).mid(5);
    }
    if (!ledger.isEmpty() && QFileInfo::exists(ledger) && !markUnpublished(ledger))
        return Failed;
    return cli::runExport(withoutUrl(args));
}

int runPublish(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption all(u"all"_s, u"Every row, not only what changed (a new or repaired database)."_s);
    const QCommandLineOption rebind(u"rebind"_s, u"Make the database this ledger's though another device id published "
                                                 "to it (this ledger's own, before a restore gave it a new one); "
                                                 "sends every row."_s);
    const QCommandLineOption reader(u"reader-role"_s, u"Give this PostgreSQL role read access to the reporting views "
                                                      "(instead of the one given before)."_s,
                                    u"ROLE"_s);
    p.addOptions({kDb, kUrl, all, rebind, reader, loginOption(u"any active user"_s)});
    if (int r = parse(p, args, u"Send to PostgreSQL the rows the ledger holds and PostgreSQL lacks (after a failed "
                               "publication, or with --all into a new database)."_s);
        r >= 0)
        return r;
    if (p.isSet(reader)) {
        auto pg = connect(p);
        if (!pg)
            return Failed;
        if (int set = setReaderRole(*pg, p.value(reader)); set != Ok)
            return set;
    }
    // A new reader role needs the views made again, which --all does.
    return publishLedger(p, p.isSet(all) || p.isSet(reader), p.isSet(rebind));
}

int runDump(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption canonical(u"canonical"_s, u"Sorted, stable text of the synced data."_s);
    p.addOptions({kUrl, canonical});
    if (int r = parse(p, args, u"Print PostgreSQL's copy of the synced data exactly as tamkeen-cli dump --canonical "
                               "prints a copy's, so the two compare with diff. It reads PostgreSQL alone: what the "
                               "connecting role may read decides who may run it."_s);
        r >= 0)
        return r;
    if (!p.isSet(canonical))
        return fail(u"--canonical is the only form there is; give it"_s, Usage);
    auto pg = connect(p);
    if (!pg)
        return Failed;
    QFile stdoutFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
        return fail(u"cannot write to standard output"_s);
    if (Status s = hub::writeHubCanonicalDump(*pg, stdoutFile); !s)
        return fail(s.error().message);
    return Ok;
}

// --centre CODE …: every centre of each code (two centres may share one: both
// count); false, the reason printed, for a code no centre has.
static bool addCentres(hub::PgConnection &pg, const QStringList &codes, impact::ImpactFilter &filter)
{
    for (const QString &code : codes) {
        auto ids = hub::HubReport::centresOfCode(pg, code);
        if (!ids || ids.value().isEmpty()) {
            fail(!ids ? ids.error().message : u"no centre has the code '%1'"_s.arg(code));
            return false;
        }
        filter.centres << ids.value();
    }
    return true;
}

// A report's or dashboard's bytes written whole to `path` (or not at all).
static int writeRows(const QString &what, const QString &path, const QByteArray &bytes, qsizetype rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(u"cannot write %1: %2"_s.arg(path, file.errorString()));
    out(u"%1: %2 rows written to %3"_s.arg(what).arg(rows).arg(path));
    return Ok;
}


int runReport(const QStringList &args)
{
    QCommandLineParser p;
    QStringList names;
    for (impact::Indicator i : hub::HubReport::computed())
        names << impact::IndicatorReport::key(i);
    const QCommandLineOption indicator(u"indicator"_s, u"%1, or all (the default: every one but wellbeing, which is "
                                                       "confidential and written only when named)."_s.arg(
                                                           names.join(u", "_s)),
                                       u"NAME"_s, u"all"_s);
    const QCommandLineOption from(u"from"_s, u"The period's first day, YYYY-MM-DD."_s, u"DATE"_s);
    const QCommandLineOption to(u"to"_s, u"The period's last day, YYYY-MM-DD (included)."_s, u"DATE"_s);
    const QCommandLineOption centre(u"centre"_s, u"Only the households of this centre code (repeat for several)."_s,
                                    u"CODE"_s);
    const QCommandLineOption level(u"level"_s, u"Only the households whose level of care is now this one."_s, u"LEVEL"_s);
    const QCommandLineOption format(u"format"_s, u"json or csv (one row per number; default json)."_s, u"FORMAT"_s,
                                    u"json"_s);
    const QCommandLineOption outFile(u"out"_s, u"The file to write."_s, u"FILE"_s);
    p.addOptions({kUrl, indicator, from, to, centre, level, format, outFile});
    if (int r = parse(p, args, u"Write impact indicators of a period computed in PostgreSQL, row for row as tamkeen-cli "
                               "report writes them from a copy (docs/indicators.md). It reads PostgreSQL alone: what "
                               "the connecting role may read decides who may run it."_s);
        r >= 0)
        return r;
    const auto which = reportIndicators(p.value(indicator));
    if (!which)
        return Usage;
    if (p.value(format) != u"json" && p.value(format) != u"csv")
        return fail(u"--format must be json or csv"_s, Usage);
    std::optional<impact::Period> period;
    if (int r = reportPeriod(p, {from, to, outFile, level}, &period); r >= 0)
        return r;
    auto pg = connect(p);
    if (!pg)
        return Failed;
    impact::ImpactFilter filter;
    filter.careLevel = p.value(level);
    if (!addCentres(*pg, p.values(centre), filter))
        return Failed;
    const impact::ReportRequest request{*which, *period, filter, QDate::currentDate()};
    auto rows = hub::HubReport::rows(*pg, request);
    if (!rows)
        return fail(rows.error().message);
    const QByteArray bytes = p.value(format) == u"csv" ? impact::IndicatorReport::csv(rows.value())
                                                       : QJsonDocument(impact::IndicatorReport::json(request, rows.value())).toJson();
    return writeRows(u"report"_s, p.value(outFile), bytes, rows.value().size());
}

// A period given by its days, as the month, quarter or year it is when it is
// one: the dashboard's period before is then the month, quarter or year before.
static impact::Period namedPeriod(const impact::Period &custom)
{
    const QDate a = custom.first(), b = custom.last();
    if (a.day() == 1 && b == a.addMonths(1).addDays(-1))
        if (auto m = impact::Period::month(a.year(), a.month()))
            return m.value();
    if (a.day() == 1 && (a.month() - 1) % 3 == 0 && b == a.addMonths(3).addDays(-1))
        if (auto q = impact::Period::quarter(a.year(), (a.month() - 1) / 3 + 1))
            return q.value();
    if (a.day() == 1 && a.month() == 1 && b == QDate(a.year(), 12, 31))
        if (auto y = impact::Period::year(a.year()))
            return y.value();
    return custom;
}

int runDashboard(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption from(u"from"_s, u"The period's first day, YYYY-MM-DD."_s, u"DATE"_s);
    const QCommandLineOption to(u"to"_s, u"The period's last day, YYYY-MM-DD (included)."_s, u"DATE"_s);
    const QCommandLineOption asOf(u"as-of"_s, u"Read re-entries up to this day (default today)."_s, u"DATE"_s);
    const QCommandLineOption centre(u"centre"_s, u"Only the households of this centre code (repeat for several)."_s,
                                    u"CODE"_s);
    const QCommandLineOption region(u"region"_s, u"Only the households of this region."_s, u"NAME"_s);
    const QCommandLineOption city(u"city"_s, u"Only the households of this city."_s, u"NAME"_s);
    const QCommandLineOption district(u"district"_s, u"Only the households of this district."_s, u"NAME"_s);
    const QCommandLineOption level(u"level"_s, u"Only the households whose level of care is now this one."_s, u"LEVEL"_s);
    const QCommandLineOption category(u"category"_s, u"Only the households of this category."_s, u"KEY"_s);
    const QCommandLineOption track(u"track"_s, u"Only the households with a plan on this empowerment track."_s, u"KEY"_s);
    const QCommandLineOption headSex(u"head-sex"_s, u"Only the households whose head is male or female."_s, u"SEX"_s);
    const QCommandLineOption headAge(u"head-age"_s, u"Only the households whose head is FROM-TO years old on the "
                                                    "period's last day (TO may be left out: FROM-)."_s,
                                     u"FROM-TO"_s);
    const QCommandLineOption format(u"format"_s, u"json or csv (one row per number; default json)."_s, u"FORMAT"_s,
                                    u"json"_s);
    const QCommandLineOption outFile(u"out"_s, u"The file to write."_s, u"FILE"_s);
    p.addOptions({kUrl, from, to, asOf, centre, region, city, district, level, category, track, headSex, headAge, format,
                  outFile});
    if (int r = parse(p, args, u"Write the national dashboard of a period: indicators 1-4 (caseload, exits, sustained "
                               "exits, re-entry) for the period and the one before, the twelve months' trends and "
                               "each centre's bars, counted from the facts each publication keeps (no list of "
                               "households), each number as tamkeen-hub report gives it."_s);
        r >= 0)
        return r;
    if (p.value(format) != u"json" && p.value(format) != u"csv")
        return fail(u"--format must be json or csv"_s, Usage);
    std::optional<impact::Period> period;
    if (int r = reportPeriod(p, {from, to, outFile, level}, &period); r >= 0)
        return r;
    impact::ImpactFilter filter;
    filter.careLevel = p.value(level);
    filter.region = p.value(region);
    filter.city = p.value(city);
    filter.district = p.value(district);
    filter.category = p.value(category);
    filter.track = p.value(track);
    filter.headSex = p.value(headSex);
    if (!filter.headSex.isEmpty() && filter.headSex != u"male" && filter.headSex != u"female")
        return fail(u"--head-sex must be male or female"_s, Usage);
    if (p.isSet(headAge)) {
        const QStringList ends = p.value(headAge).split(u'-');
        bool okFrom = false, okTo = true;
        impact::AgeBand band;
        band.from = ends.value(0).toInt(&okFrom);
        if (ends.size() == 2 && !ends[1].isEmpty())
            band.to = ends[1].toInt(&okTo);
        if (ends.size() != 2 || !okFrom || !okTo || band.from < 0 || band.from > 150 || (band.to && (*band.to < band.from || *band.to > 150)))
            return fail(u"--head-age is FROM-TO or FROM- in whole years from 0 to 150 (e.g. 18-35, 60-)"_s, Usage);
        filter.headAge = band;
    }
    QDate asOfDay = QDate::currentDate();
    if (p.isSet(asOf) && !(asOfDay = QDate::fromString(p.value(asOf), Qt::ISODate)).isValid())
        return fail(u"dates are written YYYY-MM-DD"_s, Usage);
    auto pg = connect(p);
    if (!pg)
        return Failed;
    if (!addCentres(*pg, p.values(centre), filter))
        return Failed;
    const hub::DashboardRequest request{namedPeriod(*period), filter, asOfDay};
    auto rows = hub::NationalDashboard::rows(*pg, request);
    if (!rows)
        return fail(rows.error().message);
    const QByteArray bytes = p.value(format) == u"csv" ? hub::NationalDashboard::csv(rows.value())
                                                       : QJsonDocument(hub::NationalDashboard::json(request, rows.value())).toJson();
    return writeRows(u"dashboard"_s, p.value(outFile), bytes, rows.value().size());
}

int runCheck(const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions({kDb, kUrl, loginOption(u"any active user"_s)});
    if (int r = parse(p, args, u"Check the ledger (as tamkeen-cli check), the connection to PostgreSQL, and that "
                               "PostgreSQL holds as many rows of each table as the ledger, after sending it what "
                               "was waiting. Exit status 1 when a problem is found."_s);
        r >= 0)
        return r;
    auto h = openHub(p);
    if (!h)
        return Failed;
    int problems = cli::runCheck({u"tamkeen-hub check"_s, u"--db"_s, p.value(kDb)}) == Ok ? 0 : 1;
    storage::Database *db = h->db.get();
    hub::PgConnection *pg = h->pg.get();
    out(u"PostgreSQL %1, database %2 as %3, %4"_s.arg(pg->serverVersion(), pg->database(), pg->user(),
                                                     pg->tls() ? u"over TLS"_s : u"without TLS"_s));
    // What the ledger noted and PostgreSQL lacks (this check's own login among
    // it) is sent first, as tamkeen-cli check mends what it can.
    auto mended = hub::HubPublisher(*db, *pg).publish(false);
    if (!mended)
        return fail(mended.error().message);
    markPublished(p.value(kDb));
    if (mended.value().rows > 0)
        out(u"sent %1 rows the ledger held and PostgreSQL lacked"_s.arg(mended.value().rows));
    for (const QString &table : storage::syncedTables(*db)) {
        auto here = db->scalar(u"SELECT count(*) FROM \"%1\""_s.arg(table));
        auto there = pg->query(u"SELECT count(*) FROM %1.%2"_s.arg(dataSchema(), hub::quotedIdentifier(table)));
        if (!here || !there) {
            ++problems;
            out(u"problem: %1: %2"_s.arg(table, !here ? here.error().message : there.error().message));
            continue;
        }
        if (here.value().toLongLong() != there.value().integer(0, 0)) {
            ++problems;
            out(u"problem: %1 holds %2 rows in the ledger, %3 in PostgreSQL"_s.arg(table)
                    .arg(here.value().toLongLong())
                    .arg(there.value().integer(0, 0)));
        }
    }
    auto misfits = pg->query(u"SELECT tbl, encode(row_id, 'hex'), col, canonical FROM %1.misfits ORDER BY 1, 2, 3"_s.arg(dataSchema()));
    if (!misfits)
        return fail(misfits.error().message);
    for (int i = 0; i < misfits.value().rows(); ++i)
        out(u"note: %1 %2 %3 holds %4, which its PostgreSQL column cannot: NULL there, kept for the dump"_s.arg(
            misfits.value().text(i, 0), misfits.value().text(i, 1), misfits.value().text(i, 2), misfits.value().text(i, 3)));
    out(problems == 0 ? u"PostgreSQL holds what the ledger holds"_s : u"%1 problem(s)"_s.arg(problems));
    return problems == 0 ? Ok : Failed;
}

} // namespace tamkeen::hubcli
