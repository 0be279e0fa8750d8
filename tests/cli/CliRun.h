#pragma once
// Runs the real tamkeen-cli executable as an administrator or a script would:
// the helpers the tests/cli files share.
#include "support/catch.h"

#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace tamkeen::test::clirun {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

// The test's own environment without any login, plus `env`.
QProcessEnvironment cliEnvironment(const QMap<QString, QString> &env = {});
Run cli(const QStringList &args, const QMap<QString, QString> &env = {});

inline const QMap<QString, QString> kAdminPw = {{QStringLiteral("TAMKEEN_PASSWORD"), QStringLiteral("admin-pass-1")}};
// The administrator init made, logged in.
inline const QStringList kAsRoot1 = {QStringLiteral("--as"), QStringLiteral("root1")};

// A new database at `db`: centre CAI, administrator root1 (password in kAdminPw).
Run init(const QString &db);
// The recovery key init printed for `db` (empty for another file). cli()
// passes it in TAMKEEN_RECOVERY_KEY to open the file, unless the test does.
QString recoveryKeyOf(const QString &db);
// Opens the encrypted file's key in the test's own process, for reading it
// beside the CLI (with its recovery key, else as root1).
void unlockHere(const QString &db);
// The hub's administrator enrols a laptop through `enrolFile` and it starts
// from that file at `branch` (`env` holds the password and the organisation's
// passphrase); fails the running test on any error.
void enrolBranch(const QString &hub, const QString &branch, const QString &enrolFile, const QMap<QString, QString> &env);
// What a command must not have changed: the synced data (as the administrator
// dumps it) and the users.
QString snapshot(const QString &db);

} // namespace tamkeen::test::clirun
