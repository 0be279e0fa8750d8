// Sync by export files at scale (issue 6): writing and applying a package of
// 100,000 changed rows, applying the same package again, and a hub applying
// thousands of packages from several branches (time and peak memory, measured
// in a child process: this program with --sync-hub-child LIST).
// Baselines from the same run: raw SQLite reading the rows a package carries
// and serialising them, and SQLite's own session extension applying the same
// row changes (sqlite3changeset_apply) to a copy of the receiving database.
#ifndef SQLITE_ENABLE_SESSION
#define SQLITE_ENABLE_SESSION 1
#endif
#ifndef SQLITE_ENABLE_PREUPDATE_HOOK
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#endif
#include <sqlite3.h> // first: the session API is declared only with the two macros above

#include "Bench.h"
#include "RawSqlite.h"
#include "SyncDevices.h"

#include "org/Setup.h"
#include "security/PasswordHasher.h"
#include "security/UserService.h"
#include "storage/Database.h"
#include "storage/SyncedWriter.h"
#include "sync/Enrolment.h"
#include "sync/Exporter.h"
#include "sync/Importer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <map>
#include <memory>
#include <vector>

namespace tamkeen::bench {

namespace {

// ------------------------------------------------------------------ baselines

struct Changeset {
    QByteArray bytes;
    qint64 inserts = 0, updates = 0, values = 0; // values: non-key columns carried
};

// SQLite's session extension: the changes of `table` that turn `before` into
// `after` (sqlite3session_diff), as one changeset.
Changeset diffChangeset(const QString &after, const QString &before, const char *table)
{
    RawDb raw(after, SQLITE_OPEN_READWRITE);
    QByteArray attach = "ATTACH DATABASE '" + QFile::encodeName(before).replace('\'', "''") + "' AS before";
    raw.exec(attach.constData());
    sqlite3_session *session = nullptr;
    must(sqlite3session_create(raw, "main", &session) == SQLITE_OK, "sqlite3session_create");
    // Attached first: SQLite 3.40's sqlite3session_diff records nothing for a table it attaches itself.
    must(sqlite3session_attach(session, table) == SQLITE_OK, "sqlite3session_attach");
    char *error = nullptr;
    const int diffed = sqlite3session_diff(session, "before", table, &error);
    if (diffed != SQLITE_OK)
        QTextStream(stderr) << (error ? error : "") << "\n";
    sqlite3_free(error);
    must(diffed == SQLITE_OK, "sqlite3session_diff");
    int size = 0;
    void *data = nullptr;
    must(sqlite3session_changeset(session, &size, &data) == SQLITE_OK, "sqlite3session_changeset");
    Changeset c;
    c.bytes = QByteArray(static_cast<const char *>(data), size);
    sqlite3_free(data);
    sqlite3session_delete(session);

    sqlite3_changeset_iter *it = nullptr;
    must(sqlite3changeset_start(&it, int(c.bytes.size()), c.bytes.data()) == SQLITE_OK, "sqlite3changeset_start");
    while (sqlite3changeset_next(it) == SQLITE_ROW) {
        const char *name = nullptr;
        int columns = 0, op = 0, indirect = 0;
        sqlite3changeset_op(it, &name, &columns, &op, &indirect);
        if (op == SQLITE_INSERT) {
            ++c.inserts;
            c.values += columns - 1;
        } else if (op == SQLITE_UPDATE) {
            ++c.updates;
            for (int col = 1; col < columns; ++col) { // 0 is the key
                sqlite3_value *v = nullptr;
                if (sqlite3changeset_new(it, col, &v) == SQLITE_OK && v)
                    ++c.values;
            }
        }
    }
    sqlite3changeset_finalize(it);
    return c;
}

// sqlite3changeset_apply of `c` on `target` (a copy of the receiver without
// Tamkeen's triggers, which call functions only Tamkeen's connections have),
// WAL, synchronous=FULL and the import's page cache, like Tamkeen's import.
double applyChangesetMs(const QString &target, Changeset &c)
{
    rawCacheSize = -storage::Database::BulkCache::kKiB;
    RawDb raw(target, SQLITE_OPEN_READWRITE);
    raw.exec("PRAGMA journal_mode = WAL");
    raw.exec("PRAGMA synchronous = FULL");
    raw.exec("PRAGMA foreign_keys = ON");
    QList<QByteArray> triggers;
    {
        RawStmt q(raw, "SELECT name FROM sqlite_master WHERE type = 'trigger'");
        while (sqlite3_step(q) == SQLITE_ROW)
            triggers << QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(q, 0)));
    }
    for (const QByteArray &name : triggers)
        raw.exec(QByteArray("DROP TRIGGER \"" + name + "\"").constData());
    QElapsedTimer t;
    t.start();
    const int rc = sqlite3changeset_apply(
        raw, int(c.bytes.size()), c.bytes.data(), nullptr,
        [](void *, int, sqlite3_changeset_iter *) { return int(SQLITE_CHANGESET_ABORT); }, nullptr);
    const double ms = elapsedMs(t);
    must(rc == SQLITE_OK, "sqlite3changeset_apply");
    return ms;
}

// Turning `before` into `after` for partners: diffed, then applied to a copy of `before`.
double sessionBaselineMs(const QString &after, const QString &before, Changeset *out)
{
    *out = diffChangeset(after, before, "partners");
    const QString target = before + QStringLiteral(".apply");
    removeDatabase(target);
    must(QFile::copy(before, target), "copy the receiver");
    return applyChangesetMs(target, *out);
}

struct HubRun {
    double ms = -1;
    qint64 peakKiB = -1, startKiB = -1;
    qint64 packages = 0, entries = 0, newRows = 0, updated = 0, waiting = 0, refused = 0;
};

// The hub's imports in a child process: its peak resident size is theirs alone.
HubRun runHubChild(const QString &database, const QStringList &packages, const QString &listPath)
{
    QFile list(listPath);
    must(list.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text), "write the package list");
    list.write(QFile::encodeName(database) + '\n');
    for (const QString &p : packages)
        list.write(QFile::encodeName(p) + '\n');
    list.close();
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), childArguments({QStringLiteral("--sync-hub-child"), listPath}));
    HubRun run;
    if (!child.waitForFinished(3600 * 1000) || child.exitCode() != 0)
        return run;
    const QList<QByteArray> f = child.readAllStandardOutput().trimmed().split(' ');
    if (f.size() < 9)
        return run;
    run.ms = f[0].toDouble();
    run.peakKiB = f[1].toLongLong();
    run.startKiB = f[2].toLongLong();
    run.packages = f[3].toLongLong();
    run.entries = f[4].toLongLong();
    run.newRows = f[5].toLongLong();
    run.updated = f[6].toLongLong();
    run.waiting = f[7].toLongLong();
    run.refused = f[8].toLongLong();
    return run;
}

QString peakText(const HubRun &r)
{
    return r.peakKiB < 0 ? QStringLiteral("not measured (no /proc/self/status)")
                         : QStringLiteral("peak resident size %1 MiB (%2 MiB before the first import)")
                               .arg(double(r.peakKiB) / 1024.0, 0, 'f', 1)
                               .arg(double(r.startKiB) / 1024.0, 0, 'f', 1);
}

} // namespace

int syncHubChild(const QString &listPath)
{
    QFile list(listPath);
    if (!list.open(QIODevice::ReadOnly | QIODevice::Text))
        return 1;
    QStringList lines;
    for (const QByteArray &line : list.readAll().split('\n'))
        if (!line.isEmpty())
            lines << QFile::decodeName(line);
    if (lines.isEmpty())
        return 1;
    const QString path = lines.takeFirst();
    unlockBenchFile(path);
    auto db = storage::Database::open(path);
    if (!db)
        return 1;
    logIn(*db.value());
    const qint64 startKiB = peakKiB();
    sync::Importer importer(*db.value());
    HubRun run;
    QElapsedTimer t;
    t.start();
    double lastReport = 0;
    for (const QString &path : std::as_const(lines)) {
        const sync::ImportSummary s = importer.importFile(path);
        ++run.packages;
        if (!s.ok()) {
            ++run.refused;
            QTextStream(stderr) << path << ": " << s.refused << "\n";
        }
        run.entries += s.entries;
        run.newRows += s.newRows;
        run.updated += s.updated;
        run.waiting += s.waiting;
        // Progress, to see whether later packages cost more than the first ones.
        if (run.packages % std::max<qint64>(1, lines.size() / 10) == 0 || run.packages == lines.size()) {
            const double now = elapsedMs(t);
            QTextStream(stderr) << "hub: " << run.packages << " of " << lines.size() << " packages, " << run.entries
                                << " entries, " << qint64(now) << " ms (+" << qint64(now - lastReport) << " ms), peak "
                                << peakKiB() / 1024 << " MiB\n";
            lastReport = now;
        }
    }
    const double ms = elapsedMs(t);
    QTextStream(stdout) << QString::number(ms, 'f', 2) << ' ' << peakKiB() << ' ' << startKiB << ' ' << run.packages << ' '
                        << run.entries << ' ' << run.newRows << ' ' << run.updated << ' ' << run.waiting << ' '
                        << run.refused << Qt::endl;
    return 0;
}

void benchSync(QTextStream &out, const QString &dir, int rows, int packages, qint64 hubFields, int bigHubRows)
{
    const QDir d(dir);
    QTextStream err(stderr);
    QElapsedTimer phase;

    // ---------------------------------------------------------- 1. 100,000 rows
    auto a = makeDevice(d.filePath(QStringLiteral("sync-a.sqlite")), 1);
    // A's administrator enrols every other device now: the branches first, so
    // that B, the hubs and the head office start knowing them, then those.
    constexpr int kBranches = 4;
    QList<int> numbers;
    for (int i = 0; i < kBranches; ++i)
        numbers << 3 + i;
    numbers << 2 << 10 << 11 << 12 << 13;
    const QHash<int, QString> enrolments = enrolDevices(*a, d, numbers);
    const security::Session admin = a->admin;
    auto b = joinDevice(d.filePath(QStringLiteral("sync-b.sqlite")), enrolments.value(2), admin);

    phase.start();
    const QList<QByteArray> ids = insertPartners(*a, rows, QStringLiteral("أ"));
    err << "sync: " << rows << " partners inserted on A in " << qint64(elapsedMs(phase)) << " ms\n";

    // The new rows, to a newly joined device.
    double exportNewMs = 0, importNewMs = 0;
    const QString newPackage = d.filePath(QStringLiteral("sync-new.tamkeen"));
    QFile::remove(newPackage);
    const sync::ExportSummary newSummary = exportPackage(*a, newPackage, {}, &exportNewMs);
    qint64 rawNewBytes = 0;
    const double rawExportNewMs = rawExportMs(a->path, a->id(), 0, d.filePath(QStringLiteral("sync-new.raw")),
                                              &rawNewBytes);
    report(out, {QStringLiteral("export a package of %1 new rows (%2 entries, %3 field values, %4)")
                     .arg(rows).arg(newSummary.entries).arg(newSummary.fieldChanges).arg(mib(newSummary.bytes)),
                 exportNewMs, rawExportNewMs, QStringLiteral("ms"),
                 QStringLiteral("Exporter::write, whole history of A; baseline: raw SELECT of the same log entries "
                                "and rows, values serialised to a file (%1)")
                     .arg(mib(rawNewBytes))});

    const QString aNew = d.filePath(QStringLiteral("sync-a-new.snapshot"));
    const QString bEmpty = d.filePath(QStringLiteral("sync-b-empty.snapshot"));
    snapshot(*a, aNew);
    snapshot(*b, bEmpty);
    double importNewBehindMs = 0;
    const sync::ImportSummary newImport = importPackage(*b, newPackage, &importNewMs, {}, &importNewBehindMs);
    Changeset inserts;
    const double applyNewMs = sessionBaselineMs(aNew, bEmpty, &inserts);
    report(out, {QStringLiteral("import it on a newly joined device (%1 new rows)").arg(newImport.newRows), importNewMs,
                 applyNewMs, QStringLiteral("ms"),
                 QStringLiteral("Importer::importFile until it returns (its log copied into the file %4 ms later); "
                                "baseline: sqlite3changeset_apply of the same %1 rows (%2 inserts, "
                                "%3 values) on a copy of the receiver without triggers")
                     .arg(kPartners).arg(inserts.inserts).arg(inserts.values).arg(importNewBehindMs, 0, 'f', 0)});

    // The device that received them sends its vector back, so that A's next
    // package for it holds only what changed since.
    const QString back = d.filePath(QStringLiteral("sync-back.tamkeen"));
    QFile::remove(back);
    exportPackage(*b, back, {a->id(), false, 0});
    importPackage(*a, back);

    phase.start();
    const qint64 beforeUpdates = a->db->scalar(QStringLiteral("SELECT max(seq) FROM change_log WHERE device = ?"),
                                               {a->id()}).value().toLongLong();
    updatePartners(*a, ids);
    err << "sync: " << rows << " partners updated on A in " << qint64(elapsedMs(phase)) << " ms\n";

    double exportMs = 0, importMs = 0;
    const QString package = d.filePath(QStringLiteral("sync-changed.tamkeen"));
    QFile::remove(package);
    const sync::ExportSummary summary = exportPackage(*a, package, {b->id(), false, 0}, &exportMs);
    qint64 rawBytes = 0;
    const double rawExport = rawExportMs(a->path, a->id(), beforeUpdates, d.filePath(QStringLiteral("sync-changed.raw")),
                                         &rawBytes);
    report(out, {QStringLiteral("export a package of %1 changed rows (%2 entries, %3 field values, %4)")
                     .arg(rows).arg(summary.entries).arg(summary.fieldChanges).arg(mib(summary.bytes)),
                 exportMs, rawExport, QStringLiteral("ms"),
                 QStringLiteral("target ≤ 5 s; Exporter::write for the receiver; baseline: raw SELECT of the same log "
                                "entries and rows, values serialised to a file (%1)")
                     .arg(mib(rawBytes))});

    const QString aChanged = d.filePath(QStringLiteral("sync-a-changed.snapshot"));
    const QString bHolding = d.filePath(QStringLiteral("sync-b-holding.snapshot"));
    snapshot(*a, aChanged);
    snapshot(*b, bHolding);
    double importBehindMs = 0;
    const sync::ImportSummary imported = importPackage(*b, package, &importMs, {}, &importBehindMs);
    Changeset updates;
    const double applyMs = sessionBaselineMs(aChanged, bHolding, &updates);
    report(out, {QStringLiteral("import it on a device holding the rows (%1 rows updated)").arg(imported.updated),
                 importMs, applyMs, QStringLiteral("ms"),
                 QStringLiteral("target ≤ 5 s and ≤ 3× the baseline; Importer::importFile until it returns (its log "
                                "copied into the file %3 ms later by the checkpoint thread); baseline: "
                                "sqlite3changeset_apply of the same changes (%1 updates, %2 values) on a copy of the "
                                "receiver without triggers, its checkpoint inline")
                     .arg(updates.updates).arg(updates.values).arg(importBehindMs, 0, 'f', 0)});

    // ------------------------------------------- 2b. a third of them conflicting
    // B changes every third row before A's next change reaches it; A then
    // changes every row again: on B a third of the rows take A's later value
    // and keep B's in sync_conflicts for a person.
    {
        // B tells A what it holds first: A's package then carries only its new changes.
        const QString told = d.filePath(QStringLiteral("sync-told.tamkeen"));
        QFile::remove(told);
        exportPackage(*b, told, {a->id(), false, 0});
        importPackage(*a, told);
        QList<QByteArray> third;
        for (qsizetype i = 0; i < ids.size(); i += 3)
            third << ids[i];
        updatePartners(*b, third, 3);
        updatePartners(*a, ids, 4);
        const QString crossing = d.filePath(QStringLiteral("sync-crossing.tamkeen"));
        QFile::remove(crossing);
        exportPackage(*a, crossing, {b->id(), false, 0});
        const QString aLater = d.filePath(QStringLiteral("sync-a-later.snapshot"));
        const QString bEdited = d.filePath(QStringLiteral("sync-b-edited.snapshot"));
        snapshot(*a, aLater);
        snapshot(*b, bEdited);
        double crossingMs = 0;
        double crossingBehindMs = 0;
        const sync::ImportSummary crossed = importPackage(*b, crossing, &crossingMs, {}, &crossingBehindMs);
        Changeset crossingChanges;
        const double applyCrossingMs = sessionBaselineMs(aLater, bEdited, &crossingChanges);
        report(out, {QStringLiteral("import a package of %1 changed rows on a device that changed a third of them "
                                    "(%2 conflicts kept)")
                         .arg(rows).arg(crossed.conflicts),
                     crossingMs, applyCrossingMs, QStringLiteral("ms"),
                     QStringLiteral("target ≤ 3× the baseline; Importer::importFile until it returns (its log "
                                    "copied into the file %3 ms later); baseline: sqlite3changeset_apply "
                                    "of the same changes (%1 updates, %2 values) on a copy of the receiver without "
                                    "triggers, no conflict kept")
                         .arg(crossingChanges.updates).arg(crossingChanges.values).arg(crossingBehindMs, 0, 'f', 0)});
    }

    // ------------------------------------ 2c. a hub that already holds millions
    // The same package of changed rows on a hub holding `bigHubRows` rows of
    // its own besides A's: what grows is every index the import writes into.
    if (bigHubRows > 0) {
        phase.start();
        auto big = joinDevice(d.filePath(QStringLiteral("sync-bighub.sqlite")), enrolments.value(13), admin);
        insertPartners(*big, bigHubRows, QStringLiteral("هـ"));
        importPackage(*big, newPackage);
        err << "sync: a hub of " << bigHubRows << " rows and A's " << rows << " made in " << qint64(elapsedMs(phase))
            << " ms\n";
        const QString bigBefore = d.filePath(QStringLiteral("sync-bighub-before.snapshot"));
        snapshot(*big, bigBefore);
        double bigMs = 0;
        double bigBehindMs = 0;
        const sync::ImportSummary onBig = importPackage(*big, package, &bigMs, {}, &bigBehindMs);
        big.reset();
        const QString target = bigBefore + QStringLiteral(".apply");
        removeDatabase(target);
        must(QFile::copy(bigBefore, target), "copy the hub");
        const double applyBigMs = applyChangesetMs(target, updates);
        report(out, {QStringLiteral("import the package of %1 changed rows on a hub holding %2 rows (%3 rows updated)")
                         .arg(rows).arg(bigHubRows + rows).arg(onBig.updated),
                     bigMs, applyBigMs, QStringLiteral("ms"),
                     QStringLiteral("target ≤ 3× the baseline; Importer::importFile until it returns (its log "
                                    "copied into the file %1 ms later); baseline: sqlite3changeset_apply "
                                    "of the same changes on a copy of the hub without triggers")
                         .arg(bigBehindMs, 0, 'f', 0)});
        removeDatabase(target);
        removeDatabase(bigBefore);
    }

    // ------------------------------------------------------- 3. the same again
    bool recognised = true;
    const double againMs = medianMs(5, [&] {
        recognised = recognised && sync::Importer(*b->db).importFile(package).alreadyImported;
    });
    must(recognised, "the package recognised as imported");
    report(out, {QStringLiteral("import the same package again (%1)").arg(mib(summary.bytes)), againMs, 0,
                 QStringLiteral("ms"),
                 QStringLiteral("target ≤ 10 ms; recognised by package id and signature; median of 5")});
    a.reset();
    b.reset();
    if (hubFields <= 0) // --sync-hub-fields 0: the package figures only
        return;

    // ------------------------------------------------------------- 2. the hub
    // Four branches insert rows (13 field values each) and then change two
    // fields of each (3 values with updated_at): 16 values a row.
    const int perBranch = int(std::max<qint64>(1, hubFields / kBranches / 16));
    std::vector<std::unique_ptr<Device>> branches;
    QList<QStringList> parts;
    QStringList whole;
    qint64 fieldValues = 0, wholeBytes = 0;
    auto hub = joinDevice(d.filePath(QStringLiteral("sync-hub.sqlite")), enrolments.value(10), admin);
    auto hubWhole = joinDevice(d.filePath(QStringLiteral("sync-hub-whole.sqlite")), enrolments.value(11), admin);
    // The head office, which receives everything the hub holds as one package.
    auto office = joinDevice(d.filePath(QStringLiteral("sync-office.sqlite")), enrolments.value(12), admin);
    office.reset();
    const QString hubEmpty = d.filePath(QStringLiteral("sync-hub-empty.snapshot"));
    snapshot(*hub, hubEmpty);
    hub.reset();
    hubWhole.reset();
    QDir(d.filePath(QStringLiteral("sync-hub-packages"))).removeRecursively();
    must(d.mkpath(QStringLiteral("sync-hub-packages")), "make the package folder");
    const QDir folder(d.filePath(QStringLiteral("sync-hub-packages")));
    double exportAllMs = 0;
    for (int i = 0; i < kBranches; ++i) {
        phase.start();
        auto branch = joinDevice(d.filePath(QStringLiteral("sync-branch%1.sqlite").arg(i + 1)), enrolments.value(3 + i),
                                 admin);
        const QList<QByteArray> made = insertPartners(*branch, perBranch, QStringLiteral("فرع %1").arg(i + 1));
        updatePartners(*branch, made);
        err << "sync: branch " << i + 1 << ": " << perBranch << " rows inserted and updated in "
            << qint64(elapsedMs(phase)) << " ms\n";
        // The whole history as one package, then again in parts of a size that
        // makes `packages` in all.
        double ms = 0;
        const QString one = folder.filePath(QStringLiteral("whole-b%1.tamkeen").arg(i + 1));
        const sync::ExportSummary w = exportPackage(*branch, one, {}, &ms);
        exportAllMs += ms;
        whole << one;
        wholeBytes += w.bytes;
        fieldValues += w.fieldChanges;
        const qint64 partBytes = std::max<qint64>(4096, w.bytes * kBranches / std::max(1, packages));
        sync::ExportOptions split;
        split.partBytes = partBytes;
        const sync::ExportSummary p = exportPackage(*branch, folder.filePath(QStringLiteral("b%1.tamkeen").arg(i + 1)),
                                                    split);
        parts << p.files;
        err << "sync: branch " << i + 1 << ": " << w.entries << " entries, " << w.fieldChanges << " field values, "
            << p.files.size() << " parts of about " << partBytes << " bytes; one package in " << qint64(ms) << " ms\n";
        branches.push_back(std::move(branch));
    }
    // The order a hub would meet them in: each branch's first part, then each one's second, …
    QStringList order;
    for (int k = 0;; ++k) {
        bool any = false;
        for (const QStringList &p : std::as_const(parts)) {
            if (k < p.size()) {
                order << p[k];
                any = true;
            }
        }
        if (!any)
            break;
    }
    // Baseline: the branches' final partner rows as inserts, applied to a copy of the empty hub.
    double applyHubMs = 0;
    qint64 applyHubValues = 0;
    {
        const QString target = hubEmpty + QStringLiteral(".apply");
        removeDatabase(target);
        must(QFile::copy(hubEmpty, target), "copy the hub");
        for (int i = 0; i < kBranches; ++i) {
            const QString s = d.filePath(QStringLiteral("sync-branch%1.snapshot").arg(i + 1));
            snapshot(*branches[size_t(i)], s);
            Changeset c = diffChangeset(s, hubEmpty, "partners");
            applyHubValues += c.values;
            applyHubMs += applyChangesetMs(target, c);
        }
    }
    branches.clear();

    const HubRun many = runHubChild(d.filePath(QStringLiteral("sync-hub.sqlite")), order,
                                    d.filePath(QStringLiteral("sync-hub-packages.list")));
    must(many.ms >= 0, "the hub child (many packages)");
    report(out, {QStringLiteral("hub: import %1 packages from %2 branches (%3 entries, %4 field values)")
                     .arg(many.packages).arg(kBranches).arg(many.entries).arg(fieldValues),
                 many.ms, applyHubMs, QStringLiteral("ms"),
                 QStringLiteral("target ≤ 120 s for 2,000 packages with 5,000,000 field values; %1 new rows, %2 updated, "
                                "%3 waiting, %4 refused; in a child process; baseline: sqlite3changeset_apply of the "
                                "branches' final rows as inserts (%5 values)")
                     .arg(many.newRows).arg(many.updated).arg(many.waiting).arg(many.refused).arg(applyHubValues)});
    report(out, {QStringLiteral("hub: peak memory importing those %1 packages").arg(many.packages),
                 double(many.peakKiB) / 1024.0, 0, QStringLiteral("MiB"),
                 QStringLiteral("target ≤ 300 MB; %1").arg(peakText(many))});

    const HubRun few = runHubChild(d.filePath(QStringLiteral("sync-hub-whole.sqlite")), whole,
                                   d.filePath(QStringLiteral("sync-hub-whole.list")));
    must(few.ms >= 0, "the hub child (whole packages)");
    report(out, {QStringLiteral("hub: the same changes as %1 packages, one per branch (%2 in all)")
                     .arg(few.packages).arg(mib(wholeBytes)),
                 few.ms, applyHubMs, QStringLiteral("ms"),
                 QStringLiteral("%1 new rows, %2 updated; exporting them took %3 ms in all")
                     .arg(few.newRows).arg(few.updated).arg(qint64(exportAllMs))});
    report(out, {QStringLiteral("hub: peak memory importing those %1 packages").arg(few.packages),
                 double(few.peakKiB) / 1024.0, 0, QStringLiteral("MiB"),
                 QStringLiteral("target ≤ 300 MB; %1").arg(peakText(few))});

    // Everything the hub now holds, as one package, to the head office.
    double exportOneMs = 0;
    const QString onePackage = folder.filePath(QStringLiteral("office.tamkeen"));
    sync::ExportSummary oneSummary;
    {
        auto hubDevice = std::make_unique<Device>();
        hubDevice->path = d.filePath(QStringLiteral("sync-hub-whole.sqlite"));
        auto opened = storage::Database::open(hubDevice->path);
        must(opened.ok(), "open the hub");
        hubDevice->db = std::move(opened).value();
        logIn(*hubDevice->db);
        sync::ExportOptions all;
        all.all = true;
        oneSummary = exportPackage(*hubDevice, onePackage, all, &exportOneMs);
    }
    const HubRun one = runHubChild(d.filePath(QStringLiteral("sync-office.sqlite")), {onePackage},
                                   d.filePath(QStringLiteral("sync-office.list")));
    must(one.ms >= 0, "the hub child (one package)");
    report(out, {QStringLiteral("the hub's whole copy as one package (%1 entries, %2 field values, %3) imported on a "
                                "newly joined device")
                     .arg(oneSummary.entries).arg(oneSummary.fieldChanges).arg(mib(oneSummary.bytes)),
                 one.ms, applyHubMs, QStringLiteral("ms"),
                 QStringLiteral("%1 new rows, %2 updated; exporting it (--all) took %3 ms")
                     .arg(one.newRows).arg(one.updated).arg(qint64(exportOneMs))});
    report(out, {QStringLiteral("peak memory importing that one package"), double(one.peakKiB) / 1024.0, 0,
                 QStringLiteral("MiB"), QStringLiteral("target ≤ 300 MB; %1").arg(peakText(one))});
}

} // namespace tamkeen::bench
