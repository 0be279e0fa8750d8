#include "CliSupport.h"

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

int fail(const QString &message, int code)
{
    QString line = message;
    line.replace(u'\n', u' ');
    line.remove(QChar(0x2066)).remove(QChar(0x2069)); // isolates are for the GUI's Arabic text
    QTextStream(stderr) << "tamkeen-cli: " << terminalSafe(line) << Qt::endl;
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
    auto db = storage::Database::open(path);
    if (!db) {
        fail(db.error().message);
        return nullptr;
    }
    return std::move(db).value();
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

} // namespace tamkeen::cli
