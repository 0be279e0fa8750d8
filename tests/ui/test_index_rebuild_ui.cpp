// The search index rebuilt behind the window after an upgrade that indexes
// names another way (issue 16): the window opens at once, the status bar
// tells how far the rebuild is, and the list shows the mended rows after it.
#include "registry/IndexRebuild.h"
#include "shell/IndexRebuildRunner.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "storage/LocalState.h"
#include "support/Gui.h"
#include "support/Shell.h"
#include "support/catch.h"

#include <QLabel>

using namespace tamkeen;
using namespace tamkeen::ui;
using namespace Qt::StringLiterals;

TEST_CASE("An index built by an earlier version is rebuilt behind the window, its progress in the status bar",
          "[ui][index-rebuild]")
{
    test::App app;
    app.settings.setDigitStyle(text::DigitStyle::ArabicIndic);
    auto demo = test::openDemo(app);
    app.controller->logout();
    test::settle();
    // What an upgrade finds: rows made by the earlier way of indexing.
    REQUIRE(storage::setLocalValue(*demo.db, u"search_index_version"_s, registry::IndexRebuild::kVersion - 1));
    REQUIRE(demo.db->execScript(u"UPDATE household_facts SET head_key = 'x'"_s));

    test::login(app, u"noura"_s, u"kalimat-sir-1"_s);
    MainWindow *window = app.controller->mainWindow();
    REQUIRE(window);
    auto *runner = window->findChild<IndexRebuildRunner *>();
    auto *label = window->findChild<QLabel *>(u"indexRebuildLabel"_s);
    REQUIRE(runner);
    REQUIRE(label);
    // It started with the window (and may be over already: the demo file is small).
    REQUIRE(test::waitUntil([&] { return !runner->isRunning(); }, 60000));
    test::settle();
    CHECK(label->text().contains(u"١٠٠"_s)); // its last progress: every family
    CHECK_FALSE(label->isVisible());           // then gone
    CHECK_FALSE(registry::IndexRebuild::due(*demo.db).value());
    CHECK(demo.db->scalar(u"SELECT count(*) FROM household_facts WHERE head_key = 'x'"_s).value().toInt() == 0);

    // As the status bar reads while a rebuild is under way.
    window->resize(1366, 728);
    emit runner->progress(4200, 10000);
    test::settle();
    CHECK(label->isVisible());
    CHECK(label->text().contains(u"٤٢"_s));
    CHECK_FALSE(label->text().contains(u"42"_s));
    CHECK((label->toolTip().contains(u"١٠٬٠٠٠"_s) || label->toolTip().contains(u"١٠٠٠٠"_s)));
    CHECK(test::screenshot(window, u"index-rebuild-status"_s));
    app.controller->logout();
    test::settle();
}
