// GUI tests of individual empowerment plans (issue 5): a counsellor draws up a
// plan from a member's clinic page, adds goals with tasks in place and submits
// it; a supervisor approves it from the queue; the counsellor completes a task
// and the plan page shows the progress and the history.
#include "clinic/MemberClinicDialog.h"
#include "clinic/SessionService.h"
#include "format/Display.h"
#include "impact/SatisfactionDialog.h"
#include "plans/ExitTermsDialog.h"
#include "plans/PlanDialog.h"
#include "plans/PlanService.h"
#include "plans/PlanStepDialog.h"
#include "plans/PlanText.h"
#include "plans/PlansPage.h"
#include "registry/HouseholdFile.h"
#include "registry/HouseholdService.h"
#include "registry/HouseholdsPage.h"
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
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextEdit>

using namespace tamkeen;
using namespace tamkeen::ui;

namespace {

const QString kCounsellorPassword = QStringLiteral("long-enough-1");
const QString kSupervisorPassword = QStringLiteral("long-enough-3");

struct Plans {
    test::App app;
    std::unique_ptr<storage::Database> db;
    security::Session admin, counsellor, supervisor;
    QByteArray household, head, session;

    Plans()
    {
        test::setUp(app);
        auto opened = storage::Database::open(app.dbPath());
        INFO((opened ? std::string() : opened.error().message.toStdString()));
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        security::UserService users(*db, security::HashCost::minimal());
        admin = users.login(QStringLiteral("noura"), QStringLiteral("kalimat-sir-1")).value();
        REQUIRE(users.add(admin, {QStringLiteral("huda"), QStringLiteral("هدى الحربي"), security::Role::Counsellor,
                                  kCounsellorPassword})
                    .ok());
        REQUIRE(users.add(admin, {QStringLiteral("salem"), QStringLiteral("سالم العتيبي"), security::Role::Supervisor,
                                  kSupervisorPassword})
                    .ok());
        counsellor = users.login(QStringLiteral("huda"), kCounsellorPassword).value();
        supervisor = users.login(QStringLiteral("salem"), kSupervisorPassword).value();

        registry::HouseholdService households(*db);
        registry::HouseholdData h;
        h.region = QStringLiteral("منطقة الرياض");
        h.city = QStringLiteral("الخرج");
        registry::MemberData m;
        m.givenName = QStringLiteral("سلمى");
        m.fatherName = QStringLiteral("ناصر");
        m.familyName = QStringLiteral("الدوسري");
        m.relation = QStringLiteral("head");
        m.sex = QStringLiteral("female");
        m.birthDate = QDate(1986, 4, 12);
        m.employment = QStringLiteral("unemployed");
        auto created = households.create(admin, h, m);
        REQUIRE(created.ok());
        household = created.value();
        head = households.members().members(household).value().first().id;

        // The counselling session the plan comes out of.
        clinic::SessionData s;
        s.memberId = head;
        s.counsellorId = counsellor.userId;
        s.heldAt = QDateTime(QDate::currentDate().addDays(-1), QTime(10, 0));
        s.types = {QStringLiteral("economic")};
        s.mode = QStringLiteral("centre");
        auto recorded = clinic::SessionService(*db).record(counsellor, s);
        REQUIRE(recorded.ok());
        session = recorded.value();
        logInAs(QStringLiteral("huda"), kCounsellorPassword);
    }

    void logInAs(const QString &user, const QString &password)
    {
        app.controller->logout();
        test::settle();
        test::login(app, user, password);
        REQUIRE(app.controller->mainWindow());
    }

    MainWindow *main() { return app.controller->mainWindow(); }

    MemberClinicDialog *clinicPage()
    {
        main()->showSection(MainWindow::Section::Households);
        auto *page = qobject_cast<HouseholdsPage *>(main()->page(MainWindow::Section::Households));
        REQUIRE(page);
        HouseholdFile *file = page->openHousehold(household);
        test::settle();
        REQUIRE(file);
        auto *clinic = qobject_cast<MemberClinicDialog *>(file->openClinicPage(0));
        REQUIRE(clinic);
        test::settle();
        return clinic;
    }

    PlansPage *plansPage()
    {
        main()->showSection(MainWindow::Section::Plans);
        auto *page = qobject_cast<PlansPage *>(main()->page(MainWindow::Section::Plans));
        REQUIRE(page);
        test::settle();
        return page;
    }
};

// Writes a cell as the delegate does: the value in UserRole, then the label.
void setCell(QTableWidget *t, int row, int column, const QString &text, const QVariant &value = {})
{
    QTableWidgetItem *item = t->item(row, column);
    REQUIRE(item);
    if (value.isValid())
        item->setData(Qt::UserRole, value);
    item->setText(text);
}

void checkTrack(QListWidget *tracks, const QString &key)
{
    for (int i = 0; i < tracks->count(); ++i)
        if (tracks->item(i)->data(Qt::UserRole).toString() == key)
            tracks->item(i)->setCheckState(Qt::Checked);
}

} // namespace

TEST_CASE("A plan drawn up from the clinic page is submitted, approved from the queue and shows its progress",
          "[ui][plans]")
{
    Plans p;
    const QDate today = QDate::currentDate();
    MemberClinicDialog *clinic = p.clinicPage();
    auto *start = clinic->findChild<QPushButton *>(QStringLiteral("startPlan"));
    REQUIRE(start);
    CHECK(start->isVisible());
    auto *editor = qobject_cast<PlanDialog *>(clinic->startPlan());
    REQUIRE(editor);
    test::settle();
    CHECK(editor->planId().isEmpty());

    checkTrack(editor->tracksList(), QStringLiteral("training"));
    checkTrack(editor->tracksList(), QStringLiteral("employment"));
    QTableWidget *goals = editor->goalsTable();
    QTableWidget *tasks = editor->tasksTable();

    // A goal without a description: refused, the dialog stays with the cell in focus.
    int g = editor->addGoal();
    CHECK_FALSE(editor->save());
    CHECK(editor->isVisible());
    CHECK(editor->banner()->kind() == MessageBanner::Kind::Error);
    CHECK(goals->currentRow() == g);
    CHECK(goals->currentColumn() == PlanDialog::GDescription);
    REQUIRE_FALSE(editor->planId().isEmpty()); // the draft itself was kept

    setCell(goals, g, PlanDialog::GDomain, PlanText::track(QStringLiteral("training")), QStringLiteral("training"));
    setCell(goals, g, PlanDialog::GDescription, QStringLiteral("إتمام دورة خياطة معتمدة"));
    setCell(goals, g, PlanDialog::GIndicator, QStringLiteral("شهادة الدورة"));
    setCell(goals, g, PlanDialog::GTarget, QStringLiteral("١"));
    int t = editor->addTask();
    REQUIRE(t == 0);
    setCell(tasks, t, PlanDialog::TDescription, QStringLiteral("التسجيل في معهد التدريب"));
    t = editor->addTask();
    setCell(tasks, t, PlanDialog::TDescription, QStringLiteral("شراء ماكينة خياطة"));
    setCell(tasks, t, PlanDialog::TResponsible, PlanText::responsible(QStringLiteral("partner")), QStringLiteral("partner"));

    g = editor->addGoal();
    setCell(goals, g, PlanDialog::GDomain, PlanText::track(QStringLiteral("employment")), QStringLiteral("employment"));
    setCell(goals, g, PlanDialog::GDescription, QStringLiteral("عمل في مشغل خياطة"));
    setCell(goals, g, PlanDialog::GIndicator, QStringLiteral("الدخل الشهري"));
    setCell(goals, g, PlanDialog::GBaseline, QStringLiteral("0"));
    setCell(goals, g, PlanDialog::GTarget, QStringLiteral("٣٠٠٠"));
    t = editor->addTask();
    setCell(tasks, t, PlanDialog::TDescription, QStringLiteral("زيارة ثلاثة أصحاب عمل"));
    // Due yesterday: overdue as soon as it is saved.
    setCell(tasks, t, PlanDialog::TDue, ui::Display(p.app.settings).date(today.addDays(-1)), today.addDays(-1));
    CHECK(editor->hasPendingEdits());
    // Before it is saved, the progress line counts the goals and tasks on screen,
    // in the user's digits, with nothing that reads as a digit between the facts.
    const ui::Display display(p.app.settings);
    CHECK(editor->progressLabel()->text().contains(display.fraction(0, 2)));
    CHECK(editor->progressLabel()->text().contains(display.fraction(0, 3)));
    CHECK_FALSE(editor->progressLabel()->text().contains(QChar(0x00B7)));
    editor->banner()->clear(); // as the user closes it
    CHECK(editor->status() == QStringLiteral("draft"));
    test::screenshot(editor, QStringLiteral("plans-editor"));

    REQUIRE(editor->submit());
    INFO(editor->banner()->text().toStdString());
    CHECK(editor->status() == QStringLiteral("submitted"));
    CHECK_FALSE(editor->hasPendingEdits());
    const QByteArray planId = editor->planId();
    plans::PlanService service(*p.db);
    const plans::Plan saved = service.plan(p.counsellor, planId).value();
    CHECK(saved.sessionId == p.session); // linked to the latest session
    CHECK(saved.tracks == QStringList{QStringLiteral("training"), QStringLiteral("employment")});
    const auto savedGoals = service.goals(planId).value();
    REQUIRE(savedGoals.size() == 2);
    CHECK(savedGoals[1].targetValue == 3000); // typed in Arabic-Indic digits
    CHECK(savedGoals[1].baselineValue == 0);
    CHECK(service.tasks(planId).value().size() == 3);
    // Submitted: nothing is edited until a supervisor decides.
    CHECK(goals->editTriggers() == QAbstractItemView::NoEditTriggers);
    CHECK_FALSE(editor->findChild<QPushButton *>(QStringLiteral("submitPlan"))->isVisible());
    editor->close();
    clinic->close();
    test::settle();

    // The supervisor approves it from the queue.
    p.logInAs(QStringLiteral("salem"), kSupervisorPassword);
    PlansPage *page = p.plansPage();
    REQUIRE(page->queue());
    page->tabs()->setCurrentIndex(1);
    REQUIRE(page->queue()->rowCount() == 1);
    CHECK(page->queue()->item(0, 0)->text() == QStringLiteral("سلمى ناصر الدوسري"));
    page->queue()->setCurrentCell(0, 0);
    test::screenshot(p.main(), QStringLiteral("plans-approval-queue"));
    REQUIRE(page->approveSelected());
    CHECK(page->queue()->rowCount() == 0);
    CHECK(service.plan(p.supervisor, planId).value().status == QStringLiteral("active"));

    // The counsellor completes a task and marks a goal in progress on the plan page.
    p.logInAs(QStringLiteral("huda"), kCounsellorPassword);
    page = p.plansPage();
    CHECK(page->queue() == nullptr); // counsellors have no approval queue
    REQUIRE(page->myPlans()->rowCount() == 1);
    CHECK(page->myPlans()->item(0, 6)->text() == QStringLiteral("١")); // one overdue task
    CHECK(page->myPlans()->item(0, 6)->foreground().color() == QColor(0x8a, 0x1c, 0x1c));
    page->overdueFilter()->setChecked(true);
    CHECK(page->myPlans()->rowCount() == 1);
    page->overdueFilter()->setChecked(false);

    PlanDialog *plan = page->openMyPlan(0);
    REQUIRE(plan);
    test::settle();
    CHECK(plan->status() == QStringLiteral("active"));
    goals = plan->goalsTable();
    tasks = plan->tasksTable();
    goals->setCurrentCell(0, PlanDialog::GDescription);
    REQUIRE(tasks->rowCount() == 2);
    setCell(tasks, 0, PlanDialog::TDone, ui::Display(p.app.settings).date(today), today);
    setCell(goals, 0, PlanDialog::GStatus, PlanText::goalStatus(QStringLiteral("achieved")), QStringLiteral("achieved"));
    setCell(goals, 0, PlanDialog::GCurrent, QStringLiteral("1"));
    REQUIRE(plan->save());
    const plans::Progress progress = service.progress(planId, today).value();
    CHECK(progress.goalsAchieved == 1);
    CHECK(progress.tasksDone == 1);
    CHECK(progress.tasksOverdue == 1);
    CHECK(progress.percent() == 50);
    CHECK(plan->progressLabel()->text().contains(QStringLiteral("٥٠")));
    // A done task is no longer edited; the overdue one stands out.
    goals->setCurrentCell(1, PlanDialog::GDescription);
    REQUIRE(tasks->rowCount() == 1);
    CHECK(tasks->item(0, 0)->foreground().color() == QColor(0x8a, 0x1c, 0x1c));

    // A review is recorded with its progress; the history shows every step.
    PlanStepDialog *review = plan->recordReview();
    REQUIRE(review);
    review->submit(); // no progress written: refused, stays open
    CHECK(review->isVisible());
    CHECK(review->banner()->kind() == MessageBanner::Kind::Error);
    review->textEdit()->setPlainText(QStringLiteral("أنهت الدورة وتبحث عن عمل"));
    QPointer<PlanStepDialog> open = review;
    review->surveyBox()->setChecked(true); // asks the satisfaction survey once it is recorded
    review->submit();
    test::settle();
    CHECK_FALSE(open);
    QPointer<SatisfactionDialog> survey = plan->findChild<SatisfactionDialog *>();
    REQUIRE(survey);
    CHECK(survey->isVisible());
    CHECK(survey->occasionBox()->currentData().toString() == QStringLiteral("plan_review"));
    survey->choose(4, 4); // overall: satisfied
    test::clickSubmit(survey);
    CHECK_FALSE(survey);
    const auto surveys = impact::SatisfactionService(*p.db).surveys(p.household).value();
    REQUIRE(surveys.size() == 1);
    CHECK(surveys.first().occasion == impact::Occasion::PlanReview);
    CHECK(surveys.first().occasionId == planId);
    REQUIRE(plan->historyTable()->rowCount() == 4); // created, submitted, approved, reviewed
    CHECK(plan->historyTable()->item(3, 4)->text() == QStringLiteral("أنهت الدورة وتبحث عن عمل"));
    CHECK(plan->historyTable()->item(2, 1)->text() == QStringLiteral("سالم العتيبي"));

    // The voluntary exit plan: refused while the member is not recorded as able
    // to work, with what was typed kept; agreed once she is.
    const QString incentives = QStringLiteral("يستمر الدعم ثلاثة أشهر بعد أول راتب");
    QPointer<ExitTermsDialog> exit = plan->editExitTerms();
    REQUIRE(exit);
    CHECK_FALSE(plan->exitTermsLabel()->isVisible());
    exit->incentivesEdit()->setPlainText(incentives);
    exit->submitButton()->click();
    test::settle();
    REQUIRE(exit);
    CHECK(exit->banner()->kind() == MessageBanner::Kind::Error);
    CHECK(exit->incentivesEdit()->toPlainText() == incentives);
    exit->close();
    test::settle();
    registry::MemberService members(*p.db);
    registry::Member member = members.member(saved.memberId).value();
    member.ableToWork = true;
    REQUIRE(members.update(p.counsellor, member.id, member).ok());
    exit = plan->editExitTerms();
    REQUIRE(exit);
    exit->incentivesEdit()->setPlainText(incentives);
    exit->conditionsEdit()->setPlainText(QStringLiteral("تبقى في العمل ستة أشهر"));
    test::screenshot(exit, QStringLiteral("plans-exit-terms"));
    exit->submitButton()->click();
    test::settle();
    CHECK_FALSE(exit);
    CHECK(plan->exitTermsLabel()->isVisible());
    CHECK(plan->exitTermsLabel()->text().contains(incentives));
    CHECK(plan->exitTermsLabel()->text().contains(QStringLiteral("تبقى في العمل ستة أشهر")));

    plan->banner()->clear();
    test::screenshot(plan, QStringLiteral("plans-page"));

    // The printable plan, through the printer.
    const QString pdf = p.app.dir.filePath(QStringLiteral("plan.pdf"));
    Status printed = plan->writePlan(pdf);
    INFO((printed ? std::string() : printed.error().message.toStdString()));
    CHECK(printed.ok());
    CHECK(QFileInfo(pdf).size() > 1000);
    plan->close();
    test::settle();

    page->refresh();
    CHECK(page->myPlans()->item(0, 5)->text() == display.fraction(1, 2)); // one of two goals achieved
    test::screenshot(p.main(), QStringLiteral("plans-my-plans"));
}
