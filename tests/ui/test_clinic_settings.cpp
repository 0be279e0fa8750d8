// GUI tests of the clinic's part of Settings: who sees it, the follow-up period
// and consultation types added by an administrator.
#include "clinic/ClinicSettingsBox.h"
#include "clinic/ClinicViews.h"
#include "clinic/ClinicVocabulary.h"
#include "plans/PlanService.h"
#include "security/UserService.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "support/Gui.h"
#include "support/Shell.h"
#include "support/catch.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace tamkeen;
using namespace tamkeen::ui;
using Section = MainWindow::Section;

namespace {
const QString kPassword = QStringLiteral("correct horse 12");
}

TEST_CASE("An administrator sets the follow-up period and adds a confidential consultation type in Settings",
          "[ui][clinic]")
{
    test::App app;
    test::setUp(app); // logged in as the first administrator
    MainWindow *main = app.controller->mainWindow();
    REQUIRE(main);
    main->showSection(Section::Settings);
    auto *box = main->page(Section::Settings)->findChild<ClinicSettingsBox *>();
    REQUIRE(box);
    auto *banner = main->page(Section::Settings)->findChild<MessageBanner *>();
    REQUIRE(banner);

    box->findChild<QSpinBox *>(QStringLiteral("followUpDays"))->setValue(45);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("saveFollowUpDays")), Qt::LeftButton);
    auto db = storage::Database::open(app.dbPath());
    REQUIRE(db.ok());
    CHECK(clinic::ClinicViews::followUpDays(*db.value()).value() == 45);

    const int before = box->typesList()->count();
    box->findChild<QLineEdit *>(QStringLiteral("newTypeName"))->setText(QStringLiteral("استشارة أسرية"));
    box->findChild<QCheckBox *>(QStringLiteral("newTypeConfidential"))->setChecked(true);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("addType")), Qt::LeftButton);
    REQUIRE(box->typesList()->count() == before + 1);
    auto types = clinic::ClinicVocabulary::sessionTypes(*db.value());
    REQUIRE(types.ok());
    CHECK(types.value().last().label == QStringLiteral("استشارة أسرية"));
    CHECK(types.value().last().confidential);
    test::screenshot(main, QStringLiteral("clinic-settings"));

    // The same name again is refused with a message, and the list is unchanged.
    CHECK_FALSE(box->addType(QStringLiteral("استشارة أسرية"), false));
    CHECK(banner->isVisible());
    CHECK(box->typesList()->count() == before + 1);
    CHECK_FALSE(box->saveFollowUpDays(0));
    CHECK(clinic::ClinicViews::followUpDays(*db.value()).value() == 45);

    // Empowerment tracks for plans are added in the same place.
    const int tracks = box->tracksList()->count();
    box->findChild<QLineEdit *>(QStringLiteral("newTrackName"))->setText(QStringLiteral("الزراعة المنزلية"));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("addTrack")), Qt::LeftButton);
    CHECK(box->tracksList()->count() == tracks + 1);
    CHECK(plans::PlanService(*db.value()).allTracks().last().label == QStringLiteral("الزراعة المنزلية"));
}

TEST_CASE("A field worker's settings have no clinic section", "[ui][clinic]")
{
    test::App app;
    test::setUp(app);
    auto db = storage::Database::open(app.dbPath());
    REQUIRE(db.ok());
    security::UserService users(*db.value(), security::HashCost::minimal());
    auto admin = users.login(QStringLiteral("noura"), QStringLiteral("kalimat-sir-1"));
    REQUIRE(admin.ok());
    const security::Session by = admin.value();
    REQUIRE(users.add(by, {QStringLiteral("omar"), QStringLiteral("عمر"), security::Role::FieldWorker, kPassword}).ok());
    app.controller->logout();
    test::login(app, QStringLiteral("omar"), kPassword);
    MainWindow *main = app.controller->mainWindow();
    REQUIRE(main);
    CHECK_FALSE(main->page(Section::Settings)->findChild<ClinicSettingsBox *>());
}
