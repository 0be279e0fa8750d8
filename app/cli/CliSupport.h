#pragma once
// Shared pieces of the tamkeen-cli commands: parsing, errors, passwords.
#include "common/Result.h"
#include "impact/Period.h"
#include "security/UserService.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <functional>
#include <memory>
#include <optional>

namespace tamkeen::impact {
enum class Indicator; // impact/Indicators.h
}

namespace tamkeen::sync {
struct ImportOptions;
}

namespace tamkeen::cli {

enum Exit { Ok = 0, Failed = 1, Usage = 2 };

// The name error lines start with (tamkeen-cli, unless tamkeen-hub runs the command).
void setProgramName(const char *name);
// Prints `message` as one line on stderr, prefixed with the program's name.
int fail(const QString &message, int code = Failed);
void out(const QString &line);

// Parses `args` (after the command name). Returns -1 when the command should
// run, else the exit code (after --help or a usage error).
int parse(QCommandLineParser &parser, const QStringList &args, const QString &summary);

// Opens an existing database (or creates one when `create`), reporting errors.
// An encrypted file's key opened with the login of --as USER (or
// TAMKEEN_USER) and TAMKEEN_PASSWORD, or with TAMKEEN_RECOVERY_KEY; nothing
// to do for a plain file or one already open in this process.
Status unlockIfEncrypted(const QString &path);
std::unique_ptr<storage::Database> openDatabase(const QString &path, bool create);

// From the environment variable when set, else asked on the terminal without echo.
Result<QString> readPassword(const char *envVar, const QString &prompt);

int runInit(const QStringList &args);
int runInfo(const QStringList &args);
int runCheck(const QStringList &args);
int runReindex(const QStringList &args);
int runCompact(const QStringList &args);
int runUsers(const QStringList &args);
int runCentres(const QStringList &args);
int runSearch(const QStringList &args);
int runDemo(const QStringList &args);
int runImportCsv(const QStringList &args);
int runExportCsv(const QStringList &args);
int runExport(const QStringList &args);
int runImport(const QStringList &args);
int runConflicts(const QStringList &args);
int runRefused(const QStringList &args);
int runDevices(const QStringList &args);
int runDump(const QStringList &args);
int runReport(const QStringList &args);
int runWarnings(const QStringList &args);
int runBackup(const QStringList &args);
int runRestore(const QStringList &args);
int runAudit(const QStringList &args);
int runAccess(const QStringList &args);
int runErase(const QStringList &args);
// Imports each package file into `db`: one summary line each on stdout, each
// refusal's reason on stderr; `after` learns each file's outcome (imported or
// not, and whether a refusal was this copy's fault: ImportSummary::retry).
// Returns how many were refused.
int importPackages(storage::Database &db, const QStringList &files, const sync::ImportOptions &options,
                   const std::function<void(const QString &, bool imported, bool retry)> &after = {});
// The package files named on the command line, a folder's packages for a
// folder (Importer::packagesIn); empty when none is named.
QStringList packageArguments(const QCommandLineParser &p);
// A report command's --indicator: none for "all", the one named, or nothing
// (the usage error printed) for a name that is no indicator. tamkeen-hub too.
std::optional<QList<impact::Indicator>> reportIndicators(const QString &value);
// A report command's --from, --to, --out and --level, checked: the period,
// or the exit code after a usage error (-1: go on). tamkeen-hub report too.
struct ReportOptions {
    const QCommandLineOption &from, &to, &out, &level;
};
int reportPeriod(const QCommandLineParser &p, const ReportOptions &options, std::optional<impact::Period> *period);
// An enrolment file's passphrase: TAMKEEN_ORG_PASSPHRASE, else asked.
Result<QString> orgPassphrase();

// Logging in. Every command that reads or writes personal data or keys acts as
// a logged-in user, checked against the roles the command needs (docs/cli.md):
// the user from --as (else TAMKEEN_USER), the password from TAMKEEN_PASSWORD
// (else asked on the terminal). Passwords being set for someone else (users
// add, demo counsellors) come from TAMKEEN_NEW_PASSWORD instead.

// The --as option, its help naming who may run the command (e.g. "an administrator").
QCommandLineOption loginOption(const QString &who);
// Logs in through UserService::login (failures counted and slowed down as in
// the GUI) the user named by the parser's --as, else TAMKEEN_USER, and checks
// that their role is one of `allowed` (empty: any active user). Call it before
// writing anything; on failure print the error and exit non-zero.
Result<security::Session> requireUser(storage::Database &db, const QCommandLineParser &parser,
                                      const QList<security::Role> &allowed = {});
// The same for a user name already known (empty: TAMKEEN_USER).
Result<security::Session> loginAs(security::UserService &users, const QString &name,
                                  const QList<security::Role> &allowed = {});
// The password being set for someone else: TAMKEEN_NEW_PASSWORD, else asked.
Result<QString> newPassword(const QString &prompt);

} // namespace tamkeen::cli
