// Tab goes through a form in its reading order (right to left, top to bottom,
// one column after the other), not in the order its widgets were created.
#include "clinic/AppointmentService.h"
#include "clinic/MemberClinicDialog.h"
#include "registry/HouseholdFile.h"
#include "registry/HouseholdService.h"
#include "registry/HouseholdsPage.h"
#include "security/UserService.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "support/Gui.h"
#include "support/Shell.h"
#include "support/catch.h"

#include <QDialog>
#include <QPointer>
#include <QTest>

using namespace tamkeen;
using namespace tamkeen::ui;
using namespace Qt::StringLiterals;

namespace {

// Presses Tab from `first` until `count` inputs have had the focus, and returns
// their objectNames ("" for unnamed widgets). Date and time editors take Tab
// for their own sections first: one input, however many presses.
QStringList tabThrough(QWidget *dialog, const char *first, int count)
{
    auto *start = dialog->findChild<QWidget *>(QString::fromLatin1(first));
    REQUIRE(start);
    start->setFocus(Qt::TabFocusReason);
    REQUIRE(dialog->focusWidget() == start);
    QStringList names{start->objectName()};
    QWidget *last = start;
    for (int presses = 0; names.size() < count && presses < 4 * count; ++presses) {
        QTest::keyClick(last, Qt::Key_Tab);
        QWidget *now = dialog->focusWidget();
        REQUIRE(now);
        if (now != last)
            names << now->objectName();
        last = now;
    }
    return names;
}

qsizetype indexOf(const QStringList &names, const QString &name)
{
    return names.indexOf(name);
}

} // namespace

TEST_CASE("Tab follows the reading order of the household registration form", "[ui][taborder]")
{
    test::App app;
    test::setUp(app);
    MainWindow *main = app.controller->mainWindow();
    main->showSection(MainWindow::Section::Households);
    auto *page = qobject_cast<HouseholdsPage *>(main->page(MainWindow::Section::Households));
    REQUIRE(page);
    QPointer<QDialog> dialog = page->newHousehold();
    REQUIRE(dialog);
    test::settle();

    const QStringList names = tabThrough(dialog, "region", 32);
    INFO(names.join(u", "_s).toStdString());
    // The household, row by row; then the head: the person's column, then the situation's.
    const QStringList expected = {u"region"_s,        u"city"_s,          u"district"_s,     u"address"_s,
                                  u"housingType"_s,   u"housingOwnership"_s, u"monthlyRent"_s, u"phone"_s,
                                  u"registrationDate"_s, u"latitude"_s,   u"assignedWorker"_s, u"categories"_s,
                                  u"givenName"_s,     u"fatherName"_s,    u"grandfatherName"_s, u"familyName"_s,
                                  u"sex"_s,           u"birthDate"_s,     u"idType"_s,       u"idNumber"_s,
                                  u"nationality"_s,   u"phone"_s,         u"maritalStatus"_s, u"education"_s,
                                  u"employment"_s,    u"occupation"_s,    u"ableToWork"_s,   u"disability"_s,
                                  u"chronicIllness"_s, u"schoolName"_s,   u"schoolGrade"_s,  u"submit"_s};
    CHECK(names == expected);
    delete dialog.data();
}

TEST_CASE("Tab in the session form reaches the agreed actions before the next appointment", "[ui][taborder]")
{
    test::App app;
    test::setUp(app);
    {
        auto opened = storage::Database::open(app.dbPath());
        REQUIRE(opened.ok());
        security::UserService users(*opened.value(), security::HashCost::minimal());
        const security::Session admin = users.login(u"noura"_s, u"kalimat-sir-1"_s).value();
        REQUIRE(users.add(admin, {u"huda"_s, u"هدى الحربي"_s, security::Role::Counsellor, u"long-enough-1"_s}).ok());
        registry::HouseholdService households(*opened.value());
        registry::HouseholdData h;
        h.region = u"منطقة الرياض"_s;
        h.registrationDate = QDate::currentDate().addMonths(-1);
        registry::MemberData m;
        m.givenName = u"سلمى"_s;
        m.fatherName = u"ناصر"_s;
        m.familyName = u"الدوسري"_s;
        m.relation = u"head"_s;
        m.sex = u"female"_s;
        m.birthDate = QDate(1986, 4, 12);
        REQUIRE(households.create(admin, h, m).ok());
    }
    app.controller->logout();
    test::settle();
    test::login(app, u"huda"_s, u"long-enough-1"_s);
    MainWindow *main = app.controller->mainWindow();
    REQUIRE(main);
    main->showSection(MainWindow::Section::Households);
    auto *page = qobject_cast<HouseholdsPage *>(main->page(MainWindow::Section::Households));
    REQUIRE(page);
    HouseholdFile *file = page->openRow(0);
    REQUIRE(file);
    QPointer<QWidget> clinicPage = file->openClinicPage(0);
    auto *member = qobject_cast<MemberClinicDialog *>(clinicPage.data());
    REQUIRE(member);
    QPointer<QDialog> session = member->recordSession();
    REQUIRE(session);
    test::settle();

    const QStringList names = tabThrough(session, "counsellor", 15);
    INFO(names.join(u", "_s).toStdString());
    // The session's column (on the right), then the notes, then what was agreed, then the next appointment.
    CHECK(names.mid(0, 6) == QStringList{u"counsellor"_s, u"heldAt"_s, u"heldTime"_s, u"duration"_s, u"mode"_s, u"types"_s});
    CHECK(names.mid(6, 3) == QStringList{u"needs"_s, u"observations"_s, u"recommendations"_s});
    CHECK(indexOf(names, u"psychNotes"_s) == 9);
    CHECK(indexOf(names, u"actions"_s) > 9);
    CHECK(indexOf(names, u"bookNext"_s) > indexOf(names, u"actions"_s));
    delete session.data();
    delete clinicPage.data();
    delete file;
}
