// tamkeen-bench [--rows N] [--households N] [--only storage|accounts|registry]: prints a Markdown table of figures for docs/benchmarks.md.
#include "Bench.h"

#include <QApplication>
#include <QCommandLineParser>
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
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("Run one part: storage, accounts or registry."),
                                  QStringLiteral("part"));
    parser.addOptions({rows, households, only});
    parser.process(app);
    const QString part = parser.value(only);
    const auto runs = [&](const char *name) { return part.isEmpty() || part == QLatin1String(name); };
    if (!part.isEmpty() && !runs("storage") && !runs("accounts") && !runs("registry"))
        parser.showHelp(1);

    QTemporaryDir dir;
    QTextStream out(stdout);
    out << "Machine: " << QSysInfo::prettyProductName() << ", " << QThread::idealThreadCount() << " cores, Qt "
        << qVersion() << "\n\n";
    out << "| figure | Tamkeen | raw SQLite | ratio | note |\n|---|---|---|---|---|\n";
    if (runs("storage"))
        tamkeen::bench::benchStorage(out, dir.path(), parser.value(rows).toInt());
    if (runs("accounts"))
        tamkeen::bench::benchAccounts(out, dir.path());
    if (runs("registry"))
        tamkeen::bench::benchRegistry(out, dir.path(), parser.value(households).toInt());
    return 0;
}
