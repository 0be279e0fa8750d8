// tamkeen-cli: administration and scripting without the GUI. English output;
// exit 0 on success, non-zero with one line on stderr otherwise.
#include "CliSupport.h"
#include "tamkeen/Version.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>
#include <memory>

using namespace Qt::StringLiterals;
using namespace tamkeen::cli;

namespace {

struct Command {
    const char *name;
    const char *summary;
    int (*run)(const QStringList &);
};

const Command kCommands[] = {
    {"init", "Create and set up a new database", runInit},
    {"info", "Show schema version, device, centre and row counts", runInfo},
    {"check", "Check integrity and Tamkeen's own rules", runCheck},
    {"reindex", "Rebuild the search index and the household list, step by step", runReindex},
    {"compact", "Remove from the change log what every known device holds", runCompact},
    {"users", "List, add, deactivate, reactivate users or reset a password", runUsers},
    {"centres", "List the centres or give one another code", runCentres},
    {"search", "Find households by file number, name, ID or phone", runSearch},
    {"demo", "Add realistic demonstration households", runDemo},
    {"import-csv", "Import households and members from CSV (all or nothing)", runImportCsv},
    {"export-csv", "Export households and members as CSV", runExportCsv},
    {"export", "Export a signed, encrypted sync package", runExport},
    {"import", "Import sync packages (files or folders)", runImport},
    {"conflicts", "List or resolve sync conflicts", runConflicts},
    {"refused", "List the changes imports refused for good, and why", runRefused},
    {"devices", "List the organisation's devices, enrol a laptop or revoke one", runDevices},
    {"dump", "Print the synced data as canonical text", runDump},
    {"report", "Write the impact indicators of a period as JSON, CSV, XLSX or PDF", runReport},
    {"warnings", "List the families each early-warning rule points at", runWarnings},
    {"backup", "Write an encrypted backup of a database", runBackup},
    {"restore", "Put a backup in the place of a database", runRestore},
    {"audit", "Check the audit trail's chains or list its entries", runAudit},
    {"access", "Everything held about a person, as JSON or PDF", runAccess},
    {"erase", "Erase a person's data on every copy; list what is due", runErase},
};

int usage(int code)
{
    QTextStream s(code == Ok ? stdout : stderr);
    s << "Usage: tamkeen-cli COMMAND [options]   (tamkeen-cli COMMAND --help for each)\n\nCommands:\n";
    for (const Command &c : kCommands)
        s << "  " << QString::fromLatin1(c.name).leftJustified(11) << c.summary << "\n";
    s << "\nOptions:\n  --help     Show this help\n  --version  Show the version\n";
    return code;
}

// Only `report --format pdf` and `access --format pdf` draw (fonts, charts,
// the PDF): they get a QGuiApplication on the offscreen platform, which needs
// no display.
bool drawsPdf(int argc, char **argv)
{
    if (argc < 2 || (qstrcmp(argv[1], "report") != 0 && qstrcmp(argv[1], "access") != 0))
        return false;
    for (int i = 2; i < argc; ++i) {
        if (qstrcmp(argv[i], "--format=pdf") == 0 || (qstrcmp(argv[i], "--format") == 0 && i + 1 < argc
                                                       && qstrcmp(argv[i + 1], "pdf") == 0))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> application;
    if (drawsPdf(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(u"Tamkeen"_s);
    QCoreApplication::setApplicationName(u"tamkeen"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TAMKEEN_VERSION));

    const QStringList args = app.arguments();
    if (args.size() < 2)
        return usage(Usage);
    const QString name = args.at(1);
    if (name == u"--help" || name == u"-h" || name == u"help")
        return usage(Ok);
    if (name == u"--version") {
        out(u"tamkeen-cli "_s + QStringLiteral(TAMKEEN_VERSION));
        return Ok;
    }
    for (const Command &c : kCommands) {
        if (name == QLatin1String(c.name))
            return c.run(QStringList{u"tamkeen-cli "_s + name} + args.mid(2));
    }
    fail(u"unknown command '%1'"_s.arg(name), Usage);
    return usage(Usage);
}
