// Scoped exports (issue 18 §2): a hub holding the families of ten centres
// seals its entries (each tagged with its household and centre) and exports
// for one centre's laptop, and for a centre with no families (every entry
// left out: the hard case), beside an export to everyone.
#include "Bench.h"
#include "RawSqlite.h"
#include "SyncDevices.h"

#include "registry/DemoGenerator.h"
#include "storage/Database.h"
#include "storage/SyncedWriter.h"
#include "sync/Enrolment.h"
#include "sync/Exporter.h"
#include "sync/Scope.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

namespace tamkeen::bench {

namespace {

constexpr int kCentres = 10;

} // namespace

void benchScope(QTextStream &out, const QString &dir, int households)
{
    const QDir d(dir);
    QTextStream err(stderr);
    auto hub = makeDevice(d.filePath(QStringLiteral("scope-hub.sqlite")), 1);
    storage::Database &db = *hub->db;
    QList<QByteArray> centres{db.scalar(QStringLiteral("SELECT id FROM centres")).value().toByteArray()};
    {
        storage::SyncedWriter writer(db);
        for (int i = 2; i <= kCentres + 1; ++i) { // the last holds no family
            auto id = writer.insert(QStringLiteral("centres"), {{QStringLiteral("code"), QStringLiteral("C%1").arg(i)},
                                                                 {QStringLiteral("name"), QStringLiteral("مركز %1").arg(i)},
                                                                 {QStringLiteral("region"), QStringLiteral("منطقة %1").arg(i)}});
            must(id.ok(), "add a centre");
            centres << id.value();
        }
    }
    auto made = registry::DemoGenerator::generate(db, hub->admin, {households, 7, QStringLiteral("SA")});
    must(made.ok(), "demo households");
    // Spread over ten centres before anything is sealed (not a synced change:
    // the batches are sealed after it, each entry with its family's centre).
    {
        storage::Database::TriggersOff off(db);
        for (int k = 0; k < kCentres; ++k)
            must(db.write(QStringLiteral("UPDATE households SET centre_id = ? WHERE rowid % ? = ?"),
                          {centres[k], kCentres, k})
                     .ok(),
                 "spread the families");
    }
    // A laptop of the first centre, and one of the centre with no family.
    QList<QByteArray> laptops;
    for (int k : {0, kCentres}) {
        const QString code = db.scalar(QStringLiteral("SELECT code FROM centres WHERE id = ?"), {centres[k]}).value().toString();
        const QString file = d.filePath(QStringLiteral("scope-%1.tamkeen-enrol").arg(code));
        auto enrolled = sync::Enrolment::enrol(db, hub->admin, {QStringLiteral("حاسوب %1").arg(code), code, 0},
                                               file, QStringLiteral("bench passphrase"), sync::KdfCost::Minimal);
        must(enrolled.ok(), "enrol a laptop");
        laptops << enrolled.value().id;
    }
    db.setCurrentUser(hub->admin.userId);
    const qint64 entries = db.scalar(QStringLiteral("SELECT count(*) FROM change_log")).value().toLongLong();

    // The tags alone: each entry's family and centre, as sealing finds them.
    QElapsedTimer tags;
    tags.start();
    {
        sync::HouseholdOf householdOf(db);
        QList<std::pair<QString, QByteArray>> rows;
        must(db.read(QStringLiteral("SELECT tbl, row_id FROM change_log ORDER BY device, seq"), {},
                     [&](const storage::RawRow &r) { rows.append({r.text(0), r.blob(1)}); })
                 .ok(),
             "read the log");
        for (const auto &[table, row] : rows)
            must(householdOf.withCentre(table, row).ok(), "tag an entry");
    }
    const double tagsMs = elapsedMs(tags);
    QElapsedTimer rawTags;
    rawTags.start();
    {
        RawDb raw(hub->path, SQLITE_OPEN_READONLY);
        RawStmt q(raw, "SELECT c.tbl, c.row_id, h.centre_id FROM change_log c LEFT JOIN members m ON c.tbl = 'members' "
                       "AND m.id = c.row_id LEFT JOIN households h ON h.id = coalesce(m.household_id, "
                       "CASE WHEN c.tbl = 'households' THEN c.row_id END) ORDER BY c.device, c.seq");
        qint64 n = 0;
        while (sqlite3_step(q) == SQLITE_ROW)
            ++n;
        must(n == entries, "raw tags");
    }
    report(out, {QStringLiteral("scoped: find the family and centre of each of the %1 entries (the tags sealing "
                                "adds)")
                     .arg(entries),
                 tagsMs, elapsedMs(rawTags), QStringLiteral("ms"),
                 QStringLiteral("HouseholdOf::withCentre per entry; baseline: one raw SELECT joining the log to "
                                "members and households (the tables most entries are of)")});

    double ms = 0;
    qint64 rawBytes = 0;
    const QString raw = d.filePath(QStringLiteral("scope.raw"));
    const sync::ExportSummary whole = exportPackage(*hub, d.filePath(QStringLiteral("scope-all.tamkeen")), {}, &ms);
    const double rawMs = rawExportMs(hub->path, hub->id(), 0, raw, &rawBytes);
    report(out, {QStringLiteral("scoped: seal %1 entries of %2 families in %3 centres (each tagged with its family "
                                "and centre) and export them all (%4)")
                     .arg(entries).arg(households).arg(kCentres).arg(mib(whole.bytes)),
                 ms, rawMs, QStringLiteral("ms"),
                 QStringLiteral("Exporter::write to everyone, sealing included; baseline: raw SELECT of the same log "
                                "entries and rows, values serialised to a file (%1)")
                     .arg(mib(rawBytes))});
    exportPackage(*hub, d.filePath(QStringLiteral("scope-all2.tamkeen")), {QByteArray(), true, 0}, &ms);
    report(out, {QStringLiteral("scoped: export everything again, sealed (%1 entries)").arg(whole.entries), ms, rawMs,
                 QStringLiteral("ms"), QStringLiteral("Exporter::write --all; baseline as above")});
    const sync::ExportSummary one =
        exportPackage(*hub, d.filePath(QStringLiteral("scope-one.tamkeen")), {laptops[0], true, 0}, &ms);
    report(out, {QStringLiteral("scoped: export for a laptop of one centre of %1 (%2 entries, %3 left out, %4)")
                     .arg(kCentres).arg(one.entries).arg(one.leftOut).arg(mib(one.bytes)),
                 ms, rawMs, QStringLiteral("ms"),
                 QStringLiteral("Exporter::write for the device, every batch read and cut; baseline as above")});
    const sync::ExportSummary none =
        exportPackage(*hub, d.filePath(QStringLiteral("scope-none.tamkeen")), {laptops[1], true, 0}, &ms);
    report(out, {QStringLiteral("scoped: export for a laptop of a centre with no family (%1 entries, %2 left out, %3)")
                     .arg(none.entries).arg(none.leftOut).arg(mib(none.bytes)),
                 ms, rawMs, QStringLiteral("ms"),
                 QStringLiteral("every item left out as its tag and hash; baseline as above")});
    err << "scope: done\n";
    QFile::remove(raw);
}

} // namespace tamkeen::bench
