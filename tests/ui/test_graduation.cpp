// Graduation in Reports → Readiness to exit (issue 14 §5), as a counsellor, a
// supervisor and a field worker use it: the family's pathway on the list, a
// proposal with a note, the supervisor's queue with "not approved" refused
// without a reason and an approval that records the exit, the families after
// graduation, each list opening the family's file; and the pathways in
// Settings. Screenshots of each.
#include "format/Display.h"
#include "impact/GraduationDialogs.h"
#include "impact/GraduationPathways.h"
#include "impact/GraduationViews.h"
#include "impact/ImpactSettingsBox.h"
#include "impact/PathwayEditor.h"
#include "impact/ReadinessView.h"
#include "impact/ReportsPage.h"
#include "plans/PlanService.h"
#include "registry/HouseholdService.h"
#include "registry/IncomeService.h"
#include "registry/MemberService.h"
#include "security/UserService.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "support/Gui.h"
#include "support/Shell.h"
#include "support/catch.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>

using namespace tamkeen;
using namespace tamkeen::ui;
using Section = MainWindow::Section;

namespace {

const QString kPassword = QStringLiteral("correct horse 12");

int rowOf(QTableWidget *table, const QString &text, int column)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, column) && table->item(r, column)->text() == text)
            return r;
    return -1;
}

ReadinessView *openReadiness(test::App &app, const QString &user)
{
    app.controller->logout();
    test::settle();
    test::login(app, user, kPassword);
    test::settle();
    MainWindow *main = app.controller->mainWindow();
    REQUIRE(main);
    main->showSection(Section::Reports);
    auto *page = qobject_cast<ReportsPage *>(main->page(Section::Reports));
    REQUIRE(page);
    test::settle();
    page->findChild<QTabWidget *>(QStringLiteral("reportTabs"))->setCurrentWidget(page->readiness());
    test::settle();
    return page->readiness();
}

} // namespace

TEST_CASE("Graduation: a counsellor proposes, a supervisor approves, and the family is followed after graduation",
          "[ui][impact][graduation]")
{
    test::App app;
    test::setUp(app);
    auto opened = storage::Database::open(app.dbPath());
    REQUIRE(opened.ok());
    std::unique_ptr<storage::Database> db = std::move(opened).value();
    security::UserService users(*db, security::HashCost::minimal());
    auto noura = users.login(QStringLiteral("noura"), QStringLiteral("kalimat-sir-1"));
    REQUIRE(noura.ok());
    const security::Session admin = noura.value();
    for (const auto &[name, full, role] :
         {std::tuple{QStringLiteral("salem"), QStringLiteral("سالم العتيبي"), security::Role::Supervisor},
          std::tuple{QStringLiteral("huda"), QStringLiteral("هدى الشمري"), security::Role::Counsellor},
          std::tuple{QStringLiteral("omar"), QStringLiteral("عمر الحربي"), security::Role::FieldWorker}})
        REQUIRE(users.add(admin, {name, full, role, kPassword}).ok());
    const security::Session huda = users.login(QStringLiteral("huda"), kPassword).value();
    const security::Session salem = users.login(QStringLiteral("salem"), kPassword).value();

    // The employment pathway: threshold and a member in work required, 80 to pass.
    impact::Pathway employment = impact::GraduationPathways::suggested(QStringLiteral("employment"));
    employment.name = QStringLiteral("التوظيف");
    employment.tracks = {QStringLiteral("employment")};
    REQUIRE(impact::GraduationPathways(*db).save(admin, employment).ok());

    // A one-person family on the employment track: employed, 2,000 a month, one goal achieved.
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
    head.employment = QStringLiteral("employed");
    auto id = households.create(admin, h, head);
    REQUIRE(id.ok());
    REQUIRE(households.changeStatus(admin, id.value(), QStringLiteral("active"), today.addMonths(-11), {}).ok());
    registry::Income income;
    income.householdId = id.value();
    income.source = QStringLiteral("salary");
    income.amount = 2000;
    income.currency = QStringLiteral("SAR");
    income.effectiveDate = today.addMonths(-3);
    REQUIRE(registry::IncomeService(*db).record(admin, income).ok());
    plans::PlanService plans(*db);
    const QByteArray headId = households.members().members(id.value()).value().first().id;
    auto plan = plans.create(huda, headId, {QStringLiteral("employment")});
    REQUIRE(plan.ok());
    auto goal = plans.addGoal(huda, plan.value(),
                              {QStringLiteral("employment"), QStringLiteral("وظيفة في مصنع"), {}, {}, {}, today.addMonths(6)});
    REQUIRE(goal.ok());
    REQUIRE(plans.submit(huda, plan.value()).ok());
    REQUIRE(plans.approve(salem, plan.value()).ok());
    REQUIRE(plans.setGoalStatus(huda, goal.value(), QStringLiteral("achieved")).ok());
    const QString fileNumber = ui::Display::ltr(households.household(id.value()).value().fileNumber);

    // The counsellor: the family on its pathway, proposed from the list.
    ReadinessView *view = openReadiness(app, QStringLiteral("huda"));
    int row = rowOf(view->table(), fileNumber, 0);
    REQUIRE(row >= 0);
    CHECK(view->table()->item(row, 4)->text() == QStringLiteral("التوظيف"));
    view->table()->setCurrentCell(-1, -1);
    CHECK_FALSE(view->proposeSelected()); // nothing chosen
    view->table()->setCurrentCell(row, 0);
    ProposeGraduationDialog *propose = view->proposeSelected();
    REQUIRE(propose);
    test::settle();
    CHECK(propose->pathway()->currentData().toString() != impact::GraduationPathways::kDefault);
    CHECK_FALSE(propose->exitReason()->isEnabled()); // the employment pathway leads to work
    test::screenshot(propose, QStringLiteral("graduation-propose"));
    test::clickSubmit(propose); // no note: refused, the dialog stays
    test::settle();
    CHECK(propose->isVisible());
    CHECK_FALSE(propose->banner()->text().isEmpty());
    test::typeText(propose->note(), QStringLiteral("تعمل في مصنع منذ ثلاثة أشهر براتب ثابت"));
    test::clickSubmit(propose);
    test::settle();
    row = rowOf(view->table(), fileNumber, 0);
    REQUIRE(row >= 0);
    CHECK(view->table()->item(row, 6)->text().contains(ui::Display(app.settings).shortDate(today)));
    test::screenshot(app.controller->mainWindow(), QStringLiteral("graduation-readiness"));

    // A field worker sees the queue but cannot decide.
    view = openReadiness(app, QStringLiteral("omar"));
    CHECK_FALSE(view->requests()->findChild<QPushButton *>(QStringLiteral("approveGraduation")));

    // The supervisor: the queue, "not approved" needs a reason, then approved.
    view = openReadiness(app, QStringLiteral("salem"));
    view->tabs()->setCurrentWidget(view->requests());
    test::settle();
    REQUIRE(view->requests()->table()->rowCount() == 1);
    CHECK(view->tabs()->tabText(1).contains(ui::Display(app.settings).number(1)));
    CHECK(view->requests()->table()->item(0, 4)->text() == QStringLiteral("هدى الشمري"));
    test::screenshot(app.controller->mainWindow(), QStringLiteral("graduation-queue"));
    view->requests()->table()->setCurrentCell(0, 0);
    DecideGraduationDialog *reject = view->requests()->decideSelected(false);
    REQUIRE(reject);
    test::settle();
    test::clickSubmit(reject);
    test::settle();
    CHECK(reject->isVisible());
    CHECK_FALSE(reject->banner()->text().isEmpty());
    reject->reject();
    test::settle();
    view->requests()->table()->setCurrentCell(0, 0);
    DecideGraduationDialog *approve = view->requests()->decideSelected(true);
    REQUIRE(approve);
    test::settle();
    test::screenshot(approve, QStringLiteral("graduation-approve"));
    test::typeText(approve->note(), QStringLiteral("موافق، متابعة بعد ثلاثة أشهر"));
    test::clickSubmit(approve);
    test::settle();
    CHECK(view->requests()->table()->rowCount() == 0);
    CHECK(households.household(id.value()).value().status == QStringLiteral("exited"));

    // After graduation: the family, its follow-ups, holding.
    view->tabs()->setCurrentWidget(view->monitor());
    test::settle();
    QTableWidget *graduated = view->monitor()->table();
    REQUIRE(graduated->rowCount() == 1);
    CHECK(graduated->item(0, 0)->text() == fileNumber);
    CHECK(graduated->item(0, 2)->text() == QStringLiteral("التوظيف"));
    CHECK_FALSE(graduated->item(0, 4)->text().isEmpty());
    CHECK_FALSE(view->monitor()->rows().first().atRisk);
    test::screenshot(app.controller->mainWindow(), QStringLiteral("graduation-after"));
    // It opens the family's file.
    emit graduated->cellActivated(0, 0);
    test::settle();
    CHECK(app.controller->mainWindow()->currentSection() == Section::Households);
}

TEST_CASE("Settings: an administrator adds a graduation pathway for the employment track", "[ui][impact][graduation]")
{
    test::App app;
    test::setUp(app);
    MainWindow *main = app.controller->mainWindow();
    REQUIRE(main);
    main->showSection(Section::Settings);
    test::settle();
    auto *box = main->findChild<ImpactSettingsBox *>();
    REQUIRE(box);
    PathwayEditor *editor = box->pathways();
    CHECK(editor->pathways()->count() == 1); // the general one
    editor->startNew();
    editor->exitReason()->setCurrentIndex(editor->exitReason()->findData(QStringLiteral("employment")));
    // Suggested for work: the employment and training tracks; training left out.
    CHECK(editor->track(QStringLiteral("employment"))->isChecked());
    CHECK(editor->track(QStringLiteral("training"))->isChecked());
    editor->track(QStringLiteral("training"))->setChecked(false);
    CHECK_FALSE(editor->save()); // no name
    editor->name()->setText(QStringLiteral("التوظيف"));
    REQUIRE(editor->save());
    CHECK(editor->pathways()->count() == 2);
    CHECK(editor->pathways()->currentText() == QStringLiteral("التوظيف"));
    auto opened = storage::Database::open(app.dbPath());
    REQUIRE(opened.ok());
    auto all = impact::GraduationPathways(*opened.value()).all();
    REQUIRE(all.ok());
    REQUIRE(all.value().size() == 2);
    CHECK(all.value()[1].tracks == QStringList{QStringLiteral("employment")});
    CHECK(all.value()[1].exitReason == QStringLiteral("employment"));
    for (QWidget *w = editor->parentWidget(); w; w = w->parentWidget())
        if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
            scroll->ensureWidgetVisible(editor, 0, 0);
            break;
        }
    test::settle();
    test::screenshot(main, QStringLiteral("settings-pathways"));
}
