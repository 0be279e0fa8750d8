// A new laptop joining a centre (issue 16): started from a snapshot of the
// copy that enrolled it, beside the same laptop replaying the whole history
// as one package. Baseline from the same run: raw SQLite copying the
// centre's whole file (VACUUM INTO), the least a copy of its data costs.
#include "Bench.h"
#include "RawSqlite.h"
#include "SyncDevices.h"

#include "registry/IndexRebuild.h"
#include "sync/Snapshot.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace tamkeen::bench {

void benchSnapshot(QTextStream &out, const QString &dir, int rows)
{
    const QDir d(dir);
    QTextStream err(stderr);
    auto centre = makeDevice(d.filePath(QStringLiteral("snapshot-centre.sqlite")), 1);
    QElapsedTimer t;
    t.start();
    const QList<QByteArray> ids = insertPartners(*centre, rows, QStringLiteral("د"));
    updatePartners(*centre, ids, 1);
    updatePartners(*centre, ids, 2);
    err << "snapshot: " << rows << " partners inserted and changed twice in " << qint64(elapsedMs(t)) << " ms\n";
    const QHash<int, QString> enrolments = enrolDevices(*centre, d, {2, 3});

    // Replaying the history: the whole of it as one package.
    const QString history = d.filePath(QStringLiteral("snapshot-history.tamkeen"));
    QFile::remove(history);
    double exportMs = 0, replayMs = 0;
    const sync::ExportSummary sent = exportPackage(*centre, history, {QByteArray(), true, 0}, &exportMs);
    auto replayed = joinDevice(d.filePath(QStringLiteral("snapshot-replayed.sqlite")), enrolments.value(2), centre->admin);
    importPackage(*replayed, history, &replayMs);

    // The snapshot: written, then started from.
    const QString file = d.filePath(QStringLiteral("snapshot.tamkeen-snapshot"));
    QFile::remove(file);
    t.start();
    auto written = sync::Snapshot::write(*centre->db, centre->admin, file);
    const double writeMs = elapsedMs(t);
    must(written.ok(), "write the snapshot");
    auto fresh = joinDevice(d.filePath(QStringLiteral("snapshot-fresh.sqlite")), enrolments.value(3), centre->admin);
    t.start();
    auto started = sync::Snapshot::start(*fresh->db, file);
    const double startMs = elapsedMs(t);
    must(started.ok(), "start from the snapshot");
    t.start();
    must(registry::IndexRebuild::run(*fresh->db, {}, 0, 0).ok(), "build the index");
    const double indexMs = elapsedMs(t);

    const QString copy = d.filePath(QStringLiteral("snapshot-copy.sqlite"));
    removeDatabase(copy);
    double rawMs = 0;
    {
        RawDb raw(centre->path, SQLITE_OPEN_READONLY);
        QString quoted = copy;
        quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
        t.start();
        raw.exec(QStringLiteral("VACUUM INTO '%1'").arg(quoted).toUtf8().constData());
        rawMs = elapsedMs(t);
    }
    const qint64 fileBytes = QFileInfo(centre->path).size();
    report(out, {QStringLiteral("a new laptop replays the centre's whole history (%1 rows changed twice: one package "
                                "of %2 entries, %3)")
                     .arg(rows).arg(sent.entries).arg(mib(sent.bytes)),
                 replayMs, rawMs, QStringLiteral("ms"),
                 QStringLiteral("Importer::importFile on a laptop just set up; exporting it took %1 ms; baseline: "
                                "raw VACUUM INTO of the centre's file (%2)")
                     .arg(qint64(exportMs)).arg(mib(fileBytes))});
    report(out, {QStringLiteral("the same laptop starts from a snapshot instead (%1 rows, %2 entries, %3)")
                     .arg(started.value().rows).arg(started.value().entries).arg(mib(written.value().bytes)),
                 startMs, rawMs, QStringLiteral("ms"),
                 QStringLiteral("Snapshot::start, one transaction; writing it took %1 ms; building the search index "
                                "after it %2 ms; baseline as above")
                     .arg(qint64(writeMs)).arg(qint64(indexMs))});
}

} // namespace tamkeen::bench
