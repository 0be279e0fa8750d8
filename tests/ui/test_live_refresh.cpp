// Open screens show what changed elsewhere (issue 12): an imported package
// reaches the households list and an open household file without any other
// action, and Plans and Referrals open on what each role needs first.
#include "plans/PlanService.h"
#include "plans/PlansPage.h"
#include "referrals/ReferralService.h"
#include "referrals/ReferralsPage.h"
#include "registry/HouseholdFile.h"
#include "registry/HouseholdModels.h"
#include "registry/HouseholdService.h"
#include "registry/HouseholdsPage.h"
#include "registry/MemberService.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "support/Gui.h"
#include "support/Shell.h"
#include "support/TestDb.h"
#include "support/catch.h"
#include "sync/Exporter.h"
#include "sync/Importer.h"
#include "sync/SyncKeys.h"
#include "sync/SyncPage.h"
#include "security/UserService.h"

#include <QComboBox>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace tamkeen;
using namespace tamkeen::ui;
using Section = MainWindow::Section;
using security::Role;

namespace {

registry::MemberData person(const QString &given, const QString &relation, const QString &sex, const QDate &born)
{
    registry::MemberData m;
    m.givenName = given;
    m.fatherName = QStringLiteral("ناصر");
    m.familyName = QStringLiteral("الدوسري");
    m.relation = relation;
    m.sex = sex;
    m.birthDate = born;
    m.ableToWork = true;
    return m;
}

QByteArray registerHousehold(storage::Database &db, const security::Session &by, const QString &head,
                             const QString &city)
{
    registry::HouseholdData h;
    h.region = QStringLiteral("منطقة الرياض");
    h.city = city;
    h.housingType = QStringLiteral("apartment");
    h.housingOwnership = QStringLiteral("owned");
    h.registrationDate = QDate::currentDate().addMonths(-2);
    auto id = registry::HouseholdService(db).create(by, h, person(head, QStringLiteral("head"), QStringLiteral("female"),
                                                                  QDate(1985, 4, 1)));
    INFO((id ? std::string() : id.error().message.toStdString()));
    REQUIRE(id.ok());
    return id.value();
}

QString exportFor(storage::Database &from, const QByteArray &to, const QString &path)
{
    auto written = sync::Exporter(from).write(path, {to, false, 0});
    INFO((written ? std::string() : written.error().message.toStdString()));
    REQUIRE(written.ok());
    return path;
}

// The list's cells of a column, top to bottom.
QStringList column(const QAbstractItemModel *model, int c)
{
    QStringList cells;
    for (int r = 0; r < model->rowCount(); ++r)
        cells << model->index(r, c).data().toString();
    return cells;
}

security::Session addUser(storage::Database &db, const security::Session &admin, const QString &name, Role role)
{
    security::UserService users(db, security::HashCost::minimal());
    auto id = users.add(admin, {name, name, role, QStringLiteral("correct horse battery")});
    REQUIRE(id.ok());
    return {id.value(), name, name, role};
}

} // namespace

TEST_CASE("A package imported on the Sync screen shows at once in the open households list and household file",
          "[ui][sync][refresh]")
{
    test::App app;
    test::setUp(app);
    MainWindow *main = app.controller->mainWindow();
    REQUIRE(main);
    storage::Database &here = main->database();
    security::Session admin;
    admin.userId = here.scalar(QStringLiteral("SELECT id FROM users LIMIT 1")).value().toByteArray();
    admin.role = Role::Administrator;

    // A branch laptop of the same organisation holds the same household.
    QTemporaryDir usb;
    auto branch = test::makeEnrolledDb(here, admin);
    storage::Database &b = *branch->db;
    const QByteArray salma = registerHousehold(here, admin, QStringLiteral("سلمى"), QStringLiteral("الرياض"));
    REQUIRE(sync::Importer(b).importFile(exportFor(here, b.deviceId(), usb.filePath(QStringLiteral("a1.tamkeen")))).ok());

    // The households list and Salma's file are open here.
    main->showSection(Section::Households);
    auto *households = qobject_cast<HouseholdsPage *>(main->page(Section::Households));
    REQUIRE(households);
    HouseholdListModel *list = households->listModel();
    REQUIRE(list->rowCount() == 1);
    HouseholdFile *file = households->openHousehold(salma);
    REQUIRE(file);
    test::settle();
    REQUIRE(file->membersTable()->rowCount() == 1);
    CHECK(column(list, HouseholdListModel::City) == QStringList{QStringLiteral("الرياض")});

    // On the branch: a new household, and Salma's family moves and gains a member.
    registerHousehold(b, branch->admin, QStringLiteral("نورة"), QStringLiteral("الخرج"));
    registry::HouseholdService bHouseholds(b);
    registry::HouseholdData moved = bHouseholds.household(salma).value();
    moved.city = QStringLiteral("الدرعية");
    REQUIRE(bHouseholds.update(branch->admin, salma, moved).ok());
    REQUIRE(registry::MemberService(b).add(branch->admin, salma,
                                           person(QStringLiteral("ريم"), QStringLiteral("daughter"),
                                                  QStringLiteral("female"), QDate(2012, 6, 1)))
                .ok());
    const QString fromBranch = exportFor(b, here.deviceId(), usb.filePath(QStringLiteral("b1.tamkeen")));

    // Imported through the Sync screen (a worker thread with its own connection):
    // nothing else is done, and both windows show the changes.
    auto *syncPage = qobject_cast<SyncPage *>(main->page(Section::Sync));
    REQUIRE(syncPage);
    const QList<sync::ImportSummary> imported = syncPage->importFiles({fromBranch});
    REQUIRE(imported.size() == 1);
    INFO(imported[0].refused.toStdString());
    REQUIRE(imported[0].ok());
    CHECK(list->rowCount() == 2);
    QStringList cities = column(list, HouseholdListModel::City);
    cities.sort();
    CHECK(cities == (QStringList{QStringLiteral("الخرج"), QStringLiteral("الدرعية")}));
    CHECK(file->membersTable()->rowCount() == 2);
    main->showSection(Section::Households);
    test::settle();
    test::screenshot(main, QStringLiteral("households-after-import"));
    test::screenshot(file, QStringLiteral("household-file-after-import"));
    file->close();
}

TEST_CASE("Plans and Referrals open on what the role needs first", "[ui][plans][referrals][refresh]")
{
    auto t = test::makeSetUpDb();
    storage::Database &db = *t->db;
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    const auto counsellor = addUser(db, t->admin, QStringLiteral("huda"), Role::Counsellor);
    const auto supervisor = addUser(db, t->admin, QStringLiteral("fatima"), Role::Supervisor);
    const auto worker = addUser(db, t->admin, QStringLiteral("omar"), Role::FieldWorker);

    // A counsellor's plan waits for approval; a field worker referred the member.
    const QByteArray household = registerHousehold(db, t->admin, QStringLiteral("سلمى"), QStringLiteral("الرياض"));
    const QByteArray member = registry::MemberService(db).members(household).value().first().id;
    plans::PlanService plans(db);
    auto plan = plans.create(counsellor, member, {QStringLiteral("employment")});
    REQUIRE(plan.ok());
    REQUIRE(plans.submit(counsellor, plan.value()).ok());
    referrals::ReferralService referrals(db);
    referrals::Partner partner;
    partner.name = QStringLiteral("معهد التدريب المهني");
    partner.kind = QStringLiteral("training");
    partner.services = {QStringLiteral("دورة خياطة")};
    auto partnerId = referrals.addPartner(t->admin, partner);
    REQUIRE(partnerId.ok());
    test::consentToShare(db, worker, member, partnerId.value());
    REQUIRE(referrals.refer(worker, {member, partnerId.value(), QStringLiteral("دورة خياطة"), {}, {},
                                     QDate::currentDate(), {}})
                .ok());

    SECTION("a supervisor starts on the approval queue and the centre's referrals")
    {
        PlansPage plansPage(db, settings, supervisor);
        REQUIRE(plansPage.queue());
        CHECK(plansPage.tabs()->currentWidget()->isAncestorOf(plansPage.queue()));
        CHECK(plansPage.queue()->rowCount() == 1);
        CHECK(plansPage.myPlans()->rowCount() == 1); // every counsellor's plans
        ReferralsPage referralsPage(db, settings, supervisor);
        CHECK(referralsPage.workerFilter()->currentData().toByteArray().isEmpty());
        CHECK(referralsPage.referralsTable()->rowCount() == 1);
        // And a plan submitted meanwhile joins the queue without reopening the page.
        QByteArray other;
        {
            const QByteArray h2 = registerHousehold(db, t->admin, QStringLiteral("نورة"), QStringLiteral("الخرج"));
            other = registry::MemberService(db).members(h2).value().first().id;
        }
        auto second = plans.create(counsellor, other, {QStringLiteral("training")});
        REQUIRE(second.ok());
        REQUIRE(plans.submit(counsellor, second.value()).ok());
        CHECK(plansPage.queue()->rowCount() == 2);
    }
    SECTION("a counsellor starts on their own plans, a field worker on their own referrals")
    {
        PlansPage plansPage(db, settings, counsellor);
        CHECK(plansPage.queue() == nullptr);
        CHECK(plansPage.tabs()->currentWidget()->isAncestorOf(plansPage.myPlans()));
        CHECK(plansPage.myPlans()->rowCount() == 1);
        ReferralsPage mine(db, settings, worker);
        CHECK(mine.workerFilter()->currentData().toByteArray() == worker.userId);
        CHECK(mine.referralsTable()->rowCount() == 1);
        ReferralsPage counsellors(db, settings, counsellor);
        CHECK(counsellors.workerFilter()->currentData().toByteArray() == counsellor.userId);
        CHECK(counsellors.referralsTable()->rowCount() == 0);
    }
}
