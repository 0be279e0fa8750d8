// tamkeen-bench [--rows N]: prints a Markdown table of figures for docs/benchmarks.md.
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
    parser.addOption(rows);
    parser.process(app);

    QTemporaryDir dir;
    QTextStream out(stdout);
    out << "Machine: " << QSysInfo::prettyProductName() << ", " << QThread::idealThreadCount() << " cores, Qt "
        << qVersion() << "\n\n";
    out << "| figure | Tamkeen | raw SQLite | ratio | note |\n|---|---|---|---|---|\n";
    tamkeen::bench::benchStorage(out, dir.path(), parser.value(rows).toInt());
    tamkeen::bench::benchAccounts(out, dir.path());
    return 0;
}
