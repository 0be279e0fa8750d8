// Each user's tasks (issue 17 §2): the My tasks section lists what has fallen
// due for the user, the late in red with a word beside, filtered by kind or
// lateness; a row opens where it is acted on; the count shows in the
// navigation. A supervisor reassigns many families of a worker from the
// caseload at once. Screenshots in Arabic at 1366×768.
#include "casework/ReassignManyDialog.h"
#include "casework/TaskInboxPage.h"
#include "format/Display.h"
#include "pages/HomePage.h"
#include "pages/SupervisorHome.h"
#include "registry/HouseholdList.h"
#include "registry/HouseholdService.h"
#include "security/UserService.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "support/Gui.h"
#include "support/Shell.h"
#include "support/catch.h"
#include "visits/VisitService.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>

using namespace tamkeen;
using namespace tamkeen::ui;
using Section = MainWindow::Section;

namespace {

const QString kPassword = QStringLiteral("correct horse 12");

// Demonstration families; Omar, a field worker, has three of them, with a
// visit planned today and one left from three days ago.
struct Tasks {
    test::App app;
    std::unique_ptr<storage::Database> db;
    security::Session admin, salem, omar, layla;
    QList<registry::HouseholdRow> families;
    QByteArray lateVisit;

    Tasks()
    {
        test::setUp(app, true);
        auto opened = storage::Database::open(app.dbPath());
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        security::UserService users(*db, security::HashCost::minimal());
        admin = users.login(QStringLiteral("noura"), QStringLiteral("kalimat-sir-1")).value();
        salem = add(users, QStringLiteral("salem"), QStringLiteral("سالم العتيبي"), security::Role::Supervisor);
        omar = add(users, QStringLiteral("omar"), QStringLiteral("عمر الشهري"), security::Role::FieldWorker);
        layla = add(users, QStringLiteral("layla"), QStringLiteral("ليلى القحطاني"), security::Role::FieldWorker);
        registry::HouseholdFilter active;
        active.status = QStringLiteral("active");
        auto rows = registry::HouseholdList::page(*db, active, registry::HouseholdSort::FileNumber, true, 0, 3);
        REQUIRE(rows.ok());
        REQUIRE(rows.value().size() == 3);
        families = rows.value();
        registry::HouseholdService households(*db);
        for (const registry::HouseholdRow &f : families) {
            registry::HouseholdData h = households.household(f.id).value();
            h.assignedWorker = omar.userId;
            REQUIRE(households.update(admin, f.id, h).ok());
        }
        visits::VisitService visits(*db);
        auto late = visits.plan(omar, families[0].id, QDate::currentDate());
        REQUIRE(late.ok());
        lateVisit = late.value();
        REQUIRE(db->write(QStringLiteral("UPDATE home_visits SET planned_on = ? WHERE id = ?"),
                          {QDate::currentDate().addDays(-3).toString(Qt::ISODate), lateVisit})
                    .ok());
        REQUIRE(visits.plan(omar, families[1].id, QDate::currentDate()).ok());
    }

    security::Session add(security::UserService &users, const QString &name, const QString &full, security::Role role)
    {
        REQUIRE(users.add(admin, {name, full, role, kPassword}).ok());
        auto session = users.login(name, kPassword);
        REQUIRE(session.ok());
        return session.value();
    }

    MainWindow *loginAs(const QString &name)
    {
        app.controller->logout(); // set-up left the administrator logged in
        test::settle();
        test::login(app, name, kPassword);
        MainWindow *main = app.controller->mainWindow();
        REQUIRE(main);
        main->resize(1366, 768);
        test::settle();
        return main;
    }
};

int visitRows(QTableWidget *table)
{
    int n = 0;
    for (int r = 0; r < table->rowCount(); ++r)
        n += table->item(r, 0)->text() == casework::TaskInbox::kindName(casework::InboxItem::Kind::Visit) ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("A field worker's tasks list the visits due, the late one marked, and a row opens the family",
          "[ui][inbox]")
{
    Tasks t;
    MainWindow *main = t.loginAs(QStringLiteral("omar"));
    auto *page = qobject_cast<TaskInboxPage *>(main->page(Section::Tasks));
    REQUIRE(page);
    main->showSection(Section::Tasks);
    REQUIRE(test::waitUntil([&] { return !page->computing(); }));
    test::settle();
    const ui::Display display(t.app.settings);
    QTableWidget *table = page->table();
    REQUIRE(visitRows(table) == 2);
    // Oldest first: the visit left from three days ago, marked late in words too.
    CHECK(page->shown().first().targetId == t.lateVisit);
    CHECK(table->item(0, 1)->text() == TaskInboxPage::tr("%1 (late)").arg(display.shortDate(QDate::currentDate().addDays(-3))));
    CHECK(table->item(0, 1)->font().bold());
    CHECK(table->item(0, 2)->text() == ui::Display::ltr(t.families[0].fileNumber));
    // The navigation counts them, in the user's digits.
    const int due = table->rowCount();
    CHECK(main->navigation()->item(1)->text().contains(display.number(due)));
    CHECK(page->summary()->text().contains(display.number(due)));
    CHECK(page->layoutDirection() == Qt::RightToLeft);
    CHECK(test::screenshot(main, QStringLiteral("tasks-field-worker")));

    // Only the late ones; then only visits.
    page->lateOnlyBox()->setChecked(true);
    CHECK(visitRows(table) == 1);
    page->lateOnlyBox()->setChecked(false);
    page->kindBox()->setCurrentIndex(page->kindBox()->findData(int(casework::InboxItem::Kind::Visit)));
    CHECK(table->rowCount() == 2);

    // A visit opens its family's file.
    page->openRow(0);
    test::settle();
    CHECK(main->currentSection() == Section::Households);

    // Recorded: the late visit leaves the list at the next read.
    visits::VisitReport report;
    report.householdId = t.families[0].id;
    report.plannedId = t.lateVisit;
    report.visitedOn = QDate::currentDate();
    report.presentOthers = QStringLiteral("الجارة");
    report.outcome = visits::VisitService::outcomes().first().key;
    auto recorded = visits::VisitService(*t.db).record(t.omar, report);
    INFO((recorded ? std::string() : recorded.error().message.toStdString()));
    REQUIRE(recorded.ok());
    page->refresh();
    REQUIRE(test::waitUntil([&] { return !page->computing(); }));
    CHECK(table->rowCount() == 1);
}

TEST_CASE("A supervisor reassigns many families of a worker from the caseload, refused until all is chosen",
          "[ui][inbox][caseload]")
{
    Tasks t;
    MainWindow *main = t.loginAs(QStringLiteral("salem"));
    auto *home = qobject_cast<HomePage *>(main->page(Section::Home));
    REQUIRE(home);
    REQUIRE(test::waitUntil([&] { return !home->computing(); }));
    SupervisorHome *desk = home->supervisor();
    REQUIRE(desk);
    const auto rowOf = [&](const QByteArray &worker) {
        for (int r = 0; r < desk->data().caseload.size(); ++r)
            if (desk->data().caseload[r].workerId == worker)
                return r;
        return -1;
    };
    const int omarRow = rowOf(t.omar.userId);
    REQUIRE(omarRow >= 0);
    CHECK_FALSE(desk->reassignButton()->isEnabled()); // no worker chosen yet
    desk->caseloadTable()->setCurrentCell(omarRow, 0);
    CHECK(desk->reassignButton()->isEnabled());
    QPointer<ReassignManyDialog> d = desk->reassignFamilies();
    REQUIRE(d);
    test::settle();
    REQUIRE(d->table()->rowCount() == 3);
    CHECK(d->workerBox()->findData(t.omar.userId) < 0); // not to the same worker
    // Nothing ticked: refused, nothing written.
    d->workerBox()->setCurrentIndex(d->workerBox()->findData(t.layla.userId));
    d->reasonEdit()->setText(QStringLiteral("إعادة توزيع الحي"));
    test::clickSubmit(d);
    REQUIRE(d);
    CHECK(d->banner()->kind() == MessageBanner::Kind::Error);
    const auto laylas = [&] {
        return t.db->scalar(QStringLiteral("SELECT count(*) FROM households WHERE assigned_worker = ?"), {t.layla.userId})
            .value()
            .toInt();
    };
    CHECK(laylas() == 0); // nothing written
    // Two ticked, no reason: refused, the ticks and the worker kept.
    d->table()->item(0, 0)->setCheckState(Qt::Checked);
    d->table()->item(2, 0)->setCheckState(Qt::Checked);
    d->reasonEdit()->clear();
    test::clickSubmit(d);
    REQUIRE(d);
    CHECK(d->banner()->kind() == MessageBanner::Kind::Error);
    CHECK(d->checkedHouseholds().size() == 2);
    CHECK(d->workerBox()->currentData().toByteArray() == t.layla.userId);
    CHECK(d->countLabel()->text().contains(ui::Display(t.app.settings).number(2)));
    CHECK(laylas() == 0);
    d->reasonEdit()->setText(QStringLiteral("إعادة توزيع الحي"));
    CHECK(test::screenshot(d, QStringLiteral("caseload-reassign-many")));
    test::clickSubmit(d);
    CHECK_FALSE(d);
    REQUIRE(test::waitUntil([&] { return !home->computing() && rowOf(t.layla.userId) >= 0; }));
    CHECK(desk->data().caseload[rowOf(t.layla.userId)].households == 2);
    CHECK(desk->data().caseload[rowOf(t.omar.userId)].households == 1);
    // Omar stays chosen though his row moved below Layla's.
    CHECK(desk->caseloadTable()->currentRow() == rowOf(t.omar.userId));
    CHECK(desk->reassignButton()->isEnabled());
    CHECK(test::screenshot(main, QStringLiteral("home-supervisor-caseload")));
}
