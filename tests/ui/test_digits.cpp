// With Arabic-Indic digits chosen, no screen may show a Latin digit outside an
// isolated identifier (issue 12 §1): every section of the main window for three
// roles, a household file, a member's clinic page and a plan, over demonstration
// households, appointments, sessions, plans and referrals.
#include "clinic/ClinicDemo.h"
#include "plans/PlanDemo.h"
#include "security/UserService.h"
#include "plans/PlanDialog.h"
#include "plans/PlansPage.h"
#include "registry/HouseholdFile.h"
#include "registry/HouseholdsPage.h"
#include "security/UserService.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "support/DigitCheck.h"
#include "support/Gui.h"
#include "support/Shell.h"
#include "support/catch.h"

#include <QApplication>
#include <QDialog>
#include <QTabWidget>

using namespace tamkeen;
using namespace tamkeen::ui;

namespace {

const QString kCounsellorPassword = QStringLiteral("long-enough-1");

void fillClinicAndPlans(const QString &dbPath)
{
    auto opened = storage::Database::open(dbPath);
    REQUIRE(opened.ok());
    auto db = std::move(opened).value();
    // Demonstration data is an administrator's: the one setUp made.
    const auto admin = security::UserService(*db, security::HashCost::minimal())
                           .login(QStringLiteral("noura"), QStringLiteral("kalimat-sir-1"));
    REQUIRE(admin.ok());
    clinic::ClinicDemoOptions clinicOptions;
    clinicOptions.appointments = 120;
    clinicOptions.sessions = 60;
    clinicOptions.seed = 5;
    clinicOptions.counsellorPassword = kCounsellorPassword;
    REQUIRE(clinic::ClinicDemo::generate(*db, admin.value(), clinicOptions).ok());
    plans::PlanDemoOptions planOptions;
    planOptions.plans = 12;
    planOptions.seed = 5;
    REQUIRE(plans::PlanDemo::generate(*db, admin.value(), planOptions).ok());
}

// Every section of the main window, every tab of each, and the status bar.
QStringList walkSections(MainWindow *window, const QString &role)
{
    QStringList found;
    for (MainWindow::Section section : window->sections()) {
        window->showSection(section);
        test::settle();
        const QString where = role + QStringLiteral(" section ") + QString::number(int(section));
        QList<QTabWidget *> tabs = window->page(section)->findChildren<QTabWidget *>();
        int shots = 0;
        const auto look = [&] {
            for (const QString &line : test::latinDigitsShown(window))
                found << where + QStringLiteral(": ") + line;
            test::screenshot(window, QStringLiteral("digits-%1-section-%2-%3").arg(role).arg(int(section)).arg(shots++));
        };
        look();
        for (QTabWidget *t : tabs) {
            if (!t->isVisible())
                continue;
            for (int i = 0; i < t->count(); ++i) {
                t->setCurrentIndex(i);
                test::settle();
                look();
            }
        }
    }
    found.removeDuplicates();
    return found;
}

QStringList check(QWidget *w, const QString &name)
{
    test::settle();
    test::screenshot(w, QStringLiteral("digits-") + name);
    QStringList found;
    for (const QString &line : test::latinDigitsShown(w))
        found << name + QStringLiteral(": ") + line;
    return found;
}

} // namespace

TEST_CASE("With Arabic-Indic digits chosen, no screen shows a Latin digit outside an identifier", "[ui][digits]")
{
    test::App app;
    app.settings.setDigitStyle(text::DigitStyle::ArabicIndic);
    app.settings.setShowHijri(true);
    test::setUp(app, true);
    fillClinicAndPlans(app.dbPath());

    // Log in again so that every page loads the new records.
    app.controller->logout();
    test::settle();
    test::login(app, QStringLiteral("noura"), QStringLiteral("kalimat-sir-1"));
    MainWindow *window = app.controller->mainWindow();
    REQUIRE(window);
    window->resize(1366, 728);

    QStringList found = walkSections(window, QStringLiteral("administrator"));

    // A household file and its head's clinic page.
    window->showSection(MainWindow::Section::Households);
    auto *households = qobject_cast<HouseholdsPage *>(window->page(MainWindow::Section::Households));
    REQUIRE(households);
    HouseholdFile *file = households->openRow(0);
    REQUIRE(file);
    found << check(file, QStringLiteral("household-file"));
    QDialog *clinicPage = file->openClinicPage(0);
    REQUIRE(clinicPage);
    found << check(clinicPage, QStringLiteral("member-clinic"));
    clinicPage->close();
    file->close();

    app.controller->logout();
    test::settle();
    test::login(app, QStringLiteral("counsellor01"), kCounsellorPassword);
    window = app.controller->mainWindow();
    REQUIRE(window);
    window->resize(1366, 728);
    found << walkSections(window, QStringLiteral("counsellor"));

    // One of her plans, with goals, tasks, progress and history.
    window->showSection(MainWindow::Section::Plans);
    auto *plans = qobject_cast<PlansPage *>(window->page(MainWindow::Section::Plans));
    REQUIRE(plans);
    PlanDialog *plan = plans->openMyPlan(0);
    REQUIRE(plan);
    found << check(plan, QStringLiteral("plan"));
    plan->close();

    INFO(found.join(QLatin1Char('\n')).toStdString());
    CHECK(found.isEmpty());
}
