// Compacting the change log (issue 16): a copy whose every row was changed
// twice, once the other device's package shows it holds everything; the
// hard case of looking at every row again with nothing to remove; and what
// reading a row's field versions costs before and after.
// Baselines from the same run: raw SQLite deleting the same entries from a
// copy of the file, and reading the same rows' log entries.
#include "Bench.h"
#include "RawSqlite.h"
#include "SyncDevices.h"

#include "sync/Compaction.h"
#include "sync/SyncLog.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

namespace tamkeen::bench {

namespace {

// Bytes of the change log and its row index, as dbstat counts their pages.
qint64 logBytes(const QString &path)
{
    RawDb raw(path, SQLITE_OPEN_READONLY);
    RawStmt s(raw, "SELECT sum(pgsize) FROM dbstat WHERE name IN ('change_log', 'change_log_row')");
    must(sqlite3_step(s) == SQLITE_ROW, "dbstat");
    return sqlite3_column_int64(s, 0);
}

// Every `step`-th row's field versions, read as an import reads them (median of 3).
double versionsMs(Device &d, const QList<QByteArray> &ids, int step)
{
    return medianMs(3, [&] {
        qint64 versions = 0;
        for (qsizetype i = 0; i < ids.size(); i += step) {
            auto v = sync::rowVersions(*d.db, kPartners, ids[i]);
            must(v.ok(), "read a row's versions");
            versions += v.value().held.size();
        }
        must(versions > 0, "versions read");
    });
}

double rawVersionsMs(const QString &path, const QList<QByteArray> &ids, int step)
{
    RawDb raw(path, SQLITE_OPEN_READONLY);
    RawStmt s(raw, "SELECT device, seq, hlc, op, fields FROM change_log WHERE tbl = 'partners' AND row_id = ?");
    return medianMs(3, [&] {
        for (qsizetype i = 0; i < ids.size(); i += step) {
            sqlite3_bind_blob(s, 1, ids[i].constData(), int(ids[i].size()), SQLITE_STATIC);
            while (sqlite3_step(s) == SQLITE_ROW)
                readRow(s);
            sqlite3_reset(s);
        }
    });
}

// Raw SQLite removing the entries of the first round of changes (a run of
// A's sequence) from a copy of the file, in one transaction.
double rawDeleteMs(const QString &copy, const QByteArray &device, qint64 after, qint64 upTo)
{
    RawDb raw(copy, SQLITE_OPEN_READWRITE);
    raw.exec("PRAGMA journal_mode = WAL");
    raw.exec("PRAGMA synchronous = FULL");
    QElapsedTimer t;
    t.start();
    raw.exec("BEGIN");
    RawStmt s(raw, "DELETE FROM change_log WHERE device = ? AND seq > ? AND seq <= ?");
    sqlite3_bind_blob(s, 1, device.constData(), int(device.size()), SQLITE_STATIC);
    sqlite3_bind_int64(s, 2, after);
    sqlite3_bind_int64(s, 3, upTo);
    must(sqlite3_step(s) == SQLITE_DONE, "raw delete");
    raw.exec("COMMIT");
    return elapsedMs(t);
}

qint64 lastSeq(Device &d)
{
    return d.db->scalar(QStringLiteral("SELECT max(seq) FROM change_log WHERE device = ?"), {d.id()}).value().toLongLong();
}

} // namespace

void benchCompaction(QTextStream &out, const QString &dir, int rows)
{
    const QDir d(dir);
    QTextStream err(stderr);
    auto a = makeDevice(d.filePath(QStringLiteral("compact-a.sqlite")), 1);
    const QHash<int, QString> enrolments = enrolDevices(*a, d, {2});
    auto b = joinDevice(d.filePath(QStringLiteral("compact-b.sqlite")), enrolments.value(2), a->admin);

    QElapsedTimer phase;
    phase.start();
    const QList<QByteArray> ids = insertPartners(*a, rows, QStringLiteral("ج"));
    const qint64 beforeFirst = lastSeq(*a);
    updatePartners(*a, ids, 1);
    const qint64 afterFirst = lastSeq(*a);
    updatePartners(*a, ids, 2);
    err << "compaction: " << rows << " partners inserted and changed twice on A in " << qint64(elapsedMs(phase))
        << " ms\n";

    // A's history to B, and B's package back: it shows B holds all of it.
    sync::ImportOptions keep;
    keep.compact = false;
    const QString there = d.filePath(QStringLiteral("compact-there.tamkeen"));
    const QString back = d.filePath(QStringLiteral("compact-back.tamkeen"));
    QFile::remove(there);
    QFile::remove(back);
    exportPackage(*a, there, {});
    importPackage(*b, there, nullptr, keep);
    exportPackage(*b, back, {a->id(), false, 0});
    importPackage(*a, back, nullptr, keep);

    const QString before = d.filePath(QStringLiteral("compact-a-before.snapshot"));
    snapshot(*a, before);
    const qint64 bytesBefore = logBytes(before);
    const qint64 entriesBefore = a->db->scalar(QStringLiteral("SELECT count(*) FROM change_log")).value().toLongLong();
    constexpr int kEvery = 5; // a fifth of the rows, spread over the file
    const double readBeforeMs = versionsMs(*a, ids, kEvery);

    QElapsedTimer t;
    t.start();
    auto done = sync::compaction::run(*a->db);
    const double compactMs = elapsedMs(t);
    must(done.ok() && done.value().waitingFor.isEmpty(), "compact");
    const double rawMs = rawDeleteMs(before, a->id(), beforeFirst, afterFirst);
    const QString after = d.filePath(QStringLiteral("compact-a-after.snapshot"));
    snapshot(*a, after);
    const qint64 bytesAfter = logBytes(after);
    report(out, {QStringLiteral("compact the change log of a copy whose %1 rows were each changed twice (%2 of %3 "
                                "entries removed; log and its index %4 → %5 after VACUUM)")
                     .arg(rows).arg(done.value().removed).arg(entriesBefore).arg(mib(bytesBefore), mib(bytesAfter)),
                 compactMs, rawMs, QStringLiteral("ms"),
                 QStringLiteral("sync::compaction::run, %1 rows looked at, in transactions of 4,000 entries; "
                                "baseline: raw DELETE of the same entries by sequence range in one transaction")
                     .arg(done.value().rows)});

    const double readAfterMs = versionsMs(*a, ids, kEvery);
    report(out, {QStringLiteral("read the field versions of %1 rows before compaction (3 entries each)")
                     .arg(ids.size() / kEvery),
                 readBeforeMs, rawVersionsMs(before, ids, kEvery), QStringLiteral("ms"),
                 QStringLiteral("sync::rowVersions, what an import reads of each row it meets; baseline: raw SELECT of "
                                "the same entries")});
    report(out, {QStringLiteral("read them after compaction (2 entries each)"), readAfterMs,
                 rawVersionsMs(after, ids, kEvery), QStringLiteral("ms"),
                 QStringLiteral("the same, on the compacted copy")});

    // Nothing left: the floor read and every device found done.
    t.start();
    auto again = sync::compaction::run(*a->db);
    const double againMs = elapsedMs(t);
    must(again.ok() && again.value().removed == 0, "compact again");
    report(out, {QStringLiteral("compact again with nothing new under the floor"), againMs, 0, QStringLiteral("ms"),
                 QStringLiteral("what every import adds when its package moves no floor")});

    // The hard case: every row looked at again, none with anything to remove.
    must(a->db->execScript(QStringLiteral("DELETE FROM change_log_compacted")).ok(), "forget the compaction");
    t.start();
    auto all = sync::compaction::run(*a->db);
    const double allMs = elapsedMs(t);
    must(all.ok() && all.value().removed == 0, "compact everything again");
    report(out, {QStringLiteral("look at every row again with nothing to remove (%1 rows)").arg(all.value().rows), allMs,
                 rawVersionsMs(after, ids, 1), QStringLiteral("ms"),
                 QStringLiteral("baseline: raw SELECT of every row's log entries")});
}

} // namespace tamkeen::bench
