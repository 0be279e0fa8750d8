// A double-click on a .tamkeen file starts `tamkeen FILE` (issue 18 §5): once
// someone has logged in, the Sync section imports it as "Import files…" would;
// a path that is missing or not a package is named in a message, nothing imported.
#include "security/UserService.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "storage/SyncedWriter.h"
#include "support/Gui.h"
#include "support/Shell.h"
#include "support/TestDb.h"
#include "support/catch.h"
#include "sync/Exporter.h"
#include "sync/SyncPage.h"
#include "widgets/MessageBanner.h"

#include <QDir>
#include <QFile>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace tamkeen;
using namespace tamkeen::ui;
using Section = MainWindow::Section;

namespace {

const QString kUser = QStringLiteral("noura");
const QString kPassword = QStringLiteral("kalimat-sir-1");

// A package from a laptop this computer enrolled, holding one new partner.
QString branchPackage(const QString &dbPath, const QString &folder)
{
    auto opened = storage::Database::open(dbPath);
    REQUIRE(opened.ok());
    std::unique_ptr<storage::Database> here = std::move(opened).value();
    auto admin = security::UserService(*here, security::HashCost::minimal()).login(kUser, kPassword);
    REQUIRE(admin.ok());
    auto branch = test::makeEnrolledDb(*here, admin.value());
    storage::Database &b = *branch->db;
    b.setCurrentUser(branch->admin.userId);
    REQUIRE(storage::SyncedWriter(b)
                .insert(QStringLiteral("partners"), {{QStringLiteral("name"), QStringLiteral("معهد التدريب المهني")},
                                                     {QStringLiteral("kind"), QStringLiteral("ngo")},
                                                     {QStringLiteral("phone"), QStringLiteral("0110000000")}})
                .ok());
    const QString path = QDir(folder).filePath(QStringLiteral("branch.tamkeen"));
    auto written = sync::Exporter(b).write(path, {here->deviceId(), false, 0});
    INFO((written ? std::string() : written.error().message.toStdString()));
    REQUIRE(written.ok());
    return path;
}

// Logs out, gives the controller `path` as if Tamkeen had been started with
// it, and logs in again: the Sync page of the new main window.
SyncPage *loginWith(test::App &app, const QString &path)
{
    app.controller->logout();
    test::settle();
    app.controller->importAfterLogin(path);
    test::login(app, kUser, kPassword);
    MainWindow *main = app.controller->mainWindow();
    REQUIRE(main);
    test::settle();
    auto *page = qobject_cast<SyncPage *>(main->page(Section::Sync));
    REQUIRE(page);
    return page;
}

} // namespace

TEST_CASE("A package Tamkeen was started with is imported in the Sync section after login, once",
          "[ui][sync][package]")
{
    test::App app;
    test::setUp(app);
    QTemporaryDir usb;
    const QString package = branchPackage(app.dbPath(), usb.path());

    SyncPage *page = loginWith(app, package);
    MainWindow *main = app.controller->mainWindow();
    CHECK(main->currentSection() == Section::Sync);
    QTableWidget *results = page->resultsTable();
    REQUIRE(test::waitUntil([&] { return results->rowCount() == 1; }));
    CHECK(results->item(0, 0)->text().contains(QStringLiteral("branch.tamkeen")));
    CHECK(results->item(0, 1)->text() != QStringLiteral("٠")); // the new partner
    CHECK(page->banner()->kind() == MessageBanner::Kind::Success);
    test::screenshot(main, QStringLiteral("sync-opened-package"));

    // The next login is not another import.
    page = loginWith(app, QString());
    CHECK(app.controller->mainWindow()->currentSection() == Section::Home);
    CHECK(page->resultsTable()->rowCount() == 0);
}

TEST_CASE("A missing file or one that is not a package, given to Tamkeen, is named in a message and nothing is imported",
          "[ui][sync][package]")
{
    test::App app;
    test::setUp(app);
    QTemporaryDir dir;

    SyncPage *page = loginWith(app, dir.filePath(QStringLiteral("gone.tamkeen")));
    CHECK(app.controller->mainWindow()->currentSection() == Section::Sync);
    CHECK(page->banner()->kind() == MessageBanner::Kind::Error);
    CHECK(page->banner()->text().contains(QStringLiteral("لا يوجد ملف")));
    CHECK(page->banner()->text().contains(QStringLiteral("gone.tamkeen")));
    CHECK(page->resultsTable()->rowCount() == 0);

    // A spreadsheet double-clicked by mistake, and a folder.
    QFile csv(dir.filePath(QStringLiteral("households.csv")));
    REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write("file_number,given_name\n");
    csv.close();
    for (const QString &path : {csv.fileName(), dir.path()}) {
        page = loginWith(app, path);
        CHECK(page->banner()->kind() == MessageBanner::Kind::Error);
        CHECK(page->banner()->text().contains(QStringLiteral("ليس حزمة تمكين")));
        CHECK(page->banner()->text().contains(QFileInfo(path).fileName()));
        CHECK(page->resultsTable()->rowCount() == 0);
    }
}
