#include "cli/CliRun.h"

#include <QProcess>

namespace tamkeen::test::clirun {

QProcessEnvironment cliEnvironment(const QMap<QString, QString> &env)
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"TAMKEEN_USER", "TAMKEEN_PASSWORD", "TAMKEEN_NEW_PASSWORD", "TAMKEEN_ADMIN_PASSWORD"})
        e.remove(QString::fromLatin1(name));
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        e.insert(it.key(), it.value());
    return e;
}

Run cli(const QStringList &args, const QMap<QString, QString> &env)
{
    QProcess p;
    p.setProcessEnvironment(cliEnvironment(env));
    p.start(QStringLiteral(TAMKEEN_CLI_PATH), args);
    p.closeWriteChannel(); // no terminal: a missing password must not hang
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

Run init(const QString &db)
{
    return cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--centre-code"), QStringLiteral("CAI"),
                QStringLiteral("--centre-name"), QStringLiteral("مركز القاهرة"), QStringLiteral("--device-name"),
                QStringLiteral("لابتوب ١"), QStringLiteral("--admin"), QStringLiteral("root1")},
               kAdminPw);
}

void enrolBranch(const QString &hub, const QString &branch, const QString &enrolFile, const QMap<QString, QString> &env)
{
    REQUIRE(cli({QStringLiteral("devices"), QStringLiteral("enrol"), QStringLiteral("--db"), hub, QStringLiteral("--name"),
                 QStringLiteral("لابتوب"), QStringLiteral("--centre"), QStringLiteral("CAI"), QStringLiteral("--out"), enrolFile,
                 QStringLiteral("--as"), QStringLiteral("root1")},
                env)
                .code
            == 0);
    REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), branch, QStringLiteral("--enrolment"), enrolFile}, env).code
            == 0);
}

QString snapshot(const QString &db)
{
    const Run d = cli(QStringList{QStringLiteral("dump"), QStringLiteral("--db"), db, QStringLiteral("--canonical")} + kAsRoot1,
                      kAdminPw);
    REQUIRE(d.code == 0);
    return d.out;
}

} // namespace tamkeen::test::clirun
