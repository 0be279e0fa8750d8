// Home visits as field workers and supervisors use them (issue 17 §1): planned
// and recorded from the household file, a visit dated in the future refused
// with what was typed kept, the day's visits on the home page, the week in the
// Home visits section, the route printed, the checklist kept by the administrator.
#include "pages/HomePage.h"
#include "registry/HouseholdFile.h"
#include "registry/HouseholdList.h"
#include "security/UserService.h"
#include "storage/Database.h"
#include "support/Gui.h"
#include "support/PdfText.h"
#include "support/Shell.h"
#include "support/catch.h"
#include "registry/HouseholdService.h"
#include "visits/ChecklistBox.h"
#include "visits/PlanWeekDialog.h"
#include "visits/VisitChecklist.h"
#include "visits/VisitDialogs.h"
#include "visits/VisitPlanView.h"
#include "visits/VisitRoutePrinter.h"
#include "visits/VisitService.h"
#include "visits/VisitsPage.h"
#include "visits/VisitsTab.h"
#include "widgets/DateField.h"
#include "widgets/MessageBanner.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

using namespace tamkeen;
using namespace tamkeen::ui;
using tamkeen::visits::VisitService;
using tamkeen::visits::VisitStatus;

namespace {

const QString kPassword = QStringLiteral("correct horse 12");

// The application with demonstration families, a field worker (Omar) and a supervisor (Salem).
struct Field {
    test::App app;
    std::unique_ptr<storage::Database> db;
    security::Session admin, omar, salem;
    QList<registry::HouseholdRow> families;

    Field()
    {
        test::DemoFile demo = test::openDemo(app);
        db = std::move(demo.db);
        admin = demo.admin;
        security::UserService users(*db, security::HashCost::minimal());
        omar = add(users, QStringLiteral("omar"), QStringLiteral("عمر الشهري"), security::Role::FieldWorker);
        salem = add(users, QStringLiteral("salem"), QStringLiteral("سالم العتيبي"), security::Role::Supervisor);
        registry::HouseholdFilter active;
        active.status = QStringLiteral("active");
        auto rows = registry::HouseholdList::page(*db, active, registry::HouseholdSort::FileNumber, true, 0, 3);
        REQUIRE(rows.ok());
        REQUIRE(rows.value().size() == 3);
        families = rows.value();
    }

    security::Session add(security::UserService &users, const QString &name, const QString &full, security::Role role)
    {
        auto id = users.add(admin, {name, full, role, kPassword});
        REQUIRE(id.ok());
        return {id.value(), name, full, role};
    }

    QList<visits::Visit> visitsOf(int family)
    {
        auto list = VisitService(*db).ofHousehold(families[family].id);
        REQUIRE(list.ok());
        return list.value();
    }
};

void choose(QComboBox *box, const QString &data)
{
    REQUIRE(box);
    const int at = box->findData(data);
    REQUIRE(at >= 0);
    box->setCurrentIndex(at);
}

} // namespace

TEST_CASE("A field worker plans a visit from the household file and records it with the checklist", "[ui][visits]")
{
    REQUIRE(QApplication::layoutDirection() == Qt::RightToLeft);
    Field f;
    const QDate today = QDate::currentDate();
    HouseholdFile file(*f.db, f.app.settings, f.omar, f.families[0].id);
    file.show();
    VisitsTab *tab = file.visits();
    REQUIRE(tab);
    file.tabs()->setCurrentWidget(tab);

    QPointer<FormDialog> plan = tab->planVisit();
    auto *planDialog = qobject_cast<PlanVisitDialog *>(plan.data());
    REQUIRE(planDialog);
    CHECK_FALSE(planDialog->workerBox()->isEnabled()); // a field worker plans their own
    planDialog->dateField()->setDate(today);
    test::clickSubmit(plan);
    CHECK_FALSE(plan);
    test::settle();
    REQUIRE(tab->table()->rowCount() == 1);
    CHECK(tab->table()->item(0, 1)->text() == VisitService::statusLabel(VisitStatus::Planned));

    tab->table()->setCurrentCell(0, 0);
    QPointer<VisitDialog> d = tab->recordVisit();
    REQUIRE(d);
    test::settle();
    CHECK(d->layoutDirection() == Qt::RightToLeft);
    REQUIRE_FALSE(d->presentBoxes().isEmpty());
    d->presentBoxes().first()->setChecked(true);
    choose(d->outcomeBox(), QStringLiteral("met"));
    choose(qobject_cast<QComboBox *>(d->answerEditor(QStringLiteral("housing"))), QStringLiteral("poor"));
    choose(qobject_cast<QComboBox *>(d->answerEditor(QStringLiteral("school"))), QStringLiteral("yes"));
    test::typeText(d->answerEditor(QStringLiteral("needs")), QStringLiteral("ترميم سقف المطبخ"));
    test::typeText(d->observationsEdit(), QStringLiteral("الأسرة متعاونة، والابن الأكبر يبحث عن عمل في ورشة قريبة."));
    test::typeText(d->placeEdit(), QStringLiteral("٢٤٫٧١٣٦، ٤٦٫٦٧٥٣"));
    d->nextField()->setDate(today.addDays(21));

    // Dated tomorrow by mistake: refused, nothing saved, everything typed still there.
    d->dateField()->setDate(today.addDays(1));
    test::clickSubmit(d);
    REQUIRE(d);
    CHECK(d->isVisible());
    CHECK(d->banner()->kind() == MessageBanner::Kind::Error);
    CHECK(QApplication::focusWidget() == static_cast<QWidget *>(d->dateField()->editor()));
    CHECK(f.visitsOf(0).first().status == VisitStatus::Planned);
    CHECK(d->observationsEdit()->toPlainText().startsWith(QStringLiteral("الأسرة متعاونة")));
    d->dateField()->setDate(today);
    test::screenshot(d, QStringLiteral("visit-dialog"));
    const QRect screen(0, 0, 1366, 768 - 40);
    CHECK(d->frameGeometry().width() <= screen.width());
    CHECK(d->frameGeometry().height() <= screen.height());
    test::clickSubmit(d);
    CHECK_FALSE(d);

    const QList<visits::Visit> saved = f.visitsOf(0);
    REQUIRE(saved.size() == 2); // the visit made, and the next one planned
    const visits::Visit &made = saved.last();
    CHECK(made.status == VisitStatus::Done);
    CHECK(made.visitedOn == today);
    CHECK(made.answers.value(QStringLiteral("housing")) == QStringLiteral("poor"));
    CHECK(made.answers.value(QStringLiteral("needs")) == QStringLiteral("ترميم سقف المطبخ"));
    CHECK_FALSE(made.answers.contains(QStringLiteral("documents"))); // not checked
    CHECK(made.presentMembers.size() == 1);
    REQUIRE(made.coordinates.has_value());
    CHECK(std::abs(made.coordinates->latitude - 24.7136) < 1e-9);
    CHECK(saved.first().status == VisitStatus::Planned);
    CHECK(saved.first().plannedOn == today.addDays(21));

    // The file lists both; the visit made shows what was found.
    test::settle();
    REQUIRE(tab->table()->rowCount() == 2);
    tab->table()->setCurrentCell(1, 0);
    CHECK(tab->details()->text().contains(QStringLiteral("ترميم سقف المطبخ")));
    CHECK(tab->details()->text().contains(QStringLiteral("الابن الأكبر")));
    test::screenshot(&file, QStringLiteral("visit-household-tab"));
}

TEST_CASE("The visit dialog opens the file's own dialogs for a new member or an income found at the visit",
          "[ui][visits]")
{
    Field f;
    HouseholdFile file(*f.db, f.app.settings, f.omar, f.families[1].id);
    file.show();
    QPointer<VisitDialog> d = file.visits()->recordVisit();
    REQUIRE(d);
    CHECK(d->findChild<QPushButton *>(QStringLiteral("addMember"))->isVisibleTo(d));
    const int dialogsBefore = int(file.findChildren<QDialog *>().size());
    d->findChild<QPushButton *>(QStringLiteral("addMember"))->click();
    test::settle();
    CHECK(file.findChildren<QDialog *>().size() > dialogsBefore);
}

TEST_CASE("The home page lists my visits of the day, the section the week, and the day's route prints",
          "[ui][visits]")
{
    Field f;
    const QDate today = QDate::currentDate();
    VisitService service(*f.db);
    REQUIRE(service.plan(f.omar, f.families[0].id, today).ok());
    REQUIRE(service.plan(f.omar, f.families[1].id, today).ok());
    REQUIRE(service.plan(f.omar, f.families[2].id, today.addDays(1)).ok());
    REQUIRE(service.plan(f.salem, f.families[2].id, today, f.salem.userId).ok()); // the supervisor's own, not Omar's

    HomePage home(*f.db, f.app.settings, f.omar, {});
    home.resize(1200, 700);
    home.show();
    test::settle();
    VisitPlanView *mine = home.visitsToday();
    REQUIRE(mine);
    CHECK(mine->visits().size() == 2);
    auto *box = home.findChild<QGroupBox *>(QStringLiteral("visitsToday"));
    REQUIRE(box);
    CHECK(box->title().contains(QStringLiteral("٢")));
    test::screenshot(&home, QStringLiteral("visits-home"));
    // Recorded from the home page: no file is open there to add a member to.
    mine->table()->setCurrentCell(1, 0); // row 0 is the district's heading
    QPointer<VisitDialog> fromHome = mine->recordSelected();
    REQUIRE(fromHome);
    CHECK_FALSE(fromHome->findChild<QPushButton *>(QStringLiteral("addMember"))->isVisibleTo(fromHome));
    delete fromHome.data();

    VisitsPage page(*f.db, f.app.settings, f.omar);
    page.resize(1150, 680);
    page.show();
    test::settle();
    const bool tomorrowThisWeek = today.addDays(1) <= page.weekStart().addDays(6);
    CHECK(page.plan()->visits().size() == (tomorrowThisWeek ? 3 : 2));
    CHECK_FALSE(page.workerBox()->isEnabled()); // a field worker sees their own
    test::screenshot(&page, QStringLiteral("visits-week"));

    auto route = page.route();
    REQUIRE(route.ok());
    CHECK(route.value().visits.size() == 2);
    const QString pdf = QDir(f.app.dir.path()).filePath(QStringLiteral("route.pdf"));
    REQUIRE(VisitRoutePrinter::write(pdf, f.app.settings, route.value()).ok());
    const QString text = test::pdfText(pdf);
    CHECK(test::hasAllWords(text, f.families[0].headName));
    CHECK(test::hasAllWords(text, f.families[1].headName));
    CHECK_FALSE(test::hasAllWords(text, f.families[2].headName));
    // Kept beside the screenshots, for a person to look at.
    const QString kept = QDir(QStringLiteral(TAMKEEN_SCREENSHOT_DIR)).filePath(QStringLiteral("visits-route.pdf"));
    QFile::remove(kept);
    QFile::copy(pdf, kept);

    // The supervisor sees every worker's, or one worker's.
    VisitsPage supervisor(*f.db, f.app.settings, f.salem);
    test::settle();
    CHECK(supervisor.workerBox()->isEnabled());
    CHECK(supervisor.plan()->visits().size() == (tomorrowThisWeek ? 4 : 3));
    supervisor.workerBox()->setCurrentIndex(supervisor.workerBox()->findText(QStringLiteral("عمر الشهري")));
    test::settle();
    CHECK(supervisor.plan()->visits().size() == (tomorrowThisWeek ? 3 : 2));
}

TEST_CASE("The administrator adds a question to the checklist and the visit asks it", "[ui][visits]")
{
    Field f;
    MessageBanner banner;
    ChecklistBox box(*f.db, f.admin, &banner);
    box.show();
    CHECK(box.list()->count() == 4);
    box.labelEdit()->setText(QStringLiteral("  "));
    CHECK_FALSE(box.add());
    CHECK(banner.kind() == MessageBanner::Kind::Error);
    box.labelEdit()->setText(QStringLiteral("تتوفر مياه صالحة للشرب"));
    choose(box.kindBox(), QStringLiteral("yes_no"));
    REQUIRE(box.add());
    CHECK(box.list()->count() == 5);
    test::screenshot(&box, QStringLiteral("visits-checklist-settings"));

    const QString key = visits::VisitChecklist(*f.db).items().value().last().key;
    QPointer<VisitDialog> d = new VisitDialog(*f.db, f.app.settings, f.omar, f.families[0].id, {});
    CHECK(d->answerEditor(key));
    delete d.data();

    box.list()->setCurrentRow(4);
    REQUIRE(box.archiveSelected());
    CHECK(box.list()->count() == 4);
}

TEST_CASE("A field worker ticks families of their caseload and plans them for a day", "[ui][visits]")
{
    Field f;
    registry::HouseholdService households(*f.db);
    for (const registry::HouseholdRow &row : f.families) {
        registry::HouseholdData data = households.household(row.id).value();
        data.assignedWorker = f.omar.userId;
        REQUIRE(households.update(f.admin, row.id, data).ok());
    }
    VisitsPage page(*f.db, f.app.settings, f.omar);
    page.show();
    QPointer<PlanWeekDialog> d = page.planVisits();
    REQUIRE(d);
    test::settle();
    REQUIRE(d->table()->rowCount() == 3);
    // Nothing ticked, no day: refused, the dialog stays.
    test::clickSubmit(d);
    REQUIRE(d);
    CHECK(d->banner()->kind() == MessageBanner::Kind::Error);
    const QDate day = QDate::currentDate().addDays(1);
    d->dateField()->setDate(day);
    d->tick(0);
    d->tick(2);
    test::screenshot(d, QStringLiteral("visits-plan-many"));
    CHECK(d->frameGeometry().height() <= 768 - 40);
    test::clickSubmit(d);
    CHECK_FALSE(d);
    CHECK(VisitService(*f.db).planned(day, day, f.omar.userId).value().size() == 2);

    // A supervisor looking at every worker's visits is asked whose to plan.
    VisitsPage supervisor(*f.db, f.app.settings, f.salem);
    CHECK_FALSE(supervisor.planVisits());
}
