// Sync by export files from the command line: export, import (a file or a
// folder, one summary line per file), conflicts, devices (enrolling a laptop
// among them) and the canonical dump that two copies are compared with.
#include "CliSupport.h"
#include "registry/IndexRebuild.h"
#include "security/AuditLog.h"
#include "storage/Uuid.h"
#include "sync/Conflicts.h"
#include "sync/Exporter.h"
#include "sync/Importer.h"
#include "sync/Refusals.h"
#include "sync/Scope.h"
#include "sync/Snapshot.h"
#include "sync/SyncDevices.h"
#include "sync/Enrolment.h"

#include <QFile>
#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace tamkeen::cli {

namespace {

const QCommandLineOption kDb(u"db"_s, u"The database file."_s, u"PATH"_s);
using security::Role;

QString valueText(const QVariant &v)
{
    if (v.isNull())
        return u"(empty)"_s;
    if (v.typeId() == QMetaType::QByteArray)
        return QString::fromLatin1(v.toByteArray().toHex());
    return v.toString();
}

} // namespace

Result<QString> orgPassphrase()
{
    return readPassword("TAMKEEN_ORG_PASSPHRASE", u"Enrolment file passphrase: "_s);
}

namespace {

int writeSnapshot(const QString &path, const QString &file, const QCommandLineParser &p,
                  const sync::ExportOptions &receiver)
{
    auto db = openDatabase(path, false);
    if (!db)
        return Failed;
    auto session = requireUser(*db, p, {Role::Administrator});
    if (!session)
        return fail(session.error().message);
    auto scope = sync::Exporter(*db).receiverScope(receiver);
    if (!scope)
        return fail(scope.error().message);
    auto written = sync::Snapshot::write(*db, session.value(), file, scope.value());
    if (!written)
        return fail(written.error().message);
    out(u"wrote %1: %2 rows, %3 change-log entries, %4 conflicts, %5 bytes"_s.arg(file)
            .arg(written.value().rows)
            .arg(written.value().entries)
            .arg(written.value().conflicts)
            .arg(written.value().bytes));
    return Ok;
}

// A snapshot started from: the search index and the list, rebuilt at once
// (no one else uses a laptop being set up).
int rebuildAfterSnapshot(storage::Database &db)
{
    Status s = registry::IndexRebuild::run(db, {}, 0, 0);
    if (!s)
        return fail(s.error().message);
    out(u"the search index and the household list are built"_s);
    return Ok;
}

} // namespace

int runExport(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption outFile(u"out"_s, u"The package file to write (.tamkeen)."_s, u"FILE"_s);
    const QCommandLineOption forDevice(u"for"_s, u"Only what this device (its id) may lack."_s, u"DEVICE"_s);
    const QCommandLineOption all(u"all"_s, u"Everything this copy holds (of the receiver's households)."_s);
    const QCommandLineOption centre(u"centre"_s, u"For a copy of this centre (its code): its households only."_s,
                                    u"CODE"_s);
    const QCommandLineOption region(u"region"_s, u"For a regional hub: the households of this region's centres only."_s,
                                    u"NAME"_s);
    const QCommandLineOption partSize(u"part-size"_s, u"Split into parts of about this many megabytes."_s, u"MB"_s);
    const QCommandLineOption snapshot(u"snapshot"_s, u"Instead, a snapshot of this copy's data (.tamkeen-snapshot) "
                                                     "that a laptop this copy enrolled starts from (administrators): "
                                                     "of what --for DEVICE (the laptop), --centre or --region "
                                                     "receives; without them, everything (for a hub)."_s);
    p.addOptions({kDb, outFile, forDevice, all, centre, region, partSize, snapshot, loginOption(u"any active user"_s)});
    if (int r = parse(p, args, u"Export a signed, encrypted sync package. For a device (--for), a centre (--centre) "
                               "or a region (--region) it holds only their households' data and the organisation's "
                               "(docs/sync-format.md, \"Scoped exports\"); without any, everything."_s);
        r >= 0)
        return r;
    if (p.value(outFile).isEmpty())
        return fail(u"--out FILE is required"_s, Usage);
    if (p.isSet(forDevice) && p.isSet(all))
        return fail(u"--for and --all exclude each other"_s, Usage);
    if (int(p.isSet(forDevice)) + int(p.isSet(centre)) + int(p.isSet(region)) > 1)
        return fail(u"--for, --centre and --region exclude each other"_s, Usage);
    sync::ExportOptions options;
    options.all = p.isSet(all);
    options.centreCode = p.value(centre).trimmed();
    options.region = p.value(region).trimmed();
    if ((p.isSet(centre) && options.centreCode.isEmpty()) || (p.isSet(region) && options.region.isEmpty()))
        return fail(u"--centre and --region need a code or a name"_s, Usage);
    if (p.isSet(forDevice)) {
        options.forDevice = storage::uuidFromString(p.value(forDevice));
        if (options.forDevice.isEmpty())
            return fail(u"--for needs a device id such as 0190f5c2-7d1a-7c3e-9b2f-0a1b2c3d4e5f"_s, Usage);
    }
    if (p.isSet(snapshot))
        return (p.isSet(all) || p.isSet(partSize)) ? fail(u"--snapshot takes no --all or --part-size"_s, Usage)
                                                   : writeSnapshot(p.value(kDb), p.value(outFile), p, options);
    if (p.isSet(partSize)) {
        bool ok = false;
        options.partBytes = p.value(partSize).toLongLong(&ok) * 1024 * 1024;
        if (!ok || options.partBytes <= 0)
            return fail(u"--part-size must be a number of megabytes"_s, Usage);
    }
    auto db = openDatabase(p.value(kDb), false);
    if (!db)
        return Failed;
    if (auto session = requireUser(*db, p); !session)
        return fail(session.error().message);
    auto written = sync::Exporter(*db).write(p.value(outFile), options);
    if (!written)
        return fail(written.error().message);
    for (const QString &file : written.value().files)
        out(u"wrote %1"_s.arg(file));
    out(u"%1 changes (%2 field values), %3 documents, %4 bytes"_s.arg(written.value().entries)
            .arg(written.value().fieldChanges)
            .arg(written.value().documents)
            .arg(written.value().bytes));
    if (written.value().leftOut > 0)
        out(u"%1 changes of households beyond the receiver's scope left out"_s.arg(written.value().leftOut));
    return Ok;
}

QStringList packageArguments(const QCommandLineParser &p)
{
    QStringList files;
    for (const QString &arg : p.positionalArguments())
        files << (QFileInfo(arg).isDir() ? sync::Importer::packagesIn(arg) : QStringList{arg});
    return files;
}

int importPackages(storage::Database &db, const QStringList &files, const sync::ImportOptions &options,
                   const std::function<void(const QString &, bool imported, bool retry)> &after)
{
    sync::Importer importer(db, options);
    int refused = 0;
    for (const QString &file : files) {
        const sync::ImportSummary s = importer.importFile(file);
        if (!s.ok()) {
            ++refused;
            out(u"%1: refused"_s.arg(file));
            fail(u"%1: %2"_s.arg(file, s.refused));
            if (after)
                after(file, false, s.retry);
            continue;
        }
        out(u"%1: %2 changes: %3 new, %4 updated, %5 unchanged, %6 conflicts, %7 waiting%8%9%10"_s.arg(file)
                .arg(s.entries)
                .arg(s.newRows)
                .arg(s.updated)
                .arg(s.unchanged)
                .arg(s.conflicts)
                .arg(s.waiting)
                .arg(s.refusedChanges > 0 ? u", %1 refused (%2)"_s.arg(s.refusedChanges).arg(s.refusalsText()) : QString())
                .arg(s.alreadyImported ? u" (imported before)"_s : QString())
                .arg(s.documents > 0 ? u"; %1 documents received whole"_s.arg(s.documents) : QString()));
        if (s.outOfScope > 0)
            out(u"%1: %2 changes of households beyond this copy's scope were left out by the sender"_s.arg(file).arg(
                s.outOfScope));
        if (!s.identityNote.isEmpty())
            out(u"%1: %2 New device id: %3."_s.arg(file, s.identityNote, storage::uuidToString(s.newDeviceId)));
        const bool rebuilt = !s.snapshot || rebuildAfterSnapshot(db) == Ok;
        if (!rebuilt)
            ++refused;
        if (after)
            after(file, rebuilt, !rebuilt);
    }
    return refused;
}

int runImport(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption ahead(u"max-clock-ahead"_s, u"Days a sender's clock may be ahead of ours before its device "
                                                         "is flagged (default 2)."_s,
                                   u"DAYS"_s, u"2"_s);
    p.addOptions({kDb, ahead, loginOption(u"any active user"_s)});
    p.addPositionalArgument(u"files"_s, u"Package files or folders of them."_s, u"FILE|DIR…"_s);
    if (int r = parse(p, args, u"Import sync packages: one summary line per file; exit status 1 when any was "
                               "refused (each reason on stderr)."_s);
        r >= 0)
        return r;
    if (p.positionalArguments().isEmpty())
        return fail(u"name at least one package file or folder"_s, Usage);
    const QStringList files = packageArguments(p);
    auto db = openDatabase(p.value(kDb), false);
    if (!db)
        return Failed;
    if (auto session = requireUser(*db, p); !session)
        return fail(session.error().message);
    sync::ImportOptions options;
    options.maxClockAheadDays = p.value(ahead).toInt();
    const int refused = importPackages(*db, files, options);
    return refused == 0 ? Ok : Failed;
}

int runConflicts(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption keep(u"keep"_s, u"resolve: kept or lost (which value stays)."_s, u"SIDE"_s);
    const QCommandLineOption value(u"value"_s, u"resolve: a combined value typed by hand."_s, u"TEXT"_s);
    p.addOptions({kDb, keep, value, loginOption(u"any active user to list, a supervisor or an administrator to "
                                               "resolve"_s)});
    p.addPositionalArgument(u"action"_s, u"list | resolve ID"_s);
    if (int r = parse(p, args, u"List or resolve sync conflicts. A confidential field's values (psychological notes, "
                               "a confidential session's notes, wellbeing answers) show only to counsellors and "
                               "supervisors, else as \"hidden: confidential\"; only a supervisor resolves such a "
                               "conflict."_s);
        r >= 0)
        return r;
    const QStringList pos = p.positionalArguments();
    const bool listing = pos == QStringList{u"list"_s};
    if (!listing && (pos.size() != 2 || pos[0] != u"resolve" || (p.isSet(keep) == p.isSet(value))))
        return fail(u"usage: conflicts list --as USER | resolve ID (--keep kept|lost | --value TEXT) --as USER"_s, Usage);
    auto db = openDatabase(p.value(kDb), false);
    if (!db)
        return Failed;
    auto session = listing ? requireUser(*db, p) : requireUser(*db, p, {Role::Supervisor, Role::Administrator});
    if (!session)
        return fail(session.error().message);
    sync::Conflicts conflicts(*db);
    const auto shown = [](const sync::Conflict &c, const sync::ConflictSide &side) {
        return c.hidden ? u"hidden: confidential"_s : valueText(side.value);
    };
    if (listing) {
        auto open = conflicts.open(session.value());
        if (!open)
            return fail(open.error().message);
        for (const sync::Conflict &c : open.value())
            out(u"%1\t%2\t%3\t%4\t%5\tkept: %6 (%7, %8)\tlost: %9 (%10, %11)"_s.arg(c.id)
                    .arg(c.kind, c.table, storage::uuidToString(c.rowId), c.column, shown(c, c.kept),
                         c.kept.authorName, c.kept.at.toString(Qt::ISODate), shown(c, c.lost))
                    .arg(c.lost.authorName, c.lost.at.toString(Qt::ISODate)));
        out(u"%1 open conflict(s)"_s.arg(open.value().size()));
        return Ok;
    }
    bool ok = false;
    const qint64 id = pos[1].toLongLong(&ok);
    if (!ok)
        return fail(u"the conflict ID is a number (see conflicts list)"_s, Usage);
    auto c = conflicts.conflict(session.value(), id);
    if (!c)
        return fail(c.error().message);
    if (!sync::Conflicts::mayResolve(session.value(), c.value()))
        return fail(u"conflict %1 is about a confidential field: only a supervisor, who may read it, resolves it"_s
                        .arg(id));
    QVariant chosen;
    if (p.isSet(keep)) {
        if (p.value(keep) != u"kept" && p.value(keep) != u"lost")
            return fail(u"--keep is kept or lost"_s, Usage);
        chosen = p.value(keep) == u"kept" ? c.value().kept.value : c.value().lost.value;
    } else {
        chosen = p.value(value);
    }
    if (Status s = conflicts.resolve(session.value(), id, chosen); !s)
        return fail(s.error().message);
    out(u"resolved %1: %2 = %3"_s.arg(id).arg(c.value().column, valueText(chosen)));
    return Ok;
}

int runDevices(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption reason(u"reason"_s, u"revoke: why (e.g. the laptop was stolen)."_s, u"TEXT"_s);
    const QCommandLineOption name(u"name"_s, u"enrol: the new laptop's name."_s, u"NAME"_s);
    const QCommandLineOption centre(u"centre"_s, u"enrol: the code of its centre."_s, u"CODE"_s);
    const QCommandLineOption number(u"number"_s, u"enrol: its device number (default: the next free one)."_s, u"N"_s);
    const QCommandLineOption scope(u"scope"_s, u"enrol: what it receives: centre (its centre's households, the "
                                                "default), region (its region's) or all (a hub)."_s,
                                   u"WHAT"_s, u"centre"_s);
    const QCommandLineOption outFile(u"out"_s, u"enrol: the enrolment file to write."_s, u"FILE"_s);
    p.addOptions({kDb, reason, name, centre, number, scope, outFile, loginOption(u"an administrator"_s)});
    p.addPositionalArgument(u"action"_s, u"list | enrol | revoke DEVICE | clock-cap [DAYS]"_s);
    if (int r = parse(p, args, u"List the organisation's devices as sync sees them, enrol a new laptop (an enrolment "
                               "file sealed with TAMKEEN_ORG_PASSPHRASE, else asked, for init --enrolment), revoke "
                               "one, or show or set how many days this device stamps its changes ahead of the latest "
                               "time it has received (its clock cap, docs/sync-format.md rule 3). Administrators "
                               "only, as the Devices tab."_s);
        r >= 0)
        return r;
    const QStringList pos = p.positionalArguments();
    auto db = openDatabase(p.value(kDb), false);
    if (!db)
        return Failed;
    auto session = requireUser(*db, p, {Role::Administrator});
    if (!session)
        return fail(session.error().message);
    sync::SyncDevices devices(*db);
    if (pos == QStringList{u"list"_s}) {
        auto list = devices.list();
        if (!list)
            return fail(list.error().message);
        for (const sync::SyncDevice &d : list.value()) {
            QStringList flags;
            if (d.thisDevice)
                flags << u"this device"_s;
            if (d.sharesNumber)
                flags << u"number shared: new files numbered %1"_s.arg(d.fileNumberPart);
            if (d.revoked)
                flags << u"revoked"_s;
            if (d.clockAheadAt.isValid())
                flags << u"clock ahead"_s;
            if (d.missing > 0)
                flags << u"%1 changes missing"_s.arg(d.missing);
            out(u"%1\t%2\t%3\t%4\treceives: %5\tlast package: %6\t%7"_s.arg(storage::uuidToString(d.id))
                    .arg(d.number)
                    .arg(d.name, d.centre, d.scope,
                         d.lastPackageAt.isValid() ? d.lastPackageAt.toString(Qt::ISODate) : u"never"_s,
                         flags.join(u", "_s)));
        }
        return Ok;
    }
    if (!pos.isEmpty() && pos[0] == u"clock-cap" && pos.size() <= 2) {
        if (pos.size() == 2) {
            bool number = false;
            const int days = pos[1].toInt(&number);
            if (!number)
                return fail(u"clock-cap takes a number of days"_s, Usage);
            if (Status s = db->setClockCapDays(days); !s)
                return fail(s.error().message);
        }
        out(u"clock cap: %1 days"_s.arg(db->clockCapDays()));
        return Ok;
    }
    if (pos == QStringList{u"enrol"_s}) {
        if (p.value(name).isEmpty() || p.value(centre).isEmpty() || p.value(outFile).isEmpty())
            return fail(u"usage: devices enrol --name NAME --centre CODE [--number N] [--scope centre|region|all] "
                        "--out FILE --as ADMIN"_s,
                        Usage);
        if (!sync::Scope::kinds().contains(p.value(scope)))
            return fail(u"--scope is centre, region or all"_s, Usage);
        sync::EnrolRequest request{p.value(name), p.value(centre), 0, p.value(scope)};
        if (p.isSet(number)) {
            bool ok = false;
            request.number = p.value(number).toInt(&ok);
            if (!ok || request.number < 1)
                return fail(u"--number is a device number from 1 to %1"_s.arg(sync::Enrolment::kMaxNumber), Usage);
        }
        auto passphrase = orgPassphrase();
        if (!passphrase)
            return fail(passphrase.error().message);
        auto enrolled = sync::Enrolment::enrol(*db, session.value(), request, p.value(outFile), passphrase.value());
        if (!enrolled)
            return fail(enrolled.error().message);
        out(u"enrolled %1 as device %2 (%3); wrote %4"_s.arg(enrolled.value().name)
                .arg(enrolled.value().number)
                .arg(storage::uuidToString(enrolled.value().id), p.value(outFile)));
        return Ok;
    }
    if (pos.size() != 2 || pos[0] != u"revoke")
        return fail(u"usage: devices list | enrol --name NAME --centre CODE [--number N] --out FILE --as ADMIN | "
                    "revoke DEVICE --reason TEXT --as ADMIN | clock-cap [DAYS]"_s,
                    Usage);
    const QByteArray device = storage::uuidFromString(pos[1]);
    if (device.isEmpty())
        return fail(u"name the device by its id (see devices list)"_s, Usage);
    if (Status s = devices.revoke(session.value(), device, p.value(reason)); !s)
        return fail(s.error().message);
    out(u"revoked %1; the organisation key has changed: export to the other devices"_s.arg(pos[1]));
    return Ok;
}

// What imports refused for good (sync_refused): a supervisor's look at what
// devices sent and this copy did not believe.
int runRefused(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption limit(u"limit"_s, u"At most this many, the latest first (default 1000)."_s, u"N"_s);
    p.addOptions({kDb, limit, loginOption(u"a supervisor or an administrator"_s)});
    if (int r = parse(p, args, u"List the changes imports refused for good, the latest first: when, the device that "
                               "made it and its number, the table and row, the author, the device whose package "
                               "brought it, and why. Such a change counts as received: it is not sent again."_s);
        r >= 0)
        return r;
    bool ok = true;
    const int most = p.isSet(limit) ? p.value(limit).toInt(&ok) : 1000;
    if (!ok || most <= 0)
        return fail(u"--limit takes a positive number"_s, Usage);
    auto db = openDatabase(p.value(kDb), false);
    if (!db)
        return Failed;
    if (auto session = requireUser(*db, p, {Role::Supervisor, Role::Administrator}); !session)
        return fail(session.error().message);
    auto list = sync::Refusals::list(*db, most);
    if (!list)
        return fail(list.error().message);
    const auto id = [](const QByteArray &uuid) { return uuid.isEmpty() ? u"-"_s : storage::uuidToString(uuid); };
    for (const sync::RefusedChange &c : list.value())
        out(u"%1\t%2 #%3\t%4\t%5\tauthor %6\tfrom %7\t%8 (%9)"_s.arg(c.refusedAt.toString(Qt::ISODate), id(c.device))
                .arg(c.seq)
                .arg(c.table, id(c.rowId), id(c.author), id(c.sender), sync::Refusals::text(c.reason), c.reason));
    out(u"%1 refused change(s)"_s.arg(list.value().size()));
    return Ok;
}

int runDump(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption canonical(u"canonical"_s, u"Sorted, stable text of the synced data."_s);
    p.addOptions({kDb, canonical, loginOption(u"an administrator or a supervisor"_s)});
    if (int r = parse(p, args, u"Print the synced data (not the sync bookkeeping), sorted and stable, so two "
                               "copies compare with diff. It holds everything, confidential notes included: "
                               "administrators and supervisors only."_s);
        r >= 0)
        return r;
    if (!p.isSet(canonical))
        return fail(u"--canonical is the only form there is; give it"_s, Usage);
    auto db = openDatabase(p.value(kDb), false);
    if (!db)
        return Failed;
    auto session = requireUser(*db, p, {Role::Administrator, Role::Supervisor});
    if (!session)
        return fail(session.error().message);
    security::AuditLog::logged(security::AuditLog(*db).record(session.value(), u"export"_s, {}, u"dump --canonical"_s));
    QFile stdoutFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
        return fail(u"cannot write to standard output"_s);
    if (Status s = sync::writeCanonicalDump(*db, stdoutFile); !s)
        return fail(s.error().message);
    return Ok;
}

} // namespace tamkeen::cli
