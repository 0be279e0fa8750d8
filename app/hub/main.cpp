// tamkeen-hub: the merged data of an organisation's devices in PostgreSQL.
// English output, like tamkeen-cli; exit 0 on success, non-zero with one line
// on stderr otherwise.
#include "CliSupport.h"
#include "HubCommands.h"
#include "tamkeen/Version.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace tamkeen;

namespace {

struct Command {
    const char *name;
    const char *summary;
    int (*run)(const QStringList &);
};

const Command kCommands[] = {
    {"init", "Join the organisation with an enrolment file and create the PostgreSQL schema", hubcli::runInit},
    {"import", "Import packages (files or folders) and publish what changed", hubcli::runImport},
    {"export", "Export a package for a device or a centre", hubcli::runExport},
    {"publish", "Send to PostgreSQL what the ledger holds and it lacks", hubcli::runPublish},
    {"dump", "Print PostgreSQL's data as canonical text (as tamkeen-cli dump --canonical)", hubcli::runDump},
    {"report", "Write impact indicators computed in PostgreSQL (as tamkeen-cli report)", hubcli::runReport},
    {"dashboard", "Write the national dashboard of a period from the facts kept at publication", hubcli::runDashboard},
    {"check", "Check the ledger, the connection and that PostgreSQL holds what the ledger holds", hubcli::runCheck},
};

int usage(int code)
{
    QTextStream s(code == cli::Ok ? stdout : stderr);
    s << "Usage: tamkeen-hub COMMAND [options]   (tamkeen-hub COMMAND --help for each)\n\nCommands:\n";
    for (const Command &c : kCommands)
        s << "  " << QString::fromLatin1(c.name).leftJustified(10) << c.summary << "\n";
    s << "\nPostgreSQL: --url postgresql://… on each command, else the standard PG* variables.\n"
         "\nOptions:\n  --help     Show this help\n  --version  Show the version\n";
    return code;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Tamkeen"_s);
    QCoreApplication::setApplicationName(u"tamkeen-hub"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TAMKEEN_VERSION));
    cli::setProgramName("tamkeen-hub");

    const QStringList args = app.arguments();
    if (args.size() < 2)
        return usage(cli::Usage);
    const QString name = args.at(1);
    if (name == u"--help" || name == u"-h" || name == u"help")
        return usage(cli::Ok);
    if (name == u"--version") {
        cli::out(u"tamkeen-hub "_s + QStringLiteral(TAMKEEN_VERSION));
        return cli::Ok;
    }
    for (const Command &c : kCommands) {
        if (name == QLatin1String(c.name))
            return c.run(QStringList{u"tamkeen-hub "_s + name} + args.mid(2));
    }
    cli::fail(u"unknown command '%1'"_s.arg(name), cli::Usage);
    return usage(cli::Usage);
}
