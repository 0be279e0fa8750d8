// The Sync section as an administrator uses it: export to a folder, import a
// branch's packages with a summary per file, the history, a conflict resolved
// side by side, and the devices of the organisation.
#include "format/Display.h"
#include "shell/MainWindow.h"
#include "security/Privileges.h"
#include "security/UserService.h"
#include "storage/Database.h"
#include "storage/SyncedWriter.h"
#include "support/Gui.h"
#include "support/Shell.h"
#include "support/TestDb.h"
#include "support/catch.h"
#include "sync/Conflicts.h"
#include "sync/ConflictsView.h"
#include "sync/DevicesView.h"
#include "sync/Exporter.h"
#include "sync/Importer.h"
#include "sync/Refusals.h"
#include "sync/SyncKeys.h"
#include "sync/SyncPage.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace tamkeen;
using namespace tamkeen::ui;
using Section = MainWindow::Section;

namespace {

QByteArray addPartner(storage::Database &db, const QByteArray &user, const QString &name)
{
    db.setCurrentUser(user);
    auto id = storage::SyncedWriter(db).insert(QStringLiteral("partners"),
                                               {{QStringLiteral("name"), name}, {QStringLiteral("kind"), QStringLiteral("ngo")},
                                                {QStringLiteral("phone"), QStringLiteral("0110000000")}});
    REQUIRE(id.ok());
    return id.value();
}

void setPhone(storage::Database &db, const QByteArray &user, const QByteArray &partner, const QString &phone)
{
    db.setCurrentUser(user);
    REQUIRE(storage::SyncedWriter(db).update(QStringLiteral("partners"), partner, {{QStringLiteral("phone"), phone}}).ok());
}

QString exportFrom(storage::Database &db, const QString &path, const QByteArray &forDevice = {})
{
    auto written = sync::Exporter(db).write(path, {forDevice, false, 0});
    INFO((written ? std::string() : written.error().message.toStdString()));
    REQUIRE(written.ok());
    return path;
}

} // namespace

TEST_CASE("Data goes between two computers through the Sync screen, and a conflict is resolved side by side",
          "[ui][sync]")
{
    test::App app;
    test::setUp(app);
    MainWindow *main = app.controller->mainWindow();
    REQUIRE(main);
    auto opened = storage::Database::open(app.dbPath());
    REQUIRE(opened.ok());
    std::unique_ptr<storage::Database> here = std::move(opened).value();
    const QByteArray admin = here->scalar(QStringLiteral("SELECT id FROM users LIMIT 1")).value().toByteArray();

    // A branch laptop the administrator enrolled.
    QTemporaryDir usb;
    // Logged in on this connection too: the administrator's key signs the enrolment.
    auto session = security::UserService(*here, security::HashCost::minimal()).login(QStringLiteral("noura"),
                                                                                     QStringLiteral("kalimat-sir-1"));
    INFO((session ? std::string() : session.error().message.toStdString()));
    REQUIRE(session.ok());
    REQUIRE(session.value().userId == admin);
    auto branch = test::makeEnrolledDb(*here, session.value());
    storage::Database &b = *branch->db;

    main->showSection(Section::Sync);
    auto *page = qobject_cast<SyncPage *>(main->page(Section::Sync));
    REQUIRE(page);
    test::settle();
    CHECK(main->statusText().contains(QStringLiteral("لم تتم بعد")));

    // Export from here: what will go is shown first, then the file lands in the folder.
    const QByteArray partner = addPartner(*here, admin, QStringLiteral("جمعية البر الخيرية"));
    page->refresh();
    CHECK(page->previewLabel()->text().contains(QStringLiteral("شريك")));
    auto exported = page->exportTo(usb.path());
    REQUIRE(exported.ok());
    REQUIRE(exported.value().files.size() == 1);
    CHECK(QFileInfo(exported.value().files[0]).fileName().startsWith(QStringLiteral("tamkeen-RUH-01-")));
    CHECK(page->banner()->kind() == MessageBanner::Kind::Success);
    const sync::ImportSummary there = sync::Importer(b).importFile(exported.value().files[0]);
    INFO(there.refused.toStdString());
    REQUIRE(there.ok());

    // The branch sends its own work back; with a damaged file beside it.
    const QByteArray branchAdmin = branch->admin.userId;
    addPartner(b, branchAdmin, QStringLiteral("معهد التدريب المهني"));
    const QString fromBranch = exportFrom(b, usb.filePath(QStringLiteral("branch.tamkeen")), here->deviceId());
    QFile junk(usb.filePath(QStringLiteral("damaged.tamkeen")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(3000, 'x'));
    junk.close();
    const QList<sync::ImportSummary> results = page->importFiles({fromBranch, junk.fileName()});
    REQUIRE(results.size() == 2);
    CHECK(results[0].ok());
    CHECK_FALSE(results[1].ok());
    QTableWidget *table = page->resultsTable();
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 1)->text() != QStringLiteral("٠")); // new records
    CHECK(table->item(1, 5)->text().contains(QStringLiteral("ليس حزمة مزامنة")));
    CHECK(page->historyTable()->rowCount() >= 3);
    CHECK_FALSE(main->statusText().contains(QStringLiteral("لم تتم بعد"))); // the last sync is shown
    // A date set a month ahead of what came from the branch: the status bar says to check it.
    QLabel *clock = main->findChild<QLabel *>(QStringLiteral("clockAheadLabel"));
    REQUIRE(clock);
    CHECK(clock->isHidden());
    main->database().clock().setWallClock([] { return QDateTime::currentMSecsSinceEpoch() + 30 * qint64(86'400'000); });
    main->refreshStatus();
    CHECK_FALSE(clock->isHidden());
    CHECK(main->statusText().contains(QStringLiteral("تاريخ هذا الحاسوب")));
    test::screenshot(main, QStringLiteral("sync-clock-ahead"));
    main->database().clock().setWallClock({});
    main->refreshStatus();
    CHECK(clock->isHidden());
    page->banner()->clear();
    test::screenshot(main, QStringLiteral("sync-page"));

    // The same phone changed on both computers before they exchanged.
    setPhone(*here, admin, partner, QStringLiteral("0111111111"));
    setPhone(b, branchAdmin, partner, QStringLiteral("0122222222"));
    REQUIRE(sync::Importer(b).importFile(exportFrom(*here, usb.filePath(QStringLiteral("a2.tamkeen")), b.deviceId())).ok());
    const QList<sync::ImportSummary> second = page->importFiles({exportFrom(b, usb.filePath(QStringLiteral("b2.tamkeen")),
                                                                            here->deviceId())});
    REQUIRE(second.size() == 1);
    CHECK(second[0].conflicts == 1);
    page->tabs()->setCurrentIndex(1);
    ConflictsView *conflicts = page->conflicts();
    REQUIRE(conflicts->conflicts().size() == 1);
    CHECK(page->tabs()->tabText(1).contains(QStringLiteral("١")));
    CHECK(main->navigation()->currentItem()->text().contains(QStringLiteral("١")));
    conflicts->table()->setCurrentCell(0, 0);
    CHECK(conflicts->table()->item(0, 0)->text().contains(QStringLiteral("جمعية البر الخيرية")));
    CHECK(conflicts->table()->item(0, 1)->text() == QStringLiteral("الهاتف"));
    test::screenshot(main, QStringLiteral("sync-conflicts"));
    // Typing nothing: asked to type first. Then the other value is kept.
    CHECK_FALSE(conflicts->keepCombined());
    REQUIRE(conflicts->keepLost());
    CHECK(conflicts->conflicts().isEmpty());
    CHECK(here->scalar(QStringLiteral("SELECT phone FROM partners WHERE id = ?"), {partner}).value().toString()
          == QStringLiteral("0111111111"));
    CHECK_FALSE(main->navigation()->currentItem()->text().contains(QStringLiteral("١")));
    // The decision reaches the branch.
    REQUIRE(sync::Importer(b).importFile(exportFrom(*here, usb.filePath(QStringLiteral("a3.tamkeen")), b.deviceId())).ok());
    CHECK(b.scalar(QStringLiteral("SELECT phone FROM partners WHERE id = ?"), {partner}).value().toString()
          == QStringLiteral("0111111111"));
    CHECK(sync::Conflicts(b).openCount().value() == 0);

    // A field worker on the branch laptop makes himself an administrator there
    // (signed with his own key): refused here, the rest of the package applies.
    security::UserService hereUsers(*here, security::HashCost::minimal());
    auto omar = hereUsers.add(session.value(), {QStringLiteral("omar"), QStringLiteral("عمر الحربي"),
                                                security::Role::FieldWorker, QStringLiteral("kalimat-omar-1")});
    REQUIRE(omar.ok());
    REQUIRE(sync::Importer(b).importFile(exportFrom(*here, usb.filePath(QStringLiteral("a4.tamkeen")), b.deviceId())).ok());
    security::UserService branchUsers(b, security::HashCost::minimal());
    auto asOmar = branchUsers.login(QStringLiteral("omar"), QStringLiteral("kalimat-omar-1"));
    REQUIRE(asOmar.ok());
    branchUsers.actAs(asOmar.value());
    REQUIRE(storage::SyncedWriter(b).update(QStringLiteral("users"), omar.value(),
                                            {{QStringLiteral("role"), QStringLiteral("administrator")}})
                .ok());
    addPartner(b, omar.value(), QStringLiteral("جمعية الوفاء"));
    const QList<sync::ImportSummary> third =
        page->importFiles({exportFrom(b, usb.filePath(QStringLiteral("b3.tamkeen")), here->deviceId())});
    REQUIRE(third.size() == 1);
    CHECK(third[0].refusedChanges == 1);

    // The devices of the organisation, for the administrator: the branch is
    // flagged with why its change was refused and how many.
    page->tabs()->setCurrentIndex(2);
    REQUIRE(page->devices());
    page->devices()->refresh();
    REQUIRE(page->devices()->devices().size() == 2);
    QTableWidget *devices = page->devices()->table();
    int branchRow = -1;
    for (int r = 0; r < devices->rowCount(); ++r)
        if (page->devices()->devices()[r].id == b.deviceId())
            branchRow = r;
    REQUIRE(branchRow >= 0);
    const QTableWidgetItem *note = devices->item(branchRow, devices->columnCount() - 1);
    REQUIRE(note);
    // The count in words of the user's language (one change reads «تغيير واحد»,
    // with no digit), and every digit in the note in the user's digits.
    const QString oneChange = QCoreApplication::translate("tamkeen::ui::DevicesView", "%Ln change(s)", nullptr, 1);
    CHECK(oneChange == QStringLiteral("تغيير واحد"));
    CHECK(note->text().contains(oneChange));
    CHECK(!note->text().contains(QRegularExpression(QStringLiteral("[0-9]"))));
    CHECK(note->toolTip() == note->text());
    // Why, in words under the table (the code itself is never shown).
    QLabel *detail = page->devices()->refusalDetail();
    CHECK(detail->isVisibleTo(page));
    const QString why = sync::Refusals::text(QString::fromLatin1(security::Privileges::kRole));
    CHECK(why != QLatin1String(security::Privileges::kRole));
    CHECK(detail->text().contains(why));
    CHECK(detail->text().contains(page->devices()->devices()[branchRow].name));
    CHECK(detail->text().contains(oneChange));
    test::settle();
    test::screenshot(main, QStringLiteral("sync-devices"));
}
