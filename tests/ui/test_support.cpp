// Support received in the household file (issue 17 §4): a supervisor records
// support through the dialog, refused with what was typed kept; stops it;
// the month-by-month table shows income beside support; a field worker reads
// it without the buttons; an administrator adds a type of support. Screenshots.
#include "casework/SupportTab.h"
#include "casework/SupportTypesBox.h"
#include "format/Display.h"
#include "registry/HouseholdFile.h"
#include "registry/HouseholdList.h"
#include "security/UserService.h"
#include "storage/Database.h"
#include "support/Gui.h"
#include "support/Shell.h"
#include "support/catch.h"
#include "widgets/DateField.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

using namespace tamkeen;
using namespace tamkeen::ui;

TEST_CASE("A supervisor records support for a family and stops it, and income and support show month by month",
          "[ui][support]")
{
    test::App app;
    test::DemoFile demo = test::openDemo(app);
    auto db = std::move(demo.db);
    security::UserService users(*db, security::HashCost::minimal());
    auto salem = users.add(demo.admin, {QStringLiteral("salem"), QStringLiteral("سالم العتيبي"), security::Role::Supervisor,
                                        QStringLiteral("correct horse 12")});
    auto omar = users.add(demo.admin, {QStringLiteral("omar"), QStringLiteral("عمر الشهري"), security::Role::FieldWorker,
                                       QStringLiteral("correct horse 12")});
    REQUIRE((salem.ok() && omar.ok()));
    // Logged in: a decision on support is signed with the supervisor's key.
    auto login = users.login(QStringLiteral("salem"), QStringLiteral("correct horse 12"));
    REQUIRE(login.ok());
    const security::Session supervisor = login.value();
    auto rows = registry::HouseholdList::page(*db, {}, registry::HouseholdSort::FileNumber, true, 0, 1);
    REQUIRE(rows.ok());
    const QByteArray family = rows.value().first().id;

    HouseholdFile file(*db, app.settings, supervisor, family);
    file.resize(1366, 720);
    file.show();
    SupportTab *tab = file.support();
    REQUIRE(tab);
    file.tabs()->setCurrentWidget(tab);
    CHECK(file.tabs()->indexOf(tab) == 2); // beside the incomes
    const int before = tab->supportTable()->rowCount();
    CHECK(tab->monthTable()->rowCount() == 12);

    QPointer<SupportDialog> d = tab->recordSupport();
    REQUIRE(d);
    d->programmeEdit()->setText(QStringLiteral("الضمان الاجتماعي"));
    test::clickSubmit(d); // no type, frequency, decision or reason
    REQUIRE(d);
    CHECK(d->banner()->kind() == MessageBanner::Kind::Error);
    CHECK(d->programmeEdit()->text() == QStringLiteral("الضمان الاجتماعي")); // kept
    d->typeBox()->setCurrentIndex(d->typeBox()->findData(QStringLiteral("cash")));
    d->frequencyBox()->setCurrentIndex(d->frequencyBox()->findData(QStringLiteral("monthly")));
    d->decisionBox()->setCurrentIndex(d->decisionBox()->findData(QStringLiteral("approved")));
    d->reasonEdit()->setPlainText(QStringLiteral("دخل الأسرة دون الحد المانع"));
    test::clickSubmit(d); // cash without an amount
    REQUIRE(d);
    CHECK(d->banner()->kind() == MessageBanner::Kind::Error);
    d->amountBox()->setValue(1500);
    d->fromField()->setDate(QDate::currentDate().addMonths(-5));
    CHECK(test::screenshot(d, QStringLiteral("support-dialog")));
    test::clickSubmit(d);
    CHECK_FALSE(d);
    test::settle();
    REQUIRE(tab->supportTable()->rowCount() == before + 1);
    const ui::Display display(app.settings);
    CHECK(tab->supportTable()->item(0, 0)->text() == QStringLiteral("الضمان الاجتماعي"));
    CHECK(tab->supportTable()->item(0, 2)->text() == display.money(1500, QStringLiteral("SAR")));
    // This month's row (first) counts it.
    CHECK(tab->monthTable()->item(0, 3)->text().contains(display.money(1500, QStringLiteral("SAR"))));
    CHECK(test::screenshot(&file, QStringLiteral("support-tab")));

    // Stopped: chosen in the table, with a reason.
    CHECK_FALSE(tab->stopButton()->isEnabled());
    tab->supportTable()->setCurrentCell(0, 0);
    REQUIRE(tab->stopButton()->isEnabled());
    QPointer<StopSupportDialog> stop = tab->stopSupport();
    REQUIRE(stop);
    test::clickSubmit(stop); // no reason
    REQUIRE(stop);
    CHECK(stop->banner()->kind() == MessageBanner::Kind::Error);
    stop->reasonEdit()->setPlainText(QStringLiteral("وجد رب الأسرة عملًا"));
    test::clickSubmit(stop);
    CHECK_FALSE(stop);
    test::settle();
    CHECK(tab->supportTable()->item(0, 5)->text().contains(QStringLiteral("وجد رب الأسرة عملًا")));

    // A field worker reads it, without the buttons.
    const security::Session worker{omar.value(), QStringLiteral("omar"), QStringLiteral("عمر الشهري"),
                                   security::Role::FieldWorker};
    HouseholdFile theirs(*db, app.settings, worker, family);
    theirs.show();
    CHECK(theirs.support()->supportTable()->rowCount() == before + 1);
    CHECK_FALSE(theirs.support()->findChild<QPushButton *>(QStringLiteral("recordSupport"))->isVisible());
}

TEST_CASE("An administrator adds a type of support in Settings, and a second with the same name is refused",
          "[ui][support]")
{
    test::App app;
    test::DemoFile demo = test::openDemo(app);
    MessageBanner banner;
    SupportTypesBox box(*demo.db, demo.admin, &banner);
    box.show();
    box.nameEdit()->setText(QStringLiteral("الزي المدرسي"));
    REQUIRE(box.add());
    CHECK(box.typesLabel()->text().contains(QStringLiteral("الزي المدرسي")));
    box.nameEdit()->setText(QStringLiteral("الزي المدرسي"));
    CHECK_FALSE(box.add());
    CHECK(banner.kind() == MessageBanner::Kind::Error);
    CHECK(box.nameEdit()->text() == QStringLiteral("الزي المدرسي")); // kept to correct
}
