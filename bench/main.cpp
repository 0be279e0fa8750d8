// tamkeen-bench [--rows N] [--households N] [--appointments N] [--sessions N]
// [--plans N] [--sync-rows N] [--sync-packages N] [--sync-hub-fields N] [--sync-big-hub N]
// [--only storage|accounts|registry|clinic|plans|sync|compaction|impact] [--dir PATH]:
// prints a Markdown table of figures for docs/benchmarks.md.
#include "Bench.h"

#include "storage/crypt/EncryptedFile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tamkeen-bench"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rows(QStringLiteral("rows"), QStringLiteral("Rows for the insert figure."),
                                  QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption households(QStringLiteral("households"),
                                       QStringLiteral("Households for the registry figures (slow: minutes at 100000)."),
                                       QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("Run one part: storage, accounts, registry, clinic, plans, sync, compaction (with snapshots), impact or casework (issue 17's caseloads and visits), documents (1,000 scans of 300 KB in a package); scope (scoped exports of a hub of --households families in ten centres); registry-reads: the search, list and rebuild figures on the registry a registry run kept in --dir; or, with TAMKEEN_BENCH_PG, hub, hub-report or hub-dashboard (the hub on PostgreSQL, the last two over --households)."),
                                  QStringLiteral("part"));
    const QCommandLineOption keep(QStringLiteral("dir"),
                                  QStringLiteral("Write the databases to this directory and keep them (default: a "
                                                 "temporary directory, removed at the end)."),
                                  QStringLiteral("path"));
    const QCommandLineOption guiMemory(QStringLiteral("gui-memory"),
                                       QStringLiteral("Internal: open the Households page on DB and print the peak "
                                                      "memory in KiB."),
                                       QStringLiteral("DB"));
    const QCommandLineOption appointments(QStringLiteral("appointments"),
                                          QStringLiteral("Appointments for the clinic figures."), QStringLiteral("N"),
                                          QStringLiteral("1500000"));
    const QCommandLineOption sessions(QStringLiteral("sessions"), QStringLiteral("Sessions for the clinic figures."),
                                      QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption planCount(QStringLiteral("plans"), QStringLiteral("Plans for the plan figures."),
                                       QStringLiteral("N"), QStringLiteral("200000"));
    const QCommandLineOption syncRows(QStringLiteral("sync-rows"),
                                      QStringLiteral("Changed rows in the sync package figures."), QStringLiteral("N"),
                                      QStringLiteral("100000"));
    const QCommandLineOption syncPackages(QStringLiteral("sync-packages"),
                                          QStringLiteral("Packages the sync hub imports."), QStringLiteral("N"),
                                          QStringLiteral("2000"));
    const QCommandLineOption syncHubFields(QStringLiteral("sync-hub-fields"),
                                           QStringLiteral("Field values the sync hub's packages hold in all (0: no hub, the package figures only)."),
                                           QStringLiteral("N"), QStringLiteral("5000000"));
    const QCommandLineOption syncBigHub(QStringLiteral("sync-big-hub"),
                                        QStringLiteral("Rows of its own a hub holds when the package of changed rows "
                                                       "is imported on it too (0: not measured)."),
                                        QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption syncHubChild(QStringLiteral("sync-hub-child"),
                                          QStringLiteral("Internal: import the packages named in LIST (first line: "
                                                         "the database) and print time and peak memory."),
                                          QStringLiteral("LIST"));
    const QCommandLineOption impactParts(QStringLiteral("impact-part"),
                                         QStringLiteral("With --only impact: time only this part of the dashboard "
                                                        "(dashboard, independence, work, plans, referrals, clinic activity, "
                                                        "bars by centre, exits of the 12 months, memory, drill-down, kept facts; repeat for several)."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption guiDashboardMemory(QStringLiteral("gui-memory-dashboard"),
                                                QStringLiteral("Internal: the child process of the dashboard's memory figure."),
                                                QStringLiteral("DB"));
    const QCommandLineOption plain(QStringLiteral("plain"),
                                   QStringLiteral("Make new databases unencrypted, as before issue 15 (to compare)."));
    const QCommandLineOption rebuildEveryRow(QStringLiteral("rebuild-every-row"),
                                             QStringLiteral("With --only registry-reads: also rebuild the index after "
                                                            "making every household's rows stale (half an hour at a "
                                                            "million households)."));
    parser.addOptions({rebuildEveryRow, plain, guiDashboardMemory, impactParts, rows, households, only, keep, guiMemory, appointments, sessions, planCount, syncRows, syncPackages,
                       syncHubFields, syncBigHub, syncHubChild});
    parser.process(app);
    tamkeen::storage::crypt::EncryptedFile::setEncryptNewFiles(!parser.isSet(plain));
    if (parser.isSet(guiMemory)) {
        tamkeen::bench::unlockBenchFile(parser.value(guiMemory));
        return tamkeen::bench::guiMemoryChild(parser.value(guiMemory));
    }
    if (parser.isSet(guiDashboardMemory)) {
        tamkeen::bench::unlockBenchFile(parser.value(guiDashboardMemory));
        return tamkeen::bench::guiDashboardMemoryChild(parser.value(guiDashboardMemory));
    }
    if (parser.isSet(syncHubChild))
        return tamkeen::bench::syncHubChild(parser.value(syncHubChild));
    const QString part = parser.value(only);
    const auto runs = [&](const char *name) { return part.isEmpty() || part == QLatin1String(name); };
    if (!part.isEmpty() && !runs("storage") && !runs("accounts") && !runs("registry") && !runs("registry-reads")
        && !runs("clinic") && !runs("plans")
        && !runs("sync") && !runs("compaction") && !runs("impact") && !runs("casework") && !runs("documents") && !runs("hub") && !runs("hub-report") && !runs("hub-dashboard")
        && !runs("scope"))
        parser.showHelp(1);

    QTemporaryDir temporary;
    const QString dir = parser.isSet(keep) ? parser.value(keep) : temporary.path();
    if (parser.isSet(keep) && !QDir().mkpath(dir))
        parser.showHelp(1);
    tamkeen::bench::unlockBenchFiles(dir);
    QTextStream out(stdout);
    out << "Machine: " << QSysInfo::prettyProductName() << ", " << QThread::idealThreadCount() << " cores, Qt "
        << qVersion() << "\n\n";
    out << "| figure | Tamkeen | raw SQLite | ratio | note |\n|---|---|---|---|---|\n";
    if (runs("storage"))
        tamkeen::bench::benchStorage(out, dir, parser.value(rows).toInt());
    if (runs("accounts"))
        tamkeen::bench::benchAccounts(out, dir);
    if (runs("registry")) {
        tamkeen::bench::benchRegistry(out, dir, parser.value(households).toInt());
        tamkeen::bench::benchGuiMemory(out, QDir(dir).filePath(QStringLiteral("registry.sqlite")),
                                       parser.value(households).toInt());
    }
    if (part == QLatin1String("registry-reads")) { // on a file kept by an earlier run: not part of a full run
        const int households = tamkeen::bench::benchRegistryReads(out, dir, parser.isSet(rebuildEveryRow));
        tamkeen::bench::benchGuiMemory(out, QDir(dir).filePath(QStringLiteral("registry.sqlite")), households);
    }
    if (runs("clinic"))
        tamkeen::bench::benchClinic(out, dir, parser.value(households).toInt(), parser.value(appointments).toInt(),
                                    parser.value(sessions).toInt());
    if (runs("plans"))
        tamkeen::bench::benchPlans(out, dir, parser.value(planCount).toInt());
    if (runs("sync")) {
        tamkeen::bench::benchBatchFormats(out, parser.value(syncRows).toInt());
        tamkeen::bench::benchSync(out, dir, parser.value(syncRows).toInt(), parser.value(syncPackages).toInt(),
                                  parser.value(syncHubFields).toLongLong(), parser.value(syncBigHub).toInt());
    }
#ifdef TAMKEEN_BENCH_HUB
    if (runs("hub"))
        tamkeen::bench::benchHub(out, dir);
    if (runs("hub-report"))
        tamkeen::bench::benchHubReport(out, dir, parser.value(households).toInt());
    if (runs("hub-dashboard"))
        tamkeen::bench::benchHubDashboard(out, dir, parser.value(households).toInt());
#endif
    if (runs("scope"))
        tamkeen::bench::benchScope(out, dir, parser.value(households).toInt());
    if (runs("compaction")) {
        tamkeen::bench::benchCompaction(out, dir, parser.value(syncRows).toInt());
        tamkeen::bench::benchSnapshot(out, dir, parser.value(syncRows).toInt());
    }
    if (runs("casework"))
        tamkeen::bench::benchCasework(out, dir, parser.value(households).toInt());
    if (runs("documents"))
        tamkeen::bench::benchDocuments(out, dir, 1000, 300);
    if (runs("impact"))
        tamkeen::bench::benchImpact(out, dir, parser.value(households).toInt(), parser.values(impactParts));
    return 0;
}
