#pragma once
#include <QElapsedTimer>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <functional>

namespace tamkeen::storage {
class Database;
}
namespace tamkeen::security {
struct Session;
}

namespace tamkeen::bench {

// One row of the results table.
struct Figure {
    QString what;
    double ours = 0;      // milliseconds (or the unit named in `unit`)
    double baseline = 0;  // the same work by raw SQLite; 0 when there is none
    QString unit = QStringLiteral("ms");
    QString note;
};

void report(QTextStream &out, const Figure &f);
// Opens the key of an encrypted database the bench made in an earlier run (or
// its parent process) with the bench's own administrator's password.
void unlockBenchFile(const QString &path);
void unlockBenchFiles(const QString &dir);
double elapsedMs(const QElapsedTimer &t);
// A child bench process's arguments, with --plain when this run is plain (a
// child that encrypted the parent's plain file would lock the parent out).
QStringList childArguments(QStringList arguments);
// Median of `runs` timings of `work` in milliseconds.
double medianMs(int runs, const std::function<void()> &work);
// This process's peak resident size in KiB (VmHWM), or -1 where /proc/self/status is missing.
qint64 peakKiB();
// The benchmarks' administrator (admin / bench-password), logged in: demo data needs one.
security::Session benchAdmin(storage::Database &db);

void benchStorage(QTextStream &out, const QString &dir, int rows);
void benchAccounts(QTextStream &out, const QString &dir);
// The household registry at `households` generated households (issue 3).
void benchRegistry(QTextStream &out, const QString &dir, int households);
// Search, list and rebuild figures on the registry.sqlite an earlier run kept in `dir`.
int benchRegistryReads(QTextStream &out, const QString &dir, bool rebuildEveryRow); // returns the households
void benchCasework(QTextStream &out, const QString &dir, int households);
// Documents (issue 17 §8): `count` scans of `kib` KiB in a package (BenchDocuments.cpp).
void benchDocuments(QTextStream &out, const QString &dir, int count, int kib);
// The hub on PostgreSQL (issue 18 §3), on the files `--only sync` left in `dir` (BenchHub.cpp).
void benchHub(QTextStream &out, const QString &dir);
// Scoped exports: a hub of `households` families in ten centres exports for one centre's laptop.
void benchScope(QTextStream &out, const QString &dir, int households);
// tamkeen-hub report over `households` households made by SQL in PostgreSQL (BenchHub.cpp).
void benchHubReport(QTextStream &out, const QString &dir, int households);
void benchHubDashboard(QTextStream &out, const QString &dir, int households);
void benchSearch(QTextStream &out, storage::Database &db, const QString &path);
// The full-text index folded into one segment, as tamkeen-cli reindex does (BenchRebuild.cpp).
void benchTidy(QTextStream &out, storage::Database &db, int households);
// The search index rebuilt step by step while households are saved (BenchRebuild.cpp):
// with nothing to change, then (`everyRow`) after every household's rows were made stale.
void benchRebuild(QTextStream &out, storage::Database &db, const QString &path, int households, double rawIndexMs,
                  bool everyRow = true);
// The clinic (issue 4): reuses the registry part's database when it ran first.
void benchClinic(QTextStream &out, const QString &dir, int households, int appointments, int sessions);
// Plans (issue 5): needs the clinic part's database in `dir`.
void benchPlans(QTextStream &out, const QString &dir, int plans);
// Impact measurement (issue 14 §7): the dashboard and a drill-down on the
// database in `dir` (generated with `households` households when missing).
// `parts`: only these parts of the dashboard, each alone (names as in the
// report: "clinic activity", "work" …); empty: everything.
void benchImpact(QTextStream &out, const QString &dir, int households, const QStringList &parts = {});

// The GUI's peak memory with the household list open, measured in a child process.
void benchGuiMemory(QTextStream &out, const QString &databasePath, int households);
int guiMemoryChild(const QString &databasePath);
// Peak memory of the GUI with the dashboard computed for this month (child process).
int guiDashboardMemoryChild(const QString &databasePath);

// Sync (issue 6): a package of `rows` changed rows, applying it again, and a hub
// importing `packages` packages holding about `hubFields` field values (the hub
// in a child process: this program with --sync-hub-child LIST).
void benchSync(QTextStream &out, const QString &dir, int rows, int packages, qint64 hubFields, int bigHubRows);
void benchBatchFormats(QTextStream &out, int count); // BenchBatches.cpp
void benchCompaction(QTextStream &out, const QString &dir, int rows); // BenchCompaction.cpp
void benchSnapshot(QTextStream &out, const QString &dir, int rows);   // BenchSnapshot.cpp
int syncHubChild(const QString &listPath);

} // namespace tamkeen::bench
