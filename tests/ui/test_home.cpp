// The home page of each role (issue 14 §2): a supervisor sees the approval
// queue, the centre's early warnings and the caseload per worker; a counsellor
// their appointments and plans due for review; a field worker their follow-ups
// after exit. A row opens its plan or family file. Screenshots in Arabic.
#include "clinic/AppointmentService.h"
#include "format/Display.h"
#include "impact/DrillDownDialog.h"
#include "impact/GraduationViews.h"
#include "impact/ReadinessView.h"
#include "impact/ReportsPage.h"
#include "impact/WarningsSummary.h"
#include "pages/CounsellorDesk.h"
#include "pages/HomePage.h"
#include "pages/SupervisorHome.h"
#include "plans/PlanDialog.h"
#include "plans/PlanService.h"
#include "referrals/ExitFollowUpsView.h"
#include "registry/HouseholdFile.h"
#include "registry/HouseholdList.h"
#include "registry/HouseholdService.h"
#include "registry/MemberService.h"
#include "security/UserService.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "storage/SyncedWriter.h"
#include "support/Gui.h"
#include "support/Shell.h"
#include "support/catch.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>

using namespace tamkeen;
using namespace tamkeen::ui;
using Section = MainWindow::Section;
using impact::ApprovalItem;
using impact::WarningRule;

namespace {

const QString kPassword = QStringLiteral("correct horse 12");

// Demonstration families, a supervisor (Salem), a counsellor (Huda) and a
// field worker (Omar) with three families; Huda submitted a plan for the
// first family's head and has an appointment tomorrow with the second's.
struct Home {
    test::App app;
    std::unique_ptr<storage::Database> db;
    security::Session admin, salem, huda, omar;
    QList<registry::HouseholdRow> families;
    QByteArray planId, appointmentId;

    Home()
    {
        test::setUp(app, true);
        auto opened = storage::Database::open(app.dbPath());
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        security::UserService users(*db, security::HashCost::minimal());
        admin = users.login(QStringLiteral("noura"), QStringLiteral("kalimat-sir-1")).value();
        salem = add(users, QStringLiteral("salem"), QStringLiteral("سالم العتيبي"), security::Role::Supervisor);
        huda = add(users, QStringLiteral("huda"), QStringLiteral("هدى الحربي"), security::Role::Counsellor);
        omar = add(users, QStringLiteral("omar"), QStringLiteral("عمر الشهري"), security::Role::FieldWorker);

        registry::HouseholdFilter active;
        active.status = QStringLiteral("active");
        auto rows = registry::HouseholdList::page(*db, active, registry::HouseholdSort::FileNumber, true, 0, 4);
        REQUIRE(rows.ok());
        REQUIRE(rows.value().size() == 4);
        families = rows.value();
        registry::HouseholdService households(*db);
        for (int i = 0; i < 3; ++i) {
            registry::HouseholdData h = households.household(families[i].id).value();
            h.assignedWorker = omar.userId;
            REQUIRE(households.update(admin, families[i].id, h).ok());
        }

        plans::PlanService plans(*db);
        auto plan = plans.create(huda, head(0), {QStringLiteral("employment")});
        REQUIRE(plan.ok());
        planId = plan.value();
        REQUIRE(plans.addGoal(huda, planId, {QStringLiteral("employment"), QStringLiteral("وظيفة بدوام كامل"), {}, {}, {},
                                            QDate::currentDate().addMonths(6)})
                    .ok());
        REQUIRE(plans.submit(huda, planId).ok());

        clinic::AppointmentData a;
        a.memberId = head(1);
        a.counsellorId = huda.userId;
        a.startsAt = QDateTime(QDate::currentDate().addDays(1), QTime(10, 0));
        a.durationMin = 30;
        a.types = {QStringLiteral("economic")};
        a.place = QStringLiteral("centre");
        auto booked = clinic::AppointmentService(*db).book(huda, a, true);
        INFO((booked ? std::string() : booked.error().message.toStdString()));
        REQUIRE(booked.ok());
        appointmentId = booked.value();
    }

    security::Session add(security::UserService &users, const QString &name, const QString &full, security::Role role)
    {
        auto id = users.add(admin, {name, full, role, kPassword});
        INFO((id ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.ok());
        // Logged in, as in the application: an approval is signed with the supervisor's key.
        auto session = users.login(name, kPassword);
        REQUIRE(session.ok());
        return session.value();
    }

    QByteArray head(int family)
    {
        for (const registry::Member &m : registry::MemberService(*db).members(families[family].id).value())
            if (m.relation == QStringLiteral("head"))
                return m.id;
        FAIL("no head");
        return {};
    }

    HomePage *loginAs(const QString &name)
    {
        app.controller->logout();
        test::settle();
        test::login(app, name, kPassword);
        MainWindow *main = app.controller->mainWindow();
        REQUIRE(main);
        CHECK(main->currentSection() == Section::Home);
        auto *home = qobject_cast<HomePage *>(main->page(Section::Home));
        REQUIRE(home);
        REQUIRE(test::waitUntil([&] { return !home->computing(); }));
        return home;
    }

    MainWindow *main() { return app.controller->mainWindow(); }

    // The screen the page must fit: 1366×768, as a laptop in the field.
    void fullScreen()
    {
        main()->resize(1366, 768);
        test::settle();
    }
};

int rowOf(const QList<ApprovalItem> &queue, const QByteArray &id)
{
    for (int i = 0; i < queue.size(); ++i)
        if (queue[i].id == id)
            return i;
    return -1;
}

} // namespace

TEST_CASE("Home page of a supervisor: the approval queue, the centre's warnings and the caseload per worker",
          "[ui][home]")
{
    Home t;
    HomePage *home = t.loginAs(QStringLiteral("salem"));
    SupervisorHome *desk = home->supervisor();
    REQUIRE(desk);
    CHECK_FALSE(home->counsellor());
    CHECK_FALSE(home->followUps()); // follow-ups are the field workers'
    CHECK(home->warnings()->isVisible());
    CHECK(home->warnings()->line(WarningRule::LowWellbeing)); // a supervisor reads the WHO-5 list

    // Huda's submitted plan is in the queue, with who sent it.
    const int row = rowOf(desk->data().queue, t.planId);
    REQUIRE(row >= 0);
    QTableWidget *queue = desk->queueTable();
    REQUIRE(queue->rowCount() == desk->data().queue.size());
    CHECK(queue->item(row, 4)->text() == QStringLiteral("هدى الحربي"));
    CHECK(queue->item(row, 1)->text() == ui::Display::ltr(t.families[0].fileNumber));

    // Omar: three families supported, shown in the user's digits.
    QTableWidget *caseload = desk->caseloadTable();
    int omarRow = -1;
    for (int r = 0; r < caseload->rowCount(); ++r)
        if (caseload->item(r, 0)->text() == QStringLiteral("عمر الشهري"))
            omarRow = r;
    REQUIRE(omarRow >= 0);
    CHECK(desk->data().caseload[omarRow].households == 3);
    CHECK(caseload->item(omarRow, 1)->text() == ui::Display(t.app.settings).number(3));
    CHECK(desk->findChild<QGroupBox *>(QStringLiteral("approvalQueueBox"))->title()
          == SupervisorHome::tr("Waiting for your decision: %1").arg(ui::Display(t.app.settings).number(queue->rowCount())));
    CHECK(home->layoutDirection() == Qt::RightToLeft);
    t.fullScreen();
    test::screenshot(t.main(), QStringLiteral("home-supervisor"));

    // His number opens his three families; a family opens its file.
    DrillDownDialog *families = desk->openWorker(omarRow);
    REQUIRE(families);
    test::settle();
    CHECK(families->rows().size() == 3);
    families->close();

    // The plan's row opens the plan, in the plans section.
    emit queue->cellActivated(row, 0);
    test::settle();
    CHECK(t.main()->currentSection() == Section::Plans);
    PlanDialog *opened = nullptr;
    for (PlanDialog *d : t.main()->findChildren<PlanDialog *>())
        if (d->isVisible() && d->planId() == t.planId)
            opened = d;
    REQUIRE(opened);
    opened->close();

    // Approved elsewhere: it leaves the queue at the next refresh.
    REQUIRE(plans::PlanService(*t.db).approve(t.salem, t.planId).ok());
    home->refresh();
    REQUIRE(test::waitUntil([&] { return !home->computing(); }));
    CHECK(rowOf(desk->data().queue, t.planId) < 0);
    CHECK(queue->rowCount() == desk->data().queue.size());

    // A graduation proposed for the third family (written as GraduationService
    // stores one): its row opens Readiness to exit with the proposal selected,
    // where the supervisor decides it.
    t.db->setCurrentUser(t.huda.userId);
    auto request = storage::SyncedWriter(*t.db).insert(
        QStringLiteral("graduation_requests"),
        {{QStringLiteral("household_id"), t.families[2].id}, {QStringLiteral("pathway"), QStringLiteral("employment")},
         {QStringLiteral("exit_reason"), QStringLiteral("employment")}, {QStringLiteral("proposed_by"), t.huda.userId},
         {QStringLiteral("proposed_on"), QDate::currentDate().toString(Qt::ISODate)}, {QStringLiteral("score"), 80},
         {QStringLiteral("pass_mark"), 70}, {QStringLiteral("criteria"), QStringLiteral("[]")}});
    REQUIRE(request.ok());
    home->refresh();
    REQUIRE(test::waitUntil([&] { return !home->computing(); }));
    const int graduation = rowOf(desk->data().queue, request.value());
    REQUIRE(graduation >= 0);
    emit queue->cellActivated(graduation, 0);
    test::settle();
    CHECK(t.main()->currentSection() == Section::Reports);
    auto *reports = qobject_cast<ReportsPage *>(t.main()->page(Section::Reports));
    REQUIRE(reports);
    GraduationRequestsView *requests = reports->findChild<ReadinessView *>()->requests();
    CHECK(requests->isVisible());
    const int selected = requests->table()->currentRow();
    REQUIRE(selected >= 0);
    CHECK(requests->rows().at(selected).id == request.value());
}

TEST_CASE("Home page of a counsellor: their appointments of the week, opening the family's file", "[ui][home]")
{
    Home t;
    HomePage *home = t.loginAs(QStringLiteral("huda"));
    CounsellorDesk *desk = home->counsellor();
    REQUIRE(desk);
    CHECK_FALSE(home->supervisor());
    CHECK_FALSE(home->followUps());
    CHECK(home->warnings()->isVisible());
    QTableWidget *appointments = desk->appointmentTable();
    REQUIRE(appointments->rowCount() == 1); // only hers: demonstration counsellors have their own
    CHECK_FALSE(appointments->item(0, 2)->text().isEmpty());
    CHECK(appointments->item(0, 3)->text() == ui::Display::ltr(t.families[1].fileNumber));
    CHECK(desk->reviewTable()->rowCount() == 0);
    CHECK(desk->findChild<QGroupBox *>(QStringLiteral("myReviewsBox"))->title() == CounsellorDesk::tr("My plans due for review: none"));
    t.fullScreen();
    test::screenshot(t.main(), QStringLiteral("home-counsellor"));

    emit appointments->cellActivated(0, 0);
    test::settle();
    CHECK(t.main()->currentSection() == Section::Households);
    HouseholdFile *file = nullptr;
    for (HouseholdFile *f : t.main()->findChildren<HouseholdFile *>())
        if (f->isVisible() && f->householdId() == t.families[1].id)
            file = f;
    REQUIRE(file);
    file->close();

    // Cancelled: the appointment leaves the list at the next refresh.
    REQUIRE(clinic::AppointmentService(*t.db).setStatus(t.huda, t.appointmentId, QStringLiteral("cancelled"),
                                                        QStringLiteral("اعتذرت"))
                .ok());
    home->refresh();
    REQUIRE(test::waitUntil([&] { return !home->computing(); }));
    CHECK(appointments->rowCount() == 0);
    CHECK(desk->findChild<QGroupBox *>(QStringLiteral("myAppointmentsBox"))->title()
          == CounsellorDesk::tr("My appointments this week: none"));
}

TEST_CASE("Home page of a field worker: their follow-ups and warnings, only theirs at first", "[ui][home]")
{
    Home t;
    HomePage *home = t.loginAs(QStringLiteral("omar"));
    CHECK_FALSE(home->supervisor());
    CHECK_FALSE(home->counsellor());
    REQUIRE(home->followUps());
    CHECK(home->followUps()->isVisible());
    CHECK(home->onlyMineBox()->isChecked());
    WarningsSummary *warnings = home->warnings();
    CHECK_FALSE(warnings->line(WarningRule::LowWellbeing)); // WHO-5 is confidential
    REQUIRE(warnings->line(WarningRule::PlanIdle));
    CHECK_FALSE(warnings->line(WarningRule::PlanIdle)->text().isEmpty());
    t.fullScreen();
    test::screenshot(t.main(), QStringLiteral("home-fieldworker"));
}

TEST_CASE("Home page of an administrator: the centre's queue, as waiting for a supervisor", "[ui][home]")
{
    Home t;
    t.app.controller->logout();
    test::settle();
    test::login(t.app, QStringLiteral("noura"), QStringLiteral("kalimat-sir-1"));
    auto *home = qobject_cast<HomePage *>(t.main()->page(Section::Home));
    REQUIRE(home);
    REQUIRE(test::waitUntil([&] { return !home->computing(); }));
    REQUIRE(home->supervisor());
    CHECK_FALSE(home->followUps());
    CHECK(rowOf(home->supervisor()->data().queue, t.planId) >= 0);
    CHECK(home->supervisor()->queueTitle()
          == SupervisorHome::tr("Waiting for a supervisor's decision: %1")
                 .arg(ui::Display(t.app.settings).number(home->supervisor()->data().queue.size())));
}
