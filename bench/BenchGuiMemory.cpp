// Peak memory of the GUI with the household list open: a child process (this
// program with --gui-memory DB) opens the database, shows the Households page
// offscreen, scrolls through a few pages and searches, then prints its peak
// resident size. A separate process, so that the benchmark's own work does not
// count. Linux only (it reads /proc/self/status).
#include "Bench.h"

#include "format/AppSettings.h"
#include "org/Setup.h"
#include "registry/HouseholdModels.h"
#include "impact/DashboardView.h"
#include "registry/HouseholdsPage.h"
#include "security/UserService.h"
#include "storage/Database.h"
#include "widgets/MessageBanner.h"

#include <QApplication>
#include <QEventLoop>
#include <QTimer>
#include <QLineEdit>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>

namespace tamkeen::bench {

int guiMemoryChild(const QString &databasePath)
{
    auto db = storage::Database::open(databasePath);
    if (!db)
        return 1;
    security::UserService users(*db.value());
    auto list = users.list();
    if (!list || list.value().isEmpty())
        return 1;
    const security::UserRecord &u = list.value().first();
    const security::Session session{u.id, u.username, u.fullName, u.role};
    QTemporaryDir dir;
    ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    ui::HouseholdsPage page(*db.value(), settings, session);
    page.resize(1100, 700);
    page.show();
    QCoreApplication::processEvents();
    // Scrolled from the first row to the last, a screenful at a time every
    // two thousand rows, as a worker dragging the scroll bar would.
    const int total = page.listModel()->total();
    for (int row = 0; row < total; row += 2000) {
        page.view()->scrollTo(page.listModel()->index(row, 0));
        QCoreApplication::processEvents();
    }
    page.view()->scrollToBottom();
    QCoreApplication::processEvents();
    page.searchBox()->setText(QStringLiteral("محمد"));
    page.runSearch();
    QCoreApplication::processEvents();
    QTextStream(stdout) << peakKiB() << Qt::endl;
    return 0;
}

int guiDashboardMemoryChild(const QString &databasePath)
{
    auto db = storage::Database::open(databasePath);
    if (!db)
        return 1;
    security::UserService users(*db.value());
    auto list = users.list();
    if (!list)
        return 1;
    // An administrator, who sees every tile but wellbeing, as the bench's dashboard figures.
    for (const security::UserRecord &u : list.value()) {
        if (u.role != security::Role::Administrator)
            continue;
        const security::Session session{u.id, u.username, u.fullName, u.role};
        QTemporaryDir dir;
        ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        ui::MessageBanner banner;
        ui::DashboardView view(*db.value(), settings, session, &banner);
        view.resize(1300, 700);
        view.QWidget::show();
        QEventLoop wait;
        QObject::connect(&view, &ui::DashboardView::computed, &wait, &QEventLoop::quit);
        view.refresh();
        QTimer::singleShot(300000, &wait, &QEventLoop::quit);
        if (view.isBusy())
            wait.exec();
        QCoreApplication::processEvents();
        QTextStream(stdout) << peakKiB() << Qt::endl;
        return view.isBusy() ? 1 : 0;
    }
    return 1;
}

void benchGuiMemory(QTextStream &out, const QString &databasePath, int households)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), childArguments({QStringLiteral("--gui-memory"), databasePath}));
    if (!child.waitForFinished(300000) || child.exitCode() != 0) {
        out << "| GUI peak memory | failed | | | |\n";
        return;
    }
    const double mib = child.readAllStandardOutput().trimmed().toDouble() / 1024.0;
    report(out, {QStringLiteral("GUI peak memory, household list of %1 households open, scrolled to the last row, one search")
                     .arg(households),
                 mib, 0, QStringLiteral("MiB"), QStringLiteral("target ≤ 250 MB; peak resident size of the process")});
}

} // namespace tamkeen::bench
