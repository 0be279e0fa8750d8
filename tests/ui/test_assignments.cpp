// A family's social worker and centre in its file (issue 17 §2): a
// supervisor reassigns it and transfers it through the dialogs, refused
// without a reason with what was chosen kept; the history lists both.
#include "casework/AssignmentTab.h"
#include "registry/HouseholdFile.h"
#include "registry/HouseholdList.h"
#include "security/UserService.h"
#include "storage/Database.h"
#include "storage/SyncedWriter.h"
#include "storage/Uuid.h"
#include "support/Gui.h"
#include "support/Shell.h"
#include "support/catch.h"
#include "widgets/MessageBanner.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

using namespace tamkeen;
using namespace tamkeen::ui;

TEST_CASE("A supervisor reassigns a family and transfers it to another centre from its file", "[ui][caseload]")
{
    test::App app;
    test::DemoFile demo = test::openDemo(app);
    auto db = std::move(demo.db);
    const security::Session admin = demo.admin;
    security::UserService users(*db, security::HashCost::minimal());
    auto omar = users.add(admin, {QStringLiteral("omar"), QStringLiteral("عمر الشهري"), security::Role::FieldWorker,
                                  QStringLiteral("correct horse 12")});
    auto salem = users.add(admin, {QStringLiteral("salem"), QStringLiteral("سالم العتيبي"), security::Role::Supervisor,
                                   QStringLiteral("correct horse 12")});
    REQUIRE((omar.ok() && salem.ok()));
    db->setCurrentUser(admin.userId);
    REQUIRE(storage::SyncedWriter(*db)
                .insert(QStringLiteral("centres"),
                        {{QStringLiteral("code"), QStringLiteral("JED")}, {QStringLiteral("name"), QStringLiteral("مركز جدة للتمكين")}})
                .ok());
    // Logged in: an assignment is signed with the supervisor's own key (docs/trust.md).
    auto login = users.login(QStringLiteral("salem"), QStringLiteral("correct horse 12"));
    REQUIRE(login.ok());
    const security::Session supervisor = login.value();
    auto rows = registry::HouseholdList::page(*db, {}, registry::HouseholdSort::FileNumber, true, 0, 1);
    REQUIRE(rows.ok());

    HouseholdFile file(*db, app.settings, supervisor, rows.value().first().id);
    file.show();
    AssignmentTab *tab = file.assignment();
    REQUIRE(tab);
    file.tabs()->setCurrentWidget(tab);
    QPointer<AssignmentDialog> d = tab->reassign();
    REQUIRE(d);
    d->choice()->setCurrentIndex(d->choice()->findText(QStringLiteral("عمر الشهري")));
    test::clickSubmit(d); // no reason
    REQUIRE(d);
    CHECK(d->banner()->kind() == MessageBanner::Kind::Error);
    CHECK(d->choice()->currentText() == QStringLiteral("عمر الشهري"));
    d->reasonEdit()->setText(QStringLiteral("توزيع الأحياء الجديد"));
    test::clickSubmit(d);
    CHECK_FALSE(d);
    test::settle();
    CHECK(tab->currentLabel()->text().contains(QStringLiteral("عمر الشهري")));

    QPointer<AssignmentDialog> t = tab->transfer();
    REQUIRE(t);
    t->choice()->setCurrentIndex(t->choice()->findData(
        db->scalar(QStringLiteral("SELECT id FROM centres WHERE code = 'JED'")).value().toByteArray()));
    REQUIRE(t->choice()->currentIndex() >= 0);
    t->reasonEdit()->setText(QStringLiteral("انتقلت الأسرة إلى جدة"));
    test::screenshot(t, QStringLiteral("caseload-transfer-dialog"));
    test::clickSubmit(t);
    CHECK_FALSE(t);
    test::settle();
    REQUIRE(tab->table()->rowCount() == 2);
    CHECK(tab->currentLabel()->text().contains(QStringLiteral("مركز جدة للتمكين")));
    test::screenshot(&file, QStringLiteral("caseload-household-tab"));
}
