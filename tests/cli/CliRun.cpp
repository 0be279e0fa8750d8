#include "cli/CliRun.h"

#include "security/FileKeys.h"

#include <QFileInfo>
#include <QRegularExpression>

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

namespace {

// The recovery key `init` printed for each database the tests made: it opens
// the encrypted file for commands run without --as, as an administrator's
// script would; the commands' own logins are as before.
QMap<QString, QString> &recoveryKeys()
{
    static QMap<QString, QString> keys;
    return keys;
}

QString databaseOf(const QStringList &args)
{
    const qsizetype at = args.indexOf(QStringLiteral("--db"));
    return at >= 0 && at + 1 < args.size() ? QFileInfo(args[at + 1]).absoluteFilePath() : QString();
}

} // namespace

Run cli(const QStringList &args, const QMap<QString, QString> &env)
{
    QProcess p;
    QMap<QString, QString> withKey = env;
    const QString db = databaseOf(args);
    // A copy made from an enrolment opens with its organisation's recovery key.
    if (!db.isEmpty() && !recoveryKeys().contains(db) && QFileInfo::exists(db)
        && tamkeen::security::FileKeys::isLocked(db)) {
        const QStringList known = recoveryKeys().values();
        for (const QString &key : known)
            if (tamkeen::security::FileKeys::unlockWithRecoveryKey(db, key)) {
                recoveryKeys().insert(db, key);
                break;
            }
    }
    if (recoveryKeys().contains(db) && !withKey.contains(QStringLiteral("TAMKEEN_RECOVERY_KEY")))
        withKey.insert(QStringLiteral("TAMKEEN_RECOVERY_KEY"), recoveryKeys().value(db));
    p.setProcessEnvironment(cliEnvironment(withKey));
    p.start(QStringLiteral(TAMKEEN_CLI_PATH), args);
    p.closeWriteChannel(); // no terminal: a missing password must not hang
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

Run init(const QString &db)
{
    Run run = cli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--centre-code"), QStringLiteral("CAI"),
                QStringLiteral("--centre-name"), QStringLiteral("مركز القاهرة"), QStringLiteral("--device-name"),
                QStringLiteral("لابتوب ١"), QStringLiteral("--admin"), QStringLiteral("root1")},
               kAdminPw);
    const QRegularExpressionMatch key = QRegularExpression(QStringLiteral("recovery key: ([0-9A-F-]+)")).match(run.out);
    if (run.code == 0 && key.hasMatch())
        recoveryKeys().insert(QFileInfo(db).absoluteFilePath(), key.captured(1));
    return run;
}

QString recoveryKeyOf(const QString &db)
{
    return recoveryKeys().value(QFileInfo(db).absoluteFilePath());
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
    // The organisation's recovery key came with the enrolment.
    if (const QString key = recoveryKeyOf(hub); !key.isEmpty())
        recoveryKeys().insert(QFileInfo(branch).absoluteFilePath(), key);
}

void unlockHere(const QString &db)
{
    if (!tamkeen::security::FileKeys::isLocked(db))
        return;
    const QString key = recoveryKeyOf(db);
    if (!key.isEmpty())
        REQUIRE(tamkeen::security::FileKeys::unlockWithRecoveryKey(db, key));
    else
        REQUIRE(tamkeen::security::FileKeys::unlock(db, QStringLiteral("root1"), kAdminPw.first()));
}

QString snapshot(const QString &db)
{
    const Run d = cli(QStringList{QStringLiteral("dump"), QStringLiteral("--db"), db, QStringLiteral("--canonical")} + kAsRoot1,
                      kAdminPw);
    REQUIRE(d.code == 0);
    return d.out;
}

} // namespace tamkeen::test::clirun
