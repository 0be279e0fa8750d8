#include "CliSupport.h"
#include "impact/MaintainedFacts.h"
#include "sync/Enrolment.h"
#include "sync/Compaction.h"
#include "sync/Importer.h"
#include "sync/SyncDevices.h"
#include "org/DeviceInfo.h"
#include "org/Identities.h"
#include "registry/IndexRebuild.h"
#include "storage/ChangeLog.h"
#include "storage/Inspect.h"
#include "storage/Uuid.h"

using namespace Qt::StringLiterals;

namespace tamkeen::cli {

namespace {
const QCommandLineOption kDb(u"db"_s, u"The database file."_s, u"PATH"_s);

// Device numbers two administrators reserved offline (docs/sync-format.md, "Device numbers").
Result<QStringList> duplicateDeviceNumbers(storage::Database &db)
{
    auto duplicates = sync::Enrolment::duplicateNumbers(db);
    if (!duplicates)
        return duplicates.error();
    auto known = sync::SyncDevices(db).list();
    if (!known)
        return known.error();
    QHash<QByteArray, QString> names;
    for (const sync::SyncDevice &d : known.value())
        names.insert(d.id, d.name);
    QStringList problems;
    for (const sync::DuplicateNumber &n : duplicates.value()) {
        QStringList devices;
        for (const QByteArray &id : n.devices) {
            auto part = sync::Enrolment::fileNumberPart(db, id);
            if (!part)
                return part.error();
            devices << u"%1 (%2, new files %3)"_s.arg(storage::uuidToString(id), names.value(id), part.value());
        }
        problems << u"devices: number %1 is shared by %2; the first keeps it"_s.arg(n.number).arg(devices.join(u" and "_s));
    }
    return problems;
}

// One line per identity that two copies made offline, e.g.
// "duplicate user name: sara (2 accounts)".
QString duplicateLine(const org::SharedIdentity &shared)
{
    const qsizetype n = shared.rows.size();
    switch (shared.kind) {
    case org::IdentityKind::UserName:
        return u"duplicate user name: %1 (%2 accounts; none can log in until an administrator renames all but one: "
               "users rename)"_s.arg(shared.value).arg(n);
    case org::IdentityKind::CentreCode:
        return u"duplicate centre code: %1 (%2 centres; an administrator gives one another code: centres rename. "
               "File numbers already given keep theirs)"_s.arg(shared.value).arg(n);
    case org::IdentityKind::FileNumber:
        return u"duplicate file number: %1 (%2 households; see the duplicates report, printed numbers are not "
               "changed automatically)"_s.arg(shared.value).arg(n);
    }
    return {};
}
} // namespace

int runInfo(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(kDb);
    if (int r = parse(p, args, u"Show the schema version, this device, its centre and the rows in each table."_s); r >= 0)
        return r;
    auto db = openDatabase(p.value(kDb), false);
    if (!db)
        return Failed;
    out(u"database: %1"_s.arg(db->path()));
    out(u"schema version: %1"_s.arg(db->schemaVersion()));
    if (auto device = org::Devices::thisDevice(*db)) {
        const org::DeviceInfo &d = device.value();
        out(u"device: %1 (number %2, id %3)"_s.arg(d.name).arg(d.number).arg(storage::uuidToString(d.deviceId)));
        out(u"centre: %1 %2 (%3)"_s.arg(d.centreCode, d.centreName, d.region));
    } else {
        out(u"device: not set up"_s);
    }
    auto counts = storage::tableCounts(*db);
    if (!counts)
        return fail(counts.error().message);
    out(u"rows:"_s);
    for (const auto &[table, n] : counts.value())
        out(u"  %1 %2"_s.arg(table.leftJustified(16)).arg(n));
    return Ok;
}

int runCheck(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(kDb);
    if (int r = parse(p, args, u"Check SQLite integrity and Tamkeen's rules (change log, setup, users, and user "
                               "names, centre codes and file numbers that two copies made offline); rebuild the "
                               "dashboard's kept facts. "
                               "Exit status 1 when a problem is found."_s);
        r >= 0)
        return r;
    auto db = openDatabase(p.value(kDb), false);
    if (!db)
        return Failed;
    auto problems = storage::checkDatabase(*db);
    if (!problems)
        return fail(problems.error().message);
    auto numbers = duplicateDeviceNumbers(*db);
    if (!numbers)
        return fail(numbers.error().message);
    problems.value() << numbers.value();
    auto shared = org::Identities::all(*db);
    if (!shared)
        return fail(shared.error().message);
    for (const org::SharedIdentity &s : shared.value())
        problems.value() << duplicateLine(s);
    // Kept facts made again from the rows they follow: any that differed is
    // a fault (a write that did not mark its household), now mended.
    auto facts = impact::maintained::rebuildAll(*db);
    if (!facts)
        return fail(facts.error().message);
    problems.value() << facts.value();
    // What sync is still waiting for: reported, not a fault of this copy.
    auto gaps = sync::sequenceGaps(*db);
    auto orphans = sync::orphanRows(*db);
    if (!gaps || !orphans)
        return fail(!gaps ? gaps.error().message : orphans.error().message);
    for (const QString &line : gaps.value() + orphans.value())
        out(u"waiting: "_s + line);
    if (problems.value().isEmpty()) {
        out(u"ok"_s);
        return Ok;
    }
    for (const QString &problem : problems.value())
        out(problem);
    return fail(u"%1 problem(s) found"_s.arg(problems.value().size()));
}

int runReindex(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption again(u"again"_s, u"Begin again from the first household, even when a rebuild was cut short."_s);
    p.addOptions({kDb, again});
    if (int r = parse(p, args, u"Rebuild the search index and the household list from the registry, a few hundred "
                               "households per transaction: the application can go on using the file meanwhile. "
                               "A rebuild cut short goes on from where it stopped. Then fold the full-text index "
                               "into one segment, in one transaction (about 3 s per 100,000 households, during which "
                               "the application cannot save: run it when no one is using this file): after a bulk "
                               "import, demonstration data or joining a large centre, searches for names no one has "
                               "are then many times faster."_s);
        r >= 0)
        return r;
    auto db = openDatabase(p.value(kDb), false);
    if (!db)
        return Failed;
    if (p.isSet(again))
        if (Status s = registry::IndexRebuild::begin(*db); !s)
            return fail(s.error().message);
    qint64 shown = -1, changed = 0, done = 0;
    Status s = registry::IndexRebuild::run(*db, [&](const registry::IndexRebuild::Progress &progress) {
        changed += progress.changed;
        done = progress.done;
        const qint64 tenth = progress.total > 0 ? 10 * progress.done / progress.total : 10;
        if (progress.total > 0 && tenth != shown && !progress.finished) {
            shown = tenth;
            out(u"%1 of %2 households"_s.arg(progress.done).arg(progress.total));
        }
        return true;
    });
    if (!s)
        return fail(s.error().message);
    auto folded = registry::IndexRebuild::tidy(*db);
    if (!folded)
        return fail(folded.error().message);
    if (folded.value())
        out(u"the full-text index folded into one segment"_s);
    out(u"done: the index of %1 households is up to date; rows rewritten for %2 in this run (the others' were as "
          "they should be)"_s.arg(done).arg(changed));
    out(u"ok"_s);
    return Ok;
}

int runCompact(const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions({kDb});
    if (int r = parse(p, args, u"Remove from the change log the updates that decide nothing any more: every device "
                               "of the organisation has sent this copy a package showing it holds them, and each "
                               "field they set was set again by a change all of them hold. Every import does this "
                               "by itself; the command shows what is left and which device holds it back."_s);
        r >= 0)
        return r;
    auto db = openDatabase(p.value(kDb), false);
    if (!db)
        return Failed;
    auto done = sync::compaction::run(*db);
    if (!done)
        return fail(done.error().message);
    if (!done.value().waitingFor.isEmpty()) {
        auto name = db->scalar(u"SELECT name FROM devices WHERE id = ?"_s, {done.value().waitingFor});
        out(u"nothing compacted: device %1 (%2) has not sent this copy a package yet, so what it holds is not "
              "known"_s.arg(storage::uuidToString(done.value().waitingFor), name ? name.value().toString() : QString()));
    }
    auto after = storage::changeCount(*db);
    if (!after)
        return fail(after.error().message);
    out(u"%1 entries removed after looking at %2 rows; the change log holds %3 entries"_s.arg(done.value().removed)
            .arg(done.value().rows)
            .arg(after.value()));
    out(u"ok"_s);
    return Ok;
}

} // namespace tamkeen::cli
