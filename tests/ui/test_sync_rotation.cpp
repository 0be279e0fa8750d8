// Key rotation on the Sync screen (issue 13, §4): an administrator revokes a
// laptop from the Devices tab; a laptop that missed the key change sends a
// package, which the import summary refuses naming it, and the Devices tab
// flags it; once it has imported from here, its changes arrive.
#include "shell/MainWindow.h"
#include "security/UserService.h"
#include "storage/Database.h"
#include "storage/SyncedWriter.h"
#include "support/Gui.h"
#include "support/Shell.h"
#include "support/TestDb.h"
#include "support/catch.h"
#include "sync/DevicesView.h"
#include "sync/Exporter.h"
#include "sync/Refusals.h"

#include <QLabel>
#include "sync/Importer.h"
#include "sync/SyncKeys.h"
#include "sync/SyncPage.h"
#include "widgets/MessageBanner.h"

#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace tamkeen;
using namespace tamkeen::ui;
using Section = MainWindow::Section;

namespace {

QString exportFrom(storage::Database &db, const QString &path, const QByteArray &forDevice)
{
    auto written = sync::Exporter(db).write(path, {forDevice, false, 0});
    INFO((written ? std::string() : written.error().message.toStdString()));
    REQUIRE(written.ok());
    return path;
}

int rowOf(DevicesView *view, const QByteArray &device)
{
    for (int r = 0; r < view->devices().size(); ++r)
        if (view->devices()[r].id == device)
            return r;
    return -1;
}

} // namespace

TEST_CASE("Revoking a laptop on the Devices tab changes the key - a package made with the old key is refused by name",
          "[ui][sync][rotation]")
{
    test::App app;
    test::setUp(app);
    MainWindow *main = app.controller->mainWindow();
    REQUIRE(main);
    auto opened = storage::Database::open(app.dbPath());
    REQUIRE(opened.ok());
    std::unique_ptr<storage::Database> here = std::move(opened).value();
    auto session = security::UserService(*here, security::HashCost::minimal()).login(QStringLiteral("noura"),
                                                                                     QStringLiteral("kalimat-sir-1"));
    REQUIRE(session.ok());
    auto branch = test::makeEnrolledDb(*here, session.value());
    auto lost = test::makeEnrolledDb(*here, session.value());
    storage::Database &b = *branch->db;
    QTemporaryDir usb;

    main->showSection(Section::Sync);
    auto *page = qobject_cast<SyncPage *>(main->page(Section::Sync));
    REQUIRE(page);
    page->tabs()->setCurrentIndex(2);
    DevicesView *devices = page->devices();
    REQUIRE(devices);
    devices->refresh();
    const int lostRow = rowOf(devices, lost->db->deviceId());
    REQUIRE(lostRow >= 0);
    devices->table()->setCurrentCell(lostRow, 0);
    REQUIRE(devices->revokeSelected(QStringLiteral("سُرق")));
    CHECK(page->banner()->kind() == MessageBanner::Kind::Success);
    CHECK(sync::SyncKeys::organisation(*here).value().epoch == 1);

    // The branch laptop missed it: its package is refused, naming it.
    b.setCurrentUser(branch->admin.userId);
    REQUIRE(storage::SyncedWriter(b).insert(QStringLiteral("partners"), {{QStringLiteral("name"), QStringLiteral("جمعية الوفاء")},
                                                                        {QStringLiteral("kind"), QStringLiteral("ngo")}})
                .ok());
    const QList<sync::ImportSummary> refused =
        page->importFiles({exportFrom(b, usb.filePath(QStringLiteral("old.tamkeen")), here->deviceId())});
    REQUIRE(refused.size() == 1);
    CHECK_FALSE(refused[0].ok());
    CHECK(page->resultsTable()->item(0, 5)->text().contains(QStringLiteral("حاسوب الفرع")));
    page->tabs()->setCurrentIndex(0);
    test::settle();
    test::screenshot(main, QStringLiteral("sync-old-key-import"));
    page->tabs()->setCurrentIndex(2);
    devices->refresh();
    const int branchRow = rowOf(devices, b.deviceId());
    REQUIRE(branchRow >= 0);
    CHECK(devices->devices()[branchRow].refusedAt.isValid());
    // Refused as a whole: said so, with why in words, not as "1 change".
    CHECK(devices->devices()[branchRow].refusedCount == 0);
    const QString why = sync::Refusals::text(QString::fromLatin1(sync::refusal::kOldKey));
    CHECK(devices->refusalDetail()->text().contains(why));
    const QString whole = QCoreApplication::translate("tamkeen::ui::DevicesView",
                                                      "%1: its last such package was refused as a whole (%2). Why: %3.");
    CHECK(devices->refusalDetail()->text().contains(whole.section(QStringLiteral("%2"), 0, 0).arg(devices->devices()[branchRow].name)));
    test::settle();
    test::screenshot(main, QStringLiteral("sync-old-key"));

    // It imports from here, takes the key, and its partner then arrives.
    const sync::ImportSummary atBranch =
        sync::Importer(b).importFile(exportFrom(*here, usb.filePath(QStringLiteral("new.tamkeen")), b.deviceId()));
    INFO(atBranch.refused.toStdString());
    REQUIRE(atBranch.ok());
    const QList<sync::ImportSummary> again =
        page->importFiles({exportFrom(b, usb.filePath(QStringLiteral("again.tamkeen")), here->deviceId())});
    REQUIRE(again.size() == 1);
    CHECK(again[0].ok());
    CHECK(here->scalar(QStringLiteral("SELECT count(*) FROM partners WHERE name = ?"), {QStringLiteral("جمعية الوفاء")})
              .value()
              .toInt()
          == 1);
}
