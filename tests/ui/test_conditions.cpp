// Conditional support in the interface (issue 17 §5): a supervisor adds a
// programme's condition in the Conditional support section (a refusal keeps
// what was typed); a field worker records a child's attendance in the
// household file's Conditions tab, the miss shows as a warning to counsel,
// counselling is recorded; the supervisor suspends and reinstates; the
// compliance rates read by area. Screenshots.
#include "casework/ComplianceTab.h"
#include "casework/Conditions.h"
#include "casework/ConditionsPage.h"
#include "casework/Support.h"
#include "format/Display.h"
#include "registry/HouseholdFile.h"
#include "registry/HouseholdService.h"
#include "registry/MemberService.h"
#include "security/UserService.h"
#include "storage/Database.h"
#include "support/Gui.h"
#include "support/Shell.h"
#include "support/catch.h"
#include "widgets/MessageBanner.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>

using namespace tamkeen;
using namespace tamkeen::ui;
using namespace Qt::StringLiterals;

TEST_CASE("A supervisor adds a condition, a field worker records a miss and counsels, and the supervisor suspends",
          "[ui][conditions]")
{
    test::App app;
    test::DemoFile demo = test::openDemo(app);
    auto db = std::move(demo.db);
    security::UserService users(*db, security::HashCost::minimal());
    REQUIRE(users.add(demo.admin, {u"salem"_s, u"سالم العتيبي"_s, security::Role::Supervisor, u"correct horse 12"_s}).ok());
    REQUIRE(users.add(demo.admin, {u"omar"_s, u"عمر الشهري"_s, security::Role::FieldWorker, u"correct horse 12"_s}).ok());
    const security::Session supervisor = users.login(u"salem"_s, u"correct horse 12"_s).value();
    const security::Session worker = users.login(u"omar"_s, u"correct horse 12"_s).value();

    // A family of the programme: a mother and her son of nine.
    registry::HouseholdData h;
    h.region = u"منطقة الرياض"_s;
    h.city = u"الخرج"_s;
    h.housingType = u"apartment"_s;
    h.housingOwnership = u"rented"_s;
    registry::MemberData head;
    head.givenName = u"نورة"_s;
    head.fatherName = u"سعد"_s;
    head.familyName = u"القرني"_s;
    head.sex = u"female"_s;
    head.birthDate = QDate(1988, 2, 3);
    head.relation = u"head"_s;
    auto family = registry::HouseholdService(*db).create(supervisor, h, head);
    REQUIRE(family.ok());
    registry::MemberData son = head;
    son.givenName = u"فهد"_s;
    son.fatherName = u"علي"_s;
    son.sex = u"male"_s;
    son.relation = u"son"_s;
    son.birthDate = QDate::currentDate().addYears(-9);
    REQUIRE(registry::MemberService(*db).add(supervisor, family.value(), son).ok());
    casework::SupportData d;
    d.programme = u"تكافل"_s;
    d.type = u"cash"_s;
    d.amount = 1200;
    d.currency = u"SAR"_s;
    d.frequency = u"monthly"_s;
    d.startsOn = QDate::currentDate().addMonths(-4);
    d.decision = u"approved"_s;
    d.reason = u"أسرة مستحقة للدعم المشروط"_s;
    REQUIRE(casework::Support(*db).record(supervisor, family.value(), d).ok());

    ConditionsPage page(*db, app.settings, supervisor);
    page.resize(1366, 720);
    page.show();
    QPointer<ConditionDialog> add = page.addCondition();
    REQUIRE(add);
    add->programmeBox()->setCurrentIndex(add->programmeBox()->findText(u"تكافل"_s));
    add->thresholdBox()->setValue(80);
    test::clickSubmit(add); // no name, for whom, measure or period
    REQUIRE(add);
    CHECK(add->banner()->kind() == MessageBanner::Kind::Error);
    CHECK(add->programmeBox()->currentText() == u"تكافل"_s); // kept
    add->nameEdit()->setText(u"الحضور المدرسي ٨٠٪"_s);
    add->appliesToBox()->setCurrentIndex(add->appliesToBox()->findData(u"school_age"_s));
    add->measureBox()->setCurrentIndex(add->measureBox()->findData(u"percent"_s));
    add->periodBox()->setCurrentIndex(add->periodBox()->findData(u"month"_s));
    CHECK(test::screenshot(add, u"conditions-add"_s));
    test::clickSubmit(add);
    CHECK_FALSE(add);
    test::settle();
    REQUIRE(page.conditionTable()->rowCount() == 1);

    // The field worker records the son's attendance: 60 %, a miss.
    HouseholdFile file(*db, app.settings, worker, family.value());
    file.resize(1366, 720);
    file.show();
    ComplianceTab *tab = file.compliance();
    REQUIRE(tab);
    file.tabs()->setCurrentWidget(tab);
    CHECK_FALSE(tab->findChild<QPushButton *>(u"suspendSupport"_s)->isVisible()); // the supervisor's
    QPointer<ComplianceDialog> record = tab->recordCompliance();
    REQUIRE(record);
    REQUIRE(record->entryTable()->rowCount() == 1);
    CHECK(record->entryTable()->item(0, 0)->text().startsWith(u"فهد"_s));
    record->setValue(0, 60);
    CHECK(test::screenshot(record, u"conditions-record"_s));
    test::clickSubmit(record);
    CHECK_FALSE(record);
    test::settle();
    REQUIRE(tab->recordTable()->rowCount() == 1);
    CHECK(tab->summary()->text()
          == ComplianceTab::tr("%1: warned on %2, to be counselled")
                 .arg(u"تكافل"_s, ui::Display(app.settings).date(QDate::currentDate())));
    REQUIRE(tab->stepTable()->rowCount() == 1); // the warning

    QPointer<ComplianceStepDialog> counsel = tab->step(u"counselling"_s);
    REQUIRE(counsel);
    test::clickSubmit(counsel); // nothing written
    REQUIRE(counsel);
    CHECK(counsel->banner()->kind() == MessageBanner::Kind::Error);
    counsel->reasonEdit()->setPlainText(u"شرحنا للأم أهمية الانتظام، ووعدت بمتابعة الحضور"_s);
    test::clickSubmit(counsel);
    CHECK_FALSE(counsel);
    test::settle();
    CHECK(tab->stepTable()->rowCount() == 2);
    CHECK(test::screenshot(&file, u"conditions-tab"_s));

    // The supervisor suspends, then reinstates.
    HouseholdFile theirs(*db, app.settings, supervisor, family.value());
    theirs.resize(1366, 720);
    theirs.show();
    ComplianceTab *sup = theirs.compliance();
    theirs.tabs()->setCurrentWidget(sup);
    QPointer<ComplianceStepDialog> suspend = sup->step(u"suspension"_s);
    REQUIRE(suspend);
    suspend->reasonEdit()->setPlainText(u"لم يتحسن الحضور بعد الإرشاد"_s);
    CHECK(test::screenshot(suspend, u"conditions-suspend"_s));
    test::clickSubmit(suspend);
    CHECK_FALSE(suspend);
    test::settle();
    CHECK(sup->step(u"suspension"_s) == nullptr); // suspended already
    QPointer<ComplianceStepDialog> back = sup->step(u"reinstatement"_s);
    REQUIRE(back);
    back->reasonEdit()->setPlainText(u"عاد الابن إلى الانتظام"_s);
    test::clickSubmit(back);
    CHECK_FALSE(back);
    test::settle();
    CHECK(sup->stepTable()->rowCount() == 4);

    // The rates by city: one record, not met.
    page.areaBox()->setCurrentIndex(page.areaBox()->findData(u"city"_s));
    page.refresh();
    REQUIRE(test::waitUntil([&] { return !page.computing() && page.rateTable()->rowCount() == 1; }));
    CHECK(page.rateTable()->item(0, 1)->text() == u"الخرج"_s);
    CHECK(page.rateTable()->item(0, 5)->text() == ui::Display(app.settings).percent(0));
    CHECK(test::screenshot(&page, u"conditions-page"_s));
}
