// Password hashing cost and the time from start to the login dialog.
#include "Bench.h"

#include "format/AppSettings.h"
#include "org/Setup.h"
#include "security/PasswordHasher.h"
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
