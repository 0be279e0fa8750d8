// The level of care in the household file (issue 17 §3): assessed through
// its dialog (refused without a level, what was typed kept), shown with its
// date, every assessment listed.
#include "casework/CareLevelTab.h"
#include "casework/CareLevels.h"
#include "registry/HouseholdFile.h"
#include "registry/HouseholdList.h"
#include "security/UserService.h"
#include "storage/Database.h"
#include "support/Gui.h"
#include "support/Shell.h"
#include "support/catch.h"
#include "widgets/MessageBanner.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTabWidget>
#include <QTableWidget>

using namespace tamkeen;
using namespace tamkeen::ui;

TEST_CASE("A field worker assesses a family's level of care from its file", "[ui][care-levels]")
{
    test::App app;
    test::DemoFile demo = test::openDemo(app);
    auto db = std::move(demo.db);
    const security::Session admin = demo.admin;
    security::UserService users(*db, security::HashCost::minimal());
    auto id = users.add(admin, {QStringLiteral("omar"), QStringLiteral("عمر الشهري"), security::Role::FieldWorker,
                                QStringLiteral("correct horse 12")});
    REQUIRE(id.ok());
    const security::Session omar{id.value(), QStringLiteral("omar"), QStringLiteral("عمر الشهري"),
                                 security::Role::FieldWorker};
    auto rows = registry::HouseholdList::page(*db, {}, registry::HouseholdSort::FileNumber, true, 0, 1);
    REQUIRE(rows.ok());
    REQUIRE(rows.value().size() == 1);

    HouseholdFile file(*db, app.settings, omar, rows.value().first().id);
    file.show();
    CareLevelTab *tab = file.careLevel();
    REQUIRE(tab);
    file.tabs()->setCurrentWidget(tab);
    QPointer<CareLevelDialog> d = tab->assess();
    REQUIRE(d);
    d->reasonEdit()->setPlainText(QStringLiteral("الأم تعيل خمسة أطفال وحدها بعد وفاة الزوج"));
    test::clickSubmit(d); // no level chosen
    REQUIRE(d);
    CHECK(d->banner()->kind() == MessageBanner::Kind::Error);
    CHECK(QApplication::focusWidget() == d->levelBox());
    CHECK(d->reasonEdit()->toPlainText().startsWith(QStringLiteral("الأم")));
    d->levelBox()->setCurrentIndex(d->levelBox()->findData(QStringLiteral("case_management")));
    test::screenshot(d, QStringLiteral("care-level-dialog"));
    test::clickSubmit(d);
    CHECK_FALSE(d);
    test::settle();
    CHECK(tab->currentLabel()->text().contains(
        registry::Vocabulary::label(casework::CareLevels::levels(), QStringLiteral("case_management"))));
    REQUIRE(tab->table()->rowCount() == 1);
    CHECK(tab->table()->item(0, 3)->text() == QStringLiteral("عمر الشهري"));
    test::screenshot(&file, QStringLiteral("care-level-tab"));
}
