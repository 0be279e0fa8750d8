// The Reports section as a supervisor and a field worker use it (issue 14):
// early warnings with the rule in words, a family marked seen with a note,
// readiness to exit, and a family's file opened from a list.
#include "format/Display.h"
#include "impact/ReadinessView.h"
#include "impact/ImpactSettingsBox.h"
#include "impact/ReportsPage.h"
#include "impact/WarningsSummary.h"
#include "impact/WarningsView.h"
#include "pages/HomePage.h"
#include "registry/HouseholdService.h"
#include "registry/IncomeService.h"
#include "plans/PlanService.h"
#include "registry/MemberService.h"
#include "security/UserService.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "support/Gui.h"
#include "support/Shell.h"
#include "support/TestDb.h"
#include "support/catch.h"

#include <QCheckBox>
#include <QSignalSpy>
#include <QScrollArea>
#include <QSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

using namespace tamkeen;
using namespace tamkeen::ui;
using Section = MainWindow::Section;
using impact::WarningRule;

namespace {

const QString kPassword = QStringLiteral("correct horse 12");

int rowOf(QTableWidget *table, const QString &text, int column)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, column) && table->item(r, column)->text() == text)
            return r;
    return -1;
}

void chooseRule(WarningsView *view, WarningRule rule)
{
    const int at = view->rules()->findData(int(rule));
    REQUIRE(at >= 0);
    view->rules()->setCurrentIndex(at);
    test::settle();
}

} // namespace

TEST_CASE("Reports: early warnings list a family whose income fell, marked seen with a note, and readiness to exit",
          "[ui][impact]")
{
    test::App app;
    auto [db, admin] = test::openDemo(app);
    security::UserService users(*db, security::HashCost::minimal());
    for (const auto &[name, role] : {std::pair{QStringLiteral("salem"), security::Role::Supervisor},
                                     std::pair{QStringLiteral("huda"), security::Role::Counsellor},
                                     std::pair{QStringLiteral("omar"), security::Role::FieldWorker}})
        REQUIRE(users.add(admin, {name, name, role, kPassword}).ok());

    // A family whose income fell from 3,000 to 2,000 ten days ago.
    const QDate today = QDate::currentDate();
    registry::HouseholdService households(*db);
    registry::HouseholdData h;
    h.region = QStringLiteral("منطقة الرياض");
    h.city = QStringLiteral("الخرج");
    h.housingType = QStringLiteral("apartment");
    h.housingOwnership = QStringLiteral("rented");
    h.registrationDate = today.addYears(-1);
    registry::MemberData head;
    head.givenName = QStringLiteral("سلمى");
    head.fatherName = QStringLiteral("ناصر");
    head.familyName = QStringLiteral("الدوسري");
    head.relation = QStringLiteral("head");
    head.sex = QStringLiteral("female");
    head.birthDate = QDate(1988, 3, 1);
    auto id = households.create(admin, h, head);
    REQUIRE(id.ok());
    REQUIRE(households.changeStatus(admin, id.value(), QStringLiteral("active"), today.addMonths(-11), {}).ok());
    registry::IncomeService incomes(*db);
    for (const auto &[amount, daysAgo] : {std::pair{3000.0, 200}, std::pair{2000.0, 10}}) {
        registry::Income i;
        i.householdId = id.value();
        i.source = QStringLiteral("salary");
        i.amount = amount;
        i.currency = QStringLiteral("SAR");
        i.effectiveDate = today.addDays(-daysAgo);
        REQUIRE(incomes.record(admin, i).ok());
    }
    const QString fileNumber = ui::Display::ltr(households.household(id.value()).value().fileNumber);
    // Her plan: one goal of one achieved; her 2,000 is above the 1,100 threshold for one person.
    const security::Session huda = users.login(QStringLiteral("huda"), kPassword).value();
    const security::Session salem = users.login(QStringLiteral("salem"), kPassword).value();
    plans::PlanService plans(*db);
    const QByteArray headId = households.members().members(id.value()).value().first().id;
    auto plan = plans.create(huda, headId, {QStringLiteral("training")});
    REQUIRE(plan.ok());
    auto goal = plans.addGoal(huda, plan.value(),
                              {QStringLiteral("training"), QStringLiteral("دورة خياطة"), {}, {}, {}, today.addMonths(6)});
    REQUIRE(goal.ok());
    REQUIRE(plans.submit(huda, plan.value()).ok());
    REQUIRE(plans.approve(salem, plan.value()).ok());
    REQUIRE(plans.setGoalStatus(huda, goal.value(), QStringLiteral("achieved")).ok());

    app.controller->logout();
    test::settle();
    test::login(app, QStringLiteral("salem"), kPassword);
    test::settle();
    MainWindow *main = app.controller->mainWindow();
    REQUIRE(main);
    main->showSection(Section::Reports);
    auto *page = qobject_cast<ReportsPage *>(main->page(Section::Reports));
    REQUIRE(page);
    test::settle();
    WarningsView *warnings = page->warnings();
    CHECK(warnings->rules()->count() == 6); // a supervisor sees the wellbeing list too
    chooseRule(warnings, WarningRule::IncomeDrop);
    const int row = rowOf(warnings->table(), fileNumber, 0);
    REQUIRE(row >= 0);
    CHECK(warnings->table()->item(row, 1)->text() == QStringLiteral("سلمى ناصر الدوسري"));
    CHECK(warnings->table()->item(row, 5)->text().isEmpty());
    const QString rule = warnings->findChild<QLabel *>(QStringLiteral("warningRule"))->text();
    CHECK((rule.contains(QStringLiteral("٢٠")) || rule.contains(QStringLiteral("20"))));

    // Nothing chosen: nothing marked. Then marked with what was done.
    warnings->table()->setCurrentCell(-1, -1);
    CHECK_FALSE(warnings->markSelectedSeen(QStringLiteral("x")));
    warnings->table()->setCurrentCell(row, 0);
    REQUIRE(warnings->markSelectedSeen(QStringLiteral("اتصلت بالأسرة، تبحث عن عمل")));
    const int after = rowOf(warnings->table(), fileNumber, 0);
    REQUIRE(after >= 0);
    CHECK(warnings->table()->item(after, 5)->text().contains(QStringLiteral("اتصلت بالأسرة")));
    // The indicators' dashboard is the first tab; the warnings in view for the screenshot.
    page->findChild<QTabWidget *>(QStringLiteral("reportTabs"))->setCurrentWidget(warnings);
    test::settle();
    test::screenshot(main, QStringLiteral("reports-warnings"));

    auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("reportTabs"));
    REQUIRE(tabs);
    tabs->setCurrentWidget(page->readiness());
    test::settle();
    test::screenshot(main, QStringLiteral("reports-readiness"));
    const int planned = rowOf(page->readiness()->table(), fileNumber, 0);
    REQUIRE(planned >= 0);
    // 30 (threshold) + 20 (goals) of 100: not ready.
    CHECK(page->readiness()->table()->item(planned, 2)->text() == ui::Display(app.settings).number(50));
    page->readiness()->onlyReady()->setChecked(true);
    CHECK(rowOf(page->readiness()->table(), fileNumber, 0) < 0);
    for (const impact::HouseholdReadiness &r : page->readiness()->rows())
        CHECK(r.ready);
    page->readiness()->onlyReady()->setChecked(false);

    // A family opens its file in the Households section.
    tabs->setCurrentWidget(warnings);
    emit warnings->table()->cellActivated(after, 0);
    test::settle();
    CHECK(main->currentSection() == Section::Households);

    // A field worker does not get the wellbeing list, and sees their own caseload.
    app.controller->logout();
    test::settle();
    test::login(app, QStringLiteral("omar"), kPassword);
    test::settle();
    main = app.controller->mainWindow();
    REQUIRE(main);
    main->showSection(Section::Reports);
    page = qobject_cast<ReportsPage *>(main->page(Section::Reports));
    REQUIRE(page);
    test::settle();
    CHECK(page->warnings()->rules()->count() == 5);
    CHECK(page->warnings()->rules()->findData(int(WarningRule::LowWellbeing)) < 0);
    chooseRule(page->warnings(), WarningRule::IncomeDrop);
    CHECK(rowOf(page->warnings()->table(), fileNumber, 0) < 0); // not assigned to Omar
}

TEST_CASE("Settings: an administrator sets the early-warning thresholds and the readiness criteria", "[ui][impact]")
{
    test::App app;
    test::setUp(app);
    MainWindow *main = app.controller->mainWindow();
    REQUIRE(main);
    main->showSection(Section::Settings);
    test::settle();
    auto *box = main->findChild<ImpactSettingsBox *>();
    REQUIRE(box);
    CHECK(box->threshold("incomeDropPercent")->value() == 20);
    box->threshold("incomeDropPercent")->setValue(25);
    REQUIRE(box->saveThresholds());
    auto opened = storage::Database::open(app.dbPath());
    REQUIRE(opened.ok());
    CHECK(impact::EarlyWarnings(*opened.value()).thresholds().value().incomeDropPercent == 25);

    // A required criterion that weighs nothing is refused, and nothing is saved.
    box->weight(impact::Criterion::OwnProject)->setValue(0);
    box->required(impact::Criterion::OwnProject)->setChecked(true);
    CHECK_FALSE(box->saveCriteria());
    CHECK(impact::ExitReadiness(*opened.value()).criteria().value().criteria[2].weight == 15);
    box->required(impact::Criterion::OwnProject)->setChecked(false);
    box->passMark()->setValue(60);
    REQUIRE(box->saveCriteria());
    CHECK(impact::ExitReadiness(*opened.value()).criteria().value().passMark == 60);
    // The page scrolls: the box in view for the screenshot.
    for (QWidget *w = box->parentWidget(); w; w = w->parentWidget())
        if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
            scroll->ensureWidgetVisible(box, 0, 0);
            break;
        }
    test::settle();
    test::screenshot(main, QStringLiteral("settings-impact"));
}

TEST_CASE("Home page: the early warnings of the day counted per rule, each opening its list in Reports", "[ui][impact]")
{
    test::App app;
    test::setUp(app, true);
    MainWindow *main = app.controller->mainWindow();
    REQUIRE(main);
    auto *home = qobject_cast<HomePage *>(main->page(Section::Home));
    REQUIRE(home);
    test::settle();
    WarningsSummary *summary = home->warnings();
    REQUIRE(test::waitUntil([&] { return !summary->computing(); }));
    CHECK_FALSE(summary->statusLine()->isVisible());
    // An administrator: every list but wellbeing.
    CHECK_FALSE(summary->line(WarningRule::LowWellbeing));
    QLabel *missed = summary->line(WarningRule::MissedAppointments);
    REQUIRE(missed);
    CHECK(missed->text().contains(QStringLiteral("مواعيد فائتة")));
    test::screenshot(main, QStringLiteral("home-warnings"));
    emit missed->linkActivated(QStringLiteral("missed_appointments"));
    test::settle();
    CHECK(main->currentSection() == Section::Reports);
    auto *page = qobject_cast<ReportsPage *>(main->page(Section::Reports));
    REQUIRE(page);
    CHECK(page->warnings()->rules()->currentData().toInt() == int(WarningRule::MissedAppointments));
}

TEST_CASE("Home page: the early warnings are counted off the UI thread, a burst of changes counted once", "[ui][impact]")
{
    test::App app;
    test::setUp(app, true);
    MainWindow *main = app.controller->mainWindow();
    REQUIRE(main);
    auto *home = qobject_cast<HomePage *>(main->page(Section::Home));
    REQUIRE(home);
    WarningsSummary *summary = home->warnings();
    REQUIRE(test::waitUntil([&] { return !summary->computing(); }));
    QLabel *missed = summary->line(WarningRule::MissedAppointments);
    REQUIRE(missed);
    const QString before = missed->text();
    REQUIRE_FALSE(before.isEmpty());

    // Three changes in a row: the box says it is counting, keeps the old
    // counts meanwhile, and counts once, with the last request.
    QSignalSpy computed(summary, &WarningsSummary::computed);
    summary->refresh();
    summary->refresh();
    summary->refresh();
    CHECK(summary->computing());
    CHECK(summary->statusLine()->isVisibleTo(summary));
    CHECK(summary->statusLine()->text() == WarningsSummary::tr("Counting the families on each list…"));
    CHECK(missed->text() == before);
    REQUIRE(test::waitUntil([&] { return !summary->computing(); }));
    test::settle();
    CHECK(computed.count() == 1);
    CHECK_FALSE(summary->statusLine()->isVisibleTo(summary));
    CHECK(missed->text() == before);

}
