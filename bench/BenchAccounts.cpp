// Password hashing cost and the time from start to the login dialog.
#include "Bench.h"
#include "RawSqlite.h"

#include "format/AppSettings.h"
#include "org/Setup.h"
#include "security/FileKeys.h"
#include "security/PasswordHasher.h"
#include "security/UserService.h"
#include "shell/AppController.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDir>

namespace tamkeen::bench {

void benchAccounts(QTextStream &out, const QString &dir)
{
    const security::PasswordHasher hasher;
    QString hash;
    const double hashMs = medianMs(3, [&] { hash = hasher.hash(QStringLiteral("a long enough password")).value(); });
    report(out, {QStringLiteral("Argon2id password hash (standard cost, 256 MiB)"), hashMs, 0, QStringLiteral("ms"),
                 QStringLiteral("target about 500 ms on a laptop; no SQLite baseline")});
    const double verifyMs = medianMs(3, [&] { hasher.verify(hash, QStringLiteral("a long enough password")); });
    report(out, {QStringLiteral("password check at login"), verifyMs, 0, QStringLiteral("ms"), QString()});

    const QString path = QDir(dir).filePath(QStringLiteral("login.sqlite"));
    {
        auto db = storage::Database::open(path);
        org::SetupRequest r{QStringLiteral("RUH"), QStringLiteral("مركز"), QString(), QStringLiteral("bench"), 1,
                            QStringLiteral("admin"), QStringLiteral("admin"), QStringLiteral("bench-password")};
        if (!db || !org::Setup::run(*db.value(), r).ok())
            return;
    }
    {
        // On an open database: a name with no account costs what a known one does.
        auto db = storage::Database::open(path);
        must(db.ok(), "open");
        security::UserService users(*db.value());
        const double knownMs = medianMs(3, [&] { must(users.login(QStringLiteral("admin"), QStringLiteral("bench-password")).ok(), "login"); });
        int n = 0; // a new name each time: failures of one name slow its next attempts down
        const double unknownMs = medianMs(3, [&] {
            (void)users.login(QStringLiteral("nobody-%1").arg(n++), QStringLiteral("bench-password"));
        });
        report(out, {QStringLiteral("login refused for a name with no account (database open)"), unknownMs, knownMs, QStringLiteral("ms"),
                     QStringLiteral("baseline: a known name's login; the same time, so names cannot be probed")});
    }
    // A login that opens the encrypted file (issue 15): the key slot's Argon2id,
    // then the database, then the account checked with the key already opened.
    if (security::FileKeys::isEncrypted(path)) {
        const auto loginOnce = [&](const QString &user) {
            security::FileKeys::lock(path);
            auto opened = security::FileKeys::unlock(path, user, QStringLiteral("bench-password"));
            if (!opened)
                return;
            auto db = storage::Database::open(path);
            must(db.ok(), "open after unlock");
            security::UserService users(*db.value());
            must(users.login(user, QStringLiteral("bench-password"), opened.value().userSecretKey, opened.value().wrappedKey).ok(), "login");
        };
        const double knownMs = medianMs(5, [&] { loginOnce(QStringLiteral("admin")); });
        report(out, {QStringLiteral("login on an encrypted file: open the key slot, the database, the account"), knownMs, verifyMs,
                     QStringLiteral("ms"), QStringLiteral("baseline: the password check alone (plain file); target < 1 s")});
        const double unknownMs = medianMs(5, [&] { loginOnce(QStringLiteral("nobody-here")); });
        report(out, {QStringLiteral("the same for a user name with no account"), unknownMs, knownMs, QStringLiteral("ms"),
                     QStringLiteral("baseline: a known name; the same time, so names cannot be probed")});
        must(security::FileKeys::unlock(path, QStringLiteral("admin"), QStringLiteral("bench-password")).ok(), "unlock");
    }
    ui::AppSettings settings(QDir(dir).filePath(QStringLiteral("settings.ini")));
    const double startMs = medianMs(5, [&] {
        ui::AppController controller(settings, path);
        controller.start();
        QCoreApplication::processEvents();
    });
    report(out, {QStringLiteral("start to login dialog shown (in process: open, checks, dialog)"), startMs, 0,
                 QStringLiteral("ms"), QStringLiteral("process start and library loading not included")});
}

} // namespace tamkeen::bench
