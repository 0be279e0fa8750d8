// Erasure in the household file (issue 15 §6): an administrator chooses the
// household or a member, gives a reason and ticks that it cannot be undone;
// the names are gone from the file at once. Other roles have no such button.
#include "pages/RetentionBox.h"
#include "registry/ConsentTab.h"
#include "registry/EraseDialog.h"
#include "registry/HouseholdFile.h"
#include "registry/Erasure.h"
#include "registry/HouseholdList.h"
#include "security/UserService.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "support/Gui.h"
#include "support/Shell.h"
#include "support/TestDb.h"
#include "support/catch.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPointer>
#include <QTest>
#include <QPushButton>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>

using namespace tamkeen;
using namespace tamkeen::ui;

TEST_CASE("An administrator erases a household from its file, with a reason and a tick, and the names are gone",
          "[ui][erasure]")
{
    test::App app;
    test::setUp(app, true);
    auto opened = storage::Database::open(app.dbPath());
    REQUIRE(opened.ok());
    storage::Database &db = *opened.value();
    auto admin = security::UserService(db, security::HashCost::minimal()).login(QStringLiteral("noura"),
                                                                                QStringLiteral("kalimat-sir-1"));
    REQUIRE(admin.ok());
    registry::HouseholdFilter active;
    active.status = QStringLiteral("active");
    auto rows = registry::HouseholdList::page(db, active, registry::HouseholdSort::FileNumber, true, 0, 1);
    REQUIRE(rows.ok());
    REQUIRE(rows.value().size() == 1);
    const registry::HouseholdRow family = rows.value().first();
    REQUIRE_FALSE(family.headName.isEmpty());

    // A supervisor sees no such button.
    security::Session supervisor = admin.value();
    supervisor.role = security::Role::Supervisor;
    {
        ConsentTab tab(db, app.settings, supervisor);
        CHECK_FALSE(tab.eraseButton()->isVisibleTo(&tab));
    }

    HouseholdFile file(db, app.settings, admin.value(), family.id);
    file.show();
    file.tabs()->setCurrentWidget(file.consent());
    REQUIRE(file.consent()->eraseButton()->isVisibleTo(file.consent()));
    QPointer<EraseDialog> dialog = file.consent()->askToErase();
    REQUIRE(dialog);
    test::settle();
    CHECK_FALSE(dialog->eraseButton()->isEnabled()); // not before the tick
    CHECK(dialog->targetCombo()->count() == 1 + file.membersTable()->rowCount());
    dialog->understoodBox()->setChecked(true);
    CHECK(dialog->eraseButton()->isEnabled());
    dialog->reasonEdit()->setText(QStringLiteral("طلب"));
    dialog->eraseButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isErasing(), 30000);
    REQUIRE(dialog); // too short a reason: it stays, and says why
    CHECK(dialog->findChild<MessageBanner *>()->isVisible());
    CHECK(dialog->eraseButton()->isEnabled());
    dialog->reasonEdit()->setText(QStringLiteral("طلب الأسرة المحو كتابيًا في ٢ ديسمبر"));
    test::screenshot(dialog, QStringLiteral("erase-dialog"));
    dialog->eraseButton()->click();
    // On a worker thread: the dialog stays, locked, until it is done, and cannot be closed meanwhile.
    if (dialog && dialog->isErasing()) {
        CHECK_FALSE(dialog->reasonEdit()->isEnabled());
        dialog->reject();
        CHECK(dialog);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 30000);
    for (int r = 0; r < file.membersTable()->rowCount(); ++r)
        for (int c = 0; c < file.membersTable()->columnCount(); ++c)
            if (auto *item = file.membersTable()->item(r, c))
                CHECK_FALSE(item->text().contains(family.headName.section(QLatin1Char(' '), 0, 0)));
    CHECK(file.banner()->isVisible());
    file.tabs()->setCurrentIndex(0);
    CHECK(file.membersTable()->item(0, 0)->text() == QStringLiteral("(بيانات ممحوّة)"));
    test::screenshot(&file, QStringLiteral("erase-household-file-after"));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM members WHERE household_id = ? AND given_name <> ''"), {family.id})
              .value()
              .toLongLong()
          == 0);
}

TEST_CASE("An administrator sets the retention in Settings and sees the households due for erasure", "[ui][erasure]")
{
    test::App app;
    test::setUp(app, true); // demo households, some of them exited
    MainWindow *main = app.controller->mainWindow();
    REQUIRE(main);
    main->showSection(MainWindow::Section::Settings);
    auto *box = main->page(MainWindow::Section::Settings)->findChild<RetentionBox *>();
    REQUIRE(box);
    CHECK_FALSE(box->dueTable()->isVisible()); // no limit yet
    auto opened = storage::Database::open(app.dbPath());
    REQUIRE(opened.ok());
    storage::Database &db = *opened.value();
    // How many left support more than a year ago, by the same rule.
    const auto expected = registry::Erasure::due(db, 1, QDate::currentDate());
    REQUIRE(expected.ok());
    REQUIRE_FALSE(expected.value().isEmpty());
    box->yearsBox()->setValue(1);
    REQUIRE(box->save());
    CHECK(box->dueTable()->rowCount() == expected.value().size());
    CHECK(box->dueLabel()->text().contains(QStringLiteral("سنة")));
    CHECK(registry::Erasure::retentionYears(db).value() == 1);
    for (QWidget *w = box->parentWidget(); w; w = w->parentWidget())
        if (auto *scroll = qobject_cast<QScrollArea *>(w))
            scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    test::settle();
    test::screenshot(box, QStringLiteral("settings-retention"));
}
