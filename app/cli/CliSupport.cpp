#include "CliSupport.h"

#include "security/FileKeys.h"

#include "text/InputText.h"

#include <QFileInfo>
#include <QTextStream>
#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace tamkeen::cli {

namespace {
// Stored text may hold control characters (escape sequences) from before they
// were refused: a terminal never gets them raw. Tabs and line breaks that the
// commands put between columns and lines stay.
QString terminalSafe(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        QStringList cells = line.split(u'\t');
        for (QString &cell : cells)
            cell = text::forTerminal(cell);
        line = cells.join(u'\t');
    }
    return lines.join(u'\n');
}
} // namespace

namespace {
const char *g_programName = "tamkeen-cli";
}

void setProgramName(const char *name) { g_programName = name; }

int fail(const QString &message, int code)
{
    QString line = message;
    line.replace(u'\n', u' ');
    line.remove(QChar(0x2066)).remove(QChar(0x2069)); // isolates are for the GUI's Arabic text
    QTextStream(stderr) << g_programName << ": " << terminalSafe(line) << Qt::endl;
    return code;
}

void out(const QString &line)
{
    QTextStream(stdout) << terminalSafe(line) << Qt::endl;
}

int parse(QCommandLineParser &parser, const QStringList &args, const QString &summary)
{
    parser.setApplicationDescription(summary);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    parser.addOption(help);
    if (!parser.parse(args))
        return fail(parser.errorText() + u" (see --help)"_s, Usage);
    if (parser.isSet(help)) {
        QTextStream(stdout) << parser.helpText();
        return Ok;
    }
    return -1;
}

std::unique_ptr<storage::Database> openDatabase(const QString &path, bool create)
{
    if (path.isEmpty()) {
        fail(u"--db PATH is required"_s, Usage);
        return nullptr;
    }
    if (!create && !QFileInfo::exists(path)) {
        fail(u"%1 does not exist (create it with: tamkeen-cli init)"_s.arg(path));
        return nullptr;
    }
    if (Status s = unlockIfEncrypted(path); !s) {
        fail(s.error().message);
        return nullptr;
    }
    auto db = storage::Database::open(path);
    if (!db) {
        fail(db.error().message);
        return nullptr;
    }
    if (db.value()->encryptedAtOpen())
        std::fputs(qPrintable(u"tamkeen-cli: %1 is now encrypted; its unencrypted copy was overwritten and removed\n"_s.arg(path)),
                   stderr);
    return std::move(db).value();
}

namespace {

// The login that opened an encrypted file, so that the command's own login
// as the same user does not ask for the password again.
struct Unlock {
    QString user;
    QString password;
};
Unlock &lastUnlock()
{
    static Unlock u;
    return u;
}

QString userFromArguments()
{
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--as"_s && i + 1 < args.size())
            return args[i + 1];
        if (args[i].startsWith(u"--as="_s))
            return args[i].mid(5);
    }
    return qEnvironmentVariable("TAMKEEN_USER");
}

} // namespace

Status unlockIfEncrypted(const QString &path)
{
    if (!QFileInfo::exists(path) || !security::FileKeys::isLocked(path))
        return {};
    if (const QString recovery = qEnvironmentVariable("TAMKEEN_RECOVERY_KEY"); !recovery.isEmpty()) {
        auto opened = security::FileKeys::unlockWithRecoveryKey(path, recovery);
        return opened ? Status{} : Status(opened.error());
    }
    const QString user = userFromArguments();
    if (user.isEmpty())
        return makeError(ErrorCode::PermissionDenied,
                         u"%1 is encrypted: log in with --as USER (or TAMKEEN_USER), or give TAMKEEN_RECOVERY_KEY"_s.arg(path));
    // A second file opened by the same login (a backup and the database it
    // is restored over) does not ask for the password again.
    const bool known = !lastUnlock().user.isEmpty() && lastUnlock().user == security::UserService::normalizeUsername(user);
    auto password = known ? Result<QString>(lastUnlock().password)
                          : readPassword("TAMKEEN_PASSWORD", u"Password for %1: "_s.arg(user));
    if (!password)
        return password.error();
    auto opened = security::FileKeys::unlock(path, user, password.value());
    if (!opened)
        return opened.error();
    lastUnlock() = {security::UserService::normalizeUsername(user), password.value()};
    return {};
}

namespace {

class EchoOff {
public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        m_active = GetConsoleMode(m_handle, &m_mode) && SetConsoleMode(m_handle, m_mode & ~ENABLE_ECHO_INPUT);
#else
        m_active = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_active) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
#endif
    }
    ~EchoOff()
    {
        if (!m_active)
            return;
#ifdef Q_OS_WIN
        SetConsoleMode(m_handle, m_mode);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
        std::fputs("\n", stderr);
    }

private:
    bool m_active = false;
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_saved{};
#endif
};

} // namespace

Result<QString> readPassword(const char *envVar, const QString &prompt)
{
    const QString fromEnv = qEnvironmentVariable(envVar);
    if (!fromEnv.isEmpty())
        return fromEnv;
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    std::string line;
    {
        EchoOff quiet;
        if (!std::getline(std::cin, line))
            return makeError(ErrorCode::Invalid, u"no password given (set %1 or type it when asked)"_s.arg(QLatin1String(envVar)));
    }
    return QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
}

namespace {

QString roleName(security::Role role)
{
    switch (role) {
    case security::Role::FieldWorker: return u"a field worker"_s;
    case security::Role::Counsellor: return u"a counsellor"_s;
    case security::Role::Supervisor: return u"a supervisor"_s;
    case security::Role::Administrator: return u"an administrator"_s;
    }
    return {};
}

QString rolesText(const QList<security::Role> &roles)
{
    QStringList names;
    for (security::Role r : roles)
        names << roleName(r);
    return names.join(u" or "_s);
}

} // namespace

QCommandLineOption loginOption(const QString &who)
{
    return QCommandLineOption(u"as"_s,
                              u"Log in as USER, who must be %1 (else the user in TAMKEEN_USER). The password comes "
                              "from TAMKEEN_PASSWORD, else it is asked for."_s.arg(who),
                              u"USER"_s);
}

Result<security::Session> loginAs(security::UserService &users, const QString &name,
                                  const QList<security::Role> &allowed)
{
    const QString user = name.isEmpty() ? qEnvironmentVariable("TAMKEEN_USER") : name;
    if (user.isEmpty())
        return makeError(ErrorCode::Invalid, u"log in with --as USER (or TAMKEEN_USER): this command acts as a user"_s);
    const bool opened = lastUnlock().user == security::UserService::normalizeUsername(user);
    auto password = opened ? Result<QString>(lastUnlock().password)
                           : readPassword("TAMKEEN_PASSWORD", u"Password for %1: "_s.arg(user));
    if (!password)
        return password.error();
    auto session = users.login(user, password.value());
    if (!session)
        return session.error();
    if (!allowed.isEmpty() && !allowed.contains(session.value().role))
        return makeError(ErrorCode::PermissionDenied, u"%1 is %2; this needs %3"_s.arg(
                                                          session.value().username, roleName(session.value().role),
                                                          rolesText(allowed)));
    return session;
}

Result<security::Session> requireUser(storage::Database &db, const QCommandLineParser &parser,
                                      const QList<security::Role> &allowed)
{
    security::UserService users(db);
    return loginAs(users, parser.value(u"as"_s), allowed);
}

Result<QString> newPassword(const QString &prompt)
{
    return readPassword("TAMKEEN_NEW_PASSWORD", prompt);
}

} // namespace tamkeen::cli
